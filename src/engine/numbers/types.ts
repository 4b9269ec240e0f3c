/**
 * A cell value read as a number (docs/DOMAIN.md §9).
 * `decimals` = decimals as printed; `percent` = had a % sign; `ambiguous` = a decimal point or a
 * "1,234" comma in an Indonesian reading (FORMAT_AMBIGUOUS); `english` = read as English-formatted.
 */
export type ParsedNumber =
  | {
      kind: "number";
      value: number;
      decimals: number;
      percent: boolean;
      ambiguous: boolean;
      english: boolean;
    }
  | { kind: "empty" }
  | { kind: "text"; text: string };

/** Options of parseNumber: `english` reads the whole column as English-formatted (docs/DOMAIN.md §9). */
export type ParseOptions = { english?: boolean };

/** The digits part of a number once signs, Rp, % and notes are stripped. */
export type CoreReading = { value: number; decimals: number; ambiguous: boolean; english: boolean };
