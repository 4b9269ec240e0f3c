import * as fs from "fs";
import * as path from "path";
import { byLocalName, parseManifest, ROOT } from "./manifest-helper";

type Config = {
  replaceDevUrl: (text: string, prodUrl: string) => string;
  productionUrl: (env?: Record<string, string | undefined>, config?: Record<string, unknown>) => string;
};

const { replaceDevUrl, productionUrl } = require("../../webpack.config.js") as Config;

const PROD = "https://sakip.bappeda.example.go.id/addin/";
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

describe("the production build replaces every https://localhost:3000/ URL (global regex, all occurrences)", () => {
  it.each([
    ["one", "https://localhost:3000/a", "https://p/x/a"],
    [
      "several on one line",
      "https://localhost:3000/a https://localhost:3000/b",
      "https://p/x/a https://p/x/b",
    ],
    [
      "other ports and hosts untouched",
      "https://localhost:30001/a http://localhost:3000/b https://localhost:3000",
      "https://localhost:30001/a http://localhost:3000/b https://localhost:3000",
    ],
  ])("%s", (_label, input, output) => {
    expect(replaceDevUrl(input, "https://p/x/")).toBe(output);
  });

  it("treats the production URL literally ($& or $1 in it is not a replacement pattern)", () => {
    expect(replaceDevUrl("https://localhost:3000/help.html", "https://p/$&/")).toBe("https://p/$&/help.html");
  });

  it("leaves no localhost in the manifest and keeps it well-formed, every URL now on the production host", () => {
    const count = manifest.match(/https:\/\/localhost:3000\//g)?.length ?? 0;
    expect(count).toBeGreaterThan(5);
    const replaced = replaceDevUrl(manifest, PROD);
    expect(replaced).not.toMatch(/localhost/);
    expect(replaced.split(PROD).length - 1).toBe(count);
    const doc = parseManifest(replaced);
    const values = byLocalName(doc, "Url").map((e) => e.getAttribute("DefaultValue")!);
    expect(values.every((v) => v.startsWith(PROD))).toBe(true);
  });

  it("is the same replacement the help URLs of functions.json get", () => {
    const json = JSON.stringify({
      functions: [
        { helpUrl: "https://localhost:3000/help.html#capaian" },
        { helpUrl: "https://localhost:3000/help.html#sisa" },
      ],
    });
    expect(
      JSON.parse(replaceDevUrl(json, PROD)).functions.map((f: { helpUrl: string }) => f.helpUrl),
    ).toEqual([`${PROD}help.html#capaian`, `${PROD}help.html#sisa`]);
  });
});

describe("the production URL comes from SAKIP_PROD_URL, else package.json config.prod_url", () => {
  it.each([
    [{ SAKIP_PROD_URL: "https://a.example/x" }, { prod_url: "https://b.example/" }, "https://a.example/x/"],
    [{}, { prod_url: "https://b.example/addin/" }, "https://b.example/addin/"],
    [{ SAKIP_PROD_URL: "" }, { prod_url: "https://b.example" }, "https://b.example/"],
  ])("%p %p → %s", (env, config, url) => {
    expect(productionUrl(env, config)).toBe(url);
  });

  it("has a placeholder default and refuses http (Office loads add-ins over https only)", () => {
    expect(productionUrl({}, {})).toMatch(/^https:\/\/.+\/$/);
    expect(() => productionUrl({ SAKIP_PROD_URL: "http://intranet.local/" }, {})).toThrow(/https/);
  });
});
