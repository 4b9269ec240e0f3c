import { readCore } from "./read-core";
import type { ParsedNumber, ParseOptions } from "./types";
import { showValue } from "./show-value";
import { isNoValueText } from "./no-value";

const EMPTY: ParsedNumber = { kind: "empty" };
const NOTE = /^(.*\S)\s*\(([^()]*\p{L}[^()]*)\)$/u; // "73 (BB)", "70,00 (persen)"
const RUPIAH = /^rp\.?\s*/i;

function decimalsOf(value: number): number {
  const [mantissa, exponent = "0"] = String(Math.abs(value)).split("e");
  return Math.max(0, (mantissa.split(".")[1] ?? "").length - Number(exponent));
}

function fromNumber(value: number): ParsedNumber {
  if (!Number.isFinite(value)) return { kind: "text", text: String(value) };
  const v = value === 0 ? 0 : value;
  return {
    kind: "number",
    value: v,
    decimals: decimalsOf(v),
    percent: false,
    ambiguous: false,
    english: false,
  };
}

function fromText(raw: string, english: boolean): ParsedNumber {
  let s = raw.replace(/[\s\u00A0\u2007\u202F]+/g, " ").trim();
  if (isNoValueText(s)) return EMPTY;
  const note = NOTE.exec(s);
  if (note) s = note[1];
  let negative = false;
  s = s.replace(RUPIAH, "");
  const paren = /^\((.*)\)$/.exec(s); // (1.402.374.992) is negative, as accountants print it
  if (paren) [negative, s] = [true, paren[1].trim().replace(RUPIAH, "")];
  s = s.replace(/[.,]-+$/, ""); // "Rp. 12.151.893.026,-"
  if (isNoValueText(s)) return EMPTY; // "Rp -"
  const percent = s.endsWith("%");
  if (percent) s = s.slice(0, -1).trim();
  const sign = /^([-+\u2212])\s*/.exec(s);
  if (sign) [negative, s] = [sign[1] === "+" ? negative : !negative, s.slice(sign[0].length)];
  const core = readCore(s, english);
  // 400 nines read as Infinity: no number, so the text it is ("never NaN", and never ±∞ either).
  if (!core || !Number.isFinite(core.value)) return { kind: "text", text: raw.trim() };
  const value = negative && core.value !== 0 ? -core.value : core.value;
  return {
    kind: "number",
    value,
    decimals: core.decimals,
    percent,
    ambiguous: core.ambiguous,
    english: core.english,
  };
}

/**
 * Reads a cell as a number the Indonesian way (docs/DOMAIN.md §9); never throws, never NaN.
 * @example parseNumber("Rp. 12.151.893.026,-") //=> { kind: "number", value: 12151893026, decimals: 0, ... }
 * @example parseNumber("70.95") //=> { kind: "number", value: 70.95, decimals: 2, ambiguous: true, english: true, ... }
 */
export function parseNumber(raw: unknown, options?: ParseOptions): ParsedNumber {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === "number") return fromNumber(raw);
  if (typeof raw === "bigint") return fromNumber(Number(raw));
  if (typeof raw !== "string") return { kind: "text", text: showValue(raw) };
  let english = false;
  try {
    english = options?.english === true;
  } catch {
    english = false; // a hostile options object must not make the parser throw
  }
  return fromText(raw, english);
}
