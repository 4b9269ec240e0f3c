#!/usr/bin/env node
/**
 * Regenerates assets/contoh-LKjIP-2024.xlsx from assets/example/contoh-004.ts.
 * Usage (from the repository root): node scripts/build-example.js
 * No ts-node here: .ts files are transpiled on require with the project's own TypeScript
 * (transpile only, CommonJS; type errors are caught by `npm run typecheck`).
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      resolveJsonModule: true,
    },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

const root = path.resolve(__dirname, "..");
const { buildExample, EXAMPLE_FILE } = require(path.join(root, "assets/example/build.ts"));

buildExample()
  .then((bytes) => {
    fs.writeFileSync(path.join(root, EXAMPLE_FILE), bytes);
    console.log(`Ditulis: ${EXAMPLE_FILE} (${bytes.length} byte)`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
