/** Error codes an engine function can return; the same codes Excel shows in a cell. */
export type ProblemCode = "#DIV/0!" | "#VALUE!" | "#N/A";

/** A typed failure for bad input: engine functions return it instead of throwing or yielding NaN. */
export type Problem = { ok: false; code: ProblemCode; message: string };

/** A value or a typed problem. */
export type Result<T> = { ok: true; value: T } | Problem;

/**
 * Wraps a value as a successful result.
 * @example ok(96.73) //=> { ok: true, value: 96.73 }
 */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Builds a problem with an Indonesian message.
 * @example problem("#DIV/0!", "Target 0: capaian tidak dapat dihitung") //=> { ok: false, code: "#DIV/0!", ... }
 */
export function problem(code: ProblemCode, message: string): Problem {
  return { ok: false, code, message };
}

/**
 * Turns a finite number into a result, anything else into #VALUE!: the last guard against NaN/Infinity.
 * @example finite(2 / 0, "serapan") //=> { ok: false, code: "#VALUE!", ... }
 */
export function finite(value: number, what: string): Result<number> {
  return Number.isFinite(value) ? ok(value) : problem("#VALUE!", `Hasil ${what} bukan angka yang terhingga`);
}
