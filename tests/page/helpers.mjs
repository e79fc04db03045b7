// What the page tests share: the browser, the two ways of serving the page (www/ as written,
// dist/ as built), a page that records everything that must not happen, and the core in Node
// to compare the page's results with.
import assert from "node:assert/strict";
import { after, before } from "node:test";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { buildDist, buildVendor } from "../../scripts/build-dist.mjs";
import { startServer } from "../../scripts/serve.mjs";

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const WAIT_MS = 15_000;

export const INPUT = "textarea[data-role=input]";
export const DATE = "[data-role=date]";
export const VIEW = "[data-role=highlighted]";
export const ERROR = "[data-role=error]";

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

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

function requirePackage() {
  assert.ok(existsSync(path.join(repo, "pkg/entente.js")), "pkg/entente.js is missing: run scripts/build-wasm.sh first");
}

/** The page's two forms: www/ with pkg/ (npm start), and dist/ (npm run build). */
export const TARGETS = [
  {
    name: "www",
    async start() {
      requirePackage();
      await buildVendor();
      return startServer({ port: 0 });
    },
  },
  {
    name: "dist",
    async start() {
      requirePackage();
      await buildDist();
      return startServer({ port: 0, www: path.join(repo, "dist"), pkg: null });
    },
  },
];

/** The seed article beside the repository (as laid for CI), and the date it was written. */
export function seedArticle() {
  const dir = path.join(repo, "../shared/seeds");
  const name = readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()[0];
  return { text: readFileSync(path.join(dir, name), "utf8"), date: "2022-02-04" };
}

let core;
/** The wasm core in Node: the reference the page's output is compared with. */
export async function coreAnalyze(text, options) {
  if (!core) {
    core = await import("../../pkg/entente.js");
    core.initSync({ module: readFileSync(path.join(repo, "pkg/entente_bg.wasm")) });
  }
  return core.analyze(text, options);
}

/**
 * Opens `url` in a fresh context and records what must not happen: console errors, uncaught
 * exceptions, failed or non-2xx requests, requests that leave the server's origin, dialogs,
 * Content-Security-Policy violations. `problems()` lists them.
 */
export async function openPage(browser, url, { viewport, route } = {}) {
  const context = await browser.newContext({ viewport: viewport ?? { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const seen = { console: [], exceptions: [], failed: [], foreign: [], dialogs: [], violations: [], requests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") seen.console.push(message.text());
  });
  page.on("pageerror", (error) => seen.exceptions.push(String(error)));
  page.on("dialog", (dialog) => {
    seen.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on("request", (request) => {
    const address = request.url();
    seen.requests.push(address);
    const local = address.startsWith(`${origin}/`) || address.startsWith(`blob:${origin}/`) || address.startsWith("data:");
    if (!local) seen.foreign.push(address);
  });
  page.on("requestfailed", (request) => seen.failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (response.status() >= 400) seen.failed.push(`${response.url()}: HTTP ${response.status()}`);
  });
  await page.exposeFunction("__violation", (text) => seen.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__violation(`${event.violatedDirective} blocked ${event.blockedURI}`),
    );
  });
  if (route) await route(page);
  await page.goto(url);
  const problems = () =>
    Object.entries(seen)
      .filter(([kind]) => kind !== "requests")
      .flatMap(([kind, list]) => list.map((item) => `${kind}: ${item}`));
  return { page, context, seen, problems };
}

function clip(text, at) {
  return text.length - at > 60 ? `${text.slice(at, at + 60)}…` : text.slice(at);
}

/** Waits until the view is ready and shows exactly `text`; on time-out says where it differs. */
export async function waitForAnalysis(page, text) {
  try {
    await page.waitForFunction(
      ([selector, expected]) =>
        document.querySelector("entente-view")?.dataset.state === "ready" &&
        document.querySelector(selector)?.textContent === expected,
      [VIEW, text],
      { timeout: WAIT_MS },
    );
  } catch {
    const state = await page.evaluate(
      ([selector, error]) => ({
        state: document.querySelector("entente-view")?.dataset.state,
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

export async function typeText(page, text) {
  await page.fill(INPUT, text);
  await waitForAnalysis(page, text);
}

/** The marks of the highlighted view, in document order. */
export function marks(page) {
  return page.$$eval(`${VIEW} mark`, (nodes) =>
    nodes.map((mark) => ({ entity: mark.dataset.entity, kind: mark.dataset.kind, title: mark.title, text: mark.textContent })),
  );
}

/** The relation rows shown, in order. */
export function relations(page) {
  return page.$$eval("[data-role=relation]", (nodes) =>
    nodes.map((row) => ({
      source: row.dataset.source,
      target: row.dataset.target,
      type: row.dataset.type,
      polarity: row.dataset.polarity,
      negated: row.dataset.negated === "true",
      text: row.textContent,
    })),
  );
}

/** Counts of what the issue asks the seed article to give. */
export function counts(page) {
  return page.evaluate(() => ({
    highlights: document.querySelectorAll("mark[data-entity][data-kind]").length,
    relations: document.querySelectorAll("[data-role=relation][data-source][data-target][data-type][data-polarity]").length,
    nodes: document.querySelectorAll("svg[data-role=graph] [data-role=node][data-entity]").length,
    edges: document.querySelectorAll("svg[data-role=graph] [data-role=edge]").length,
    blocs: document.querySelectorAll("[data-role=bloc]").length,
  }));
}

/**
 * Pastes `text` into the input the way a browser reports a paste and measures, in the page, the
 * time until the graph is in the document (the element's own count from the input event) and
 * until the frame that shows it has been drawn; then waits for the whole analysis.
 */
export function pasteAndMeasure(page, text) {
  return page.evaluate(async (pasted) => {
    const view = document.querySelector("entente-view");
    const input = document.querySelector("textarea[data-role=input]");
    const done = new Promise((resolve) => view.addEventListener("analysis", resolve, { once: true }));
    const started = performance.now();
    // Asked for before the paste, so it comes before anything the element schedules after it.
    const framed = new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0)));
    input.value = pasted;
    input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    const frame = await framed;
    await done;
    return { graph: view.timing.graphSinceEdit, frame, timing: view.timing };
  }, text);
}

/** The downloaded file's text for the download that `click` starts. */
export async function downloadOf(page, click) {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: WAIT_MS }), click()]);
  const stream = await file.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
}

/**
 * Starts `target`'s server and a browser around a suite's tests. Returns `session(options,
 * body)`: it opens `options.path` (the demo page by default) as `openPage` does, runs `body`
 * with what that returns, then asserts that nothing went wrong (unless `options.clean` is
 * false) and closes the page.
 */
export function suiteOn(target) {
  let server;
  let browser;
  before(async () => {
    server = await target.start();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return async function session(options, body) {
    const opened = await openPage(browser, new URL(options.path ?? "", server.url).href, options);
    try {
      await body(opened);
      if (options.clean !== false) assert.deepEqual(opened.problems(), [], "console errors, failed or foreign requests, dialogs or policy violations");
    } finally {
      await opened.context.close();
    }
  };
}
