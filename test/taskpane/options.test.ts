import { toOptions, type OptionsDraft } from "../../src/taskpane/hooks/useJobOptions";

const base: OptionsDraft = { tahun: "", batas: "", efisiensi: "selisih" };

describe("task pane settings: an invalid year blocks the jobs instead of being guessed", () => {
  it.each<[string, Partial<OptionsDraft>, object, boolean]>([
    ["empty year → from Profil", {}, { efisiensi: "selisih" }, false],
    ["four-digit year", { tahun: "2024" }, { tahun: 2024, efisiensi: "selisih" }, false],
    ["spaces around the year are ignored", { tahun: " 2024 " }, { tahun: 2024, efisiensi: "selisih" }, false],
    ["two-digit year is refused", { tahun: "24" }, { efisiensi: "selisih" }, true],
    ["text is refused", { tahun: "dua ribu" }, { efisiensi: "selisih" }, true],
    ["year out of range is refused", { tahun: "1999" }, { efisiensi: "selisih" }, true],
    ["cap 100", { batas: "100" }, { batas: 100, efisiensi: "selisih" }, false],
    ["ratio method", { efisiensi: "rasio" }, { efisiensi: "rasio" }, false],
  ])("%s", (_rule, change, expected, hasError) => {
    const { options, tahunError } = toOptions({ ...base, ...change });
    expect(options).toEqual(expected);
    expect(Boolean(tahunError)).toBe(hasError);
  });
});

import { describeError } from "../../src/taskpane/errors";

describe("failed jobs are explained in Indonesian, never with Office's English text", () => {
  const richApi = (code: string) =>
    Object.assign(new Error("An internal error has occurred."), { name: "RichApi.Error", code });
  it.each<[string, unknown, RegExp]>([
    [
      "known Office code → Indonesian reason with the code",
      richApi("GeneralException"),
      /^Excel: terjadi kesalahan internal.*\(kode GeneralException\)$/,
    ],
    ["locked sheet → what to do", richApi("WorksheetLocked"), /Buka proteksi lembar/],
    [
      "unknown Office code → generic Indonesian text",
      richApi("SomethingNew"),
      /^Excel menolak perintah \(kode SomethingNew\)/,
    ],
    [
      "our own Indonesian error passes through",
      new Error("Lembar 'Kinerja' tidak bertanda add-in"),
      /^Lembar 'Kinerja' tidak bertanda add-in$/,
    ],
    ["a thrown string", "rusak", /^rusak$/],
  ])("%s", (_rule, error, expected) => {
    const message = describeError(error);
    expect(message).toMatch(expected);
    expect(message).not.toContain("An internal error");
  });
});

describe("a pane shown in English explains Office's errors in English, our own messages unchanged", () => {
  const richApi = (code: string) =>
    Object.assign(new Error("An internal error has occurred."), { name: "RichApi.Error", code });
  it.each<[string, unknown, RegExp]>([
    [
      "known code → English reason and next step",
      richApi("WorksheetLocked"),
      /^Excel: .*Unprotect the sheet.*\(code WorksheetLocked\)$/,
    ],
    [
      "internal error → English, not Office's bare text",
      richApi("GeneralException"),
      /^Excel: an internal error occurred.*\(code GeneralException\)$/,
    ],
    [
      "unknown Office code → generic English text",
      richApi("SomethingNew"),
      /^Excel refused the command \(code SomethingNew\)/,
    ],
    [
      "our own Indonesian error passes through",
      new Error("Lembar 'Kinerja' tidak bertanda add-in"),
      /^Lembar 'Kinerja' tidak bertanda add-in$/,
    ],
  ])("%s", (_rule, error, expected) => {
    const message = describeError(error, "en");
    expect(message).toMatch(expected);
    expect(message).not.toMatch(/kode|Coba lagi|An internal error has occurred/);
  });
});
