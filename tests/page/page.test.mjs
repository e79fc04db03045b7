// Drives the real page (www/ with the wasm package pkg/) in headless Chromium.
// Run: node --test tests/page/   (after scripts/build-wasm.sh; Chromium at /usr/bin/chromium)
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const WAIT_MS = 10_000;

const INPUT = "textarea[data-role=input]";
const DATE = "[data-role=date]";
const VIEW = "[data-role=highlighted]";
const ERROR = "[data-role=error]";

let server;
let browser;

before(async () => {
  assert.ok(existsSync(new URL("../../pkg/entente.js", import.meta.url)), "pkg/entente.js is missing: run scripts/build-wasm.sh first");
  server = await startServer({ port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens the page in a fresh context and records everything that must not happen: console
 * errors, uncaught exceptions, failed or non-2xx requests, requests off the server's origin,
 * dialogs. `problems()` lists them.
 */
async function openPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const origin = new URL(server.url).origin;
  const seen = { console: [], exceptions: [], failed: [], foreign: [], dialogs: [], requests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") seen.console.push(message.text());
  });
  page.on("pageerror", (error) => seen.exceptions.push(String(error)));
  page.on("dialog", (dialog) => {
    seen.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on("request", (request) => {
    const url = request.url();
    seen.requests.push(url);
    if (!(url.startsWith(`${origin}/`) || url.startsWith("data:"))) seen.foreign.push(url);
  });
  page.on("requestfailed", (request) => seen.failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (response.status() >= 400) seen.failed.push(`${response.url()}: HTTP ${response.status()}`);
  });
  await page.goto(server.url);
  const problems = () => {
    const found = [];
    for (const [kind, list] of Object.entries(seen)) {
      if (kind !== "requests") for (const item of list) found.push(`${kind}: ${item}`);
    }
    return found;
  };
  return { page, context, seen, problems };
}

/** At most 60 characters of `text` from `at`. */
function clip(text, at) {
  return text.length - at > 60 ? `${text.slice(at, at + 60)}…` : text.slice(at);
}

/** Waits until the analysis of the current text is shown: the view holds exactly `text`. */
async function waitForAnalysis(page, text) {
  try {
    await page.waitForFunction(
      ([selector, expected]) =>
        document.body.dataset.state === "ready" && document.querySelector(selector)?.textContent === expected,
      [VIEW, text],
      { timeout: WAIT_MS },
    );
  } catch {
    const state = await page.evaluate(
      ([selector, error]) => ({
        state: document.body.dataset.state,
        view: document.querySelector(selector)?.textContent,
        error: document.querySelector(error)?.textContent,
      }),
      [VIEW, ERROR],
    );
    const view = state.view ?? "";
    let at = 0;
    while (at < text.length && text[at] === view[at]) at += 1;
    assert.fail(
      `the page did not show the analysis of ${JSON.stringify(clip(text, 0))} (state ${state.state}, ` +
        `error ${JSON.stringify(state.error)}); the view differs from the text at ${at}: ` +
        `expected ${JSON.stringify(clip(text, at))}, shown ${JSON.stringify(clip(view, at))}`,
    );
  }
}

async function typeText(page, text) {
  await page.fill(INPUT, text);
  await waitForAnalysis(page, text);
}

/** The marks of the highlighted view, in document order. */
function marks(page) {
  return page.$$eval(`${VIEW} mark`, (nodes) =>
    nodes.map((mark) => ({
      entity: mark.dataset.entity,
      kind: mark.dataset.kind,
      title: mark.title,
      text: mark.textContent,
    })),
  );
}

function relations(page) {
  return page.$$eval("[data-role=relation]", (nodes) =>
    nodes.map((row) => ({
      source: row.dataset.source,
      target: row.dataset.target,
      type: row.dataset.type,
      polarity: row.dataset.polarity,
      text: row.textContent,
    })),
  );
}

describe("the page", () => {
  test("loads with no console error, no failed request, nothing off localhost", async () => {
    const { page, context, seen, problems } = await openPage();
    try {
      await page.waitForFunction(() => document.body.dataset.state === "ready", null, { timeout: WAIT_MS });
      await page.waitForLoadState("networkidle");
      assert.deepEqual(problems(), []);
      const paths = seen.requests.map((url) => (url.startsWith("data:") ? "data:" : new URL(url).pathname));
      for (const expected of ["/", "/app.js", "/sample.js", "/style.css", "/pkg/entente.js", "/pkg/entente_bg.wasm"]) {
        assert.ok(paths.includes(expected), `the page did not load ${expected}; it loaded ${paths.join(", ")}`);
      }
      assert.equal(await page.title(), "Entente: who stands with whom in the news");
    } finally {
      await context.close();
    }
  });

  test("the sample article is preloaded, highlighted and analysed", async () => {
    const { page, context, problems } = await openPage();
    try {
      const { SAMPLE } = await import("../../www/sample.js");
      assert.equal(await page.inputValue(INPUT), SAMPLE);
      assert.match(await page.inputValue(DATE), /^\d{4}-\d{2}-\d{2}$/);
      await waitForAnalysis(page, SAMPLE);
      const found = await marks(page);
      assert.ok(found.length >= 10, `only ${found.length} marks in the sample`);
      for (const mark of found) {
        assert.ok(mark.entity, `a mark without data-entity: ${JSON.stringify(mark)}`);
        assert.match(mark.kind, /^(country|organization|person|place|group|event)$/);
        assert.ok(mark.title, `a mark without its canonical name as title: ${JSON.stringify(mark)}`);
      }
      const entities = new Set(found.map((mark) => mark.entity));
      for (const id of ["PHL", "CHN", "USA", "JPN"]) assert.ok(entities.has(id), `no mark for ${id} in the sample`);
      assert.ok((await relations(page)).length > 0, "the sample gives no relation row");
      assert.deepEqual(problems(), []);
    } finally {
      await context.close();
    }
  });

  test("typing a new text updates the highlights and the relations", async () => {
    const { page, context, problems } = await openPage();
    try {
      const text =
        "China and Russia oppose NATO. Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing.";
      await typeText(page, text);
      const entities = new Set((await marks(page)).map((mark) => mark.entity));
      for (const id of ["CHN", "RUS", "NATO", "xi-jinping", "vladimir-putin"]) {
        assert.ok(entities.has(id), `no mark for ${id}; marks: ${[...entities].join(", ")}`);
      }
      const rows = await relations(page);
      const opposed = rows.filter((row) => row.source === "CHN" && row.target === "NATO" && row.polarity === "-1");
      assert.equal(opposed.length >= 1, true, `no CHN -> NATO row with polarity -1; rows: ${JSON.stringify(rows)}`);
      const row = page.locator('[data-role=relation][data-source=CHN][data-target=NATO][data-polarity="-1"]').first();
      const shown = await row.textContent();
      assert.ok(shown.includes("China"), `the row does not name the source: ${shown}`);
      assert.ok(shown.includes("North Atlantic Treaty Organization") || shown.includes("NATO"), `the row does not name the target: ${shown}`);
      assert.ok(shown.includes("China and Russia oppose NATO"), `the row does not show its evidence: ${shown}`);
      assert.ok(shown.includes("−"), `the row does not show the polarity sign: ${shown}`);
      assert.deepEqual(problems(), []);
    } finally {
      await context.close();
    }
  });

  test("the founding article: its actors highlighted, China and Russia aligned against NATO", async () => {
    // The seed article lives in the shared folder beside the repository (as laid for CI).
    const dir = new URL("../../../shared/seeds/", import.meta.url);
    const name = readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()[0];
    const text = readFileSync(new URL(name, dir), "utf8");
    const { page, context, problems } = await openPage();
    try {
      await page.fill(DATE, "2022-02-04");
      await typeText(page, text);
      const entities = new Set((await marks(page)).map((mark) => mark.entity));
      for (const id of ["CHN", "RUS", "NATO", "USA", "IND", "xi-jinping", "vladimir-putin"]) {
        assert.ok(entities.has(id), `no mark for ${id}; marks: ${[...entities].join(", ")}`);
      }
      const rows = await relations(page);
      const has = (a, b, polarity) =>
        rows.some((r) => r.polarity === polarity && ((r.source === a && r.target === b) || (r.source === b && r.target === a)));
      assert.ok(has("CHN", "RUS", "1"), `China and Russia are not aligned: ${JSON.stringify(rows.map((r) => [r.source, r.target, r.polarity]))}`);
      assert.ok(has("CHN", "NATO", "-1"), "China is not opposed to NATO");
      assert.ok(has("RUS", "NATO", "-1"), "Russia is not opposed to NATO");
      assert.deepEqual(problems(), []);
    } finally {
      await context.close();
    }
  });

  test("offsets hold after accents, CJK and emoji", async () => {
    const { page, context, problems } = await openPage();
    try {
      const text = "Café 中国 👍🏽 — China backed Russia.";
      await typeText(page, text);
      const found = await marks(page);
      const china = found.filter((mark) => mark.entity === "CHN" && mark.text === "China");
      const russia = found.filter((mark) => mark.entity === "RUS");
      assert.equal(china.length, 1, `expected one mark "China" for CHN; marks: ${JSON.stringify(found)}`);
      assert.deepEqual(
        russia.map((mark) => mark.text),
        ["Russia"],
        `marks: ${JSON.stringify(found)}`,
      );
      // Every mention's UTF-16 span slices to its text, and each mark shows exactly that text.
      const mentions = await page.evaluate(async (input) => {
        const core = await import("/pkg/entente.js");
        const analysis = core.analyze(input, {});
        return analysis.mentions.map((m) => ({ ...m, slice: input.slice(m.start, m.end) }));
      }, text);
      for (const mention of mentions) assert.equal(mention.slice, mention.text, JSON.stringify(mention));
      assert.deepEqual(
        found.map((mark) => mark.text),
        mentions.map((mention) => mention.text),
      );
      assert.deepEqual(problems(), []);
    } finally {
      await context.close();
    }
  });

  test("markup in the text stays text", async () => {
    const { page, context, problems } = await openPage();
    try {
      const text = "<script>alert(1)</script> <b>NATO</b> condemned <img src=x onerror=alert(2)> Russia.";
      await typeText(page, text);
      const inView = await page.$$eval(`${VIEW} *`, (nodes) => nodes.map((node) => node.tagName.toLowerCase()));
      assert.deepEqual(
        inView.filter((tag) => tag !== "mark"),
        [],
        "the highlighted view holds elements other than mark",
      );
      assert.equal(await page.locator("main script, main b, main img").count(), 0);
      const nato = (await marks(page)).filter((mark) => mark.entity === "NATO");
      assert.deepEqual(
        nato.map((mark) => mark.text),
        ["NATO"],
      );
      assert.deepEqual(problems(), [], "a dialog or an error means the markup ran");
    } finally {
      await context.close();
    }
  });

  test("an error from the core is shown and the page keeps working", async () => {
    const { page, context, problems } = await openPage();
    try {
      const { SAMPLE } = await import("../../www/sample.js");
      await waitForAnalysis(page, SAMPLE);
      assert.equal(await page.isVisible(ERROR), false, "the error box shows with no error");
      await page.fill(DATE, "2022-13-45");
      await page.waitForFunction((selector) => document.body.dataset.state === "error", ERROR, { timeout: WAIT_MS });
      assert.equal(await page.isVisible(ERROR), true);
      const message = (await page.textContent(ERROR)).trim();
      assert.ok(message.length > 0, "the error box is empty");
      assert.ok(message.includes("2022-13-45") || /date/i.test(message), `the message does not say what is wrong: ${message}`);

      await page.fill(DATE, "2022-02-04");
      const text = "Russia backed China. NATO condemned Russia.";
      await typeText(page, text);
      assert.equal(await page.isVisible(ERROR), false, "the error stays after a valid date");
      const entities = new Set((await marks(page)).map((mark) => mark.entity));
      for (const id of ["RUS", "CHN", "NATO"]) assert.ok(entities.has(id), `no mark for ${id} after the error`);
      assert.ok((await relations(page)).length > 0, "no relation after the error");
      assert.deepEqual(problems(), []);
    } finally {
      await context.close();
    }
  });
});
