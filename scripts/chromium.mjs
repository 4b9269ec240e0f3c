#!/usr/bin/env node
/*
 * Prints, as JSON, how to launch the Chromium that ships inside the @sparticuz/chromium npm package:
 *   { "executablePath": "/tmp/chromium", "args": [...], "fontconfigPath": "/tmp/fonts" | null }
 * The first call unpacks the browser into the temp folder (a few seconds), later calls reuse it. A
 * separate process because the package is an ES module, which jest 29 cannot load in CommonJS tests.
 * Used by test/e2e/support/browser.ts and the bench's first-render figure.
 */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import chromium from "@sparticuz/chromium";

// No WebGL in the task pane: ask for --disable-webgl rather than the SwiftShader GL flags.
chromium.setGraphicsMode = false;

const executablePath = await chromium.executablePath();
// The package unpacks Open Sans with a fonts.conf beside it: the same font on every machine.
const fonts = join(tmpdir(), "fonts");
const fontconfigPath = existsSync(join(fonts, "fonts.conf")) ? fonts : null;
process.stdout.write(JSON.stringify({ executablePath, args: chromium.args, fontconfigPath }));
