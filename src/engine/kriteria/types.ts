/** One band of a rating scale; `min` null = the bottom band (docs/DOMAIN.md §3). */
export type Band = { min: number | null; label: string; kode: string; color: string; aliases: string[] };

/** A rating scale, bands ordered from the highest `min` down (lower-bound rule). */
export type Scale = { id: string; name: string; bands: Band[] };

/** An AKIP evaluation grade (PermenPAN-RB 88/2021) with its label. */
export type AkipGrade = { grade: "AA" | "A" | "BB" | "B" | "CC" | "C" | "D"; label: string };

/** A row of a user-defined scale as read from the workbook. */
export type ScaleRow = { min: number | null; max?: number | null; label: string; color?: string | null };
