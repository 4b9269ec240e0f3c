import type { Strings } from "./strings";

const ROMAN = ["I", "II", "III", "IV"];

/**
 * A model field as the pane names it: the listed fields by their label, years and quarters spelled out.
 * @example fieldLabel(ID, "realisasiTw2") //=> "Realisasi TW II"; fieldLabel(ID, "target2023") //=> "Target 2023"
 */
export function fieldLabel(s: Strings, field: string): string {
  if (s.field[field]) return s.field[field];
  const tw = /^(target|realisasi)Tw([1-4])$/.exec(field);
  if (tw) return `${s.field[tw[1]]} TW ${ROMAN[Number(tw[2]) - 1]}`;
  const year = /^(target|realisasi|capaian)(\d{4})$/.exec(field);
  if (year) return `${year[1] === "capaian" ? s.field.capaianStated : s.field[year[1]]} ${year[2]}`;
  return field;
}
