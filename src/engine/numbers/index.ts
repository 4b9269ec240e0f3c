export type { ParsedNumber, ParseOptions } from "./types";
export { parseNumber } from "./parse-number";
export { isEnglishColumn } from "./is-english-column";
export { formatNumber, formatRupiah, formatPercent } from "./format";
export { roundHalfUp, truncate } from "./round";
export { isNoValueText } from "./no-value";
