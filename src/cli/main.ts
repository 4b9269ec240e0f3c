import { HELP } from "./help";
import { EXIT, processIo, type CliIo } from "./io";
import { describeFailure } from "./errors";
import { runCheck } from "./check";
import { runGenerate } from "./generate";
import { runDemo } from "./demo";
import { runTemplate } from "./template";
import { runBaca } from "./baca";
import { runRekap } from "./rekap";

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  demo: runDemo,
  generate: runGenerate,
  check: runCheck,
  template: runTemplate,
  baca: runBaca,
  rekap: runRekap,
};

/**
 * Entry of the `sakip` command; returns the exit code instead of exiting so it can be tested.
 * Every error becomes an Indonesian message without a stack trace and exit 2 (errors.ts says which).
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
    io.err(describeFailure(error));
    return EXIT.unusable;
  }
}

function version(): string {
  const pkg = require("../../package.json") as { version: string };
  return `sakip ${pkg.version}`;
}
