// <entente-view>: the whole analysis of one text, as a custom element any page can use with one
// module script. The text comes from the element's content or its `text` property, the date
// from its `date` attribute; each analysis is dispatched as an `analysis` event.
//
// Everything is rendered in the light DOM, so that the page's tests and scripts reach every
// part with document.querySelectorAll. The reader's text reaches the document only as text.
import { Analyzer, loadCore } from "./lib/analyzer.js";
import { actorButton, describe, displayName, download, el, fold, svgEl } from "./lib/dom.js";
import { analysisJson, graphSvg, relationsCsv } from "./lib/export.js";
import { blocColour, graphLegend, graphModel, graphTables, renderGraph } from "./lib/graph.js";
import { rangeOf, renderHighlighted, roveMarks } from "./lib/highlight.js";
import { ROW_LIMIT, mentionFinder, nextSort, relationRows, tableHead } from "./lib/relations.js";

const STYLESHEET = new URL("./entente-view.css", import.meta.url).href;
/** The pause in typing after which the text is analysed again; a paste is analysed at once. */
const TYPING_PAUSE_MS = 150;
/** An edit that adds or removes more than this many code units at once is a paste. */
const BULK_EDIT = 40;
const KINDS = ["country", "organization", "person", "place", "group", "event"];

let instances = 0;

function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Content text without the indentation the surrounding HTML gave it. */
function dedent(text) {
  const lines = text.replace(/^\s*\n/, "").trimEnd().split("\n");
  const indents = lines.filter((line) => line.trim()).map((line) => line.match(/^[ \t]*/)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(cut)).join("\n");
}

/** The element's stylesheet, linked once per document from beside this module. */
function linkStylesheet() {
  if (document.querySelector("link[data-entente-view]")) return;
  document.head.append(el("link", { rel: "stylesheet", href: STYLESHEET, "data-entente-view": "" }));
}

function message(error) {
  return error instanceof Error ? error.message : String(error);
}

