// The review pack prints to PDF with every clause 9.3 heading; screenshots of
// the dashboard, a risk page and the review pack go to the test output folder.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { artifacts, launch, urlOf } from "./support.mjs";

const headings = [
  "Status of actions from previous management reviews",
  "Changes in external and internal issues",
  "Changes in needs and expectations of interested parties",
  "Information on the performance of the AI management system",
  "Nonconformities and corrective actions",
  "Monitoring and measurement results",
  "Audit results",
  "Fulfilment of AI objectives",
  "Risk assessment and risk treatment",
  "Impact assessments",
  "Incidents",
  "Opportunities for continual improvement",
  "Decisions of the review",
];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("the review pack prints to a PDF holding every clause 9.3 heading", async () => {
  const page = await browser.newPage();
  await page.goto(urlOf("management-reviews/MR-2026-01-pack.html"));
  const pdf = join(artifacts, "review-pack-MR-2026-01.pdf");
  await page.pdf({ path: pdf, format: "A4", printBackground: true });
  await page.close();
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  const missing = headings.filter((heading) => !text.includes(heading));
  assert.deepEqual(missing, []);
});

test("screenshots of the dashboard, a risk page and the review pack", async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  for (const [path, name] of [
    ["index.html", "dashboard.png"],
    ["risks/RSK-004.html", "risk.png"],
    ["management-reviews/MR-2026-01-pack.html", "review-pack.png"],
  ]) {
    await page.goto(urlOf(path));
    await page.screenshot({ path: join(artifacts, name), fullPage: true });
  }
  await page.close();
});
