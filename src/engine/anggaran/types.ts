import type { Result } from "../result";

/** One budget row for roll-up: program, kegiatan or sub kegiatan; parentId null = top level. */
export type BudgetNode = {
  id: string;
  parentId: string | null;
  pagu: number | null;
  realisasi: number | null;
};

/** A row after roll-up: a parent's pagu/realisasi are the sums of its children, % recomputed. */
export type RolledNode = {
  id: string;
  pagu: number;
  realisasi: number;
  serapan: Result<number>;
  sisa: number;
  /** Number of direct children. */
  children: number;
  leaf: boolean;
};
