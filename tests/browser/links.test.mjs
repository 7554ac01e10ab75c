// Every internal link and anchor in the output resolves: a link check over
// the whole tree, without a browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { htmlPages, site } from "./support.mjs";

const idsOf = new Map();
function ids(path) {
  if (!idsOf.has(path)) {
    const html = readFileSync(join(site, path), "utf8");
    idsOf.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  return idsOf.get(path);
}

function decode(text) {
  return text.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}

test("every internal link and anchor resolves", () => {
  const broken = [];
  let checked = 0;
  for (const page of htmlPages()) {
    const html = readFileSync(join(site, page), "utf8");
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const target = decode(match[1]);
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        assert.ok(/^(https?|mailto):/i.test(target), `${page}: unexpected scheme in ${target}`);
        continue; // links out are anchors only; nothing is loaded from them
      }
      checked += 1;
      const [file, anchor] = target.split("#");
      const resolved = file === "" ? page : relative(site, normalize(join(site, dirname(page), file)));
      if (resolved.startsWith("..") || !existsSync(join(site, resolved))) {
        broken.push(`${page}: ${target} (no file ${resolved})`);
      } else if (anchor && resolved.endsWith(".html") && !ids(resolved).has(decodeURIComponent(anchor))) {
        broken.push(`${page}: ${target} (no id "${anchor}" in ${resolved})`);
      }
    }
  }
  assert.ok(checked > 1000, `only ${checked} links checked`);
  assert.deepEqual(broken, []);
});
