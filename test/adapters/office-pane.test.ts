/** The Office.js pieces only the task pane uses: the selection, the kriteria colours, the decimal separator. */
import { colourKriteria, decimalSeparator, selectedRange, KRITERIA_RULES } from "../../src/adapters/office";
import { FakeExcel } from "./fake-excel";

describe("selectedRange", () => {
  it.each([
    ["Data!A6:N8", { sheet: "Data", address: "A6:N8" }],
    ["DINKES INDUK!B2", { sheet: "DINKES INDUK", address: "B2" }],
  ])("%s", async (selected, expected) => {
    const fx = new FakeExcel();
    fx.seed(expected.sheet, { A1: "x" });
    fx.selected = selected;
    await expect(selectedRange(fx.run)).resolves.toEqual(expected);
  });
});

describe("colourKriteria: conditional formats only, longest label first", () => {
  it("adds one 'text contains' rule per label on the selection and changes no value", async () => {
    const fx = new FakeExcel();
    fx.seed("Milik saya", { H5: "Sangat Tinggi", H6: "Rendah", H7: "Sedang" });
    fx.selected = "Milik saya!H5:H7";
    const before = JSON.stringify([...fx.sheet("Milik saya").cells]);
    await expect(colourKriteria(fx.run)).resolves.toEqual({ sheet: "Milik saya", address: "H5:H7" });
    const cfs = fx.sheet("Milik saya").conditionalFormats;
    expect(cfs).toHaveLength(KRITERIA_RULES.length);
    expect(cfs.every((f) => f.address === "H5:H7" && f.type === "ContainsText" && f.stopIfTrue)).toBe(true);
    const order = cfs.sort((a, b) => a.priority! - b.priority!).map((f) => f.text!.text);
    // "Sangat Tinggi" must be tried before "Tinggi", which it contains (and likewise for Rendah).
    expect(order.indexOf("Sangat Tinggi")).toBeLessThan(order.indexOf("Tinggi"));
    expect(order.indexOf("Sangat Rendah")).toBeLessThan(order.indexOf("Rendah"));
    expect(cfs.find((f) => f.text!.text === "Sangat Tinggi")?.fillColor).toBe("#00B050");
    expect(JSON.stringify([...fx.sheet("Milik saya").cells])).toBe(before);
  });
});

describe("decimalSeparator", () => {
  it.each([",", "."])("reports %p", async (sep) => {
    const fx = new FakeExcel();
    fx.decimalSeparator = sep;
    await expect(decimalSeparator(fx.run)).resolves.toBe(sep);
  });
  it("is undefined when the host cannot say (older Excel)", async () => {
    const failing = (() => Promise.reject(new Error("ApiNotFound"))) as never;
    await expect(decimalSeparator(failing)).resolves.toBeUndefined();
  });
});
