// Colour names printed in 000 Tabel III.1 (no hex is printed there), mapped to the fills of docs/DOMAIN.md §3.1.
const NAMED: Record<string, string> = {
  "hijau tua": "#00B050",
  "hijau muda": "#92D050",
  "kuning tua": "#FFC000",
  "kuning muda": "#FFFF00",
  kuning: "#FFFF00",
  hijau: "#00B050",
  merah: "#FF0000",
};

/**
 * A fill colour as "#RRGGBB": hex with or without "#", or a colour name of 000; "" when none; null when unknown.
 * @example scaleColor("Hijau Tua") //=> "#00B050"
 */
export function scaleColor(raw: unknown): string | null {
  if (raw === null || raw === undefined) return "";
  if (typeof raw !== "string") return null;
  const text = raw.replace(/\s+/g, " ").trim();
  if (text === "") return "";
  const hex = /^#?([0-9a-f]{6})$/i.exec(text);
  if (hex) return `#${hex[1].toUpperCase()}`;
  const name = text.toLowerCase();
  return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : null;
}
