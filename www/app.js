// The page: text in, analysis out, as the reader types. Everything the reader writes reaches the
// document only as text nodes (append/textContent, and the core's `highlight`), never as HTML.
import init, { analyze, highlight } from "/pkg/entente.js";
import { SAMPLE } from "./sample.js";

const DEBOUNCE_MS = 150;

const byRole = (role) => document.querySelector(`[data-role="${role}"]`);
const input = byRole("input");
const dateInput = byRole("date");
const errorBox = byRole("error");
const statusLine = byRole("status");
const output = byRole("output");
const view = byRole("highlighted");
const relationList = byRole("relations");
const blocList = byRole("blocs");
const entityList = byRole("entities");
const backgroundList = byRole("background");
const warningList = byRole("warnings");

/** Creates an element with attributes and children; string children become text nodes. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
  }
  node.append(...children.filter((child) => child !== undefined && child !== null));
  return node;
}

function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function showError(message) {
  errorBox.textContent = message;
  errorBox.hidden = false;
  output.classList.add("stale");
  document.body.dataset.state = "error";
}

function clearError() {
  errorBox.textContent = "";
  errorBox.hidden = true;
  output.classList.remove("stale");
}

/** An actor's name as a chip coloured by kind; unknown ids show as themselves. */
function actorChip(entities, id) {
  const entity = entities.get(id);
  return el(
    "span",
    { class: "actor", "data-kind": entity?.kind, title: entity ? `${entity.name} (${id})` : id },
    entity?.name ?? id,
  );
}

/** The evidence sentence, with the trigger in bold when it can be found inside it. */
function evidence(text, analysis, relation) {
  const quote = el("q", { class: "evidence" });
  const sentence = analysis.sentences?.[relation.sentence];
  const trigger = relation.trigger;
  const evidenceText = relation.evidence ?? "";
  const at = sentence ? text.indexOf(evidenceText, sentence.start) : -1;
  const offset = trigger ? trigger.start - at : -1;
  if (
    evidenceText &&
    at >= 0 &&
    offset >= 0 &&
    evidenceText.slice(offset, offset + trigger.text.length) === trigger.text &&
    trigger.text
  ) {
    quote.append(
      evidenceText.slice(0, offset),
      el("strong", { class: "trigger" }, trigger.text),
      evidenceText.slice(offset + trigger.text.length),
    );
  } else {
    quote.append(evidenceText);
  }
  return quote;
}

function signed(value) {
  if (typeof value !== "number" || !Number.isFinite(value)) return "";
  return `${value > 0 ? "+" : value < 0 ? "−" : "±"}${Math.abs(value).toFixed(1)}`;
}

function renderRelations(text, analysis, entities) {
  const rows = (analysis.relations ?? []).map((relation) => {
    const aligned = relation.polarity > 0;
    const head = el(
      "span",
      { class: "relation-head" },
      actorChip(entities, relation.source),
      " ",
      el("span", { class: "type" }, relation.type),
      " ",
      actorChip(entities, relation.target),
      " ",
      el(
        "span",
        { class: "polarity", title: aligned ? "aligned" : "opposed", "aria-label": aligned ? "aligned" : "opposed" },
        aligned ? "+" : "−",
      ),
      " ",
      el("span", { class: "intensity", title: "intensity on the Goldstein scale, -10 to +10" }, signed(relation.intensity)),
    );
    const flags = [];
    if (relation.negated) flags.push(el("span", { class: "flag" }, "denied"));
    if (relation.hedged) flags.push(el("span", { class: "flag" }, "reported or conditional"));
    return el(
      "li",
      {
        "data-role": "relation",
        "data-source": relation.source,
        "data-target": relation.target,
        "data-type": relation.type,
        "data-polarity": relation.polarity,
        "data-negated": relation.negated ? "true" : undefined,
        class: `relation ${aligned ? "aligned" : "opposed"}${relation.negated ? " negated" : ""}`,
      },
      relation.negated ? el("s", {}, head) : head,
      ...flags,
      evidence(text, analysis, relation),
    );
  });
  relationList.replaceChildren(...rows);
  if (rows.length === 0) relationList.append(el("li", { class: "empty" }, "No relation found."));
}

