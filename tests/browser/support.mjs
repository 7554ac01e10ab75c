// Shared set-up of the browser tests: the built portal and Debian's Chromium,
// driven by playwright-core from file:// URLs. Nothing downloads a browser.
import { chromium } from "playwright-core";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";

export const site = process.env.AIMSGEN_SITE;
export const artifacts = process.env.AIMSGEN_ARTIFACTS;
if (!site || !artifacts) {
  throw new Error("run through tests/browser/run.sh: AIMSGEN_SITE and AIMSGEN_ARTIFACTS must be set");
}

const chromiumArgs = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: chromiumArgs,
    headless: true,
  });
}

export function urlOf(page) {
  return pathToFileURL(join(site, page)).href;
}

/// Every HTML page of the portal, relative to its root, sorted.
export function htmlPages() {
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        walk(full);
      } else if (name.endsWith(".html")) {
        pages.push(relative(site, full));
      }
    }
  };
  walk(site);
  return pages;
}
