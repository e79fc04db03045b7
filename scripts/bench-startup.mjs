// Measures the WebAssembly package in Node: gzip size, init, the first analysis (the knowledge
// base is built on first use) and the steady time for one article of our own. Prints figures;
// asserts nothing. Run: npm run bench:startup   (after scripts/build-wasm.sh)
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import init, { analyze } from "../pkg/entente.js";

const wasm = readFileSync(new URL("../pkg/entente_bg.wasm", import.meta.url));
const js = readFileSync(new URL("../pkg/entente.js", import.meta.url));
const gz = gzipSync(Buffer.concat([wasm, js]), { level: 9 }).length;

const golden = new URL("../tests/golden/", import.meta.url);
let article = "";
for (const name of readdirSync(golden).filter((n) => n.endsWith(".txt")).sort()) {
  article += readFileSync(new URL(name, golden), "utf8").split("\n").slice(1).join("\n");
}

const t0 = performance.now();
await init({ module_or_path: wasm });
const t1 = performance.now();
analyze("China and Russia oppose NATO.", { date: "2022-02-04" });
const t2 = performance.now();
for (let i = 0; i < 50; i++) analyze(article, { date: "2024-03-05" });
const n = 300;
const t3 = performance.now();
for (let i = 0; i < n; i++) analyze(article, { date: "2024-03-05" });
const each = (performance.now() - t3) / n;

console.log(`package: ${(wasm.length / 1024).toFixed(0)} KiB wasm, ${(gz / 1024).toFixed(1)} KiB gzip (wasm + js)`);
console.log(`init: ${(t1 - t0).toFixed(1)} ms; first analyze (knowledge base built): ${(t2 - t1).toFixed(1)} ms`);
console.log(`article of ${article.length} chars: ${each.toFixed(3)} ms each, ${((article.length / each) * 1000 / 1e6).toFixed(2)} M chars/s`);
