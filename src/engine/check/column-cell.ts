import type { Indikator, Model, ModelCell, Origin } from "../model/types";

/**
 * The cell of a field on an indicator row: the model's cell when the reader kept it, else the column the table mapped
 * for the field (an empty cell), else null when the table has no such column.
 * @example fieldCell(model, row, "realisasi") //=> { sheet: "Tabel III.2", cell: "F9" }
 */
export function fieldCell(
  model: Model,
  row: Indikator,
  field: "target" | "realisasi",
): { origin: Origin; cell?: ModelCell } | null {
  const cell = row[field];
  if (cell) return { origin: cell.origin, cell };
  const table = model.tables.find((t) => t.id === row.table);
  const col = table?.fields[field];
  if (!table || !col) return null;
  return { origin: { sheet: table.sheet, cell: `${col.split(/[^A-Z]/)[0]}${row.row}` } };
}
