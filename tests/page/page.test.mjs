// Drives the demo page in headless Chromium, twice: as written (www/ with pkg/, what `npm start`
// serves) and as built (dist/, what `npm run build` leaves for a static host).
// Run: node --test tests/page/   (after scripts/build-wasm.sh; Chromium at /usr/bin/chromium)
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { SAMPLE } from "../../www/sample.js";
import {
  DATE,
  ERROR,
  INPUT,
  VIEW,
  TARGETS,
  coreAnalyze,
  counts,
  downloadOf,
  marks,
  pasteAndMeasure,
  relations,
  seedArticle,
  suiteOn,
  typeText,
  waitForAnalysis,
} from "./helpers.mjs";

/** The files each form of the page must load, and nothing from elsewhere. */
const LOADS = {
  www: ["/", "/style.css", "/entente-view.css", "/entente-view.js", "/app.js", "/sample.js", "/lib/graph.js", "/vendor/d3-force.js", "/pkg/entente.js", "/pkg/entente_bg.wasm"],
  dist: ["/", "/style.css", "/entente-view.css", "/entente-view.js", "/app.js", "/entente_bg.wasm"],
};

/** A tiny RFC 4180 reader, enough to check the CSV export field by field. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else field += c;
  }
  return rows;
}

/** The relations shown, with the analysis the page holds, for checks by index. */
function shownRelations(page) {
  return page.evaluate(() => {
    const all = document.querySelector("entente-view").analysis.relations;
    return [...document.querySelectorAll("[data-role=relation]")].map((row) => ({ ...all[Number(row.dataset.index)], index: Number(row.dataset.index) }));
  });
}

function selectedState(page) {
  return page.evaluate(() => ({
    selected: document.querySelector("entente-view").selected,
    marks: [...new Set([...document.querySelectorAll("mark.is-selected")].map((mark) => mark.dataset.entity))],
    nodes: [...document.querySelectorAll("[data-role=node].is-selected")].map((node) => node.dataset.entity),
    filter: document.querySelector("[data-role=filter-actor]").value,
    rows: [...document.querySelectorAll("[data-role=relation]")].map((row) => [row.dataset.source, row.dataset.target]),
    total: document.querySelector("entente-view").analysis.relations.length,
  }));
}

function assertSelected(state, id) {
  assert.equal(state.selected, id);
  assert.deepEqual(state.marks, [id], `only the marks of ${id} are selected`);
  assert.equal(state.filter, id, "the actor filter shows the selection");
  assert.ok(state.rows.length > 0, `no relation row for ${id}`);
  assert.ok(state.rows.length < state.total, `selecting ${id} did not filter the table (${state.rows.length} of ${state.total})`);
  for (const [source, target] of state.rows) assert.ok(source === id || target === id, `a row ${source} -> ${target} shown for ${id}`);
}

