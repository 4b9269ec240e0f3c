/*
 * Text measure for row heights and column widths. Widths are Calibri's advance widths (measured from
 * its metric twin Carlito) in units of the digit width, the unit of Excel's column width. Excel and
 * LibreOffice do not grow a row to fit wrapped text in a file they did not lay out, so the report
 * estimates it (issue 6, item 5).
 */

// Characters grouped by width (hundredths of a digit); anything else counts as one digit.
const GROUPS: [number, string][] = [
  [45, " il"],
  [50, ".,I"],
  [53, ":;j"],
  [60, "()-f[]{}'`!"],
  [66, "tJ"],
  [69, "r"],
  [77, "s/\\z"],
  [83, 'cL"'],
  [90, "kvxy?|FS"],
  [95, "aegTYEZ"],
  [104, "bdhnopquBCKPRX"],
  [114, "AV"],
  [124, "DGHNU"],
  [132, "OQ"],
  [141, "w%&"],
  [160, "m"],
  [172, "M"],
  [178, "W@—"],
];

const WIDTH = new Map<string, number>();
for (const [w, chars] of GROUPS) for (const ch of chars) WIDTH.set(ch, w / 100);

const BOLD = 1.03;
/** Cell padding, in digits: LibreOffice puts 61,6 digits of text on one line of a 62-wide column. */
const PADDING = 0.4;

/** Width of `text` in digits of an 11-point font. */
export function textWidth(text: string, bold = false): number {
  let w = 0;
  for (const ch of text) w += WIDTH.get(ch) ?? 1;
  return bold ? w * BOLD : w;
}

/** How many digits of a `fontSize` font fit on one line of a column `width` Excel characters wide (a width counts digits). */
export function capacity(width: number, fontSize = 11): number {
  return Math.max(1, width - PADDING) * (11 / fontSize);
}

/** Lines `text` takes when wrapped at spaces into `room` digits (a word longer than a line is broken). */
export function wrapLines(text: string, room: number, bold = false): number {
  // Most cells are short: no character is wider than 1,8 digits (bold 1,85), so they need no measuring.
  if (text.length * 1.85 <= room && !text.includes("\n")) return 1;
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      const w = textWidth(word, bold);
      const space = used > 0 ? textWidth(" ") : 0;
      if (used + space + w <= room) {
        used += space + w;
        continue;
      }
      if (used > 0) lines += 1;
      // A word wider than the line continues on the next lines.
      const extra = Math.max(0, Math.ceil(w / room) - 1);
      lines += extra;
      used = w - extra * room;
    }
  }
  return lines;
}
