import { useMemo, useState } from "react";
import type { JobOptions } from "../../jobs/types";
import { S } from "../strings";

export type OptionsDraft = { tahun: string; batas: "" | "100" | "120"; efisiensi: "selisih" | "rasio" };

/** The settings form: raw text as typed, and the job options (or an error) derived from it. */
export function useJobOptions() {
  const [draft, setDraft] = useState<OptionsDraft>({ tahun: "", batas: "", efisiensi: "selisih" });
  const parsed = useMemo(() => toOptions(draft), [draft]);
  return { draft, setDraft, ...parsed };
}

/** Validates the draft; an invalid year blocks the buttons with a message instead of being guessed. */
export function toOptions(draft: OptionsDraft): { options: JobOptions; tahunError?: string } {
  const options: JobOptions = { efisiensi: draft.efisiensi };
  if (draft.batas) options.batas = Number(draft.batas);
  const tahun = draft.tahun.trim();
  if (!tahun) return { options };
  const n = Number(tahun);
  if (!/^\d{4}$/.test(tahun) || n < 2000 || n > 2100) return { options, tahunError: S.tahunInvalid };
  options.tahun = n;
  return { options };
}
