import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { ensureDist } from "../e2e/support/dist";

/*
 * No string is ever run as code in what we ship: the task pane's policy has no 'unsafe-eval', so any
 * eval would fail in Excel. Webpack's own runtime has one exception, listed below, that no browser
 * with globalThis (every one Office supports) reaches.
 */

type Factory = (env: object, argv: { mode: string }) => Promise<{ devtool: string | false }>;
const factory = require("../../webpack.config.js") as Factory;

/** Code-from-string calls: eval(…), (0, eval)(…), new Function(…), Function(…). */
const STRING_CODE = /(?<![\w$.])eval\s*\(|\(\s*0\s*,\s*eval\s*\)|(?<![\w$.])(new\s+)?Function\s*\(/g;

/** webpack's `__webpack_require__.g` (the global object): returns globalThis before the fallback. */
const WEBPACK_GLOBAL_SHIM = `if("object"==typeof globalThis)return globalThis;try{return this||new Function("return this")()}`;

/** Each code-from-string call in `js` with 40 characters around it, webpack's global shim left out. */
export function stringCodeCalls(js: string): string[] {
  const found: string[] = [];
  for (const m of js.matchAll(STRING_CODE)) {
    const at = m.index!;
    const shimAt = js.lastIndexOf(WEBPACK_GLOBAL_SHIM, at);
    if (shimAt !== -1 && shimAt + WEBPACK_GLOBAL_SHIM.length > at) continue;
    found.push(js.slice(Math.max(0, at - 40), at + 40));
  }
  return found;
}

describe("stringCodeCalls finds code made from strings", () => {
  it.each([
    ["eval", `a=1;eval("x")`, 1],
    ["indirect eval", `(0,eval)("x")`, 1],
    ["new Function", `f=new Function("a","return a")`, 1],
    ["Function called bare", `g=Function("return this")()`, 1],
    ["webpack's global shim, allowed", `r.g=function(){${WEBPACK_GLOBAL_SHIM}catch(e){}}()`, 0],
    ["the shim's text elsewhere does not hide a later call", `${WEBPACK_GLOBAL_SHIM};new Function("x")`, 1],
    ["names that merely end in eval/Function", `o.eval(1);isFunction(x);myeval(2);toFunction (y)`, 0],
    ["typeof Function", `typeof Function`, 0],
  ])("%s", (_label, js, count) => {
    expect(stringCodeCalls(js)).toHaveLength(count);
  });
});

describe("the production bundles run no string as code", () => {
  let dist: string;
  beforeAll(() => {
    dist = ensureDist("online").dir;
  }, 300_000);

  it("dist/*.js: no eval( or new Function( outside webpack's runtime", () => {
    const bundles = readdirSync(dist).filter((n) => n.endsWith(".js"));
    expect(bundles.sort()).toEqual(["functions.js", "taskpane.js"]);
    for (const name of bundles)
      expect({ name, calls: stringCodeCalls(readFileSync(join(dist, name), "utf8")) }).toEqual({
        name,
        calls: [],
      });
  });

  it.each([["production"], ["development"]])(
    "the %s build's source maps are not eval-based (they would break under the policy)",
    async (mode) => {
      const { devtool } = await factory({}, { mode });
      expect(String(devtool)).not.toMatch(/eval/);
    },
  );
});
