import type { Scale } from "./types";

/**
 * The default capaian scale of Permendagri 86/2017 (000:L448–456, 004:L697–706), lower-bound
 * rule; labels of 004, aliases of 000 ("Sangat Baik") and other e-SAKIP tools, codes of 002.
 * @example PERMENDAGRI_86.bands[0].label //=> "Sangat Tinggi"
 */
export const PERMENDAGRI_86: Scale = {
  id: "permendagri-86-2017",
  name: "Permendagri 86/2017",
  bands: [
    { min: 91, label: "Sangat Tinggi", kode: "ST", color: "#00B050", aliases: ["Sangat Baik"] },
    { min: 76, label: "Tinggi", kode: "T", color: "#92D050", aliases: ["Baik"] },
    { min: 66, label: "Sedang", kode: "S", color: "#FFC000", aliases: ["Cukup"] },
    { min: 51, label: "Rendah", kode: "R", color: "#FFFF00", aliases: ["Kurang"] },
    { min: null, label: "Sangat Rendah", kode: "SR", color: "#FF0000", aliases: ["Sangat Kurang"] },
  ],
};
