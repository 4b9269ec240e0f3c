import * as fs from "node:fs";
import * as path from "node:path";
import { openXlsx, UnreadableWorkbook, type XlsxWorkbook } from "../adapters/xlsx";
import { UnusableError } from "./errors";

/*
 * The CLI's only contact with the user's files. Every failure becomes an UnusableError with an
 * Indonesian sentence naming the file (exit 2); the input is opened read-only and never written.
 */

/**
 * Opens an input workbook, turning every way it can fail into one sentence naming the file.
 * @example await openInput("laporan.xls") // throws UnusableError("laporan.xls: Berkas ini berformat .xls lama …")
 */
export async function openInput(file: string): Promise<XlsxWorkbook> {
  const stat = statOrNull(file);
  if (!stat) throw new UnusableError(`File tidak ditemukan: ${file}`);
  if (stat.isDirectory()) throw new UnusableError(`${file} adalah folder, bukan file .xlsx`);
  try {
    return await openXlsx(file);
  } catch (error) {
    if (error instanceof UnreadableWorkbook)
      throw new UnusableError(`${file}: ${error.message}`, { cause: error.cause });
    throw new UnusableError(`File tidak dapat dibaca: ${file} (${fileProblem(error, file)})`);
  }
}

/**
 * Where a report or template may be written, refused before any work when it can never succeed: an
 * empty name, a name not ending in .xlsx (the file is always a plain workbook, Excel refuses an .xlsm
 * without macros), a folder, a folder path through a file, or the input itself (by any path or link).
 * @example resolveOutput("hasil.xlsx", "masukan.xlsx") //=> "/abs/hasil.xlsx"
 */
export function resolveOutput(raw: string, input?: string): string {
  if (raw.trim() === "")
    throw new UnusableError("Nama file keluaran (-o) kosong: sebutkan mis. -o laporan.xlsx");
  const output = path.resolve(raw);
  const stat = statOrNull(output);
  if (stat?.isDirectory())
    throw new UnusableError(
      `'${raw}' adalah folder; sebutkan nama file di dalamnya, mis. ${path.join(raw, "laporan.xlsx")}`,
    );
  const ext = path.extname(raw).toLowerCase();
  if (ext === ".xlsm" || ext === ".xls" || ext === ".xlsb")
    throw new UnusableError(
      `Keluaran selalu buku kerja .xlsx biasa (tanpa makro); nama '${raw}' berakhiran ${ext} ` +
        `membuat Excel menolak membukanya. Pakai nama berakhiran .xlsx.`,
    );
  if (ext !== ".xlsx")
    throw new UnusableError(
      `Nama file keluaran harus berakhiran .xlsx, mis. -o laporan.xlsx (bukan '${raw}')`,
    );
  if (input && stat && sameFile(stat, statOrNull(input)))
    throw new UnusableError(
      `Keluaran '${raw}' adalah file masukan itu sendiri; sakip tidak menimpa masukan. Pilih nama lain untuk -o.`,
    );
  const blocker = fileInFolderPath(path.dirname(output));
  if (blocker)
    throw new UnusableError(`Folder keluaran tidak dapat dibuat: ${blocker} adalah file, bukan folder.`);
  return output;
}

/**
 * Refuses to replace an existing file that is not an earlier output of the same command: a report
 * replaces only a sakip report (its report sheets are tagged), a template never replaces anything
 * (a template is filled in after it is made). `-o` naming another workbook by mistake loses nothing.
 * @example await refuseOverwrite("/abs/data-lain.xlsx", "report") // throws UnusableError("… bukan laporan buatan sakip …")
 */
export async function refuseOverwrite(output: string, kind: "report" | "template"): Promise<void> {
  if (!statOrNull(output)) return;
  const name = path.basename(output);
  if (kind === "template")
    throw new UnusableError(
      `File ${output} sudah ada; templat tidak menimpa file (mungkin sudah diisi). Pilih nama lain dengan -o atau hapus file itu dulu.`,
    );
  const sheets = await openXlsx(output)
    .then((book) => book.listSheets())
    .catch(() => []);
  if (!sheets.some((s) => s.tag?.role === "report"))
    throw new UnusableError(
      `File ${output} sudah ada dan bukan laporan buatan sakip; sakip tidak menimpa buku kerja lain. ` +
        `Pilih nama lain dengan -o (mis. ${name.replace(/\.xlsx$/i, "")}-LKjIP.xlsx) atau hapus file itu dulu.`,
    );
}

/**
 * Writes `bytes` to `output` through a temporary file in the same folder, renamed over the target only
 * when complete: an interrupted or failed write leaves neither a half file nor the temporary one.
 * @example await writeOutput("/abs/laporan.xlsx", buffer)
 */
export async function writeOutput(output: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(output);
  const partial = path.join(dir, `.${path.basename(output)}.${process.pid}.tmp`);
  try {
    await fs.promises.mkdir(dir, { recursive: true });
    await fs.promises.writeFile(partial, bytes);
    await fs.promises.rename(partial, output);
  } catch (error) {
    await fs.promises.rm(partial, { force: true }).catch(() => undefined);
    throw new UnusableError(`Keluaran tidak dapat ditulis ke ${output}: ${fileProblem(error, dir)}`);
  }
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

/** Same file whatever path names it (symlinks followed by stat, hard links share an inode). */
function sameFile(a: fs.Stats, b: fs.Stats | null): boolean {
  return b !== null && a.dev === b.dev && a.ino === b.ino;
}

/** The nearest existing ancestor of `dir` when it is a file (mkdir would fail on it), else null. */
function fileInFolderPath(dir: string): string | null {
  for (let at = dir; ; at = path.dirname(at)) {
    const stat = statOrNull(at);
    if (stat) return stat.isDirectory() ? null : at;
    if (path.dirname(at) === at) return null;
  }
}

/** The operating system's error code as a sentence staff can act on. */
function fileProblem(error: unknown, where: string): string {
  const code = (error as { code?: string })?.code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return `tidak ada izin (folder atau file ${where} hanya boleh dibaca). Pilih folder lain.`;
    case "EROFS":
      return `${where} berada di media hanya-baca. Pilih folder lain.`;
    case "ENOSPC":
    case "EDQUOT":
      return "disk penuh. Kosongkan ruang disk lalu ulangi.";
    case "EBUSY":
      return "file sedang dipakai program lain (mis. terbuka di Excel). Tutup lalu ulangi.";
    case "ENOTDIR":
    case "EEXIST":
      return `sebagian jalur ${where} adalah file, bukan folder.`;
    case "EISDIR":
      return "nama itu adalah folder.";
    case "ENAMETOOLONG":
      return "nama file atau folder terlalu panjang.";
    default:
      return code ? `kesalahan sistem berkas ${code}.` : "kesalahan sistem berkas.";
  }
}
