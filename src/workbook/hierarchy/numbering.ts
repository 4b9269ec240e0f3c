/**
 * Outline numbering of budget rows (I, II / A, B / 1., 2. / a., b. / 1), 2)): which style a row's
 * number has, so rows numbered alike are read as one level (docs/READING.md "Tingkat baris anggaran").
 */

/** A row's number: its style ("I.", "A.", "1.", "a)", "(1)") and its value in that style. */
export type Numbering = { style: string; roman: boolean; value: number };

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/**
 * Value of a roman numeral, or undefined when the letters are not one ("IIII" and "IC" are not).
 * @example romanValue("XIV") //=> 14
 */
export function romanValue(text: string): number | undefined {
  const t = text.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(t)) return undefined;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]];
    const next = ROMAN[t[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === t ? total : undefined;
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, "m"],
    [900, "cm"],
    [500, "d"],
    [400, "cd"],
    [100, "c"],
    [90, "xc"],
    [50, "l"],
    [40, "xl"],
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let out = "";
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

// In a No column the cell is the number; at the start of an uraian it needs its "." or ")" ("I Wayan" is a name).
const IN_CELL = /^\s*(\()?([IVXLCDM]+|[ivxlcdm]+|[A-Za-z]|\d{1,3})([.)])?\s*$/;
const AT_START = /^\s*(\()?([IVXLCDM]+|[ivxlcdm]+|[A-Za-z]|\d{1,3})([.)])\s+(?=\S)/;

type Token = { open: boolean; body: string; close: string };

function token(text: string, inCell: boolean): Token | undefined {
  const m = (inCell ? IN_CELL : AT_START).exec(text);
  if (!m) return undefined;
  if (m[1] && m[3] !== ")") return undefined; // "(1" is not a number
  return { open: m[1] !== undefined, body: m[2], close: m[3] ?? "" };
}

/** Kinds a token could be: roman and letter share I, V, X, L, C, D, M. */
function readings(t: Token): Numbering[] {
  const suffix = t.open ? "()" : t.close;
  const out: Numbering[] = [];
  if (/^\d+$/.test(t.body)) return [{ style: `1${suffix}`, roman: false, value: Number(t.body) }];
  const upper = t.body === t.body.toUpperCase();
  const r = romanValue(t.body);
  if (r !== undefined) out.push({ style: `${upper ? "I" : "i"}${suffix}`, roman: true, value: r });
  if (t.body.length === 1)
    out.push({
      style: `${upper ? "A" : "a"}${suffix}`,
      roman: false,
      value: t.body.toLowerCase().charCodeAt(0) - 96,
    });
  return out;
}

/**
 * Reads the numbers of a table's rows in order; an "I" after "H" is a letter, after nothing or
 * after another roman number it is one. `no` is the No column's text, `uraian` the name's.
 * @example numberRows([{ no: "I" }, { no: "A" }, { no: "II" }]).map((n) => n?.style) //=> ["I", "A", "I"]
 */
export function numberRows(rows: { no?: string; uraian?: string }[]): (Numbering | undefined)[] {
  const last = new Map<string, number>();
  return rows.map((r) => {
    const t =
      (r.no !== undefined && r.no !== "" ? token(r.no, true) : undefined) ?? token(r.uraian ?? "", false);
    if (!t) return undefined;
    const options = readings(t);
    if (options.length === 0) return undefined;
    const follows = options.find((o) => last.get(o.style) === o.value - 1);
    const pick = follows ?? options.find((o) => o.value === 1) ?? options.find((o) => !o.roman) ?? options[0];
    last.set(pick.style, pick.value);
    return pick;
  });
}

/**
 * The uraian without its leading number: "II. BELANJA MODAL" → "BELANJA MODAL".
 * @example stripNumber("a) Belanja Pegawai") //=> "Belanja Pegawai"
 */
export function stripNumber(text: string): string {
  const m = AT_START.exec(text);
  return m ? text.slice(m[0].length) : text;
}
