import type { Model } from "../model/types";
import type { ProgramRef } from "./types";
import type { SasaranGroup } from "./sasaran-groups";
import { normaliseKey } from "./normalise";

/**
 * The budget behind a sasaran: the pagu/realisasi of a kinerja+anggaran table's own rows when it has them, else the
 * program rows of anggaran tables mapped to it by Kode Sasaran or Sasaran; each program (or merged cell) counted once.
 * @example programsFor(model, group).map((p) => p.pagu) //=> [1_200_000_000, 350_000_000]
 */
export function programsFor(model: Model, g: SasaranGroup): ProgramRef[] {
  const own = new Map<string, ProgramRef>();
  for (const { row } of g.items) {
    const p = row.pagu?.num;
    const r = row.realisasiAnggaran?.num;
    if (p === undefined || p === null || r === undefined || r === null || !row.pagu) continue;
    const key = `${row.pagu.origin.sheet}!${row.pagu.origin.cell}`;
    if (!own.has(key)) own.set(key, { label: g.sasaran, pagu: p, realisasi: r, origin: row.pagu.origin });
  }
  if (own.size > 0) return [...own.values()];
  const keys = sasaranKeys(g);
  const found = new Map<string, ProgramRef>();
  for (const row of model.anggaran) {
    if (row.rowKind !== "data" || row.tingkat !== "program") continue;
    const mapped = [row.kodeSasaran?.text, row.sasaran?.text].some((t) => matches(normaliseKey(t), keys));
    const p = row.pagu?.num;
    const r = row.realisasi?.num;
    if (!mapped || p === undefined || p === null) continue;
    const id = normaliseKey(`${row.kode?.text ?? ""} ${row.uraian?.text ?? ""}`);
    if (!found.has(id)) found.set(id, { label: row.uraian?.text.trim() ?? "", pagu: p, realisasi: r ?? 0, origin: row.pagu?.origin });
  }
  return [...found.values()];
}

function sasaranKeys(g: SasaranGroup): { names: Set<string>; codes: string[] } {
  const codes = g.items.map((i) => normaliseKey(i.row.kode?.text)).filter((c) => c !== "");
  return { names: new Set([g.key]), codes };
}

// A Kode Sasaran "1" maps to the sasaran whose indicators are coded "1" or "1.x" (codes follow the hierarchy, DOMAIN.md §1).
function matches(key: string, keys: { names: Set<string>; codes: string[] }): boolean {
  if (key === "") return false;
  return keys.names.has(key) || keys.codes.some((c) => c === key || c.startsWith(`${key} `));
}
