/**
 * A small evaluator for the formulas the real-workbook fixtures carry (arithmetic, cell references,
 * SUM, SUBTOTAL(9,…), IFERROR, IF, ROUND, AVERAGE), so a test can check that every cached value is
 * what its formula computes on the fixture's cells. Test support only: Excel's semantics are
 * followed where the fixtures need them (empty = 0, "0,00" text coerced as an Indonesian-locale
 * Excel does, other text in arithmetic = #VALUE!, errors propagate).
 */
import { parseA1, type CellSeed, type LayoutSheet } from "./layout";

export type Value = number | string | { error: string } | Value[];

const isErr = (v: Value): v is { error: string } => typeof v === "object" && !Array.isArray(v);

/** The seed's value as a formula sees it. */
function seedValue(seed: CellSeed): Value {
  if (seed === null) return 0;
  if (typeof seed !== "object") return seed;
  if (seed.error) return { error: seed.error };
  return seed.v ?? 0;
}

/** Text as an Indonesian-locale Excel coerces it in arithmetic ("1.234,5" → 1234.5). */
function coerce(v: Value): number | { error: string } {
  if (isErr(v)) return v;
  if (typeof v === "number") return v;
  if (Array.isArray(v)) return { error: "#VALUE!" };
  const t = v.trim();
  if (t === "") return 0;
  if (/^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/.test(t))
    return Number(t.replace(/\./g, "").replace(",", "."));
  return { error: "#VALUE!" };
}

type Tok = {
  t: "num" | "str" | "ref" | "range" | "fn" | "op" | "(" | ")" | "," | "err";
  s: string;
  sheet?: string;
};

function tokenize(formula: string): Tok[] {
  // TRUE/FALSE as 1/0 (the fixtures use them only as VLOOKUP's exact-match flag).
  const src = formula.replace(/\bFALSE\b(?!\()/g, "0").replace(/\bTRUE\b(?!\()/g, "1");
  const out: Tok[] = [];
  const re =
    /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|"((?:[^"]|"")*)"|(?:'((?:[^']|'')+)'!|([A-Za-z0-9_]+)!)?(?:(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}(?![(A-Z0-9]))|(\$?[A-Z]{1,3}\$?\d+)(?![(A-Z0-9]))|([A-Z][A-Z0-9.]*)\(|(<=|>=|<>|[-+*/^&=<>])|(\()|(\))|(,|;)|(#REF!|#N\/A|#DIV\/0!|#VALUE!))/y;
  let i = 0;
  while (i < src.length) {
    if (/\s/.test(src[i])) {
      i++;
      continue;
    }
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m) throw new Error(`cannot read formula "${src}" at ${i}`);
    i = re.lastIndex;
    const sheet = m[3] !== undefined ? m[3].replace(/''/g, "'") : m[4];
    if (m[1] !== undefined) out.push({ t: "num", s: m[1] });
    else if (m[2] !== undefined) out.push({ t: "str", s: m[2].replace(/""/g, '"') });
    else if (m[5] !== undefined) out.push({ t: "range", s: m[5].replace(/\$/g, ""), sheet });
    else if (m[6] !== undefined) out.push({ t: "ref", s: m[6].replace(/\$/g, ""), sheet });
    else if (m[7] !== undefined) out.push({ t: "fn", s: m[7] });
    else if (m[8] !== undefined) out.push({ t: "op", s: m[8] });
    else if (m[9] !== undefined) out.push({ t: "(", s: "(" });
    else if (m[10] !== undefined) out.push({ t: ")", s: ")" });
    else if (m[12] !== undefined) out.push({ t: "err", s: m[12] });
    else out.push({ t: ",", s: "," });
  }
  return out;
}