function renderBlocs(analysis, entities) {
  const blocs = analysis.blocs ?? [];
  blocList.replaceChildren(
    ...blocs.map((members, index) =>
      el(
        "li",
        { "data-role": "bloc", "data-members": members.join(" ") },
        el("span", { class: "bloc-name" }, `Bloc ${index + 1}`),
        " ",
        ...members.flatMap((id) => [actorChip(entities, id), " "]),
      ),
    ),
  );
  if (blocs.length === 0) blocList.append(el("li", { class: "empty" }, "No bloc: no actor takes part in a relation."));
}

function renderEntities(analysis) {
  const counts = new Map();
  for (const mention of analysis.mentions ?? []) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
  entityList.replaceChildren(
    ...(analysis.entities ?? []).map((entity) => {
      const details = [entity.role, entity.affiliation && `for ${entity.affiliation}`, entity.country && `in ${entity.country}`]
        .filter(Boolean)
        .join(", ");
      const item = el(
        "li",
        { "data-role": "entity", "data-entity": entity.id, "data-kind": entity.kind },
        el("span", { class: "actor", "data-kind": entity.kind }, entity.name),
        " ",
        el("code", {}, entity.id),
        details ? ` ${details}` : "",
        ` · ${counts.get(entity.id) ?? 0}×`,
      );
      // Hovering an actor outlines its mentions in the text.
      const marks = () => view.querySelectorAll(`mark[data-entity="${CSS.escape(entity.id)}"]`);
      item.addEventListener("mouseenter", () => marks().forEach((mark) => mark.classList.add("focus")));
      item.addEventListener("mouseleave", () => marks().forEach((mark) => mark.classList.remove("focus")));
      return item;
    }),
  );
}

function renderBackground(analysis) {
  backgroundList.replaceChildren(
    ...(analysis.background ?? []).map((fact) =>
      el("li", {}, `${fact.source} ${fact.type} ${fact.target}`, fact.since ? ` since ${fact.since}` : ""),
    ),
  );
  backgroundList.closest("details").hidden = backgroundList.childElementCount === 0;
}

function renderWarnings(analysis) {
  warningList.replaceChildren(
    ...(analysis.warnings ?? []).map((warning) =>
      el("li", {}, typeof warning === "string" ? warning : (warning.message ?? JSON.stringify(warning))),
    ),
  );
}

function run() {
  const text = input.value;
  const date = dateInput.value.trim();
  const started = performance.now();
  let analysis;
  try {
    analysis = analyze(text, date ? { date } : {});
    view.replaceChildren();
    highlight(view, text, analysis);
  } catch (error) {
    showError(error instanceof Error ? error.message : String(error));
    return;
  }
  const ms = performance.now() - started;
  const entities = new Map((analysis.entities ?? []).map((entity) => [entity.id, entity]));
  renderRelations(text, analysis, entities);
  renderBlocs(analysis, entities);
  renderEntities(analysis);
  renderBackground(analysis);
  renderWarnings(analysis);
  clearError();
  const count = (list, one, many) => `${list?.length ?? 0} ${list?.length === 1 ? one : many}`;
  statusLine.textContent = `${count(analysis.entities, "actor", "actors")}, ${count(analysis.relations, "relation", "relations")}, ${count(analysis.blocs, "bloc", "blocs")} · ${ms.toFixed(0)} ms`;
  document.body.dataset.state = "ready";
}

let timer;
function schedule() {
  clearTimeout(timer);
  document.body.dataset.state = "pending";
  timer = setTimeout(run, DEBOUNCE_MS);
}

input.value = SAMPLE;
dateInput.value = today();
input.addEventListener("input", schedule);
dateInput.addEventListener("input", schedule);

try {
  await init();
} catch (error) {
  statusLine.textContent = "";
  showError(`The analyser could not be loaded: ${error instanceof Error ? error.message : error}`);
  throw error;
}
run();
