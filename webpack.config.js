// Builds the add-in into dist/: taskpane.html (task pane + custom functions, one shared runtime),
// functions.js + functions.json (metadata generated from the JSDoc), help.html, manifest.xml, icons.
// Every html page gets its Content-Security-Policy from scripts/csp.js.
//   npm run build          production, office.js from Microsoft's CDN
//   npm run build:offline  production, office.js copied from @microsoft/office-js into dist/
//   npm run dev-server     https://localhost:3000 with office-addin-dev-certs when installed
const fs = require("fs");
const path = require("path");
const { Compilation, sources } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const pkg = require("./package.json");
const { helpPageHtml } = require("./scripts/function-table.js");
const { withCsp } = require("./scripts/csp.js");

const DEV_URL = "https://localhost:3000/";
const DEV_URL_PATTERN = /https:\/\/localhost:3000\//g;
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
const FUNCTIONS_DIR = path.join(__dirname, "src", "functions");

/** The URL the add-in is served from in production, with a trailing slash. */
function productionUrl(env = process.env, config = pkg.config || {}) {
  const url = env.SAKIP_PROD_URL || config.prod_url || "https://sakip.example.go.id/addin/";
  if (!/^https:\/\//.test(url)) throw new Error(`Production URL must be https: ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** Every https://localhost:3000/ in `text` replaced (a function replacer: no `$&` surprises in the URL). */
function replaceDevUrl(text, prodUrl) {
  return text.replace(DEV_URL_PATTERN, () => prodUrl);
}

/** The wrapper files: every src/functions/*.ts whose JSDoc declares a @customfunction. */
function functionFiles(dir = FUNCTIONS_DIR) {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .map((name) => path.join(dir, name))
    .filter((file) => fs.readFileSync(file, "utf8").includes("@customfunction"))
    .sort();
}

/** Rewrites emitted text assets after every plugin has produced them (manifest, functions.json, html). */
class RewriteAssetsPlugin {
  constructor(rewrite) {
    this.rewrite = rewrite;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RewriteAssetsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RewriteAssetsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        (assets) => {
          for (const name of Object.keys(assets).filter((n) => /\.(xml|json|html)$/.test(n))) {
            const before = assets[name].source().toString();
            const after = this.rewrite(before, name);
            if (after !== before) compilation.updateAsset(name, new sources.RawSource(after));
          }
        },
      );
    });
  }
}

/** office.js and what it loads at run time (host scripts, telemetry, strings of every UI language). */
function officeJsCopies() {
  const noDebug = { ignore: ["**/*.debug.js"] };
  return [
    "office.js",
    "excel*.js",
    "o15apptofilemappingtable.js",
    "es6-promise.js",
    "custom-functions-runtime.js",
    "telemetry/**",
    "ariatelemetry/**",
    "agaveerrorux/**",
    "*/office_strings.js",
    // Already minified by Microsoft: `minimized` keeps Terser off them (68 s → seconds).
  ].map((from) => ({ from, context: OFFICE_DIST, to: ".", globOptions: noDebug, info: { minimized: true } }));
}

/** webpack-dev-server https options: the Office dev certificates when installed, else its own. */
async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca, key, cert } };
  } catch (error) {
    console.warn(`office-addin-dev-certs unavailable (${error.message}); using a self-signed certificate.`);
    return { type: "https" };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const offline = Boolean(env.offline);
  const prodUrl = dev ? DEV_URL : productionUrl();
  const officeJs = offline ? "office.js" : OFFICE_CDN;
  const rewrite = (text, name) => {
    let out = dev ? text : replaceDevUrl(text, prodUrl);
    if (!name.endsWith(".html")) return out;
    if (offline) out = out.split(OFFICE_CDN).join(officeJs);
    return withCsp(name, out, { offline });
  };
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles() }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        officeJs,
      }),
      new HtmlWebpackPlugin({ filename: "help.html", templateContent: helpPageHtml(), inject: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          ...(offline ? officeJsCopies() : []),
        ],
      }),
      new RewriteAssetsPlugin(rewrite),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? await httpsOptions() : "https",
      port: (pkg.config && pkg.config.dev_server_port) || 3000,
    },
  };
};

module.exports.productionUrl = productionUrl;
module.exports.replaceDevUrl = replaceDevUrl;
module.exports.functionFiles = functionFiles;
module.exports.OFFICE_CDN = OFFICE_CDN;
