/** Polarity of an indicator (docs/DOMAIN.md §2): which direction of realisasi is better. */
export type Polaritas = "naik" | "turun" | "turun-rasio" | "tetap";

/** A target as written: a number, a range "70–80" or a predikat grade "BB"/"WTP". */
export type TargetSpec =
  | { kind: "number"; value: number }
  | { kind: "range"; lower: number; upper: number }
  | { kind: "predikat"; scale: "akip" | "bpk"; grade: string; rank: number };

/** Arguments of capaian and explainCapaian; target and realisasi may be raw cell values. */
export type CapaianInput = {
  target: unknown;
  realisasi: unknown;
  polaritas?: Polaritas | null;
  batas?: number | null;
};
