import { selisih } from "../compare/selisih";

/**
 * Change of pagu through the budget revision (perubahan): sesudah − sebelum, positive = increase.
 * 000 Tabel II.3 prints the opposite sign (sebelum − sesudah, an increase in parentheses); the
 * checker accepts either convention. Non-finite input counts as 0.
 * @example selisihPagu(1379622100, 2781997092) //=> 1402374992
 */
export function selisihPagu(sebelum: number, sesudah: number): number {
  return selisih(sebelum, sesudah);
}