/** Evaluates `formula` (without "=") on `sheet`'s cells; `others` resolves 'Sheet'!A1 references. */
export function evaluate(formula: string, here: LayoutSheet, others: LayoutSheet[] = []): Value {
  const toks = tokenize(formula);
  let p = 0;
  const sheetOf = (name: string | undefined): LayoutSheet => {
    if (name === undefined) return here;
    const s = others.find((o) => o.name === name);
    if (!s) throw new Error(`no sheet ${name} for "${formula}"`);
    return s;
  };
  let sheet = here;
  const cell = (a1: string): Value => {
    const { row, col } = parseA1(a1);
    const seed = sheet.rows[row - (sheet.startRow ?? 1)]?.[col - (sheet.startCol ?? 1)] ?? null;
    return seedValue(seed);
  };
  const range = (r: string): Value[] => {
    // A whole-column range ("C:C") covers the sheet's typed rows.
    const last = (sheet.startRow ?? 1) + sheet.rows.length - 1;
    const [a, b] = r
      .split(":")
      .map((x, i) => (/\d/.test(x) ? x : `${x}${i === 0 ? 1 : Math.max(1, last)}`))
      .map(parseA1);
    const out: Value[] & { width?: number } = [];
    out.width = b.col - a.col + 1;
    for (let row = a.row; row <= b.row; row++)
      for (let col = a.col; col <= b.col; col++) {
        const seed = sheet.rows[row - (sheet.startRow ?? 1)]?.[col - (sheet.startCol ?? 1)] ?? null;
        out.push(seed === null ? "" : seedValue(seed));
      }
    return out;
  };
  const numbers = (args: Value[]): number[] | { error: string } => {
    const out: number[] = [];
    for (const a of args.flatMap((x) => (Array.isArray(x) ? x : [x]))) {
      if (isErr(a)) return a;
      if (typeof a === "number") out.push(a);
    }
    return out;
  };
  const call = (fn: string, args: Value[]): Value => {
    switch (fn) {
      case "SUM": {
        const n = numbers(args);
        return isErr(n as Value) ? (n as { error: string }) : (n as number[]).reduce((s, x) => s + x, 0);
      }
      case "SUBTOTAL": {
        if (args[0] !== 9) throw new Error(`SUBTOTAL(${String(args[0])}) not supported`);
        return call("SUM", args.slice(1));
      }
      case "AVERAGE": {
        const n = numbers(args);
        if (isErr(n as Value)) return n as { error: string };
        const xs = n as number[];
        return xs.length === 0 ? { error: "#DIV/0!" } : xs.reduce((s, x) => s + x, 0) / xs.length;
      }
      case "VLOOKUP": {
        // Exact match only (the fourth argument FALSE), as the fixtures use it.
        const table = args[1] as Value[] & { width?: number };
        const w = table.width ?? 1;
        const key = String(args[0]).toLowerCase();
        for (let i = 0; i * w < table.length; i++)
          if (String(table[i * w]).toLowerCase() === key) return table[i * w + Number(args[2]) - 1] ?? 0;
        return { error: "#N/A" };
      }
      case "COUNTA":
        return args.flatMap((x) => (Array.isArray(x) ? x : [x])).filter((x) => x !== "").length;
      case "IFERROR":
        if (args.length !== 2) throw new Error("IFERROR needs 2 arguments");
        return isErr(args[0]) ? args[1] : args[0];
      case "IF": {
        const c = coerce(args[0]);
        if (isErr(c)) return c;
        return c !== 0 ? args[1] : (args[2] ?? 0);
      }
      case "ROUND": {
        const x = coerce(args[0]);
        const d = coerce(args[1]);
        if (isErr(x)) return x;
        if (isErr(d)) return d;
        const f = 10 ** d;
        return Math.round(x * f) / f;
      }
      default:
        throw new Error(`function ${fn} not supported`);
    }
  };
  const binary = (op: string, l: Value, r: Value): Value => {
    if (op === "&") return `${String(l)}${String(r)}`;
    // Text compares with text, ignoring case, as in Excel ("Y" = "y").
    if (
      (op === "=" || op === "<>") &&
      (typeof l === "string" || typeof r === "string") &&
      !isErr(l) &&
      !isErr(r)
    ) {
      const same = String(l).toLowerCase() === String(r).toLowerCase();
      return (op === "=") === same ? 1 : 0;
    }
    const a0 = coerce(l);
    const b0 = coerce(r);
    if (isErr(a0)) return a0;
    if (isErr(b0)) return b0;
    // Comparisons see numbers at 15 significant digits, as Excel does; arithmetic does not.
    const cmp = "=<>".includes(op[0]);
    const a = cmp ? Number(a0.toPrecision(15)) : a0;
    const b = cmp ? Number(b0.toPrecision(15)) : b0;
    switch (op) {
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return a * b;
      case "/":
        return b === 0 ? { error: "#DIV/0!" } : a / b;
      case "^":
        return a ** b;
      case "=":
        return a === b ? 1 : 0;
      case "<>":
        return a !== b ? 1 : 0;
      case "<":
        return a < b ? 1 : 0;
      case ">":
        return a > b ? 1 : 0;
      case "<=":
        return a <= b ? 1 : 0;
      case ">=":
        return a >= b ? 1 : 0;
      default:
        throw new Error(`operator ${op}`);
    }
  };
  const PREC: Record<string, number> = {
    "=": 1,
    "<>": 1,
    "<": 1,
    ">": 1,
    "<=": 1,
    ">=": 1,
    "&": 2,
    "+": 3,
    "-": 3,
    "*": 4,
    "/": 4,
    "^": 5,
  };
  const primary = (): Value => {
    const t = toks[p++];
    if (!t) throw new Error(`unexpected end of "${formula}"`);
    if (t.t === "num") return Number(t.s);
    if (t.t === "str") return t.s;
    if (t.t === "err") return { error: t.s };
    if (t.t === "ref" || t.t === "range") {
      sheet = sheetOf(t.sheet);
      const v = t.t === "ref" ? cell(t.s) : range(t.s);
      sheet = here;
      return v;
    }
    if (t.t === "op" && (t.s === "-" || t.s === "+")) {
      const v = coerce(primary());
      return isErr(v) ? v : t.s === "-" ? -v : v;
    }
    if (t.t === "(") {
      const v = expr(0);
      p++; // ")"
      return v;
    }
    if (t.t === "fn") {
      const args: Value[] = [];
      if (toks[p]?.t !== ")")
        for (;;) {
          args.push(expr(0));
          if (toks[p]?.t === ",") p++;
          else break;
        }
      p++; // ")"
      return call(t.s, args);
    }
    throw new Error(`unexpected "${t.s}" in "${formula}"`);
  };
  const expr = (min: number): Value => {
    let left = primary();
    for (;;) {
      const t = toks[p];
      if (!t || t.t !== "op" || PREC[t.s] === undefined || PREC[t.s] < min) break;
      p++;
      const right = expr(PREC[t.s] + 1);
      left = binary(t.s, left, right);
    }
    return left;
  };
  const v = expr(0);
  if (p !== toks.length) throw new Error(`trailing tokens in "${formula}"`);
  return Array.isArray(v) ? { error: "#VALUE!" } : v;
}
