/**
 * Values of formulas a file stores without a cached result (SIPD exports, files written by other
 * programs): the plain arithmetic such sheets use (`G21+I21`, `K15/M15`, `SUM(G13:G32)`) evaluated
 * over the sheet's own cells, text numbers read the Indonesian way. Anything else stays unknown.
 */
import { parseNumber } from "../engine/numbers";
import { parseA1, parseRange } from "./a1";

type Lookup = (row: number, col: number) => number | null;
type Token = { kind: "num" | "op" | "ref" | "range" | "sum"; text: string };

const TOKEN =
  /\s*(?:(SUM)\s*\(|(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)|(\$?[A-Z]{1,3}\$?\d+)|(\d+(?:\.\d+)?)|([-+*/()]))/iy;

function tokenize(formula: string): Token[] | null {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  const src = formula.replace(/^=/, "").trim();
  while (TOKEN.lastIndex < src.length) {
    const m = TOKEN.exec(src);
    if (!m) return null;
    if (m[1]) out.push({ kind: "sum", text: "SUM" });
    else if (m[2]) out.push({ kind: "range", text: m[2].replace(/\$/g, "") });
    else if (m[3]) out.push({ kind: "ref", text: m[3].replace(/\$/g, "") });
    else if (m[4]) out.push({ kind: "num", text: m[4] });
    else out.push({ kind: "op", text: m[5] });
  }
  return out;
}

/** Recursive descent over + - * / with parentheses; null when a value is missing or a division by 0. */
function evaluate(tokens: Token[], look: Lookup): number | null {
  let i = 0;
  const peek = () => tokens[i];
  const sumRange = (range: string): number | null => {
    const box = parseRange(range);
    if (!box || (box.r2 - box.r1 + 1) * (box.c2 - box.c1 + 1) > 100000) return null;
    let total = 0;
    for (let r = box.r1; r <= box.r2; r++) for (let c = box.c1; c <= box.c2; c++) total += look(r, c) ?? 0;
    return total;
  };
  const atom = (): number | null => {
    const t = tokens[i++];
    if (!t) return null;
    if (t.kind === "num") return Number(t.text);
    if (t.kind === "ref") {
      const p = parseA1(t.text);
      return p ? (look(p.row, p.col) ?? 0) : null; // an empty cell counts 0, as in Excel
    }
    if (t.kind === "sum") {
      const arg = tokens[i++];
      if (tokens[i++]?.text !== ")") return null;
      return arg?.kind === "range" ? sumRange(arg.text) : arg?.kind === "ref" ? atomOfRef(arg.text) : null;
    }
    if (t.text === "-") {
      const v = atom();
      return v === null ? null : -v;
    }
    if (t.text === "(") {
      const v = expr();
      return tokens[i++]?.text === ")" ? v : null;
    }
    return null;
  };
  const atomOfRef = (ref: string): number | null => {
    const p = parseA1(ref);
    return p ? (look(p.row, p.col) ?? 0) : null;
  };
  const term = (): number | null => {
    let v = atom();
    while (v !== null && (peek()?.text === "*" || peek()?.text === "/")) {
      const op = tokens[i++].text;
      const r = atom();
      if (r === null || (op === "/" && r === 0)) return null;
      v = op === "*" ? v * r : v / r;
    }
    return v;
  };
  const expr = (): number | null => {
    let v = term();
    while (v !== null && (peek()?.text === "+" || peek()?.text === "-")) {
      const op = tokens[i++].text;
      const r = term();
      if (r === null) return null;
      v = op === "+" ? v + r : v - r;
    }
    return v;
  };
  const v = expr();
  return i === tokens.length && v !== null && Number.isFinite(v) ? v : null;
}

/**
 * The value of a simple formula over a sheet, or null when it is not plain arithmetic.
 * @example evaluateFormula("G21+I21", (r, c) => (c === 7 ? 2 : 3)) //=> 5
 */
export function evaluateFormula(formula: string, look: Lookup): number | null {
  const tokens = tokenize(formula);
  return tokens && tokens.length > 0 ? evaluate(tokens, look) : null;
}

/** A cell's number for formulas: numbers as they are, text read the Indonesian way, else null. */
export function numberOf(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  const p = parseNumber(v);
  return p.kind === "number" ? p.value : p.kind === "empty" ? 0 : null;
}
