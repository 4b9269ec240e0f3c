import type { AnggaranRow, Model } from "../model/types";
import type { AnggaranEval, ProgramRef } from "./types";
import type { SasaranGroup } from "./sasaran-groups";
import { normaliseKey } from "./normalise";
import { evaluateAnggaran } from "./evaluate-anggaran";

/**
 * The budget behind a sasaran: the pagu/realisasi of a kinerja+anggaran table's own rows when it has them, else the
 * program rows of anggaran tables mapped to it by Kode Sasaran or Sasaran; each program (or merged cell) counted once.
 * @example programsFor(model, group).map((p) => p.pagu) //=> [1_200_000_000, 350_000_000]
 */
export function programsFor(
  model: Model,
  g: SasaranGroup,
  groups: SasaranGroup[] = [g],
  budget?: AnggaranEval[],
): ProgramRef[] {
  return ownBudget(g) ?? assignPrograms(model, groups, budget).get(g.key) ?? [];
}

/**
 * Every program row given to exactly one sasaran (docs/DOMAIN.md §6: a program counts once). A Kode Sasaran equal to an
 * indicator's code wins; a shorter code ("1") goes to the first sasaran whose codes extend it ("1.2", "1.2.3").
 * @example assignPrograms(model, groups).get("meningkatnya akuntabilitas kinerja")?.length //=> 1
 */
export function assignPrograms(
  model: Model,
  groups: SasaranGroup[],
  budget?: AnggaranEval[],
): Map<string, ProgramRef[]> {
  const { exact, prefix } = groupIndex(groups);
  const sums = programSums(model, budget);
  const found = new Map<string, Map<string, ProgramRef>>();
  model.anggaran.forEach((row, index) => {
    if (row.rowKind !== "data" || row.tingkat !== "program") return;
    const keys = [row.kodeSasaran?.text, row.sasaran?.text].map(normaliseKey).filter((k) => k !== "");
    const owner =
      keys.map((k) => exact.get(k)).find((x) => x) ?? keys.map((k) => prefix.get(k)).find((x) => x);
    const money = ownOrChildren(row, sums.get(index));
    if (!owner || !money) return;
    const id = normaliseKey(`${row.kode?.text ?? ""} ${row.uraian?.text ?? ""}`);
    const list = found.get(owner) ?? new Map<string, ProgramRef>();
    found.set(owner, list);
    if (!list.has(id))
      list.set(id, { label: row.uraian?.text.trim() ?? "", ...money, origin: row.pagu?.origin });
  });
  return new Map([...found].map(([key, refs]) => [key, [...refs.values()]]));
}

/**
 * The budget a kinerja+anggaran table states on the sasaran's own rows (004 Tabel 3.6), or null when it has none.
 * @example ownBudget(group)?.[0].pagu //=> 3_849_148_550
 */
export function ownBudget(g: SasaranGroup): ProgramRef[] | null {
  const own = new Map<string, ProgramRef>();
  for (const { row } of g.items) {
    const p = row.pagu?.num;
    const r = row.realisasiAnggaran?.num;
    if (p === undefined || p === null || r === undefined || r === null || !row.pagu) continue;
    const key = `${row.pagu.origin.sheet}!${row.pagu.origin.cell}`;
    if (!own.has(key)) own.set(key, { label: g.sasaran, pagu: p, realisasi: r, origin: row.pagu.origin });
  }
  return own.size > 0 ? [...own.values()] : null;
}

// Names and codes that identify a group exactly, and every leading part of its codes ("1 1" of "1 1 2"); first group wins.
function groupIndex(groups: SasaranGroup[]): { exact: Map<string, string>; prefix: Map<string, string> } {
  const exact = new Map<string, string>();
  const prefix = new Map<string, string>();
  for (const g of groups) {
    if (!exact.has(g.key)) exact.set(g.key, g.key);
    for (const item of g.items) {
      const code = normaliseKey(item.row.kode?.text);
      if (code === "") continue;
      if (!exact.has(code)) exact.set(code, g.key);
      const parts = code.split(" ");
      for (let n = 1; n < parts.length; n++) {
        const head = parts.slice(0, n).join(" ");
        if (!prefix.has(head)) prefix.set(head, g.key);
      }
    }
  }
  return { exact, prefix };
}

// A program row whose own pagu is empty still carries its kegiatan's money (the engine's roll-up of its children,
// from the evaluation of the WHOLE budget table: a program's kegiatan are not program rows).
function programSums(
  model: Model,
  budget?: AnggaranEval[],
): Map<number, { pagu: number; realisasi: number }> {
  const needed = model.anggaran.some((r) => r.tingkat === "program" && (r.pagu?.num ?? null) === null);
  const sums = new Map<number, { pagu: number; realisasi: number }>();
  if (!needed) return sums;
  for (const e of budget ?? evaluateAnggaran(model)) if (e.computed) sums.set(e.index, e.computed);
  return sums;
}

function ownOrChildren(
  row: AnggaranRow,
  sum?: { pagu: number; realisasi: number },
): { pagu: number; realisasi: number } | null {
  const p = row.pagu?.num;
  if (p !== undefined && p !== null) return { pagu: p, realisasi: row.realisasi?.num ?? 0 };
  return sum ? { pagu: sum.pagu, realisasi: sum.realisasi } : null;
}
