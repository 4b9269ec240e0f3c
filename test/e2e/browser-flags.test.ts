import { launchArgs, OWN_FLAGS } from "./support/browser";

// What @sparticuz/chromium 153 recommends (Chromium.args with graphics off).
const RECOMMENDED = [
  "--no-default-browser-check",
  "--single-process",
  "--disable-webgl",
  "--allow-running-insecure-content",
  "--disable-setuid-sandbox",
  "--disable-web-security",
  "--headless='shell'",
  "--no-sandbox",
  "--no-zygote",
];

describe("launchArgs: the package's flags, less those that weaken the page's security, plus ours", () => {
  const args = launchArgs(RECOMMENDED);

  it.each([
    ["--disable-web-security"],
    ["--allow-running-insecure-content"],
    ["--single-process"],
    ["--headless='shell'"],
  ])("drops %s", (flag) => {
    expect(args).not.toContain(flag);
  });

  it.each([
    ["--no-default-browser-check"],
    ["--disable-webgl"],
    ["--no-zygote"],
    ["--disable-setuid-sandbox"],
  ])("keeps the recommended %s", (flag) => {
    expect(args).toContain(flag);
  });

  it("adds every one of our offline flags, each once even when the package also asks for it", () => {
    for (const flag of OWN_FLAGS) expect(args.filter((a) => a === flag)).toEqual([flag]);
  });

  it("with no recommendation still launches with our flags only", () => {
    expect(launchArgs([])).toEqual(OWN_FLAGS);
  });
});
