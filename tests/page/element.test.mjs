// <entente-view> on a bare page of someone else's: one module script, the text as the element's
// content, under the same strict content security policy. Served from www/ and from dist/.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CONTENT_SECURITY_POLICY } from "../../scripts/serve.mjs";
import { TARGETS, coreAnalyze, suiteOn } from "./helpers.mjs";

const TEXT = "China and Russia oppose NATO. Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing.";
const DATE = "2022-02-04";

/** A page with nothing but the element and its script; `body` is the page's body. */
function barePage(body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A page of someone else's</title>
<link rel="icon" href="data:,">
<script type="module" src="/entente-view.js"></script>
</head>
<body>
<h1>Our story</h1>
${body}
</body>
</html>`;
}

/** Records every `analysis` event the page's elements dispatch, from before they load. */
const recordEvents = () =>
  document.addEventListener("analysis", (event) => {
    window.__analyses = [...(window.__analyses ?? []), { id: event.target.id, detail: event.detail }];
  });

/**
 * Session options for a bare page holding `body`, served at /bare.html on the test server's
 * origin with the strict policy, its `analysis` events recorded.
 */
function bare(body) {
  return {
    path: "bare.html",
    async route(page) {
      await page.addInitScript(recordEvents);
      await page.route("**/bare.html", (route) =>
        route.fulfill({
          status: 200,
          contentType: "text/html; charset=utf-8",
          headers: { "Content-Security-Policy": CONTENT_SECURITY_POLICY },
          body: barePage(body),
        }),
      );
    },
  };
}

function waitForEvents(page, count) {
  return page.waitForFunction((n) => (window.__analyses?.length ?? 0) >= n, count, { timeout: 15_000 });
}

for (const target of TARGETS) {
  describe(`<entente-view> on a bare page (${target.name})`, () => {
    const session = suiteOn(target);

    test("analyses its content, dispatches `analysis` with the core's result, brings its styles", async () => {
      await session(bare(`<entente-view id="story" date="${DATE}">\n    ${TEXT}\n  </entente-view>`), async ({ page }) => {
        await waitForEvents(page, 1);
        const [event] = await page.evaluate(() => window.__analyses);
        assert.equal(event.id, "story");
        assert.deepEqual(event.detail, await coreAnalyze(TEXT, { date: DATE }));
        assert.deepEqual(await page.evaluate(() => document.querySelector("entente-view").analysis), event.detail);
        assert.equal(await page.textContent("[data-role=highlighted]"), TEXT, "the content was not taken as the text");
        const entities = await page.$$eval("mark[data-entity][data-kind]", (marks) => marks.map((mark) => mark.dataset.entity));
        for (const id of ["CHN", "RUS", "NATO", "xi-jinping", "vladimir-putin"]) assert.ok(entities.includes(id), `no mark for ${id}`);
        assert.ok((await page.$$("[data-role=relation]")).length > 0);
        assert.ok((await page.$$("svg[data-role=graph] [data-role=node]")).length >= 2);
        assert.equal(await page.$("textarea[data-role=input]"), null, "a plain view has no input");
        assert.equal(await page.$$eval("link[data-entente-view]", (links) => links.length), 1);
        const background = await page.$eval("mark[data-entity]", (mark) => getComputedStyle(mark).backgroundColor);
        assert.notEqual(background, "rgba(0, 0, 0, 0)", "the element's stylesheet did not apply");
      });
    });

    test("the `text` property and the `date` attribute analyse again", async () => {
      await session(bare(`<entente-view date="2019-05-01">NATO met.</entente-view>`), async ({ page }) => {
        await waitForEvents(page, 1);
        const text = "The US president met the Chinese president in Beijing.";
        await page.evaluate((value) => {
          document.querySelector("entente-view").text = value;
        }, text);
        await waitForEvents(page, 2);
        const ids = () => page.$$eval("mark[data-entity]", (marks) => marks.map((mark) => mark.dataset.entity));
        assert.ok((await ids()).includes("donald-trump"), `2019: ${await ids()}`);
        await page.evaluate(() => document.querySelector("entente-view").setAttribute("date", "2023-05-01"));
        await waitForEvents(page, 3);
        assert.ok((await ids()).includes("joe-biden"), `2023: ${await ids()}`);
        const last = await page.evaluate(() => window.__analyses.at(-1).detail);
        assert.deepEqual(last, await coreAnalyze(text, { date: "2023-05-01" }));

        // A bad date shows the core's message in the element; a good one brings the view back.
        await page.evaluate(() => document.querySelector("entente-view").setAttribute("date", "yesterday"));
        await page.waitForSelector("entente-view[data-state=error] [data-role=error]:not([hidden])");
        assert.match(await page.textContent("[data-role=error]"), /yesterday|date/i);
        await page.evaluate(() => document.querySelector("entente-view").setAttribute("date", "2019-05-01"));
        await waitForEvents(page, 4);
        assert.equal(await page.isVisible("[data-role=error]"), false);
      });
    });

    test("two elements on one page, one made by script with its text set before it was attached", async () => {
      await session(bare(`<entente-view id="first" date="${DATE}">Russia backed China.</entente-view>`), async ({ page }) => {
        await waitForEvents(page, 1);
        await page.evaluate(() => {
          const view = document.createElement("entente-view");
          view.id = "second";
          view.setAttribute("date", "2022-02-04");
          view.text = "Japan backed the Philippines.";
          document.body.append(view);
        });
        await waitForEvents(page, 2);
        const byElement = await page.evaluate(() =>
          [...document.querySelectorAll("entente-view")].map((view) => [view.id, [...view.querySelectorAll("mark")].map((m) => m.dataset.entity)]),
        );
        assert.deepEqual(byElement, [
          ["first", ["RUS", "CHN"]],
          ["second", ["JPN", "PHL"]],
        ]);
        // Selecting in one element leaves the other alone.
        await page.click('#second mark[data-entity="JPN"]');
        assert.equal(await page.$$eval("#first .is-selected", (nodes) => nodes.length), 0);
        assert.ok((await page.$$eval("#second mark.is-selected", (nodes) => nodes.length)) > 0);
      });
    });
  });
}
