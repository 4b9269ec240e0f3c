/** Local copy of capaian's Polaritas (DOMAIN.md §2) until src/engine/capaian exports it. */
export type Polaritas = "naik" | "turun" | "turun-rasio" | "tetap";
