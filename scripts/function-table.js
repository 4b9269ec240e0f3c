#!/usr/bin/env node
/*
 * The SAKIP.* function table from src/functions/catalog.ts (rendered by src/help/render.ts):
 *   node scripts/function-table.js          print the markdown table
 *   node scripts/function-table.js --write  rewrite README.md between the functions markers
 *   node scripts/function-table.js --check  exit 1 when README.md is out of date
 * webpack.config.js uses helpPageHtml() from here to emit dist/help.html.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const ROOT = path.join(__dirname, "..");
const START = "<!-- functions:start -->";
const END = "<!-- functions:end -->";

/** Loads a TypeScript module (and its relative imports) by transpiling it to CommonJS in memory. */
function loadTs(file, cache = new Map()) {
  if (cache.has(file)) return cache.get(file).exports;
  const source = fs.readFileSync(file, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
    },
    fileName: file,
  });
  const module = { exports: {} };
  cache.set(file, module);
  const localRequire = (request) =>
    request.startsWith(".")
      ? loadTs(path.resolve(path.dirname(file), request) + ".ts", cache)
      : require(request);
  new Function("exports", "require", "module", "__filename", "__dirname", outputText)(
    module.exports,
    localRequire,
    module,
    file,
    path.dirname(file),
  );
  return module.exports;
}

const render = () => loadTs(path.join(ROOT, "src", "help", "render.ts"));

function markdownTable() {
  return render().functionTableMarkdown();
}

function helpPageHtml() {
  return render().helpPageHtml();
}

/** README text with the block between the markers replaced (markers appended when missing). */
function withTable(readme, table) {
  const block = `${START}\n${table}\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) return `${readme.replace(/\s*$/, "")}\n\n${block}\n`;
  return readme.slice(0, start) + block + readme.slice(end + END.length);
}

if (require.main === module) {
  const readmePath = path.join(ROOT, "README.md");
  const readme = fs.existsSync(readmePath) ? fs.readFileSync(readmePath, "utf8") : "";
  const updated = withTable(readme, markdownTable());
  if (process.argv.includes("--write")) {
    fs.writeFileSync(readmePath, updated);
  } else if (process.argv.includes("--check")) {
    if (updated !== readme) {
      console.error(
        "README.md: tabel fungsi tidak sesuai katalog; jalankan node scripts/function-table.js --write",
      );
      process.exit(1);
    }
  } else {
    console.log(markdownTable());
  }
}

module.exports = { START, END, loadTs, markdownTable, helpPageHtml, withTable };
