import * as fs from "fs";
import * as path from "path";
import { ERROR_CODES, StubCustomFunctionsError } from "./custom-functions-stub";
import {
  blankToNull,
  choiceArg,
  flatten,
  isBlank,
  matrixArg,
  numberArg,
  numbersOrBlank,
  optionalNumberArg,
  run,
  toCustomFunctionsError,
} from "../../src/functions/coerce";
import { ok, problem } from "../../src/engine/result";

describe("the test stub mirrors CustomFunctions.ErrorCode of the runtime typings", () => {
  const dts = fs.readFileSync(
    path.join(__dirname, "..", "..", "node_modules", "@types", "custom-functions-runtime", "index.d.ts"),
    "utf8",
  );
  it.each(Object.entries(ERROR_CODES))("%s = %s", (name, code) => {
    expect(dts).toContain(`${name} = "${code}"`);
  });
});

describe("blank means null, undefined, empty or white-space text", () => {
  it.each([
    [null, true],
    [undefined, true],
    ["", true],
    ["  ", true],
    [0, false],
    ["0", false],
    [false, false],
  ])("isBlank(%p) = %p", (value, blank) => {
    expect(isBlank(value)).toBe(blank);
    expect(blankToNull(value)).toBe(blank ? null : value);
  });
});

describe("numberArg reads numbers and Indonesian text numbers, and names the argument otherwise", () => {
  it.each([
    [57.9, 57.9],
    ["1.234,5", 1234.5],
    ["Rp. 12.151.893.026,-", 12151893026],
    ["17,65 %", 17.65],
    ["(1.402.374.992)", -1402374992],
    ["0,304", 0.304],
  ])("%p → %p", (raw, value) => {
    expect(numberArg(raw, "pagu")).toEqual(ok(value));
  });

  it.each([
    [null, "Argumen pagu kosong: isi dengan angka"],
    ["", "Argumen pagu kosong: isi dengan angka"],
    ["-", 'Argumen pagu kosong ("-"): isi dengan angka'],
    ["n/a", 'Argumen pagu: "n/a" bukan angka'],
    [true, "Argumen pagu bernilai logika (TRUE), bukan angka"],
    [{ type: "Error" }, "Argumen pagu bukan angka"],
  ])("%p → #VALUE! %p", (raw, message) => {
    expect(numberArg(raw, "pagu")).toEqual(problem("#VALUE!", message));
  });

  it("optionalNumberArg gives null for a blank and checks anything else", () => {
    expect(optionalNumberArg(null, "batas")).toEqual(ok(null));
    expect(optionalNumberArg("120", "batas")).toEqual(ok(120));
    expect(optionalNumberArg("x", "batas")).toMatchObject({ ok: false, code: "#VALUE!" });
  });
});

describe("choiceArg accepts the listed words in any case and nothing else", () => {
  const metode = ["selisih", "rasio"] as const;
  it.each([
    [null, ok(null)],
    [" Rasio ", ok("rasio")],
    ["SELISIH", ok("selisih")],
    ["bagi", problem("#VALUE!", 'Argumen metode tidak dikenal: "bagi" (pilih selisih atau rasio)')],
    [5, problem("#VALUE!", "Argumen metode tidak dikenal: 5 (pilih selisih atau rasio)")],
  ])("%p", (raw, expected) => {
    expect(choiceArg(raw, "metode", metode)).toEqual(expected);
  });
});

describe("ranges are flattened row by row; a scalar is a 1×1 range", () => {
  it.each([
    [5, [[5]], [5]],
    [
      [
        [1, 2],
        [3, 4],
      ],
      [
        [1, 2],
        [3, 4],
      ],
      [1, 2, 3, 4],
    ],
    [
      [1, 2],
      [[1], [2]],
      [1, 2],
    ],
  ])("%p", (raw, matrix, flat) => {
    expect(matrixArg(raw)).toEqual(matrix);
    expect(flatten(raw)).toEqual(flat);
  });

  it("numbersOrBlank keeps blanks as null and names the bad cell", () => {
    expect(numbersOrBlank([[1, null, "2,5", ""]], "triwulan")).toEqual(ok([1, null, 2.5, null]));
    expect(numbersOrBlank([[1], ["x"]], "rentang")).toEqual(
      problem("#VALUE!", 'Argumen rentang (sel ke-2): "x" bukan angka'),
    );
  });
});

describe("an engine problem becomes the CustomFunctions.Error with the same code and message", () => {
  it.each([
    ["#DIV/0!", "#DIV/0!"],
    ["#VALUE!", "#VALUE!"],
    ["#N/A", "#N/A"],
  ] as const)("%s", (code, excelCode) => {
    const error = toCustomFunctionsError(problem(code, "pesan"));
    expect(error).toBeInstanceOf(StubCustomFunctionsError);
    expect(error).toEqual({ code: excelCode, message: "pesan" });
  });

  it("run returns a value and throws a problem", () => {
    expect(run(() => ok(3))).toBe(3);
    expect(() => run(() => problem("#N/A", "kosong"))).toThrow(StubCustomFunctionsError);
  });
});
