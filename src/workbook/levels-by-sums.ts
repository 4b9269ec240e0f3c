/**
 * Kegiatan and sub kegiatan told apart by their amounts where nothing else tells them (docs/DOMAIN.md
 * §5): under a programme, a row opens a kegiatan and the rows after it that add up to its pagu are
 * its sub kegiatan (seed 002 Tabel 4.1: "Perencanaan, Penganggaran, …" 70.000.000 over 50.000.000 and
 * 20.000.000, none with a code, a keyword or bold).
 */
import { levelFromWords, type LevelHint } from "./hierarchy";

export type Placed = { level?: number; parent?: number };

const PROGRAM = 0;
const KEGIATAN = 1;
const SUB = 2;

/** True when the row says its own level (keyword, code, level column, bold). */
function hasOwnLevel(h: LevelHint): boolean {
  return (
    (h.tingkat ?? "") !== "" || levelFromWords(h.uraian) !== undefined || h.code !== undefined || h.strong
  );
}

const same = (a: number, b: number): boolean => Math.abs(a - b) < 0.5;

/** Kegiatan (1) or sub kegiatan (2) of each row of one programme's segment, or null when the sums do not settle it. */
function splitSegment(
  rows: number[],
  fixed: (number | undefined)[],
  amounts: (number | null)[],
): number[] | null {
  const levels: number[] = [];
  let open: { value: number; sum: number; subs: number } | null = null;
  const balanced: boolean[] = [];
  const close = () => {
    if (open && open.subs > 0) balanced.push(same(open.sum, open.value));
  };
  for (let k = 0; k < rows.length; k++) {
    const v = amounts[rows[k]] as number;
    let level = fixed[k];
    if (level === undefined) {
      if (!open) level = KEGIATAN;
      else if (open.subs > 0 && same(open.sum, open.value))
        level = v === 0 && open.value === 0 ? SUB : KEGIATAN;
      else level = open.sum + v <= open.value + 0.5 ? SUB : KEGIATAN;
    }
    if (level === KEGIATAN) {
      close();
      open = { value: v, sum: 0, subs: 0 };
    } else {
      if (!open) return null;
      open.sum += v;
      open.subs++;
    }
    levels.push(level);
  }
  close();
  return balanced.length > 0 && balanced.every((b) => b) ? levels : null;
}

/**
 * Re-places the rows below each programme that have no level of their own when their amounts
 * split them into kegiatan with the sub kegiatan that sum to each; otherwise leaves them as given.
 * @example refineBySums(hints, assignLevels(hints), [100, 60, 40, 20]).map((l) => l.level) //=> [0, 1, 2, 2] (40 + 20 = 60)
 */
export function refineBySums(hints: LevelHint[], placed: Placed[], amounts: (number | null)[]): Placed[] {
  const out = placed.map((p) => ({ ...p }));
  for (let i = 0; i < hints.length; i++) {
    if (hints[i].total || placed[i].level !== PROGRAM || !hasOwnLevel(hints[i])) continue;
    const rows: number[] = [];
    for (let j = i + 1; j < hints.length && !hints[j].total; j++) {
      if (hasOwnLevel(hints[j]) && (placed[j].level ?? PROGRAM) <= PROGRAM) break;
      rows.push(j);
    }
    const fixed = rows.map((j) => (hasOwnLevel(hints[j]) ? placed[j].level : undefined));
    if (!fixed.includes(undefined) || rows.some((j) => amounts[j] === null)) continue;
    if (fixed.some((l) => l !== undefined && l !== KEGIATAN && l !== SUB)) continue;
    const levels = splitSegment(rows, fixed, amounts);
    if (!levels) continue;
    let kegiatan = i;
    rows.forEach((j, k) => {
      out[j] = { level: levels[k], parent: levels[k] === KEGIATAN ? i : kegiatan };
      if (levels[k] === KEGIATAN) kegiatan = j;
    });
  }
  return out;
}
