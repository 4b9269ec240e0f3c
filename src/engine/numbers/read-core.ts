import type { CoreReading } from "./types";

const ID_THOUSANDS = /^[1-9]\d{0,2}(\.\d{3})+$/; // 1.234.567 — leading group non-zero (docs/DOMAIN.md §9)
const ID_FULL = /^\d{1,3}(\.\d{3})+,\d+$/; // 1.234.567,89
const EN_GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/; // 23,130,080,992 or 1,234.5
const PLAIN_DOT = /^\d+(\.\d+)?$/; // 92.15, 0.065, 100

function reading(intPart: string, frac: string, ambiguous: boolean, english: boolean): CoreReading {
  return { value: Number(frac ? `${intPart}.${frac}` : intPart), decimals: frac.length, ambiguous, english };
}

function readEnglish(core: string): CoreReading | null {
  if (!EN_GROUPED.test(core) && !PLAIN_DOT.test(core)) return null;
  const [intPart, frac = ""] = core.replace(/,/g, "").split(".");
  return reading(intPart, frac, false, true);
}

function readIndonesian(core: string): CoreReading | null {
  const dots = core.split(".").length - 1;
  const commas = core.split(",").length - 1;
  if (commas > 1 || (commas === 1 && dots > 0 && !ID_FULL.test(core))) {
    // English thousands in an Indonesian document (002 Tabel 2.1): certain, so not ambiguous.
    return EN_GROUPED.test(core) ? readEnglish(core) : null;
  }
  if (commas === 1) {
    const [intPart, frac] = core.replace(/\./g, "").split(",");
    // "1,234" could be English 1234: FORMAT_AMBIGUOUS, unless the integer part is 0 ("0,304").
    const ambiguous = dots === 0 && frac.length === 3 && Number(intPart) !== 0;
    return reading(intPart, frac, ambiguous, false);
  }
  if (ID_THOUSANDS.test(core)) return reading(core.replace(/\./g, ""), "", false, false);
  if (dots > 1) return null;
  // A decimal point in an Indonesian reading ("70.95", "0.304%"): the value is clear, the format
  // is not, so the checker warns (FORMAT_AMBIGUOUS, KE004-60, KE000-25).
  const [intPart, frac] = core.split(".");
  return reading(intPart, frac, true, true);
}

/**
 * Reads the digits-and-separators core of a number; null when it is not one.
 * @example readCore("1.234.567,89", false) //=> { value: 1234567.89, decimals: 2, ambiguous: false, english: false }
 */
export function readCore(core: string, english: boolean): CoreReading | null {
  if (!/^\d([\d.,]*\d)?$/.test(core)) return null;
  if (/^\d+$/.test(core)) return reading(core, "", false, false);
  // An English column still meets the odd Indonesian cell ("17,65"): fall back to reading it so.
  return (english ? readEnglish(core) : null) ?? readIndonesian(core);
}
