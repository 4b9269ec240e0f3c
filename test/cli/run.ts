import { main } from "../../src/cli/main";

/** What one `sakip` command did: its exit code and everything it printed. */
export type Run = { code: number; out: string; err: string };

/** Runs the `sakip` command in-process with captured output (no colour), as the CLI tests need it. */
export async function sakip(args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), color: false });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
