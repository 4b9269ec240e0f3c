/**
 * Columns under a budget revision's group title: "Sebelum Perubahan" › Target | Pagu and "Sesudah
 * Perubahan" › Target | Pagu (a Renja or DPA perubahan form). The pagu under "Sebelum" is the pagu
 * before the revision; the target under it is the target before, which the model does not hold.
 */
import { normalise } from "./headers";

const BEFORE = /\b(sebelum|murni|awal)\b/;
const AFTER = /\b(sesudah|setelah|hasil)\b.*\bperubahan\b|^perubahan\b|\bdppa\b/;

/**
 * Which side of the revision the group titles above a column name, if any.
 * @example revisionScope(["Sebelum Perubahan", "Pagu (Rp)"]) //=> "before"
 */
export function revisionScope(path: string[]): "before" | "after" | undefined {
  for (const text of path.slice(0, -1)) {
    const t = normalise(text);
    if (!/perubahan|murni|dppa/.test(t)) continue;
    if (BEFORE.test(t)) return "before";
    if (AFTER.test(t)) return "after";
  }
  return undefined;
}

/**
 * The field of a column once its revision side is known: before the revision a pagu is `paguSebelum`
 * and a target `targetSebelum`; after it, they are the table's own pagu and target.
 * @example revisedField("pagu", "before") //=> "paguSebelum"
 */
export function revisedField(field: string | null, scope: "before" | "after" | undefined): string | null {
  if (scope !== "before" || field === null) return field;
  if (field === "pagu") return "paguSebelum";
  if (field === "target") return "targetSebelum";
  return field;
}
