import { rangeAddress } from "../../engine/sheet/a1";
import { addRow, type Canvas } from "./canvas";
import type { Unit } from "./paginate";
import type { Signature } from "./types";

const SIGN_ROOM = 3; // blank rows to sign in

/**
 * Writes a signature block under the tables: signers side by side, each over its share of the columns (merged), the
 * place and date above the last one; one unit, so it is never cut across pages.
 * @example writeSignature(canvas, { placeDate: "Tembilahan, 06 Januari 2025", signers }, 1).kind //=> "tail"
 */
export function writeSignature(canvas: Canvas, sig: Signature, part: number): Unit {
  const first = addRow(canvas, []);
  const n = sig.signers.length;
  const span = Math.max(1, Math.floor(canvas.width / Math.max(1, n)));
  const col = (i: number) => 1 + i * span;
  const line = (texts: (string | null)[], bold = false): void => {
    const cells: (string | null)[] = Array.from({ length: canvas.width }, () => null);
    texts.forEach((t, i) => (cells[col(i) - 1] = t));
    const row = addRow(canvas, cells);
    texts.forEach((t, i) => {
      const last = i === n - 1 ? canvas.width : col(i) + span - 1;
      if (last > col(i)) canvas.merges.push(rangeAddress(row, col(i), row, last));
      canvas.formats.push({
        range: rangeAddress(row, col(i), row, last),
        style: { hAlign: "center", bold: bold && t !== null },
      });
    });
  };
  line(sig.signers.map((_, i) => (i === n - 1 ? sig.placeDate : null)));
  const roles = Math.max(...sig.signers.map((s) => s.role.length));
  for (let r = 0; r < roles; r++) line(sig.signers.map((s) => s.role[r] ?? null));
  for (let r = 0; r < SIGN_ROOM; r++) addRow(canvas, []);
  line(
    sig.signers.map((s) => s.name),
    true,
  );
  line(sig.signers.map((s) => (s.nip ? `NIP. ${s.nip}` : null)));
  return { first, last: canvas.rows.length, kind: "tail", part };
}
