import { PERMENDAGRI_86 } from "../../engine/kriteria/permendagri-86";
import type { Runner } from "./port";
import type { Selection } from "./select";

const excelRun: Runner = (batch) => Excel.run(batch);

/** Labels longest first: "Sangat Tinggi" must win over "Tinggi", which it contains. */
export const KRITERIA_RULES = PERMENDAGRI_86.bands
  .flatMap((b) => [b.label, ...(b.aliases ?? [])].map((text) => ({ text, color: b.color })))
  .sort((a, b) => b.text.length - a.text.length);

/**
 * Colours the kriteria labels in the user's selected range with "text contains" conditional formats
 * (the Permendagri 86/2017 colours); only formats are added, never a value (one request).
 * @example await colourKriteria() //=> { sheet: "Kinerja", address: "H5:H20" }
 */
export async function colourKriteria(runner: Runner = excelRun): Promise<Selection> {
  return runner(async (context) => {
    const range = context.workbook.getSelectedRange().load("address");
    KRITERIA_RULES.forEach(({ text, color }, priority) => {
      const cf = range.conditionalFormats.add("ContainsText" as Excel.ConditionalFormatType);
      cf.textComparison.format.fill.color = color;
      cf.textComparison.rule = { operator: "Contains" as Excel.ConditionalTextOperator, text };
      cf.priority = priority;
      cf.stopIfTrue = true;
    });
    await context.sync();
    const bang = range.address.lastIndexOf("!");
    return {
      sheet: range.address
        .slice(0, bang)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'"),
      address: range.address.slice(bang + 1).replace(/\$/g, ""),
    };
  });
}

/**
 * The workbook's decimal separator (ExcelApi 1.11), or undefined when the host cannot say.
 * @example await decimalSeparator() //=> ","
 */
export async function decimalSeparator(runner: Runner = excelRun): Promise<string | undefined> {
  try {
    return await runner(async (context) => {
      const nf = context.application.cultureInfo.numberFormat.load("numberDecimalSeparator");
      await context.sync();
      return nf.numberDecimalSeparator;
    });
  } catch {
    return undefined; // older Excel: nothing to say rather than a false warning
  }
}
