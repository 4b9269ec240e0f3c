/* global Element, URL */
import * as fs from "fs";
import * as path from "path";
import { BT, byLocalName, children, one, pngSize, readManifest, ROOT, xsiType } from "./manifest-helper";

const { xml, doc } = readManifest();
const root = doc.documentElement;
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };

// OfficeApp's sequence in the TaskPaneApp schema (offappmanifest 1.1); optional ones may be absent.
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
];
const REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "SupportUrl",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

const resources = one(doc, "Resources");
const resourceIds = (group: string) =>
  new Map(
    byLocalName(
      one(resources, group),
      group === "Images" ? "Image" : group === "Urls" ? "Url" : "String",
    ).map((e) => [e.getAttribute("id")!, e]),
  );
const images = resourceIds("Images");
const urls = resourceIds("Urls");
const strings = new Map([...resourceIds("ShortStrings"), ...resourceIds("LongStrings")]);
const urlOf = (resid: string) => urls.get(resid)?.getAttribute("DefaultValue");

describe("manifest.xml follows the schema's element order", () => {
  it("OfficeApp is a TaskPaneApp whose children appear in schema order, none missing", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(xsiType(root)).toBe("TaskPaneApp");
    const names = children(root).map((e) => e.localName);
    const positions = names.map((n) => OFFICE_APP_ORDER.indexOf(n));
    expect(positions).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const name of REQUIRED) expect(names).toContain(name);
  });

  it.each([
    [
      "Host (Workbook)",
      one(one(doc, "VersionOverrides"), "Hosts").children[0],
      ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
    ],
    [
      "CustomFunctions extension point",
      byLocalName(doc, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions")!,
      ["Script", "Page", "Metadata", "Namespace"],
    ],
    ["DesktopFormFactor", one(doc, "DesktopFormFactor"), ["GetStarted", "FunctionFile", "ExtensionPoint"]],
    ["Resources", resources, ["Images", "Urls", "ShortStrings", "LongStrings"]],
    ["Control", one(doc, "Control"), ["Label", "Supertip", "Icon", "Action"]],
  ])("%s", (_label, el, order) => {
    expect(children(el).map((e) => e.localName)).toEqual(order);
  });
});

