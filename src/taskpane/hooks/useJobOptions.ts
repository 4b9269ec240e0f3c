import { useMemo, useState } from "react";
import type { JobOptions } from "../../jobs/types";
import type { Pengaturan, SkalaChoice } from "../../workbook/settings-sheet";
import { REPORT_SHEET_KEYS } from "../../report/report-sheets";
import type { Strings } from "../strings";
import { S as ID } from "../strings";

export type OptionsDraft = {
  tahun: string;
  batas: "" | "100" | "120";
  efisiensi: "selisih" | "rasio";
  skala?: SkalaChoice; // absent = "lembar": the workbook's Skala sheet, else Permendagri 86/2017
  lembar?: string[]; // report sheet keys; absent = all
};

export const EMPTY_DRAFT: OptionsDraft = { tahun: "", batas: "", efisiensi: "selisih" };

/** The settings form: raw text as typed, and the job options (or an error) derived from it. */
export function useJobOptions(s: Strings = ID) {
  const [draft, setDraft] = useState<OptionsDraft>(EMPTY_DRAFT);
  const parsed = useMemo(() => toOptions(draft, s), [draft, s]);
  return { draft, setDraft, ...parsed };
}

/** Validates the draft; an invalid year blocks the buttons with a message instead of being guessed. */
export function toOptions(
  draft: OptionsDraft,
  s: Strings = ID,
): { options: JobOptions; tahunError?: string } {
  const options: JobOptions = { efisiensi: draft.efisiensi };
  if (draft.batas) options.batas = Number(draft.batas);
  if (draft.skala === "permendagri86") options.skala = "permendagri86";
  if (draft.lembar && draft.lembar.length < REPORT_SHEET_KEYS.length) options.sheets = draft.lembar;
  const tahun = draft.tahun.trim();
  if (!tahun) return { options };
  const n = Number(tahun);
  if (!/^\d{4}$/.test(tahun) || n < 2000 || n > 2100) return { options, tahunError: s.tahunInvalid };
  options.tahun = n;
  return { options };
}

/**
 * The form's draft from the settings stored in the workbook.
 * @example draftFrom({ tahun: 2024, batas: 100 }) //=> { tahun: "2024", batas: "100", efisiensi: "selisih" }
 */
export function draftFrom(p: Pengaturan | undefined): OptionsDraft {
  const draft: OptionsDraft = { ...EMPTY_DRAFT };
  if (!p) return draft;
  if (p.tahun !== undefined) draft.tahun = String(p.tahun);
  if (p.batas === 100 || p.batas === 120) draft.batas = String(p.batas) as OptionsDraft["batas"];
  if (p.efisiensi) draft.efisiensi = p.efisiensi;
  if (p.skala) draft.skala = p.skala;
  if (p.lembar) draft.lembar = p.lembar;
  return draft;
}

/**
 * What the form stores in the workbook (only what differs from the defaults); undefined while the year is invalid.
 * @example pengaturanFrom({ tahun: "2024", batas: "", efisiensi: "rasio" }) //=> { tahun: 2024, efisiensi: "rasio" }
 */
export function pengaturanFrom(draft: OptionsDraft): Pengaturan | undefined {
  const { options, tahunError } = toOptions(draft);
  if (tahunError) return undefined;
  const p: Pengaturan = { efisiensi: draft.efisiensi };
  if (options.tahun !== undefined) p.tahun = options.tahun;
  if (options.batas !== undefined) p.batas = options.batas;
  if (draft.skala) p.skala = draft.skala;
  if (draft.lembar) p.lembar = draft.lembar;
  return p;
}
