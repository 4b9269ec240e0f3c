/** What an Excel number format code says about decimals and percent. */

const sections = new Map<string, string>();

/** The format's first section with quoted text, escapes and colours removed (memoised: a sheet has few formats). */
function section(fmt: string): string {
  const known = sections.get(fmt);
  if (known !== undefined) return known;
  const s = strip(fmt);
  if (sections.size < 1000) sections.set(fmt, s);
  return s;
}

function strip(fmt: string): string {
  return (fmt.split(";")[0] ?? "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

/**
 * True when the number format shows the value as a percentage ("0%", "0.00%").
 * @example isPercentFormat("0.00%") //=> true
 */
export function isPercentFormat(fmt: string | undefined): boolean {
  return fmt !== undefined && section(fmt).includes("%");
}

/**
 * Decimals a number format prints ("0.00" → 2, "#,##0" → 0), or null for General / no format.
 * @example formatDecimals("#,##0.0") //=> 1
 */
export function formatDecimals(fmt: string | undefined): number | null {
  if (fmt === undefined) return null;
  const s = section(fmt);
  if (s.trim() === "" || /general/i.test(s) || !/[0#?]/.test(s)) return null;
  const m = /[0#?]\.([0#?]+)/.exec(s);
  return m ? m[1].length : 0;
}

/** True when the format is a date format (d, m, y codes outside quotes). */
export function isDateFormat(fmt: string | undefined): boolean {
  return fmt !== undefined && /[dy]/i.test(section(fmt)) && !/[0#]/.test(section(fmt));
}

/**
 * Decimals of the shortest representation of a number (General format).
 * @example shortestDecimals(57.9) //=> 1
 */
export function shortestDecimals(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const [mantissa, exponent = "0"] = String(Math.abs(value)).split("e");
  return Math.max(0, (mantissa.split(".")[1] ?? "").length - Number(exponent));
}
