#!/usr/bin/env node
// The CLI is compiled to lib/ by `npm ci` (the prepare script); this shim only hands over to it,
// first restarting node once with the runtime flags (lib/cli/runtime-flags.js says why).
const path = require("node:path");
const fs = require("node:fs");

if (!fs.existsSync(path.join(__dirname, "..", "lib", "cli", "main.js"))) {
  // Installed with --ignore-scripts (or lib/ deleted): say how to build instead of a stack trace.
  console.error("sakip belum dikompilasi: jalankan 'npm run build:cli' di folder proyek, lalu ulangi.");
  process.exit(2);
}

const { RUNTIME_FLAGS } = require("../lib/cli/runtime-flags.js");

if (RUNTIME_FLAGS.every((flag) => process.execArgv.includes(flag))) {
  require("../lib/cli/main.js")
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    });
} else {
  const { spawnSync } = require("node:child_process");
  const args = [...process.execArgv, ...RUNTIME_FLAGS, __filename, ...process.argv.slice(2)];
  const run = spawnSync(process.execPath, args, { stdio: "inherit" });
  process.exitCode = run.status ?? 1;
}
