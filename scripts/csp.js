/*
 * The Content-Security-Policy of every html page the webpack build emits, as a <meta http-equiv> placed
 * right after <meta charset> (before any script or style, so the policy covers all of them). A page the
 * table below does not name fails the build: a new page must choose its policy.
 * webpack.config.js calls withCsp() on each emitted .html; test/security/ checks the built pages.
 */
"use strict";
const crypto = require("node:crypto");

const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";

/** The task pane (also the custom functions' shared runtime): our bundles plus office.js. */
function appPolicy({ offline }) {
  return [
    ["default-src", "'self'"],
    // Online, office.js and the scripts it loads (host glue, UI strings) come from Microsoft's CDN;
    // the offline build serves its own copy of them, so nothing but this origin may run.
    ["script-src", "'self'", ...(offline ? [] : [OFFICE_ORIGIN])],
    // 'unsafe-inline' only because Fluent UI's Griffel inserts its <style> rules at run time; a nonce
    // cannot work for a static page, and scripts stay strict (no inline, no eval).
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'none'"],
  ];
}

/** help.html: no script at all; its one inline stylesheet allowed by hash. */
function staticPolicy(_options, html) {
  return [
    ["default-src", "'none'"],
    ["style-src", ...inlineStyleHashes(html)],
    ["img-src", "'self'"],
    ["base-uri", "'none'"],
    ["form-action", "'none'"],
  ];
}

/** Microsoft's error page copied with office.js in the offline build: its own script and stylesheet. */
function officeCopyPolicy() {
  return [
    ["default-src", "'self'"],
    ["img-src", "'self'", "data:"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'none'"],
  ];
}

const PAGES = {
  "taskpane.html": appPolicy,
  "help.html": staticPolicy,
  "agaveerrorux/index.html": officeCopyPolicy,
};

/** 'sha256-…' of each inline <style> body, as CSP compares them (the exact text between the tags). */
function inlineStyleHashes(html) {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (m) => `'sha256-${crypto.createHash("sha256").update(m[1], "utf8").digest("base64")}'`,
  );
}

/** The policy text of page `name`, e.g. "default-src 'self'; script-src 'self' https://…; …". */
function contentSecurityPolicy(name, html, { offline = false } = {}) {
  const page = PAGES[name];
  if (!page) throw new Error(`No Content-Security-Policy for ${name}: add it to scripts/csp.js`);
  return page({ offline }, html)
    .map((directive) => directive.join(" "))
    .join("; ");
}

const CSP_META = /<meta http-equiv="Content-Security-Policy"[^>]*>/gi;

/**
 * `html` with its policy as the first element after <meta charset> (replacing one put there before, as
 * a watch rebuild may hand the same page back); fails when the page has no such tag.
 */
function withCsp(name, html, options) {
  html = html.replace(CSP_META, "");
  const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i.exec(html);
  if (!charset)
    throw new Error(`${name}: no <meta charset="utf-8"> to put the Content-Security-Policy after`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(name, html, options)}">`;
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

module.exports = { OFFICE_ORIGIN, PAGES, contentSecurityPolicy, inlineStyleHashes, withCsp };
