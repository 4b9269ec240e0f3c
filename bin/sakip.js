#!/usr/bin/env node
// The CLI is compiled to lib/ by `npm ci` (the prepare script); this shim only hands over to it.
require("../lib/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
