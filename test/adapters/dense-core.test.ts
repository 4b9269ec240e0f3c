import { parseRange } from "../../src/adapters/a1";
import { cellAreas, denseCore } from "../../src/adapters/dense-core";

const boxes = (...a1: string[]) => a1.map(parseRange);

describe("denseCore: the block of a sparse sheet both adapters read", () => {
  it.each([
    [
      "a table and a stray cell in the last row and column",
      ["A1:D20", "XFD1048576"],
      "A1:D20",
      1,
      ["XFD1048576"],
    ],
    ["a stray cell far below only", ["A1:D20", "A900000"], "A1:D20", 1, ["A900000"]],
    ["a stray cell far right only", ["A1:D20000", "XFD3"], "A1:D20000", 1, ["XFD3"]],
    [
      "the heavier of two blocks wins",
      ["A1:B2", "C500000:H600000"],
      "C500000:H600000",
      4,
      ["A1", "B1", "A2", "B2"],
    ],
    [
      "cells within 1000 rows belong to the table",
      ["A1:D20", "A1000:A1000", "XFD1048576"],
      "A1:D1000",
      1,
      ["XFD1048576"],
    ],
    [
      "a stray block counts all its cells, names five",
      ["A1:D300000", "XFA1:XFD10"],
      "A1:D300000",
      40,
      ["XFA1", "XFB1", "XFC1", "XFD1", "XFA2"],
    ],
  ])("%s", (_, areas, core, cells, sample) => {
    const found = denseCore(boxes(...areas), 2_000_000);
    expect(found?.box).toEqual(parseRange(core));
    expect(found?.skipped).toEqual({ cells, sample });
  });

  it.each([
    ["a small used range", ["A1:D20", "Z100"]],
    ["exactly the limit", ["A1:B1000000"]],
    ["no cells at all", []],
  ])("%s is read as it is (null)", (_, areas) => {
    expect(denseCore(boxes(...areas), 2_000_000)).toBeNull();
  });

  it("a huge but full block has no stray cells", () => {
    expect(denseCore(boxes("A1:J300000"), 2_000_000)).toEqual({ box: parseRange("A1:J300000") });
  });

  it("the xlsx default limit is 4 million cells", () => {
    expect(denseCore(boxes("A1:D20", "A900000"))).toBeNull(); // 3.6 million
    expect(denseCore(boxes("A1:E20", "A900000"))?.skipped?.cells).toBe(1); // 4.5 million
  });
});

describe("cellAreas: runs of filled cells in each row of a sparse array", () => {
  it.each([
    ["one run", [[1, 2, 3]], ["A1:C1"]],
    ["a gap splits a run", [[1, null, 3]], ["A1", "C1"]],
    ["missing and undefined cells are empty", [[undefined, 1], [], [null]], ["B1"]],
    ["rows keep their own runs", [[1], [null, 2]], ["A1", "B2"]],
  ])("%s", (_, cells, areas) => {
    expect(cellAreas(cells as unknown[][])).toEqual(boxes(...areas));
  });

  it("a sparse row array (holes) costs only its cells", () => {
    const cells: unknown[][] = [];
    cells[1_000_000] = [];
    cells[1_000_000][16_000] = "x";
    expect(cellAreas(cells)).toEqual(boxes("WQK1000001"));
  });
});
