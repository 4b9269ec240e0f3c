import type { CellStyle, Color } from "../../engine/model/sheet-spec";

/** Invariant number-format codes: Excel shows them with the reader's own separators (docs/DOMAIN.md §9). */
export const FMT = {
  rupiah: "#,##0",
  persen: "0.00",
  jumlah: "#,##0",
  text: "@",
} as const;

/** Number format for an indicator value printed with `decimals` decimals (57,9 stays 57,9). */
export function angkaFormat(decimals: number | null | undefined): string {
  const d = Math.max(0, Math.min(4, decimals ?? 2));
  return d === 0 ? "#,##0" : `#,##0.${"0".repeat(d)}`;
}

export const HEADER_FILL: Color = "#D9E1F2";
export const NUMBER_ROW_FILL: Color = "#F2F2F2";
export const TOTAL_FILL: Color = "#EDEDED";
export const DATA_BAR: Color = "#5B9BD5";

export const STYLE = {
  title: { bold: true, fontSize: 12, hAlign: "center", vAlign: "middle", wrap: true },
  subtitle: { fontSize: 11, hAlign: "center", vAlign: "middle" },
  caption: { bold: true, fontSize: 11 },
  header: { bold: true, hAlign: "center", vAlign: "middle", wrap: true, fill: HEADER_FILL, border: "thin" },
  numberRow: {
    italic: true,
    hAlign: "center",
    vAlign: "middle",
    wrap: true,
    fill: NUMBER_ROW_FILL,
    border: "thin",
  },
  body: { vAlign: "top", border: "thin" },
  wrap: { wrap: true },
  center: { hAlign: "center" },
  right: { hAlign: "right" },
  parent: { bold: true },
  total: { bold: true, fill: TOTAL_FILL },
  // Lines under a table print as large as its body: at the sheet's zoom they stay at 9 pt or more.
  sumber: { italic: true, wrap: true },
  note: { italic: true, fontColor: "#404040", wrap: true },
} satisfies Record<string, CellStyle>;

/** Readable text on a kriteria fill: white on the dark green and red bands, black elsewhere. */
export function fontOn(fill: Color): Color {
  const hex = fill.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const luma = 0.299 * r + 0.587 * g + 0.114 * b;
  return luma < 140 ? "#FFFFFF" : "#000000";
}
