// The view's parts (www/lib/), driven one by one in the browser on analyses made up for the
// case: flags, folding into the graph, CSV quoting, filters. The whole page is page.test.mjs.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { TARGETS, suiteOn } from "./helpers.mjs";

const www = TARGETS.find((target) => target.name === "www");

/** A small analysis of our own, in the shape of the entente/1 contract. */
const ANALYSIS = {
  schema: "entente/1",
  sentences: [{ start: 0, end: 46 }],
  entities: [
    { id: "CHN", kind: "country", name: "China", flag: "🇨🇳" },
    { id: "RUS", kind: "country", name: "Russia", flag: "🇷🇺" },
    { id: "NATO", kind: "organization", name: "North Atlantic Treaty Organization" },
    { id: "xi-jinping", kind: "person", name: "Xi Jinping", affiliation: "CHN", role: "President of China" },
    { id: "PLA", kind: "organization", name: "People's Liberation Army", affiliation: "CHN" },
  ],
  mentions: [
    { start: 0, end: 2, text: "Xi", entity: "xi-jinping", via: "name" },
    { start: 10, end: 16, text: "Russia", entity: "RUS", via: "name" },
    { start: 35, end: 39, text: "NATO", entity: "NATO", via: "name" },
  ],
  relations: [
    { source: "xi-jinping", target: "RUS", type: "SUPPORT", polarity: 1, intensity: 3.5, sentence: 0, trigger: { start: 3, end: 9, text: "backed" }, negated: false, evidence: "Xi backed Russia, and both opposed NATO's =SUM", rule: "verb-object" },
    { source: "PLA", target: "RUS", type: "COOPERATE", polarity: 1, intensity: 0.2, sentence: 0, trigger: { start: 3, end: 9, text: "backed" }, negated: false, evidence: "x", rule: "r" },
    { source: "RUS", target: "NATO", type: "REJECT", polarity: -1, intensity: -4, sentence: 0, trigger: { start: 27, end: 34, text: "opposed" }, negated: false, evidence: 'say "no", then', rule: "r" },
    { source: "CHN", target: "NATO", type: "ACCUSE", polarity: -1, intensity: -3, sentence: 0, trigger: { start: 27, end: 34, text: "opposed" }, negated: true, evidence: "-", rule: "r" },
  ],
  blocs: [["CHN", "RUS"], ["NATO"]],
  warnings: [],
};

describe("the view's parts", () => {
  const session = suiteOn(www);

  test("states show their flag when the core gives one: in names, tooltips and graph nodes", async () => {
    await session({}, async ({ page }) => {
      const shown = await page.evaluate(async (analysis) => {
        const dom = await import("/lib/dom.js");
        const graph = await import("/lib/graph.js");
        const entities = new Map(analysis.entities.map((entity) => [entity.id, entity]));
        const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
        document.body.append(svg);
        graph.renderGraph(svg, graph.graphModel(analysis, entities), () => {})();
        const flags = Object.fromEntries([...svg.querySelectorAll("[data-role=node]")].map((node) => [node.dataset.entity, node.querySelector(".ev-flag")?.textContent ?? null]));
        svg.remove();
        return {
          name: dom.displayName(entities.get("CHN"), "CHN"),
          organization: dom.displayName(entities.get("NATO"), "NATO"),
          tooltip: dom.describe(entities.get("xi-jinping"), entities),
          flags,
        };
      }, ANALYSIS);
      assert.equal(shown.name, "🇨🇳 China");
      assert.equal(shown.organization, "North Atlantic Treaty Organization");
      assert.equal(shown.tooltip, "Xi Jinping\nperson · xi-jinping\nPresident of China\nfor China");
      assert.deepEqual(shown.flags, { CHN: "🇨🇳", NATO: null, RUS: "🇷🇺" });
    });
  });

  test("the graph folds persons and national bodies into their state and leaves denials out", async () => {
    await session({}, async ({ page }) => {
      const model = await page.evaluate(async (analysis) => {
        const graph = await import("/lib/graph.js");
        const entities = new Map(analysis.entities.map((entity) => [entity.id, entity]));
        const { nodes, links } = graph.graphModel(analysis, entities);
        return {
          nodes: nodes.map((node) => [node.id, node.mentions, node.bloc]),
          links: links.map((link) => [link.source, link.target, link.net, link.count, link.stance]),
        };
      }, ANALYSIS);
      // Xi's mention counts for China; the PLA's weak link counts 0.5, as the core weighs it.
      assert.deepEqual(model.nodes, [
        ["CHN", 1, 0],
        ["NATO", 1, 1],
        ["RUS", 1, 0],
      ]);
      assert.deepEqual(model.links, [
        ["CHN", "RUS", 4, 2, "aligned"],
        ["NATO", "RUS", -4, 1, "opposed"],
      ]);
    });
  });

  test("the CSV quotes what needs quoting and disarms formulas", async () => {
    await session({}, async ({ page }) => {
      const csv = await page.evaluate(async (analysis) => (await import("/lib/export.js")).relationsCsv(analysis), ANALYSIS);
      const lines = csv.split("\r\n");
      assert.equal(lines.length, ANALYSIS.relations.length + 2, "a header, a line a relation, a final line break");
      assert.ok(lines[1].includes(`"Xi backed Russia, and both opposed NATO's =SUM"`), lines[1]);
      assert.ok(lines[3].includes(`"say ""no"", then"`), lines[3]);
      assert.ok(lines[4].includes(",'-,"), `a field starting with - is not disarmed: ${lines[4]}`);
      assert.ok(lines[4].startsWith("CHN,China,ACCUSE,NATO,North Atlantic Treaty Organization,-1,-3,true,"), lines[4]);
    });
  });

  test("relation rows filter by actor and type, and mark the trigger and both actors", async () => {
    await session({}, async ({ page }) => {
      const text = "Xi backed Russia, and both opposed NATO's =SUM";
      const rows = await page.evaluate(
        async ([analysis, source]) => {
          const relations = await import("/lib/relations.js");
          const entities = new Map(analysis.entities.map((entity) => [entity.id, entity]));
          const finder = relations.mentionFinder(analysis);
          const pick = (filter) =>
            relations
              .relationRows(source, analysis, entities, { sort: { key: "sentence", direction: "ascending" }, ...filter }, finder)
              .rows.map((row) => [row.dataset.source, row.dataset.target, row.querySelector(".ev-trigger")?.textContent, row.querySelector(".ev-source")?.textContent ?? null, row.querySelector(".ev-target")?.textContent ?? null]);
          return { russia: pick({ actor: "RUS", type: "" }), rejects: pick({ actor: null, type: "REJECT" }), xi: pick({ actor: "xi-jinping", type: "SUPPORT" }) };
        },
        [ANALYSIS, text],
      );
      assert.deepEqual(rows.russia.map((row) => row.slice(0, 2)), [
        ["xi-jinping", "RUS"],
        ["PLA", "RUS"],
        ["RUS", "NATO"],
      ]);
      assert.deepEqual(rows.rejects, [["RUS", "NATO", "opposed", "Russia", "NATO"]]);
      assert.deepEqual(rows.xi, [["xi-jinping", "RUS", "backed", "Xi", "Russia"]]);
    });
  });
});
