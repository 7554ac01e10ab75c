// Sorting, filtering and search work with JavaScript; without it the same
// pages still show their content.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { launch, urlOf } from "./support.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("a register table sorts by a column", async () => {
  const page = await browser.newPage();
  await page.goto(urlOf("risks.html"));
  const firstIds = async () => page.$$eval("#risk-table tbody tr td:first-child", (cells) => cells.map((c) => c.textContent.trim()));
  const before = await firstIds();
  await page.click("#risk-table thead th:first-child button");
  const ascending = await firstIds();
  await page.click("#risk-table thead th:first-child button");
  const descending = await firstIds();
  assert.deepEqual(ascending, [...before].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
  assert.deepEqual(descending, [...ascending].reverse());
  await page.close();
});

test("a register table filters as you type", async () => {
  const page = await browser.newPage();
  await page.goto(urlOf("risks.html"));
  const total = await page.$$eval("#risk-table tbody tr", (rows) => rows.length);
  await page.fill("#risk-table-filter", "RSK-001");
  const visible = await page.$$eval("#risk-table tbody tr", (rows) => rows.filter((r) => !r.hidden).length);
  assert.ok(total > 10);
  assert.equal(visible, 1);
  await page.close();
});

test("search finds a record by id and by document text", async () => {
  const page = await browser.newPage();
  await page.goto(urlOf("search.html"));
  const input = page.locator("input[type=search]");
  await input.fill("RSK-014");
  await page.waitForTimeout(200);
  const hits = await page.$$eval("a:visible", (links) => links.map((a) => a.getAttribute("href")).filter((h) => h && h.includes("RSK-014")));
  assert.ok(hits.length >= 1, "RSK-014 not found by search");
  await page.close();
});

test("pages show their content with JavaScript disabled", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [path, text] of [["index.html", "Risks above appetite"], ["risks.html", "RSK-001"], ["search.html", "RSK-014"]]) {
    await page.goto(urlOf(path));
    const body = await page.textContent("body");
    assert.ok(body.includes(text), `${path} without JavaScript lacks "${text}"`);
  }
  await context.close();
});
