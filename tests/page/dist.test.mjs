// `npm run build`: dist/ holds every file the page needs, names no other origin, and only
// refers to files that are in it.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildDist, externalUrls } from "../../scripts/build-dist.mjs";
import { repo } from "./helpers.mjs";

const dist = path.join(repo, "dist");
let files;

before(async () => {
  files = await buildDist();
});

test("the check for other origins finds them, and lets the SVG namespace be", () => {
  assert.deepEqual(externalUrls('import x from "https://cdn.example.org/d3.js"; fetch(`wss://a.example/s`)'), [
    "https://cdn.example.org/d3.js",
    "wss://a.example/s",
  ]);
  assert.deepEqual(externalUrls('createElementNS("http://www.w3.org/2000/svg", "g")'), []);
});

test("dist/ holds the page, its scripts, styles and the wasm, and names no other origin", (t) => {
  const names = files.map((file) => file.name);
  for (const name of ["index.html", "style.css", "entente-view.css", "entente-view.js", "worker.js", "app.js", "entente_bg.wasm"]) {
    assert.ok(names.includes(name), `dist/ lacks ${name}: ${names.join(", ")}`);
  }
  for (const name of names.filter((n) => !n.endsWith(".wasm"))) {
    assert.deepEqual(externalUrls(readFileSync(path.join(dist, name), "utf8")), [], name);
  }
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  const scripts = files.filter((file) => file.name.endsWith(".js")).reduce((sum, file) => sum + file.bytes, 0);
  t.diagnostic(`dist/: ${(total / 1024).toFixed(1)} KiB in ${files.length} files, of which scripts ${(scripts / 1024).toFixed(1)} KiB`);
});

test("every file the built page refers to is in dist/", () => {
  const html = readFileSync(path.join(dist, "index.html"), "utf8");
  const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]).filter((ref) => !ref.startsWith("data:"));
  assert.ok(refs.length >= 4, `only ${refs.join(", ")}`);
  const scripts = ["entente-view.js", "worker.js"].map((name) => readFileSync(path.join(dist, name), "utf8")).join("\n");
  for (const match of scripts.matchAll(/new URL\("([^"]+)",import\.meta\.url\)/g)) refs.push(match[1]);
  for (const ref of refs) {
    assert.ok(!ref.startsWith("/") && !ref.includes(":"), `${ref} is not relative: the page would break under a sub-path`);
    assert.ok(existsSync(path.join(dist, ref)), `dist/ lacks ${ref}`);
  }
  assert.ok(refs.includes("entente_bg.wasm") && refs.includes("./worker.js"), `the bundles do not load the wasm and the worker: ${refs}`);
});
