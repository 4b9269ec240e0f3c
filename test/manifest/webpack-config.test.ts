import * as path from "path";
import { ROOT } from "./manifest-helper";

type WebpackConfig = {
  entry: Record<string, string>;
  plugins: {
    constructor: { name: string };
    userOptions?: Record<string, unknown>;
    patterns?: { from: string }[];
    options?: Record<string, unknown>;
  }[];
  module: { rules: { use: { loader: string; options: { transpileOnly: boolean } } }[] };
};
type Factory = ((env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<WebpackConfig>) & {
  OFFICE_CDN: string;
  functionFiles: () => string[];
};

const factory = require("../../webpack.config.js") as Factory;

const plugin = (config: WebpackConfig, name: string) =>
  config.plugins.filter((p) => p.constructor.name === name);

describe("webpack.config.js: two entries, one shared-runtime page, the offline variant", () => {
  let online: WebpackConfig;
  let offline: WebpackConfig;
  beforeAll(async () => {
    online = await factory({}, { mode: "production" });
    offline = await factory({ offline: true }, { mode: "production" });
  });

  it("builds the taskpane and functions entries with ts-loader in transpile-only mode", () => {
    expect(online.entry).toEqual({
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    });
    expect(online.module.rules[0].use).toMatchObject({
      loader: "ts-loader",
      options: { transpileOnly: true },
    });
  });

  it("generates functions.json from every wrapper file", () => {
    const [metadata] = plugin(online, "CustomFunctionsMetadataPlugin");
    const input = (metadata as unknown as { options: { input: string[]; output: string } }).options;
    expect(input.output).toBe("functions.json");
    expect(input.input.map((f) => path.relative(ROOT, f))).toEqual(
      factory.functionFiles().map((f) => path.relative(ROOT, f)),
    );
    expect(input.input.length).toBeGreaterThanOrEqual(10);
  });

  it("taskpane.html carries both bundles (shared runtime) and help.html none", () => {
    const pages = plugin(online, "HtmlWebpackPlugin").map((p) => p.userOptions!);
    expect(pages.find((p) => p.filename === "taskpane.html")).toMatchObject({
      chunks: ["taskpane", "functions"],
      officeJs: factory.OFFICE_CDN,
    });
    expect(pages.find((p) => p.filename === "help.html")).toMatchObject({ inject: false });
  });

  it("the offline variant points the page at a local office.js and copies it with its host files", () => {
    const page = plugin(offline, "HtmlWebpackPlugin").find(
      (p) => p.userOptions!.filename === "taskpane.html",
    )!;
    expect(page.userOptions!.officeJs).toBe("office.js");
    const copied = plugin(offline, "CopyPlugin").flatMap((p) => p.patterns!.map((x) => x.from));
    expect(copied).toEqual(
      expect.arrayContaining(["office.js", "excel*.js", "*/office_strings.js", "manifest.xml"]),
    );
    const onlineCopied = plugin(online, "CopyPlugin").flatMap((p) => p.patterns!.map((x) => x.from));
    expect(onlineCopied).not.toContain("office.js");
  });
});
