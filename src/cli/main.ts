import { HELP } from "./help";
import { EXIT, processIo, type CliIo } from "./io";
import { UsageError } from "./options";
import { runCheck } from "./check";
import { runGenerate } from "./generate";
import { runDemo } from "./demo";
import { runTemplate } from "./template";
import { runBaca } from "./baca";

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  demo: runDemo,
  generate: runGenerate,
  check: runCheck,
  template: runTemplate,
  baca: runBaca,
};

/**
 * Entry of the `sakip` command; returns the exit code instead of exiting so it can be tested.
 * Errors that are the user's (bad arguments, unreadable files) become an Indonesian message and exit 2.
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    io.out(HELP);
    return command ? EXIT.ok : EXIT.unusable;
  }
  if (command === "--version" || command === "-v") {
    io.out(version());
    return EXIT.ok;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`Perintah tidak dikenal: '${command}'. Lihat 'sakip --help'.`);
    return EXIT.unusable;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || isArgError(error)) {
      io.err(
        `${error instanceof UsageError ? error.message : argMessage(error as Error & { code: string })}\nLihat 'sakip --help'.`,
      );
      return EXIT.unusable;
    }
    throw error;
  }
}

/** node:util parseArgs throws TypeErrors with an ERR_PARSE_ARGS_* code for unknown or malformed options. */
function isArgError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

/** parseArgs speaks English; staff get the same news in Indonesian, naming the option. */
function argMessage(error: Error & { code: string }): string {
  const option = /'(-{1,2}[\w-]+)/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Opsi tidak dikenal: ${option}`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `Argumen berlebih: ${/'([^']+)'/.exec(error.message)?.[1] ?? ""}`;
    default:
      return `Nilai untuk ${option} tidak sah atau tidak ada (nilai yang diawali '-' tulis sebagai ${option}=-5)`;
  }
}

function version(): string {
  const pkg = require("../../package.json") as { version: string };
  return `sakip ${pkg.version}`;
}
