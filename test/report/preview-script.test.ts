/**
 * scripts/preview.sh (issue 6, item 5) installs nothing: without LibreOffice or pdftoppm it stops
 * with the Debian packages to install. The rendering itself needs those tools and is run by hand.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const SCRIPT = path.join(__dirname, "../../scripts/preview.sh");

// A PATH holding only what the script needs before its tool check, and the given tools. A given tool
// this machine lacks (a fresh CI machine has no LibreOffice) is a stub that does nothing, so the test
// sees the script's own checks and never depends on what happens to be installed.
function pathWith(tools: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "preview-path-"));
  for (const tool of ["bash", "dirname", "basename", "grep", ...tools]) {
    const found = spawnSync("bash", ["-c", `command -v ${tool}`], { encoding: "utf8" }).stdout.trim();
    if (found) fs.symlinkSync(found, path.join(dir, tool));
    else fs.writeFileSync(path.join(dir, tool), "#!/bin/sh\nexit 0\n", { mode: 0o755 });
  }
  return dir;
}

function run(tools: string[], args: string[] = []) {
  const bash = spawnSync("bash", ["-c", "command -v bash"], { encoding: "utf8" }).stdout.trim();
  return spawnSync(bash, [SCRIPT, ...args], {
    encoding: "utf8",
    env: { PATH: pathWith(tools), HOME: os.tmpdir() },
  });
}

describe("preview.sh: fails clearly when a tool is missing, naming the Debian package", () => {
  it.each([
    [[], ["libreoffice-calc", "poppler-utils"]],
    [["pdftoppm"], ["libreoffice-calc"]],
    [["libreoffice"], ["poppler-utils"]],
  ])("with tools %j it exits 2 and names %j", (tools, packages) => {
    const result = run(tools);
    expect(result.status).toBe(2);
    for (const p of packages) expect(result.stderr).toContain(p);
    expect(result.stdout).toBe("");
  });
  it("names a workbook that does not exist (and starts no LibreOffice)", () => {
    const missing = path.join(os.tmpdir(), "tidak-ada.xlsx");
    const result = run(["libreoffice", "pdftoppm", "mkdir", "rm", "mktemp", "fc-match"], [missing]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`file not found: ${missing}`);
  });
  it("is executable and has a bash shebang", () => {
    expect(fs.statSync(SCRIPT).mode & 0o111).not.toBe(0);
    expect(fs.readFileSync(SCRIPT, "utf8").split("\n")[0]).toBe("#!/usr/bin/env bash");
  });
});
