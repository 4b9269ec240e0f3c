import { UnreadableWorkbook } from "../adapters/xlsx";
import { NothingRead } from "../jobs/read-workbook";

/** Raised for a bad command line; main() prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {}

/** An input or output the command cannot use (missing, unreadable, unwritable): exit 2, message as is. */
export class UnusableError extends Error {}

/**
 * The Indonesian sentence for any error that reaches the top of a command: staff never see a stack
 * trace (SAKIP_DEBUG=1 adds it, for whoever fixes the bug).
 * @example describeFailure(new UnusableError("File tidak ditemukan: a.xlsx")) //=> "File tidak ditemukan: a.xlsx"
 */
export function describeFailure(error: unknown): string {
  if (error instanceof UsageError) return `${error.message}\nLihat 'sakip --help'.`;
  const arg = argMessage(error);
  if (arg) return `${arg}\nLihat 'sakip --help'.`;
  const debug = process.env.SAKIP_DEBUG ? debugText(error) : "";
  if (error instanceof UnusableError || error instanceof UnreadableWorkbook || error instanceof NothingRead)
    return error.message + debug;
  const text = error instanceof Error ? error.message : String(error);
  return (
    `Terjadi kesalahan tak terduga di sakip: ${text}. Berkas masukan tidak diubah. ` +
    `Mohon laporkan kejadian ini (jalankan ulang dengan SAKIP_DEBUG=1 untuk rinciannya).${debug}`
  );
}

function debugText(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  const stack = (e: unknown) => (e instanceof Error ? (e.stack ?? e.message) : String(e));
  return `\n${stack(error)}${cause ? `\nSebab: ${stack(cause)}` : ""}`;
}

/**
 * node:util parseArgs throws TypeErrors with an ERR_PARSE_ARGS_* code and an English message; staff get
 * the same news in Indonesian, naming the option. null for any other error.
 * @example argMessage(unknownOptionError("--foo")) //=> "Opsi tidak dikenal: --foo"
 */
export function argMessage(error: unknown): string | null {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS")) return null;
  const message = (error as Error).message;
  const option = /'(-{1,2}[\w-]+)/.exec(message)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Opsi tidak dikenal: ${option}`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `Argumen berlebih: ${/'([^']+)'/.exec(message)?.[1] ?? ""}`;
    default:
      return `Nilai untuk ${option} tidak sah atau tidak ada (nilai yang diawali '-' tulis sebagai ${option}=-5)`;
  }
}
