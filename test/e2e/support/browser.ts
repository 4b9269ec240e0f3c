// The launcher lives with the bench (src/bench/browser.ts), which measures the task pane in the same browser.
export { launchArgs, launchChromium, OWN_FLAGS, packagedChromium } from "../../../src/bench/browser";
