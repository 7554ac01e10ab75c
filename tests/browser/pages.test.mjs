// Every page loads with no console error, no failed load, and no request to
// anything but the portal's own files.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { launch, htmlPages, urlOf } from "./support.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("every page loads cleanly and stays on file://", async () => {
  const pages = htmlPages();
  assert.ok(pages.length > 100, `expected a full portal, found ${pages.length} pages`);
  const context = await browser.newContext();
  const problems = [];
  const page = await context.newPage();
  let current = "";
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${current}: console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${current}: script error: ${error.message}`));
  page.on("request", (request) => {
    if (!request.url().startsWith("file://")) problems.push(`${current}: request to ${request.url()}`);
  });
  page.on("requestfailed", (request) => problems.push(`${current}: failed to load ${request.url()}`));
  for (const path of pages) {
    current = path;
    const response = await page.goto(urlOf(path), { waitUntil: "load" });
    assert.ok(response === null || response.ok(), `${path} did not load`);
  }
  await context.close();
  assert.deepEqual(problems, []);
});
