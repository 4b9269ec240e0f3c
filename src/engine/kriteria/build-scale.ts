import { problem, ok, type Result } from "../result";
import { PERMENDAGRI_86 } from "./permendagri-86";
import { scaleColor } from "./scale-color";
import { checkBounds } from "./check-bounds";
import type { Band, Scale, ScaleRow } from "./types";
import { showValue } from "../numbers/show-value";

function initials(label: string): string {
  return label
    .split(" ")
    .map((w) => w.charAt(0).toUpperCase())
    .join("");
}

function toBand(row: ScaleRow, index: number): Result<Band> {
  const n = index + 1;
  if (!row || typeof row !== "object") return problem("#VALUE!", `Baris ${n} skala tidak valid`);
  const label = typeof row.label === "string" ? row.label.replace(/\s+/g, " ").trim() : "";
  if (label === "") return problem("#VALUE!", `Baris ${n} skala: label kosong`);
  if (row.min !== null && (typeof row.min !== "number" || !Number.isFinite(row.min))) {
    return problem(
      "#VALUE!",
      `Baris ${n} skala ('${label}'): batas bawah bukan angka: '${showValue(row.min)}'`,
    );
  }
  const color = scaleColor(row.color);
  if (color === null)
    return problem(
      "#VALUE!",
      `Baris ${n} skala ('${label}'): warna tidak dikenali: '${showValue(row.color)}'`,
    );
  // A user scale that reuses the Permendagri labels keeps their codes and aliases (002 prints codes).
  const known = PERMENDAGRI_86.bands.find((b) => b.label.toLowerCase() === label.toLowerCase());
  const fill = color === "" && known ? known.color : color;
  return ok({
    min: row.min,
    label,
    kode: known?.kode ?? initials(label),
    color: fill,
    aliases: known ? [...known.aliases] : [],
  });
}

/**
 * Builds a user scale from a Skala table (either order), checking order, overlaps and gaps.
 * @example buildScale([{ min: 80, label: "Baik" }, { min: null, label: "Kurang" }]) //=> { ok: true, value: { bands: [...] } }
 */
export function buildScale(rows: ScaleRow[], name?: string): Result<Scale> {
  if (!Array.isArray(rows) || rows.length === 0)
    return problem("#VALUE!", "Skala kriteria kosong: isi minimal satu baris");
  const bands: Band[] = [];
  for (const [i, row] of rows.entries()) {
    const band = toBand(row, i);
    if (!band.ok) return band;
    bands.push(band.value);
  }
  const ascending =
    rows.length > 1 && (rows[0].min === null || (rows[1].min !== null && rows[0].min < rows[1].min));
  const ordered = ascending ? [...rows].reverse() : [...rows];
  const checked = checkBounds(ordered, ascending);
  if (!checked.ok) return checked;
  const label = typeof name === "string" && name.trim() !== "" ? name.trim() : "Skala pengguna";
  return ok({ id: "custom", name: label, bands: ascending ? bands.reverse() : bands });
}
