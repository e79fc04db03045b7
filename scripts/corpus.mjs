// The benchmark corpus, built only from texts we wrote: the paragraphs of tests/gold/*.jsonl and
// the golden documents, joined into news-length articles (about 3.5 KB each) until the corpus
// reaches the size asked for. Each repetition starts the articles at a different paragraph, so
// no two articles are the same text.
//
//   node scripts/corpus.mjs [BYTES]     writes JSON lines {"id","date","text"} to standard output
//   import { corpus, article } from "./corpus.mjs"
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = new URL("../", import.meta.url);

/** Every paragraph of ours, in a fixed order: `{ date, text }`. */
export function paragraphs() {
  const out = [];
  const gold = new URL("tests/gold/", root);
  for (const name of readdirSync(gold).filter((n) => n.endsWith(".jsonl")).sort()) {
    for (const line of readFileSync(new URL(name, gold), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const { text, date } = JSON.parse(line);
      out.push({ text, date: date ?? "2024-01-01" });
    }
  }
  const golden = new URL("tests/golden/", root);
  for (const name of readdirSync(golden).filter((n) => n.endsWith(".txt")).sort()) {
    const [first, ...rest] = readFileSync(new URL(name, golden), "utf8").split("\n");
    out.push({ date: first.trim(), text: rest.join("\n").trim() });
  }
  return out;
}

/** Articles of about `size` characters from consecutive paragraphs, starting at `offset`. */
function articles(paras, offset, size) {
  const out = [];
  let text = "";
  let date = "";
  for (let k = 0; k < paras.length; k++) {
    const p = paras[(offset + k) % paras.length];
    if (!text) date = p.date;
    text += (text ? "\n\n" : "") + p.text;
    if (text.length >= size) {
      out.push({ date, text });
      text = "";
    }
  }
  if (text) out.push({ date, text });
  return out;
}

/** Articles of about 3.5 KB adding up to at least `bytes` characters. */
export function corpus(bytes = 1_000_000, size = 3500) {
  const paras = paragraphs();
  const out = [];
  let total = 0;
  for (let rep = 0; total < bytes; rep++) {
    for (const a of articles(paras, (rep * 7) % paras.length, size)) {
      out.push({ id: `a${out.length}`, ...a });
      total += a.text.length;
      if (total >= bytes) break;
    }
  }
  return out;
}

/** One article of about 3.5 KB (the first of the corpus). */
export function article() {
  return corpus(3500)[0];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bytes = Number(process.argv[2] ?? 1_000_000);
  if (!Number.isFinite(bytes) || bytes <= 0) {
    console.error(`corpus: BYTES must be a positive number (got ${process.argv[2]})`);
    process.exit(2);
  }
  for (const doc of corpus(bytes)) process.stdout.write(JSON.stringify(doc) + "\n");
}
