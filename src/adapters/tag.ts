import type { SheetRole } from "../engine/model/sheet-spec";
import type { SheetTag } from "../workbook/port";

/*
 * How the add-in marks the sheets it owns, identically in ExcelJS and Office.js: one hidden,
 * workbook-scoped defined name per sheet, `_SAKIP_<role>_<key>` referring to 'Sheet'!$A$1.
 * Why a defined name: Excel rewrites its reference when the user renames the sheet, turns it into
 * #REF! when the sheet is deleted, does not copy it with a copied sheet (a copy is the user's), and
 * both ExcelJS (definedNames) and Office.js (workbook.names.add + visible=false) can write it.
 * While a new sheet and the old one it replaces coexist, the new one needs a second name:
 * `_SAKIP2_<role>_<key>`, `_SAKIP3_…` (the smallest free number).
 * Key characters: letters and digits as they are, "-" as ".", anything else as "_" + 4 hex digits
 * (defined names allow only letters, digits, "_", "." and "\").
 */

export const TAG_PREFIX = "_SAKIP";
const ROLES: SheetRole[] = ["report", "template", "settings"];
const TAG_NAME = /^_SAKIP(\d*)_([a-z]+)_([A-Za-z0-9._]+)$/;

function encodeKey(key: string): string {
  return [...key]
    .map((ch) =>
      /[A-Za-z0-9]/.test(ch) ? ch : ch === "-" ? "." : `_${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
    )
    .join("");
}

function decodeKey(encoded: string): string | null {
  if (/_(?![0-9a-f]{4})/.test(encoded)) return null;
  return encoded
    .replace(/\./g, "-")
    .replace(/_([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The defined name carrying a tag; `n` > 1 for a second sheet with the same tag.
 * @example tagName({ role: "report", key: "capaian-kinerja" }) //=> "_SAKIP_report_capaian.kinerja"
 */
export function tagName(tag: SheetTag, n = 1): string {
  return `${TAG_PREFIX}${n > 1 ? n : ""}_${tag.role}_${encodeKey(tag.key)}`;
}

/**
 * Reads a tag back from a defined name; null for any other name.
 * @example parseTagName("_SAKIP2_template_kinerja") //=> { role: "template", key: "kinerja" }
 */
export function parseTagName(name: string): SheetTag | null {
  const m = TAG_NAME.exec(name);
  if (!m || !ROLES.includes(m[2] as SheetRole)) return null;
  const key = decodeKey(m[3]);
  return key ? { role: m[2] as SheetRole, key } : null;
}

/**
 * The first free tag name given the names already in the workbook (compared case-insensitively, as Excel does).
 * @example freeTagName({ role: "report", key: "x" }, new Set(["_sakip_report_x"])) //=> "_SAKIP2_report_x"
 */
export function freeTagName(tag: SheetTag, takenLower: Set<string>): string {
  let n = 1;
  while (takenLower.has(tagName(tag, n).toLowerCase())) n++;
  return tagName(tag, n);
}

/**
 * The sheet a tag name refers to, from "='It''s'!$A$1" or "Sheet1!$A$1"; null for #REF! or anything else.
 * @example sheetOfReference("='Capaian Kinerja'!$A$1") //=> "Capaian Kinerja"
 */
export function sheetOfReference(reference: string): string | null {
  const ref = reference.replace(/^=/, "").trim();
  const quoted = /^'((?:[^']|'')+)'!\$?[A-Z]+\$?\d+$/i.exec(ref);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const bare = /^([^'!#]+)!\$?[A-Z]+\$?\d+$/i.exec(ref);
  return bare ? bare[1] : null;
}
