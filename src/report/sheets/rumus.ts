import type { Evaluated } from "../context";

/**
 * The capaian formula of a column header written with column numbers, from the rows' own formulas: the most common
 * one goes in the header ("(7) = (6)/(5)×100"; polaritas turun "(7) = (2×(5) − (6))/(5)×100"), and a footnote names
 * the rows whose formula differs, so the header never states a formula a row does not use.
 * @example capaianFormula(list, 5, 6, 7, ["1", "2"]) //=> { header: "(7) = (6)/(5)×100", footnote: null }
 */
export function capaianFormula(
  list: Evaluated[],
  t: number,
  r: number,
  c: number,
  labels: (string | null)[],
  rumusOf: (e: Evaluated) => string = (e) => e.eval.rumus,
  what = "Capaian",
): { header: string; footnote: string | null } {
  const counts = new Map<string, number>();
  for (const e of list) counts.set(rumusOf(e), (counts.get(rumusOf(e)) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "R / T × 100";
  const others = new Map<string, string[]>();
  list.forEach((e, i) => {
    const rumus = rumusOf(e);
    if (rumus === main) return;
    const names = others.get(rumus) ?? [];
    names.push(labels[i] ?? e.row.indikator?.text.trim() ?? String(i + 1));
    others.set(rumus, names);
  });
  const header = `(${c}) = ${withColumns(main, t, r)}`;
  if (others.size === 0) return { header, footnote: null };
  const parts = [...others].map(([rumus, names]) => `${names.join(", ")}: ${withColumns(rumus, t, r)}`);
  return { header, footnote: `${what} dengan rumus lain (${c}) — ${parts.join("; ")}.` };
}

// "R / T × 100" → "(6)/(5)×100"; "(2T − R) / T × 100" → "(2×(5) − (6))/(5)×100"; a rule in words stays words.
function withColumns(rumus: string, t: number, r: number): string {
  if (!/^[()2TR\s/×−+|0-9-]+$/.test(rumus)) return rumus;
  return rumus
    .replace(/2T/g, `2×(${t})`)
    .replace(/\bT\b/g, `(${t})`)
    .replace(/\bR\b/g, `(${r})`)
    .replace(/ \/ /g, "/")
    .replace(/ × /g, "×");
}
