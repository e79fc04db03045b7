// `npm run bench`: the WebAssembly core against compromise, in one node process, on the same
// articles of our own (scripts/corpus.mjs), plus the package size, the time from init to the
// first result, the cost curve from 1 KB to 10 MB, and the native command line's batch speed
// on one and on every core. Prints figures; asserts nothing (targets are listed beside them).
//
//   node scripts/bench.mjs [--quick]     --quick: a 200 KB corpus and a curve up to 1 MB
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { spawnSync } from "node:child_process";
import { tmpdir, cpus } from "node:os";
import { join } from "node:path";
import { corpus, article } from "./corpus.mjs";

const quick = process.argv.includes("--quick");
const root = new URL("../", import.meta.url);
const wasmBytes = readFileSync(new URL("pkg/entente_bg.wasm", root));
const jsBytes = readFileSync(new URL("pkg/entente.js", root));

const ms = (x) => `${x.toFixed(x < 1 ? 3 : 1)} ms`;
const rate = (chars, millis) => `${((chars / millis) * 1000 / 1e6).toFixed(2)} M chars/s`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const line = (label, value, target = "") =>
  console.log(`${label.padEnd(44)} ${value}${target ? `   (target ${target})` : ""}`);

// 1. Size and start-up: the first analysis builds the knowledge base.
const gz = gzipSync(Buffer.concat([wasmBytes, jsBytes]), { level: 9 }).length;
line("package (entente_bg.wasm + entente.js)", `${(wasmBytes.length / 1024).toFixed(0)} KiB + ${(jsBytes.length / 1024).toFixed(0)} KiB, ${(gz / 1024).toFixed(1)} KiB gzip`, "<= 300 KB gzip");
const { default: init, analyze } = await import("../pkg/entente.js");
const t0 = performance.now();
const exports = await init({ module_or_path: wasmBytes });
const t1 = performance.now();
analyze("China and Russia oppose NATO.", { date: "2022-02-04" });
const t2 = performance.now();
line("init (compile and instantiate)", ms(t1 - t0));
line("init done to first result (KB built)", ms(t2 - t1), "<= 30 ms");

// 2. The same articles through both.
const { default: nlp } = await import("compromise");
const compromise = (text) => {
  const doc = nlp(text);
  return [doc.people().out("array"), doc.places().out("array"), doc.organizations().out("array")];
};
const ours = (a) => analyze(a.text, { date: a.date });
const docs = corpus(quick ? 200_000 : 1_000_000);
const chars = docs.reduce((n, d) => n + d.text.length, 0);
function run(name, f) {
  for (const d of docs.slice(0, 5)) f(d);
  const times = [];
  const start = performance.now();
  for (const d of docs) {
    const s = performance.now();
    f(d);
    times.push(performance.now() - s);
  }
  const total = performance.now() - start;
  line(`${name}: ${docs.length} articles, ${(chars / 1e6).toFixed(2)} M chars`, `${rate(chars, total)}, median ${ms(median(times))} an article`);
  return total;
}
console.log("");
const oursTotal = run("entente (wasm)", ours);
const theirsTotal = run("compromise", (d) => compromise(d.text));
line("throughput ratio entente / compromise", `${(theirsTotal / oursTotal).toFixed(1)}x`, ">= 100x");

// 3. One article of about 3.5 KB, many times.
const one = article();
function each(f, n) {
  for (let i = 0; i < 10; i++) f();
  const times = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    f();
    times.push(performance.now() - s);
  }
  return median(times);
}
const oursOne = each(() => ours(one), 300);
const theirsOne = each(() => compromise(one.text), 100);
console.log("");
line(`one article of ${one.text.length} chars: entente`, `median ${ms(oursOne)}`, "<= 0.3 ms");
line(`one article of ${one.text.length} chars: compromise`, `median ${ms(theirsOne)}`);

// 4. The cost curve: one text of growing length; wasm memory only grows, so its size after the
// largest text is the peak.
console.log("\ncost curve (one text, wasm):");
let pool = "";
for (const d of docs) pool += d.text + "\n\n";
while (pool.length < 10_000_000) pool += pool;
const sizes = quick ? [1e3, 1e4, 1e5, 1e6] : [1e3, 1e4, 1e5, 1e6, 1e7];
for (const size of sizes) {
  const text = pool.slice(0, size);
  const reps = Math.max(1, Math.round(2e5 / size));
  const s = performance.now();
  for (let i = 0; i < reps; i++) analyze(text, { date: "2024-01-01" });
  const took = (performance.now() - s) / reps;
  const memory = exports.memory.buffer.byteLength / 1e6;
  line(`  ${(size / 1e3).toLocaleString("en")} KB`, `${ms(took)}, ${(took / (size / 1e3)).toFixed(3)} ms per KB, wasm memory ${memory.toFixed(1)} MB`);
}
line("  memory budget for the largest text", `${((20 * sizes.at(-1)) / 1e6 + 8).toFixed(0)} MB (20x input + 8 MB)`);

// 5. The native batch, output included (serialized and written to /dev/null).
const exe = new URL("target/release/entente", root).pathname;
console.log("");
if (!existsSync(exe)) {
  line("native batch", "skipped: build it with cargo build --release");
} else {
  const dir = mkdtempSync(join(tmpdir(), "entente-bench-"));
  const input = join(dir, "corpus.jsonl");
  const big = corpus(quick ? 2_000_000 : 10_000_000);
  const bigChars = big.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  writeFileSync(input, big.map((d) => JSON.stringify(d)).join("\n") + "\n");
  const batch = (threads) => {
    const best = [];
    for (let k = 0; k < 3; k++) {
      const s = performance.now();
      const r = spawnSync("sh", ["-c", `"${exe}" analyze --jsonl --threads ${threads} < "${input}" > /dev/null`], { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`entente failed: ${r.stderr}`);
      best.push(performance.now() - s);
    }
    return Math.min(...best);
  };
  const single = batch(1);
  line(`native --jsonl, 1 thread, ${(bigChars / 1e6).toFixed(1)} MB of text`, `${((bigChars / single) * 1000 / 1e6).toFixed(1)} MB/s`, ">= 50 MB/s");
  const n = cpus().length;
  if (n > 1) {
    const multi = batch(n);
    line(`native --jsonl, ${n} threads`, `${((bigChars / multi) * 1000 / 1e6).toFixed(1)} MB/s, ${(single / multi).toFixed(2)}x one thread`, n === 2 ? ">= 1.8x on 2 cores" : "");
  }
  rmSync(dir, { recursive: true, force: true });
}
