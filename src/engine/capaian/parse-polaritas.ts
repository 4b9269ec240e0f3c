import { problem, ok, type Result } from "../result";
import type { Polaritas } from "./types";

const ALIASES: Record<string, Polaritas> = {
  naik: "naik",
  positif: "naik",
  maks: "naik",
  maksimal: "naik",
  maksimum: "naik",
  max: "naik",
  turun: "turun",
  negatif: "turun",
  min: "turun",
  minimal: "turun",
  minimum: "turun",
  "turun-rasio": "turun-rasio",
  tetap: "tetap",
  stabil: "tetap",
};

/**
 * Reads a polarity cell; empty means "naik" (docs/DOMAIN.md §2), aliases positif/maks, negatif/min, stabil.
 * @example parsePolaritas("Negatif") //=> { ok: true, value: "turun" }
 */
export function parsePolaritas(text: unknown): Result<Polaritas> {
  if (text === null || text === undefined) return ok("naik");
  if (text === "naik" || text === "turun" || text === "turun-rasio" || text === "tetap") return ok(text);
  if (typeof text !== "string") return problem("#VALUE!", `Polaritas bukan teks: '${typeof text}'`);
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_–]+/g, "-");
  if (key === "" || key === "-") return ok("naik");
  const found = Object.prototype.hasOwnProperty.call(ALIASES, key) ? ALIASES[key] : undefined;
  return found
    ? ok(found)
    : problem(
        "#VALUE!",
        `Polaritas tidak dikenal: '${text.trim()}' (pakai naik, turun, turun-rasio atau tetap)`,
      );
}
