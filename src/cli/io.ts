/** Where the CLI writes; injected so tests can capture it. */
export type CliIo = {
  out: (s: string) => void;
  err: (s: string) => void;
  color: boolean;
  /** A progress line on stderr, rewritten in place on a terminal; `last` ends it. Absent: `err` is used. */
  progress?: (s: string, last: boolean) => void;
};

/** The real terminal: colour only on a TTY and when NO_COLOR is not set (no-color.org). */
export function processIo(): CliIo {
  return {
    out: (s) => process.stdout.write(s + "\n"),
    err: (s) => process.stderr.write(s + "\n"),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    progress: (s, last) =>
      process.stderr.isTTY
        ? process.stderr.write(`\r${s}${last ? "\n" : ""}`)
        : last && process.stderr.write(s + "\n"),
  };
}

/** Exit codes of docs/REPORT.md §4. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;
