/* global Document, Element */
import * as fs from "fs";
import * as path from "path";
import { JSDOM } from "jsdom";

export const ROOT = path.join(__dirname, "..", "..");
export const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
export const XSI = "http://www.w3.org/2001/XMLSchema-instance";

/** Parses manifest XML with jsdom's DOMParser; a parse error fails loudly instead of yielding an empty tree. */
export function parseManifest(xml: string): Document {
  const { DOMParser } = new JSDOM("").window;
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest.xml is not well-formed: ${error.textContent}`);
  return doc;
}

export function readManifest(file = path.join(ROOT, "manifest.xml")): { xml: string; doc: Document } {
  const xml = fs.readFileSync(file, "utf8");
  return { xml, doc: parseManifest(xml) };
}

export const children = (el: Element): Element[] => Array.from(el.children);
export const byLocalName = (root: Document | Element, name: string): Element[] =>
  Array.from(root.getElementsByTagName("*")).filter((el) => el.localName === name);
export const one = (root: Document | Element, name: string): Element => {
  const found = byLocalName(root, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
};
export const xsiType = (el: Element): string | null => el.getAttributeNS(XSI, "type");

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(buffer: Buffer): { width: number; height: number } {
  if (buffer.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a") throw new Error("not a PNG");
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