for (const target of TARGETS) {
  describe(`the page (${target.name})`, () => {
    const session = suiteOn(target);

    test("loads its own files only, under its content security policy, with no console error", async () => {
      await session({}, async ({ page, seen }) => {
        await waitForAnalysis(page, SAMPLE);
        await page.waitForLoadState("networkidle");
        const paths = seen.requests.map((url) => (url.startsWith("data:") ? "data:" : new URL(url).pathname));
        for (const expected of LOADS[target.name]) {
          assert.ok(paths.includes(expected), `the page did not load ${expected}; it loaded ${paths.join(", ")}`);
        }
        assert.equal(await page.title(), "Entente: who stands with whom in the news");
        const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
        assert.match(policy, /default-src 'none'/);
        assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
        assert.doesNotMatch(policy, /https?:|\*|unsafe-inline/);
        const today = await page.evaluate(() => {
          const now = new Date();
          return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
        });
        assert.equal(await page.inputValue(DATE), today, "the date does not default to today");
        assert.equal(await page.evaluate(() => document.querySelector("entente-view").shadowRoot), null);
      });
    });

    test("the policy in the page itself blocks requests elsewhere, even from a host that sends none", async () => {
      // Serve every response without the server's header: only the page's <meta> policy is left.
      const stripPolicy = (page) =>
        page.route("**/*", async (route) => {
          const response = await route.fetch();
          const headers = { ...response.headers() };
          delete headers["content-security-policy"];
          await route.fulfill({ response, headers });
        });
      // The violation this test provokes is expected: nothing else may go wrong before it.
      await session({ route: stripPolicy, clean: false }, async ({ page, seen, problems }) => {
        await waitForAnalysis(page, SAMPLE);
        assert.deepEqual(problems(), [], "the page breaks its own policy");
        const outcome = await page.evaluate(() =>
          fetch("https://example.invalid/leak").then(
            () => "sent",
            () => "blocked",
          ),
        );
        assert.equal(outcome, "blocked");
        await page.waitForTimeout(50);
        assert.ok(
          seen.violations.some((violation) => violation.startsWith("connect-src")),
          `no connect-src violation reported: ${JSON.stringify(seen.violations)}`,
        );
      });
    });

    test("the sample article is preloaded and analysed, and its button brings it back", async () => {
      await session({}, async ({ page }) => {
        assert.equal(await page.inputValue(INPUT), SAMPLE);
        await waitForAnalysis(page, SAMPLE);
        const found = await marks(page);
        assert.ok(found.length >= 25, `only ${found.length} marks in the sample`);
        for (const mark of found) {
          assert.match(mark.kind, /^(country|organization|person|place|group|event)$/, JSON.stringify(mark));
          assert.ok(mark.title.split("\n").length >= 2, `a mark whose tooltip lacks name and kind: ${JSON.stringify(mark)}`);
        }
        const entities = new Set(found.map((mark) => mark.entity));
        for (const id of ["PHL", "CHN", "USA", "JPN"]) assert.ok(entities.has(id), `no mark for ${id} in the sample`);
        await typeText(page, "NATO met.");
        await page.click("[data-role=sample]");
        assert.equal(await page.inputValue(INPUT), SAMPLE);
        await waitForAnalysis(page, SAMPLE);
      });
    });

    test("an edit made while an analysis runs: the view says ready only once it shows the latest text", async () => {
      await session({}, async ({ page }) => {
        await waitForAnalysis(page, SAMPLE);
        // One analysis starts at once (a new text); a small edit lands before it finishes and
        // waits for the typing pause. The first must not draw or report "ready" for old text.
        const states = await page.evaluate(
          ([input, view]) =>
            new Promise((resolve) => {
              const element = document.querySelector("entente-view");
              const box = document.querySelector(input);
              const seen = [];
              new MutationObserver(() => {
                if (element.dataset.state !== "ready") return;
                seen.push({ shown: document.querySelector(view).textContent, latest: box.value });
                resolve(seen);
              }).observe(element, { attributes: true, attributeFilter: ["data-state"] });
              element.text = "China and Russia oppose NATO.";
              box.value = "China and Russia oppose NATO and the EU.";
              box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: "." }));
            }),
          [INPUT, VIEW],
        );
        assert.deepEqual(states, [{ shown: "China and Russia oppose NATO and the EU.", latest: "China and Russia oppose NATO and the EU." }]);
      });
    });

    test("the seed article: highlights, relations, graph and blocs, and the time from paste to graph", async (t) => {
      const seed = seedArticle();
      await session({}, async ({ page }) => {
        await waitForAnalysis(page, SAMPLE);
        await page.fill(DATE, seed.date);
        await waitForAnalysis(page, SAMPLE);
        const times = [];
        for (const text of [seed.text, SAMPLE, seed.text]) {
          const measured = await pasteAndMeasure(page, text);
          if (text === seed.text) times.push(measured);
        }
        await waitForAnalysis(page, seed.text);
        for (const [i, { graph, frame, timing }] of times.entries()) {
          t.diagnostic(
            `${target.name}: paste to graph ${graph.toFixed(1)} ms, to the next frame ${frame.toFixed(1)} ms ` +
              `(analysis ${timing.analyze.toFixed(1)} ms on the ${timing.engine} thread, text and graph drawn in ${timing.picture.toFixed(1)} ms, ` +
              `tables after that frame in ${timing.lists.toFixed(1)} ms)` +
              (i === 0 ? ", first paste" : ", second paste"),
          );
        }
        const shown = await counts(page);
        assert.ok(shown.highlights >= 25, `${shown.highlights} highlights`);
        assert.ok(shown.relations >= 8, `${shown.relations} relation rows`);
        assert.ok(shown.nodes >= 8, `${shown.nodes} graph nodes`);
        assert.ok(shown.edges >= 8, `${shown.edges} graph edges`);
        assert.ok(shown.blocs >= 2, `${shown.blocs} blocs`);

        const blocs = await page.$$eval("[data-role=bloc]", (items) => items.map((item) => item.dataset.members.split(" ")));
        const blocOf = (id) => blocs.findIndex((members) => members.includes(id));
        assert.equal(blocOf("CHN"), blocOf("RUS"), `China and Russia in different blocs: ${JSON.stringify(blocs)}`);
        assert.notEqual(blocOf("CHN"), blocOf("NATO"), `China and NATO in one bloc: ${JSON.stringify(blocs)}`);

        // Each edge is the net stance of its pair as the core weighs it; opposed edges are dashed.
        const analysis = await page.evaluate(() => document.querySelector("entente-view").analysis);
        const edges = await page.$$eval("[data-role=edge]", (lines) =>
          lines.map((line) => ({ a: line.dataset.source, b: line.dataset.target, polarity: Number(line.dataset.polarity), dash: line.getAttribute("stroke-dasharray") })),
        );
        if (analysis.stances) {
          const key = (a, b) => [a, b].sort().join(" ");
          const stances = new Map(analysis.stances.map((s) => [key(s.a, s.b), Math.sign(s.net)]));
          assert.deepEqual(new Map(edges.map((e) => [key(e.a, e.b), e.polarity])), stances);
        }
        const chnRus = edges.find((e) => [e.a, e.b].sort().join() === "CHN,RUS");
        const chnNato = edges.find((e) => [e.a, e.b].sort().join() === "CHN,NATO");
        assert.equal(chnRus?.polarity, 1, "no aligned China-Russia edge");
        assert.equal(chnRus.dash, null, "an aligned edge is dashed");
        assert.equal(chnNato?.polarity, -1, "no opposed China-NATO edge");
        assert.ok(chnNato.dash, "an opposed edge is not dashed");
        const radius = (id) => page.$eval(`[data-role=node][data-entity="${id}"] circle`, (c) => Number(c.getAttribute("r")));
        assert.ok((await radius("CHN")) > (await radius("AUS")), "nodes are not sized by mentions");
        // States carry the flag the core gives them, when it gives one.
        const flags = await page.$$eval("[data-role=node]", (nodes) => nodes.map((node) => [node.dataset.entity, node.querySelector(".ev-flag")?.textContent ?? ""]));
        const byId = new Map(analysis.entities.map((entity) => [entity.id, entity]));
        for (const [id, flag] of flags) {
          const entity = byId.get(id);
          assert.equal(flag, entity.kind === "country" && entity.flag ? entity.flag : "", `the flag of ${id}`);
        }
      });
    });

    test("selecting an actor, by mouse, keyboard, graph or filter, selects it everywhere", async () => {
      const seed = seedArticle();
      await session({}, async ({ page }) => {
        await page.fill(DATE, seed.date);
        await typeText(page, seed.text);
        await page.click('mark[data-entity="CHN"]');
        assertSelected(await selectedState(page), "CHN");
        assert.deepEqual((await selectedState(page)).nodes, ["CHN"]);
        assert.match(await page.textContent("[data-role=selection]"), /China/);

        await page.keyboard.press("Escape");
        let state = await selectedState(page);
        assert.equal(state.selected, null);
        assert.equal(state.rows.length, state.total, "Escape did not bring every row back");
        assert.deepEqual(state.marks, []);

        // Keyboard: one tab stop for the marks, arrows between them, Enter selects.
        await page.focus(`${VIEW} mark[tabindex="0"]`);
        let focused = null;
        for (let i = 0; i < 40 && focused !== "RUS"; i += 1) {
          await page.keyboard.press("ArrowRight");
          focused = await page.evaluate(() => document.activeElement?.dataset.entity);
        }
        assert.equal(focused, "RUS", "the arrow keys never reached a mark of Russia");
        await page.keyboard.press("Enter");
        assertSelected(await selectedState(page), "RUS");

        await page.click('[data-role=node][data-entity="USA"]');
        assertSelected(await selectedState(page), "USA");
        await page.click('[data-role=node][data-entity="USA"]');
        assert.equal((await selectedState(page)).selected, null, "a second click does not clear");

        await page.selectOption("[data-role=filter-actor]", "NATO");
        assertSelected(await selectedState(page), "NATO");
        state = await selectedState(page);
        assert.deepEqual(state.nodes, ["NATO"]);
        await page.focus('[data-role=node][data-entity="IND"]');
        await page.keyboard.press("Enter");
        assertSelected(await selectedState(page), "IND");
      });
    });

    test("the relations table sorts, filters by type, strikes denials through and marks its evidence", async () => {
      await session({}, async ({ page }) => {
        await page.fill(DATE, "2024-06-18");
        await waitForAnalysis(page, SAMPLE);
        const all = await shownRelations(page);
        assert.deepEqual(all.map((r) => r.index), [...all.keys()], "the table does not start in text order");

        await page.click("button[data-sort=intensity]");
        const up = (await shownRelations(page)).map((r) => r.intensity);
        assert.deepEqual(up, [...up].sort((a, b) => a - b));
        assert.equal(await page.getAttribute("th:has(button[data-sort=intensity])", "aria-sort"), "ascending");
        await page.click("button[data-sort=intensity]");
        const down = (await shownRelations(page)).map((r) => r.intensity);
        assert.deepEqual(down, [...down].sort((a, b) => b - a));
        assert.notDeepEqual(up, down);

        const type = all[0].type;
        await page.selectOption("[data-role=filter-type]", type);
        const typed = await relations(page);
        assert.equal(typed.length, all.filter((r) => r.type === type).length);
        assert.ok(typed.every((r) => r.type === type));
        await page.selectOption("[data-role=filter-type]", "");
        assert.equal((await relations(page)).length, all.length);

        // The trigger and the mentions of both actors are marked in each evidence sentence.
        const analysis = await page.evaluate(() => document.querySelector("entente-view").analysis);
        let both = 0;
        for (const relation of all) {
          const row = `[data-role=relation][data-index="${relation.index}"]`;
          assert.equal(await page.textContent(`${row} .ev-trigger`), relation.trigger.text);
          const sentence = analysis.sentences[relation.sentence];
          const inSentence = (id) =>
            analysis.mentions.filter((m) => m.entity === id && m.start >= sentence.start && m.end <= sentence.end).map((m) => m.text);
          const marked = {};
          for (const part of ["source", "target"]) {
            marked[part] = await page.$$eval(`${row} .ev-${part}`, (nodes) => nodes.map((node) => node.textContent));
            assert.deepEqual(marked[part], inSentence(relation[part]), `the ${part} marks of row ${relation.index}`);
          }
          if (marked.source.length > 0 && marked.target.length > 0) both += 1;
        }
        assert.ok(both >= all.length / 2, `only ${both} of ${all.length} rows mark both actors`);

        const text = "Vietnam did not criticise China by name. Japan backed the Philippines.";
        await typeText(page, text);
        const denied = (await relations(page)).filter((r) => r.negated);
        assert.ok(denied.length >= 1, "the denial gives no negated row");
        const decoration = await page.$eval('[data-role=relation][data-negated="true"] td', (cell) => getComputedStyle(cell).textDecorationLine);
        assert.equal(decoration, "line-through");
        assert.match(await page.textContent('[data-role=relation][data-negated="true"]'), /denied/);
        const plain = await page.$eval("[data-role=relation]:not([data-negated]) td", (cell) => getComputedStyle(cell).textDecorationLine);
        assert.equal(plain, "none");
      });
    });

    test("a row click scrolls the text to its sentence and marks it", async () => {
      const seed = seedArticle();
      await session({}, async ({ page }) => {
        await page.fill(DATE, seed.date);
        await typeText(page, seed.text);
        const rows = await shownRelations(page);
        const last = rows.reduce((a, b) => (b.sentence > a.sentence ? b : a));
        assert.equal(await page.$eval(VIEW, (view) => view.scrollTop), 0);
        await page.click(`[data-role=relation][data-index="${last.index}"] td.ev-intensity`);
        const shown = await page.evaluate(() => {
          const view = document.querySelector("[data-role=highlighted]");
          const [range] = CSS.highlights.get("entente-sentence");
          const box = view.getBoundingClientRect();
          const rect = range.getBoundingClientRect();
          return { scrollTop: view.scrollTop, text: range.toString(), sentence: Number(view.dataset.sentence), inside: rect.top >= box.top - 1 && rect.top < box.bottom };
        });
        const analysis = await coreAnalyze(seed.text, { date: seed.date });
        const sentence = analysis.sentences[last.sentence];
        assert.equal(shown.sentence, last.sentence);
        assert.equal(shown.text, seed.text.slice(sentence.start, sentence.end));
        assert.ok(shown.scrollTop > 0, "the text did not scroll");
        assert.ok(shown.inside, "the sentence is not in sight");
      });
    });

    test("exports: the JSON is the core's analysis, the CSV its relations, the SVG the graph", async () => {
      await session({}, async ({ page }) => {
        await waitForAnalysis(page, SAMPLE);
        const date = await page.inputValue(DATE);
        const expected = await coreAnalyze(SAMPLE, { date });

        const json = await downloadOf(page, () => page.click("[data-role=export-json]"));
        assert.equal(json.name, "entente-analysis.json");
        assert.deepEqual(JSON.parse(json.text), expected);

        const csv = await downloadOf(page, () => page.click("[data-role=export-csv]"));
        const rows = parseCsv(csv.text);
        const header = rows[0];
        assert.deepEqual(header.slice(0, 5), ["source", "source_name", "type", "target", "target_name"]);
        assert.equal(rows.length, expected.relations.length + 1);
        const column = (name) => header.indexOf(name);
        expected.relations.forEach((relation, i) => {
          const row = rows[i + 1];
          assert.deepEqual(
            [row[column("source")], row[column("type")], row[column("target")], Number(row[column("polarity")]), row[column("evidence")]],
            [relation.source, relation.type, relation.target, relation.polarity, relation.evidence],
          );
        });

        const svg = await downloadOf(page, () => page.click("[data-role=export-svg]"));
        const parsed = await page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, "image/svg+xml");
          return {
            error: doc.querySelector("parsererror")?.textContent ?? null,
            root: doc.documentElement.namespaceURI,
            nodes: doc.querySelectorAll("[data-role=node]").length,
            edges: doc.querySelectorAll("[data-role=edge]").length,
            classes: doc.querySelectorAll("[class]").length,
          };
        }, svg.text);
        const shown = await counts(page);
        assert.deepEqual(parsed, { error: null, root: "http://www.w3.org/2000/svg", nodes: shown.nodes, edges: shown.edges, classes: 0 });
      });
    });

    test("graph nodes can be dragged; the legend and the table say what the graph shows", async () => {
      await session({}, async ({ page }) => {
        await waitForAnalysis(page, SAMPLE);
        const node = '[data-role=node][data-entity="CHN"]';
        const before = await page.getAttribute(node, "transform");
        const box = await page.locator(node).boundingBox();
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 30, { steps: 6 });
        await page.mouse.up();
        assert.notEqual(await page.getAttribute(node, "transform"), before, "the node did not move");
        assert.equal(await page.evaluate(() => document.querySelector("entente-view").selected), null, "a drag selected the node");
        const legend = await page.textContent(".ev-legend");
        for (const word of ["Bloc 1", "Bloc 2", "aligned", "opposed"]) assert.ok(legend.includes(word), `the legend lacks ${word}`);
        const tableRows = await page.$$eval(".ev-graph-table tbody tr", (rows) => rows.length);
        const shown = await counts(page);
        assert.equal(tableRows, shown.nodes + shown.edges, "the graph's table does not list every node and edge");
      });
    });

    test("offsets hold after accents, CJK and emoji", async () => {
      await session({}, async ({ page }) => {
        const text = "Café 中国 👍🏽 — China backed Russia.";
        await typeText(page, text);
        const found = await marks(page);
        const mentions = (await coreAnalyze(text, { date: await page.inputValue(DATE) })).mentions;
        for (const mention of mentions) assert.equal(text.slice(mention.start, mention.end), mention.text, JSON.stringify(mention));
        assert.deepEqual(found.map((mark) => [mark.entity, mark.text]), mentions.map((m) => [m.entity, m.text]));
        assert.ok(found.some((mark) => mark.entity === "RUS" && mark.text === "Russia"));
      });
    });

    test("markup in the text stays text", async () => {
      await session({}, async ({ page }) => {
        const text = '<script>alert(1)</script> <b>NATO</b> condemned <img src=x onerror=alert(2)> Russia. "<i>Russia</i>" rejected NATO.';
        await typeText(page, text);
        const inView = await page.$$eval(`${VIEW} *`, (nodes) => nodes.map((node) => node.tagName.toLowerCase()));
        assert.deepEqual(inView.filter((tag) => tag !== "mark"), [], "the highlighted view holds elements other than mark");
        assert.equal(await page.locator("entente-view :is(script, img, i, b:not(.ev-source, .ev-target))").count(), 0);
        assert.ok((await relations(page)).length > 0);
        const evidence = await page.textContent("[data-role=relation] .ev-evidence");
        assert.ok(evidence.includes("<b>") || evidence.includes("<i>"), `the evidence lost the markup as text: ${evidence}`);
      });
    });

    test("an error from the core is shown and the page keeps working", async () => {
      await session({}, async ({ page }) => {
        await waitForAnalysis(page, SAMPLE);
        assert.equal(await page.isVisible(ERROR), false, "the error box shows with no error");
        await page.fill(DATE, "2022-13-45");
        await page.waitForFunction(() => document.body.dataset.state === "error", null, { timeout: 10_000 });
        assert.equal(await page.isVisible(ERROR), true);
        const message = (await page.textContent(ERROR)).trim();
        assert.ok(message.includes("2022-13-45") || /date/i.test(message), `the message does not say what is wrong: ${message}`);

        await page.fill(DATE, "2022-02-04");
        const text = "Russia backed China. NATO condemned Russia.";
        await typeText(page, text);
        assert.equal(await page.isVisible(ERROR), false, "the error stays after a valid date");
        assert.equal(await page.evaluate(() => document.body.dataset.state), "ready");
        const entities = new Set((await marks(page)).map((mark) => mark.entity));
        for (const id of ["RUS", "CHN", "NATO"]) assert.ok(entities.has(id), `no mark for ${id} after the error`);
        assert.ok((await relations(page)).length > 0, "no relation after the error");
      });
    });

    test("the layout holds at 400 px wide", async () => {
      const seed = seedArticle();
      await session({ viewport: { width: 400, height: 800 } }, async ({ page }) => {
        await page.fill(DATE, seed.date);
        await typeText(page, seed.text);
        const overflow = await page.evaluate(() => {
          const wide = [];
          for (const node of document.querySelectorAll("header, entente-view *")) {
            const rect = node.getBoundingClientRect();
            if (rect.width > 0 && rect.right > window.innerWidth + 0.5 && !node.closest(".ev-table-wrap, details:not([open])")) {
              wide.push(`${node.tagName.toLowerCase()}.${node.className?.baseVal ?? node.className} ${Math.round(rect.right)}`);
            }
          }
          return { scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 5) };
        });
        assert.ok(overflow.scrollWidth <= 400, `the page is ${overflow.scrollWidth} px wide`);
        assert.deepEqual(overflow.wide, [], "parts wider than the window");
        const table = await page.$eval(".ev-table-wrap", (wrap) => ({ scroll: wrap.scrollWidth, client: wrap.clientWidth }));
        assert.ok(table.scroll <= table.client + 1, `the relations need sideways scrolling: ${JSON.stringify(table)}`);
        const graph = await page.locator("svg[data-role=graph]").boundingBox();
        assert.ok(graph.width > 300 && graph.x + graph.width <= 400, `the graph is ${JSON.stringify(graph)}`);
      });
    });

    test("a text over 200 KB is analysed in a Web Worker", async () => {
      const seed = seedArticle();
      let text = "";
      while (text.length <= 210 * 1024) text += `${seed.text}\n\n`;
      await session({}, async ({ page }) => {
        await waitForAnalysis(page, SAMPLE);
        await page.fill(DATE, seed.date);
        await page.$eval(INPUT, (input, value) => {
          input.value = value;
          input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
        }, text);
        await waitForAnalysis(page, text);
        assert.equal(await page.getAttribute("entente-view", "data-engine"), "worker");
        const shown = await counts(page);
        assert.ok(shown.highlights > 1000, `${shown.highlights} highlights`);
        assert.ok(shown.blocs >= 2);
        await typeText(page, "Russia backed China.");
        assert.equal(await page.getAttribute("entente-view", "data-engine"), "main", "a short text after a long one stays in the worker");
      });
    });
  });
}
