import type { ModelCell } from "../../model/types";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";

/**
 * DUPLICATE_CODE: the same code on two rows of one table at one level (004 PK Tabel 2.4 uses "1.1.1" for three rows);
 * a code merged over several rows is one cell and not a duplicate.
 * @example duplicateCode(model, evals, ctx)[0].message //=> "Kode \"1.1.1\" sudah dipakai di A5 pada tingkat yang sama"
 */
const NUMBERING = /^(\d{1,3}|[ivxlc]{1,6}|[a-z])[.)]?$/i;

export const duplicateCode: Rule = (model) => {
  const seen = new Map<string, ModelCell>();
  const out: Finding[] = [];
  const visit = (key: string, cell: ModelCell | undefined, level: string, path?: string) => {
    const code = cell?.text.trim() ?? "";
    if (!cell || code === "" || code === "-") return;
    // "1", "2", "II", "a." restarting under each parent are numbering, not codes.
    if (NUMBERING.test(code)) return;
    const k = `${key}|${(path ?? code).toLowerCase()}`;
    const first = seen.get(k);
    if (!first) return void seen.set(k, cell);
    if (first.origin.sheet === cell.origin.sheet && first.origin.cell === cell.origin.cell) return;
    out.push(
      makeFinding(
        "DUPLICATE_CODE",
        "warning",
        cell,
        `Kode "${code}" sudah dipakai di ${first.origin.cell} pada ${level} yang sama`,
        code,
        null,
      ),
    );
  };
  for (const ind of model.indikator) if (ind.rowKind === "data") visit(`i|${ind.table}`, ind.kode, "tabel");
  for (const row of model.anggaran)
    if (row.rowKind === "data") visit(`a|${row.table}|${row.tingkat}`, row.kode, "tingkat", row.kunci);
  return out;
};
