/**
 * The Office.js writer's context.sync() count and largest payload need the recording fake of Excel
 * (test/adapters/fake-excel.ts), which is test code: src/ does not import test/, and lib/ is built
 * from src/ alone (tsconfig.cli.json). Said in the output instead of a made-up figure.
 */
export async function officeWriterSection(): Promise<string[]> {
  return [
    "# office_writer_syncs, office_writer_largest_payload_bytes: not measured (the recording fake is test-only)",
  ];
}