describe("identity: GUID id, four-part version matching package.json, Indonesian default locale", () => {
  it("Id is a GUID", () =>
    expect(one(doc, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i,
    ));
  it("Version is n.n.n.n and starts with the package version", () => {
    const version = one(doc, "Version").textContent!;
    expect(version).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
    expect(version.startsWith(`${pkg.version}.`)).toBe(true);
  });
  it("DefaultLocale is id-ID with English overrides for the display name and description", () => {
    expect(one(doc, "DefaultLocale").textContent).toBe("id-ID");
    for (const name of ["DisplayName", "Description"]) {
      const override = children(children(root).find((e) => e.localName === name)!)[0];
      expect([override?.localName, override?.getAttribute("Locale")]).toEqual(["Override", "en-US"]);
    }
  });
});

describe("every resid resolves to a resource of the right kind", () => {
  const residEls = Array.from(doc.getElementsByTagName("*")).filter((e) => e.hasAttribute("resid"));
  const kindOf = (el: Element): Map<string, Element> =>
    el.localName === "Image"
      ? images
      : ["SourceLocation", "FunctionFile", "Runtime", "LearnMoreUrl"].includes(el.localName)
        ? urls
        : strings;
  it.each(
    residEls.map((e) => [`${e.parentElement?.localName}/${e.localName} → ${e.getAttribute("resid")}`, e]),
  )("%s", (_l, el) => {
    expect(kindOf(el).has(el.getAttribute("resid")!)).toBe(true);
  });
  it("every resource is used and no id is defined twice", () => {
    const used = new Set(residEls.map((e) => e.getAttribute("resid")));
    const defined = [
      ...byLocalName(resources, "Image"),
      ...byLocalName(resources, "Url"),
      ...byLocalName(resources, "String"),
    ].map((e) => e.getAttribute("id"));
    expect(new Set(defined).size).toBe(defined.length);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
  });
  it("strings fit Office's limits (125 short, 250 long) and all but the namespace have an en-US override", () => {
    for (const [group, max] of [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ] as const) {
      for (const s of byLocalName(one(resources, group), "String")) {
        expect(s.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(max);
        const overrides = children(s).map((o) => o.getAttribute("Locale"));
        expect(overrides).toEqual(s.getAttribute("id") === "Functions.Namespace" ? [] : ["en-US"]);
      }
    }
  });
});

describe("shared runtime: runtime, custom-functions page, function file and task pane are one page", () => {
  const runtime = one(doc, "Runtime");
  const cf = byLocalName(doc, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions")!;
  const action = one(doc, "Action");
  it("all point to the same resid, which is taskpane.html and the default source location", () => {
    const resid = runtime.getAttribute("resid")!;
    expect(runtime.getAttribute("lifetime")).toBe("long");
    expect(one(one(cf, "Page"), "SourceLocation").getAttribute("resid")).toBe(resid);
    expect(one(doc, "FunctionFile").getAttribute("resid")).toBe(resid);
    expect(one(action, "SourceLocation").getAttribute("resid")).toBe(resid);
    expect(urlOf(resid)).toMatch(/\/taskpane\.html$/);
    expect(one(one(doc, "DefaultSettings"), "SourceLocation").getAttribute("DefaultValue")).toBe(
      urlOf(resid),
    );
  });
  it("script and metadata are the built functions.js and functions.json; namespace SAKIP", () => {
    expect(urlOf(one(one(cf, "Script"), "SourceLocation").getAttribute("resid")!)).toMatch(
      /\/functions\.js$/,
    );
    expect(urlOf(one(one(cf, "Metadata"), "SourceLocation").getAttribute("resid")!)).toMatch(
      /\/functions\.json$/,
    );
    expect(strings.get(one(cf, "Namespace").getAttribute("resid")!)?.getAttribute("DefaultValue")).toBe(
      "SAKIP",
    );
    expect(xsiType(cf.parentElement!)).toBeNull();
    expect(cf.parentElement!.localName).toBe("AllFormFactors");
  });
  it("requires SharedRuntime 1.1", () => {
    const set = one(one(doc, "Requirements"), "Set");
    expect([set.getAttribute("Name"), set.getAttribute("MinVersion")]).toEqual(["SharedRuntime", "1.1"]);
  });
  it("a ribbon button labelled SAKIP on the Home tab opens the task pane", () => {
    expect(one(doc, "OfficeTab").getAttribute("id")).toBe("TabHome");
    expect(xsiType(one(doc, "Control"))).toBe("Button");
    expect(xsiType(action)).toBe("ShowTaskpane");
    expect(
      strings.get(one(one(doc, "Control"), "Label").getAttribute("resid")!)?.getAttribute("DefaultValue"),
    ).toBe("SAKIP");
  });
});

describe("URLs are https and icons exist in assets/ at the size they claim", () => {
  const urlValues = [
    ...["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map((n) =>
      one(doc, n).getAttribute("DefaultValue")!,
    ),
    ...byLocalName(doc, "SourceLocation")
      .map((e) => e.getAttribute("DefaultValue"))
      .filter((v): v is string => v !== null),
    ...[...urls.values(), ...images.values()].map((e) => e.getAttribute("DefaultValue")!),
  ];
  it.each(urlValues.map((u) => [u]))("%s", (url) => expect(url).toMatch(/^https:\/\/[^\s/]+\//));

  const icons: [string, number][] = [
    [one(doc, "IconUrl").getAttribute("DefaultValue")!, 32],
    [one(doc, "HighResolutionIconUrl").getAttribute("DefaultValue")!, 64],
    ...[...images.entries()].map(
      ([id, e]) => [e.getAttribute("DefaultValue")!, Number(/(\d+)x\1$/.exec(id)![1])] as [string, number],
    ),
  ];
  it.each(icons)("%s is a %dpx PNG", (url, size) => {
    const file = path.join(ROOT, new URL(url).pathname);
    expect(pngSize(fs.readFileSync(file))).toEqual({ width: size, height: size });
  });
  it("bt:Image elements use the bt namespace", () => {
    for (const e of images.values()) expect(e.namespaceURI).toBe(BT);
  });
  it("has no element or comment that would survive as an XML error", () =>
    expect(xml.startsWith("<?xml")).toBe(true));
});

describe("the committed icons are the output of scripts/make-icons.js", () => {
  const icons = require("../../scripts/make-icons.js") as {
    SIZES: number[];
    drawIcon: (size: number) => Buffer;
  };
  it.each(icons.SIZES.map((s) => [s]))("assets/icon-%d.png", (size) => {
    const committed = fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`));
    expect(committed.equals(icons.drawIcon(size))).toBe(true);
    expect(pngSize(committed)).toEqual({ width: size, height: size });
  });
});
