import type { JobOptions } from "../jobs/types";
import { rekapWorkbook } from "../jobs/rekap-workbook";
import { unusableAgency, type RekapAgency } from "../report/rekap";
import { describeFailure } from "./errors";
import { openInput } from "./files";

/**
 * One file of `sakip rekap`, whatever happens: a failure (unreadable, encrypted, not a workbook) becomes the
 * file's row with the Indonesian reason, so one bad file never stops the others; null for an earlier rekap.
 * @example (await readAgency("terkunci.xlsx", {})).alasan //=> "terkunci.xlsx: Berkas ini dilindungi kata sandi …"
 */
export async function readAgency(file: string, options: JobOptions): Promise<RekapAgency | null> {
  try {
    return await rekapWorkbook(await openInput(file), file, options);
  } catch (error) {
    return unusableAgency(file, describeFailure(error));
  }
}
