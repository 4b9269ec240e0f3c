// Ordinal ranks for predikat targets (docs/DOMAIN.md §2.4): AKIP D=1 … AA=7; opini BPK TMP=1 … WTP=4.
const AKIP: Record<string, number> = { D: 1, C: 2, CC: 3, B: 4, BB: 5, A: 6, AA: 7 };
const BPK: Record<string, number> = { TMP: 1, TW: 2, WDP: 3, WTP: 4 };
const BPK_WORDS: Record<string, string> = {
  "wajar tanpa pengecualian": "WTP",
  "wajar dengan pengecualian": "WDP",
  "tidak wajar": "TW",
  "tidak memberikan pendapat": "TMP",
  "tidak menyatakan pendapat": "TMP",
};

/**
 * Scale and rank of a grade ("BB", "wtp", "Wajar Tanpa Pengecualian"); null when not a grade.
 * @example gradeRank("BB") //=> { scale: "akip", rank: 5 }
 */
export function gradeRank(grade: string): { scale: "akip" | "bpk"; rank: number } | null {
  if (typeof grade !== "string") return null;
  const words = grade.replace(/\s+/g, " ").trim().toLowerCase();
  const has = (table: object, key: string) => Object.prototype.hasOwnProperty.call(table, key);
  const code = (has(BPK_WORDS, words) ? BPK_WORDS[words] : words).toUpperCase();
  if (has(AKIP, code)) return { scale: "akip", rank: AKIP[code] };
  if (has(BPK, code)) return { scale: "bpk", rank: BPK[code] };
  return null;
}
