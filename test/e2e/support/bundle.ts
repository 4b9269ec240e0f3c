import { readFileSync } from "fs";
import { dirname, join, relative, resolve } from "path";
import ts from "typescript";

/*
 * A tiny bundler for the browser stub: transpiles TypeScript modules (relative imports only) to
 * CommonJS and wraps them in one script with a minimal `require`. Type-only imports vanish in
 * transpilation, so the stub can share types with the tests without shipping them.
 */

const ROOT = resolve(__dirname, "..", "..", "..");

function transpile(file: string): string {
  return ts.transpileModule(readFileSync(file, "utf8"), {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: false,
    },
    fileName: file,
  }).outputText;
}

function collect(file: string, seen: Map<string, string>): void {
  if (seen.has(file)) return;
  const code = transpile(file);
  seen.set(file, code);
  for (const m of code.matchAll(/require\("(\.[^"]+)"\)/g)) collect(resolveTs(dirname(file), m[1]), seen);
}

function resolveTs(dir: string, spec: string): string {
  const base = join(dir, spec);
  return base.endsWith(".ts") ? base : `${base}.ts`;
}

/** One browser script that runs `entry`'s export `main(arg)` with `arg` serialised as JSON. */
export function bundleScript(entry: string, main: string, arg: unknown): string {
  const modules = new Map<string, string>();
  collect(resolve(entry), modules);
  const defs = [...modules]
    .map(
      ([file, code]) => `${JSON.stringify(relative(ROOT, file))}: function (exports, require) {\n${code}\n}`,
    )
    .join(",\n");
  return `(function () {
  "use strict";
  var defs = {${defs}};
  var cache = {};
  function load(id) {
    if (cache[id]) return cache[id];
    var exports = (cache[id] = {});
    var dir = id.split("/").slice(0, -1);
    defs[id](exports, function (spec) {
      var parts = dir.slice();
      spec.split("/").forEach(function (p) { if (p === "..") parts.pop(); else if (p !== ".") parts.push(p); });
      var target = parts.join("/");
      return load(/\\.ts$/.test(target) ? target : target + ".ts");
    });
    return exports;
  }
  load(${JSON.stringify(relative(ROOT, resolve(entry)))})[${JSON.stringify(main)}](${JSON.stringify(arg)});
})();`;
}
