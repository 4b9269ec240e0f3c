/* global Document, Element, URL */
import { JSDOM } from "jsdom";

export type Csp = {
  OFFICE_ORIGIN: string;
  PAGES: Record<string, unknown>;
  contentSecurityPolicy(name: string, html: string, options?: { offline?: boolean }): string;
  inlineStyleHashes(html: string): string[];
  withCsp(name: string, html: string, options?: { offline?: boolean }): string;
};

/** "a b; c d" → { a: ["b"], c: ["d"] }. */
export function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** The sources that govern `<script>` elements: script-src-elem, else script-src, else default-src. */
export function scriptSources(d: Record<string, string[]>): string[] {
  return d["script-src-elem"] ?? d["script-src"] ?? d["default-src"] ?? [];
}

/**
 * Whether a script at `src` (relative to a page served from `pageUrl`) may load under `sources`:
 * same origin with 'self', or its origin listed (CSP host-source without a path).
 */
export function scriptAllowed(src: string, pageUrl: string, sources: string[]): boolean {
  const url = new URL(src, pageUrl);
  if (url.origin === new URL(pageUrl).origin) return sources.includes("'self'");
  return sources.includes(url.origin);
}

export function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}

/** The page's Content-Security-Policy <meta> elements (there must be exactly one). */
export function cspMetas(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll("meta")).filter(
    (m) => m.getAttribute("http-equiv")?.toLowerCase() === "content-security-policy",
  );
}
