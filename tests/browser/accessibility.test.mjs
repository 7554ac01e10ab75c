// axe-core finds no serious or critical violation on the key pages. The
// portal's CSP blocks injected scripts, so axe runs in a context that bypasses it.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { launch, urlOf } from "./support.mjs";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const keyPages = [
  "index.html",
  "risks.html",
  "risks/RSK-001.html",
  "controls.html",
  "documents/POL-001.html",
  "management-reviews/MR-2026-01-pack.html",
];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const path of keyPages) {
  test(`no serious or critical accessibility violation on ${path}`, async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(urlOf(path));
    await page.addScriptTag({ content: axeSource });
    const results = await page.evaluate(async () => window.axe.run(document, { resultTypes: ["violations"] }));
    await context.close();
    const serious = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")}`);
    assert.deepEqual(serious, []);
  });
}