const plural = (count, one, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Resolves after the next frame has been drawn, or after 100 ms where no frame comes (a tab in the background). */
function afterNextFrame() {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

export class EntenteView extends HTMLElement {
  static observedAttributes = ["date"];

  #text = null;
  #date = null;
  #sample = null;
  #parts = null;
  #analyzer = new Analyzer();
  #coreReady = false;
  #generation = 0;
  #timer = 0;
  #editedAt = null;
  #stopGraph = null;
  /** Where each actor's node was last drawn, so that the graph stays put between analyses. */
  #positions = new Map();
  /** Whether the graph's box is narrow, as a ResizeObserver last saw it. */
  #portrait = false;
  // The analysis shown and what was derived from it.
  #analysis = null;
  #shown = null;
  #selected = null;
  #type = "";
  #sort = { key: "sentence", direction: "ascending" };
  /**
   * Milliseconds of the last analysis: the core's time (`analyze`, on the `engine` thread), the
   * drawing of the text, graph and blocs (`picture`) and of the tables (`lists`), the time from
   * the edit to the graph in the document (`graphSinceEdit`), and from start to end (`total`).
   */
  timing = null;

  /** The text analysed. Setting it analyses it at once. */
  get text() {
    return this.#text ?? "";
  }

  set text(value) {
    this.#text = String(value ?? "");
    if (this.#parts?.input) this.#parts.input.value = this.#text;
    this.#schedule(0);
  }

  /** The date the text was written (YYYY-MM-DD); empty means today. */
  get date() {
    return this.#date ?? this.getAttribute("date") ?? "";
  }

  set date(value) {
    this.setAttribute("date", String(value ?? ""));
  }

  /** A text the "sample article" button loads (editable views). */
  get sample() {
    return this.#sample;
  }

  set sample(value) {
    this.#sample = value === null || value === undefined ? null : String(value);
    if (this.#parts?.sampleButton) this.#parts.sampleButton.hidden = this.#sample === null;
  }

  /** The entente/1 object shown, exactly as the core returned it. */
  get analysis() {
    return this.#analysis;
  }

  /** The selected actor's id, or null. */
  get selected() {
    return this.#selected;
  }

  attributeChangedCallback(name, before, after) {
    if (name !== "date" || before === after) return;
    this.#date = after ?? "";
    if (this.#parts?.dateInput) this.#parts.dateInput.value = this.#date;
    this.#schedule(0);
  }

  connectedCallback() {
    if (this.#parts) return;
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", () => this.connectedCallback(), { once: true });
      return;
    }
    // Properties set before the element was defined shadow the accessors: hand them over.
    for (const name of ["text", "date", "sample"]) {
      if (Object.hasOwn(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (this.#text === null) this.#text = dedent(this.textContent);
    if (this.#date === null) this.#date = this.getAttribute("date") ?? (this.hasAttribute("editable") ? today() : "");
    linkStylesheet();
    this.#build();
    this.#setState("loading");
    loadCore().then(
      () => {
        this.#coreReady = true;
        this.#schedule(0);
      },
      (error) => this.#fail(`The analyser could not be loaded: ${message(error)}`),
    );
  }

  disconnectedCallback() {
    clearTimeout(this.#timer);
    this.#stopGraph?.();
  }

  /** Selects an actor everywhere (its mentions, relations and node); the same id again, or null, clears. */
  select(id) {
    this.#selected = id && id !== this.#selected && this.#shown?.entities.has(id) ? id : null;
    this.#applySelection();
  }

  #build() {
    const id = `ev${(instances += 1)}`;
    const editable = this.hasAttribute("editable");
    const parts = {};
    const part = (name, node) => {
      parts[name] = node;
      return node;
    };
    const heading = (level, key, text) => el(level, { id: `${id}-${key}` }, text);
    const section = (key, title, className, ...children) =>
      el("section", { class: className, "aria-labelledby": `${id}-${key}` }, heading("h2", key, title), ...children);
    const help = (text, attributes = {}) => el("p", { class: "ev-help", ...attributes }, text);
    const button = (role, title, label) => el("button", { type: "button", "data-role": role, title }, label);

    const error = part("error", el("p", { "data-role": "error", class: "ev-error", role: "alert", hidden: true }));
    const toolbar = el(
      "div",
      { class: "ev-toolbar" },
      part("status", el("p", { "data-role": "status", class: "ev-status", "aria-live": "polite" }, "Loading the analyser…")),
      el(
        "div",
        { class: "ev-export", role: "group", "aria-label": "Export" },
        el("span", {}, "Export"),
        button("export-json", "The analysis, as the entente/1 JSON object", "JSON"),
        button("export-csv", "The relations, one a row", "CSV"),
        button("export-svg", "The alliance graph", "SVG"),
      ),
    );
    // An editable view shows the error and the status under its input; a plain one on top.
    const input = editable
      ? section(
          "input",
          "Article",
          "ev-input",
          el(
            "label",
            { class: "ev-field" },
            el("span", {}, "Paste or type an English news text"),
            part("input", el("textarea", { "data-role": "input", rows: 8, spellcheck: "false" })),
          ),
          el(
            "div",
            { class: "ev-input-row" },
            el(
              "label",
              { class: "ev-field ev-date" },
              el("span", {}, "Written on"),
              part(
                "dateInput",
                el("input", {
                  "data-role": "date",
                  type: "text",
                  inputmode: "numeric",
                  placeholder: "YYYY-MM-DD",
                  maxlength: 10,
                  autocomplete: "off",
                  "aria-describedby": `${id}-date-help`,
                }),
              ),
            ),
            part("sampleButton", el("button", { type: "button", "data-role": "sample", hidden: this.#sample === null }, "Load the sample article")),
          ),
          help("The date decides who held an office. The analysis follows your typing.", { id: `${id}-date-help` }),
          error,
          toolbar,
        )
      : null;

    const textPanel = section(
      "text",
      "Actors in the text",
      "ev-panel ev-text-panel",
      el(
        "ul",
        { class: "ev-kinds", "aria-label": "Kinds of actor" },
        ...KINDS.map((kind) => el("li", {}, el("span", { class: "ev-kind", "data-kind": kind }, kind))),
      ),
      part(
        "view",
        el("div", { "data-role": "highlighted", class: "ev-highlighted", "aria-labelledby": `${id}-text`, "aria-describedby": `${id}-text-help` }),
      ),
      help("Click an actor, or move between them with the arrow keys and press Enter, to select it everywhere; Escape clears.", {
        id: `${id}-text-help`,
      }),
      part("selection", el("div", { "data-role": "selection", class: "ev-selection", "aria-live": "polite", hidden: true })),
    );
    const graphPanel = section(
      "graph",
      "Who stands with whom",
      "ev-panel ev-graph-panel",
      part(
        "graph",
        svgEl("svg", { "data-role": "graph", role: "group", "aria-labelledby": `${id}-graph`, "aria-describedby": `${id}-graph-summary`, class: "ev-graph" }),
      ),
      part("graphSummary", help("", { id: `${id}-graph-summary` })),
      part("graphLegend", el("ul", { class: "ev-legend", "aria-label": "Legend" })),
      el("details", { class: "ev-graph-table" }, el("summary", {}, "The graph as a table"), part("graphTables", el("div", {}))),
      heading("h3", "blocs", "Blocs"),
      help("Aligned inside, opposed across, as far as the text tells."),
      part("blocs", el("ol", { class: "ev-blocs", "aria-labelledby": `${id}-blocs` })),
    );
    const relationsPanel = section(
      "relations",
      "Relations",
      "ev-panel ev-relations-panel",
      el(
        "div",
        { class: "ev-filters" },
        el("label", {}, "Actor ", part("actorFilter", el("select", { "data-role": "filter-actor" }))),
        el("label", {}, "Type ", part("typeFilter", el("select", { "data-role": "filter-type" }))),
        part("relationCount", el("span", { class: "ev-help", "data-role": "relation-count" })),
      ),
      help("Struck through: the text denies it. Click a row to see its sentence in the text."),
      el(
        "div",
        { class: "ev-table-wrap" },
        el(
          "table",
          { class: "ev-relations", "aria-labelledby": `${id}-relations` },
          part("relationHead", el("thead", {})),
          part("relationBody", el("tbody", {})),
        ),
      ),
    );
    const actorsPanel = section(
      "actors",
      "Every actor",
      "ev-panel ev-actors-panel",
      part("entities", el("ul", { class: "ev-entities" })),
      el(
        "details",
        { class: "ev-background" },
        el("summary", {}, "Background from the knowledge base (not stated by the text)"),
        part("background", el("ul", { "data-role": "background" })),
      ),
      part("warnings", el("ul", { "data-role": "warnings", class: "ev-warnings" })),
    );
    const layout = part(
      "output",
      el("div", { class: `ev-layout${editable ? " ev-editable" : ""}` }, input, textPanel, graphPanel, relationsPanel, actorsPanel),
    );
    this.replaceChildren(el("div", { class: "ev-root" }, input ? null : error, input ? null : toolbar, layout));
    this.#parts = parts;
    new ResizeObserver(([entry]) => this.#onGraphResize(entry.contentRect.width)).observe(parts.graph);
    if (parts.input) parts.input.value = this.#text;
    if (parts.dateInput) parts.dateInput.value = this.#date;
    this.addEventListener("click", (event) => this.#onClick(event));
    this.addEventListener("keydown", (event) => this.#onKey(event));
    this.addEventListener("change", (event) => this.#onChange(event));
    this.addEventListener("input", (event) => this.#onInput(event));
  }

  #setState(state) {
    this.dataset.state = state;
  }

  /**
   * Asks for an analysis of the current text after `delay` ms. A new generation starts at once,
   * so an analysis still running for older input neither draws nor reports "ready".
   */
  #schedule(delay) {
    if (!this.#parts) return;
    clearTimeout(this.#timer);
    this.#generation += 1;
    this.#setState("pending");
    if (delay === 0) this.#run();
    else this.#timer = setTimeout(() => this.#run(), delay);
  }

  async #run() {
    if (!this.#coreReady) return;
    const generation = this.#generation;
    const text = this.#text ?? "";
    const date = this.date.trim();
    const started = performance.now();
    let result;
    try {
      result = await this.#analyzer.analyze(text, date ? { date } : {});
    } catch (error) {
      if (generation === this.#generation) this.#fail(message(error));
      return;
    }
    if (generation !== this.#generation) return;
    const renderStarted = performance.now();
    this.#renderPicture(text, result.analysis);
    const drawn = performance.now();
    this.#parts.error.hidden = true;
    this.#parts.error.textContent = "";
    this.#parts.output.classList.remove("ev-stale");
    const editedAt = this.#editedAt;
    this.#editedAt = null;
    // The tables sit under the text and the graph: they are drawn once a frame shows those.
    await afterNextFrame();
    if (generation !== this.#generation) return;
    const listsStarted = performance.now();
    this.#renderLists();
    const finished = performance.now();
    this.timing = {
      engine: result.engine,
      analyze: result.ms,
      picture: drawn - renderStarted,
      lists: finished - listsStarted,
      graphSinceEdit: editedAt === null ? null : drawn - editedAt,
      total: finished - started,
    };
    this.dataset.engine = result.engine;
    const { analysis } = result;
    this.#parts.status.textContent =
      `${plural(analysis.entities?.length ?? 0, "actor")}, ${plural(analysis.relations?.length ?? 0, "relation")}, ` +
      `${plural(analysis.blocs?.length ?? 0, "bloc")} · ${result.ms.toFixed(0)} ms` +
      (result.engine === "worker" ? " in a background thread" : "");
    this.#setState("ready");
    this.dispatchEvent(new CustomEvent("analysis", { detail: analysis, bubbles: true }));
  }

  #fail(text) {
    const { error, output, status } = this.#parts;
    error.textContent = text;
    error.hidden = false;
    output.classList.add("ev-stale");
    status.textContent = "";
    this.#setState("error");
    this.dispatchEvent(new CustomEvent("analysiserror", { detail: { message: text }, bubbles: true }));
  }

  /** The first stage, what a reader sees first: the text with its marks, the graph, the blocs. */
  #renderPicture(text, analysis) {
    const parts = this.#parts;
    const entities = new Map((analysis.entities ?? []).map((entity) => [entity.id, entity]));
    this.#analysis = analysis;
    const model = graphModel(analysis, entities);
    this.#shown = {
      text,
      entities,
      model,
      mentionsIn: mentionFinder(analysis),
      pieces: renderHighlighted(parts.view, text, analysis, entities),
    };
    if (this.#selected && !entities.has(this.#selected)) this.#selected = null;
    if (!parts.view.querySelector("mark")) parts.view.tabIndex = 0;
    else parts.view.removeAttribute("tabindex");
    CSS.highlights?.delete("entente-sentence");
    CSS.highlights?.delete("entente-trigger");

    this.#drawGraph();
    parts.graphLegend.replaceChildren(...graphLegend(model));
    parts.graphTables.replaceChildren(...graphTables(model, entities));
    const opposed = model.links.filter((link) => link.stance === "opposed").length;
    parts.graphSummary.textContent =
      model.nodes.length === 0
        ? "No relation between actors yet."
        : `${plural(model.nodes.length, "actor")} and ${plural(model.links.length, "pair")}: ` +
          `${model.links.length - opposed} aligned or mixed, ${opposed} opposed.`;

    const blocs = analysis.blocs ?? [];
    parts.blocs.replaceChildren(
      ...blocs.map((members, index) => {
        const swatch = el("span", { class: "ev-swatch", "aria-hidden": "true" });
        swatch.style.background = blocColour(index);
        return el(
          "li",
          { "data-role": "bloc", "data-members": members.join(" ") },
          swatch,
          el("span", { class: "ev-bloc-name" }, `Bloc ${index + 1}`),
          ...members.map((member) => actorButton(entities, member)),
        );
      }),
    );
    if (blocs.length === 0) parts.blocs.append(el("li", { class: "ev-empty" }, "No bloc: no actor takes part in a relation."));
    this.#markSelection();
  }

  /** The second stage: the relations table's filters and rows, every actor, background, warnings. */
  #renderLists() {
    const parts = this.#parts;
    const analysis = this.#analysis;
    const { entities } = this.#shown;
    const inRelations = new Set((analysis.relations ?? []).flatMap((relation) => [relation.source, relation.target]));
    const byName = (a, b) => (entities.get(a)?.name ?? a).localeCompare(entities.get(b)?.name ?? b);
    // Options made with `selected` set: assigning a select's value afterwards costs a layout.
    const options = (values, all, current, label) => [
      el("option", { value: "", selected: !current }, all),
      ...values.map((value) => el("option", { value, selected: value === current }, label(value))),
    ];
    const actors = [...inRelations].sort(byName);
    parts.actorFilter.replaceChildren(
      ...options(actors, "All actors", this.#selected, (actor) => displayName(entities.get(actor), actor)),
    );
    const types = [...new Set((analysis.relations ?? []).map((relation) => relation.type))].sort();
    if (this.#type && !types.includes(this.#type)) this.#type = "";
    parts.typeFilter.replaceChildren(...options(types, "All types", this.#type, (type) => type));

    const counts = new Map();
    for (const mention of analysis.mentions ?? []) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
    parts.entities.replaceChildren(
      ...(analysis.entities ?? []).map((entity) =>
        el(
          "li",
          { "data-role": "entity", "data-entity": entity.id, "data-kind": entity.kind },
          actorButton(entities, entity.id),
          " ",
          el("code", {}, entity.id),
          ` ${[entity.role, entity.kind].filter(Boolean).join(", ")} · ${plural(counts.get(entity.id) ?? 0, "mention")}`,
        ),
      ),
    );
    const name = (id) => entities.get(id)?.name ?? id;
    parts.background.replaceChildren(
      ...(analysis.background ?? []).map((fact) =>
        el("li", {}, `${name(fact.source)} ${String(fact.type).toLowerCase()} ${name(fact.target)}`, fact.since ? ` since ${fact.since}` : ""),
      ),
    );
    parts.background.closest("details").hidden = parts.background.childElementCount === 0;
    parts.warnings.replaceChildren(
      ...(analysis.warnings ?? []).map((warning) =>
        el("li", {}, typeof warning === "string" ? warning : (warning.message ?? JSON.stringify(warning))),
      ),
    );
    this.#applySelection();
  }

  #drawGraph() {
    this.#stopGraph?.();
    const options = { positions: this.#positions, portrait: this.#portrait };
    this.#stopGraph = renderGraph(this.#parts.graph, this.#shown.model, (id) => this.select(id), options);
  }

  /** Lays the graph out again when its box turns narrow or wide. */
  #onGraphResize(width) {
    const portrait = width > 0 && width < 480;
    if (portrait === this.#portrait) return;
    this.#portrait = portrait;
    this.#positions.clear();
    if (!this.#shown) return;
    this.#drawGraph();
    this.#markSelection();
  }

  #renderRows() {
    const { text, entities, mentionsIn } = this.#shown;
    const parts = this.#parts;
    parts.relationHead.replaceChildren(tableHead(this.#sort));
    const filter = { actor: this.#selected, type: this.#type, sort: this.#sort };
    const { rows, shown, matching, total } = relationRows(text, this.#analysis, entities, filter, mentionsIn);
    parts.relationBody.replaceChildren(...rows);
    if (rows.length === 0) {
      const why = total === 0 ? "No relation found." : "No relation matches the filters.";
      parts.relationBody.append(el("tr", { class: "ev-empty" }, el("td", { colspan: 6 }, why)));
    }
    parts.relationCount.textContent =
      (matching === total ? plural(total, "relation") : `${matching} of ${plural(total, "relation")}`) +
      (shown < matching ? `; the first ${ROW_LIMIT} shown, every one in the CSV` : "");
  }

  /** Shows the selection everywhere: marks, buttons and graph, the filter, rows and card. */
  #applySelection() {
    if (!this.#shown) return;
    const parts = this.#parts;
    const id = this.#selected;
    const node = this.#markSelection();
    const filterValue = id && parts.actorFilter.querySelector(`option[value="${CSS.escape(id)}"]`) ? id : "";
    if (parts.actorFilter.value !== filterValue) parts.actorFilter.value = filterValue;
    this.#renderRows();
    this.#renderSelectionCard(id, node);
  }

  /** Marks the selected actor's mentions, buttons and node; returns the node's id. */
  #markSelection() {
    const parts = this.#parts;
    const id = this.#selected;
    const node = id ? fold(this.#shown.entities, id) : null;
    for (const mark of this.querySelectorAll(".is-selected")) mark.classList.remove("is-selected");
    for (const item of this.querySelectorAll("[aria-pressed]")) item.removeAttribute("aria-pressed");
    parts.graph.classList.toggle("ev-has-selection", Boolean(id));
    for (const edge of parts.graph.querySelectorAll(".is-related")) edge.classList.remove("is-related");
    if (id) {
      for (const item of this.querySelectorAll(`[data-entity="${CSS.escape(id)}"]`)) {
        item.classList.add("is-selected");
        if (item.tagName === "BUTTON") item.setAttribute("aria-pressed", "true");
      }
      const circle = parts.graph.querySelector(`[data-role=node][data-entity="${CSS.escape(node)}"]`);
      circle?.classList.add("is-selected");
      for (const edge of parts.graph.querySelectorAll("[data-role=edge]")) {
        if (edge.dataset.source !== node && edge.dataset.target !== node) continue;
        edge.classList.add("is-related");
        const other = edge.dataset.source === node ? edge.dataset.target : edge.dataset.source;
        parts.graph.querySelector(`[data-role=node][data-entity="${CSS.escape(other)}"]`)?.classList.add("is-related");
      }
    }
    return node;
  }

  #renderSelectionCard(id, node) {
    const card = this.#parts.selection;
    card.hidden = !id;
    if (!id) return card.replaceChildren();
    const { entities } = this.#shown;
    const entity = entities.get(id);
    const mentions = (this.#analysis.mentions ?? []).filter((mention) => mention.entity === id).length;
    const relations = (this.#analysis.relations ?? []).filter((r) => r.source === id || r.target === id).length;
    const facts = describe(entity, entities).split("\n");
    card.replaceChildren(
      el("strong", {}, facts[0]),
      ` ${facts.slice(1).join(" · ")} · ${plural(mentions, "mention")} · ${plural(relations, "relation")}`,
      node !== id ? ` · in the graph as ${entities.get(node)?.name ?? node}` : "",
      " ",
      el("button", { type: "button", "data-role": "clear-selection" }, "Clear"),
    );
  }

  /** Marks sentence `index` of the text (and the trigger), and scrolls the text to it. */
  #showSentence(relation) {
    const sentence = this.#analysis.sentences?.[relation.sentence];
    if (!sentence) return;
    const { pieces } = this.#shown;
    const view = this.#parts.view;
    const range = rangeOf(pieces, sentence.start, sentence.end);
    if (CSS.highlights && typeof Highlight === "function") {
      CSS.highlights.set("entente-sentence", new Highlight(range));
      const trigger = relation.trigger;
      if (trigger) CSS.highlights.set("entente-trigger", new Highlight(rangeOf(pieces, trigger.start, trigger.end)));
    }
    view.dataset.sentence = relation.sentence;
    view.scrollIntoView({ block: "nearest" });
    const box = view.getBoundingClientRect();
    const rect = range.getBoundingClientRect();
    view.scrollTop += rect.top - box.top - Math.max((box.height - rect.height) / 3, 0);
  }

  #export(kind) {
    const analysis = this.#analysis;
    if (!analysis) return;
    if (kind === "json") download("entente-analysis.json", "application/json", analysisJson(analysis));
    if (kind === "csv") download("entente-relations.csv", "text/csv", relationsCsv(analysis));
    if (kind === "svg") download("entente-graph.svg", "image/svg+xml", graphSvg(this.#parts.graph, this.#shown.model));
  }

  #onClick(event) {
    const target = event.target;
    const control = target.closest("button[data-role], button[data-sort]");
    if (control?.dataset.sort) {
      this.#sort = nextSort(this.#sort, control.dataset.sort);
      return this.#renderRows();
    }
    const role = control?.dataset.role;
    if (role?.startsWith("export-")) return this.#export(role.slice("export-".length));
    if (role === "sample" && this.#sample !== null) {
      this.#editedAt = performance.now();
      this.text = this.#sample;
      return;
    }
    if (role === "clear-selection") return this.select(null);
    if (target.closest("svg[data-role=graph]")) return; // the graph handles its own clicks
    const actor = target.closest("[data-entity]");
    if (actor) return this.select(actor.dataset.entity);
    const row = target.closest("tr[data-role=relation]");
    if (row) this.#showSentence(this.#analysis.relations[Number(row.dataset.index)]);
  }

  #onKey(event) {
    if (event.key === "Escape" && this.#selected) {
      this.select(null);
      return;
    }
    if (roveMarks(this.#parts.view, event)) {
      event.preventDefault();
      return;
    }
    const target = event.target;
    if (event.key !== "Enter" && event.key !== " ") return;
    if (target.tagName === "MARK") {
      event.preventDefault();
      this.select(target.dataset.entity);
    } else if (target.matches("tr[data-role=relation]")) {
      event.preventDefault();
      this.#showSentence(this.#analysis.relations[Number(target.dataset.index)]);
    }
  }

  #onChange(event) {
    const role = event.target.dataset.role;
    if (role === "filter-actor") {
      this.#selected = null;
      this.select(event.target.value || null);
    } else if (role === "filter-type") {
      this.#type = event.target.value;
      this.#renderRows();
    }
  }

  #onInput(event) {
    const { input, dateInput } = this.#parts;
    if (event.target === input) {
      const bulk =
        event.inputType === "insertFromPaste" ||
        event.inputType === "insertFromDrop" ||
        Math.abs(input.value.length - (this.#text?.length ?? 0)) > BULK_EDIT;
      this.#text = input.value;
      this.#editedAt = event.timeStamp;
      const pause = this.#analyzer.engineFor(this.#text) === "worker" ? 2 * TYPING_PAUSE_MS : TYPING_PAUSE_MS;
      this.#schedule(bulk ? 0 : pause);
    } else if (event.target === dateInput) {
      this.#date = dateInput.value;
      this.#schedule(TYPING_PAUSE_MS);
    }
  }
}

if (!customElements.get("entente-view")) customElements.define("entente-view", EntenteView);
