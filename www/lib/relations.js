// The relations table: one row a relation, with its evidence sentence, the trigger and both
// actors marked. Sorting and the type filter are local; the actor filter is the selection.
import { actorButton, el, signed } from "./dom.js";

/** The most rows drawn at once; the rest stay reachable through the filters and the CSV. */
export const ROW_LIMIT = 400;

const COLUMNS = [
  { key: "source", label: "Source" },
  { key: "type", label: "Type" },
  { key: "target", label: "Target" },
  { key: "polarity", label: "Sign" },
  { key: "intensity", label: "Intensity" },
  { key: "sentence", label: "Evidence" },
];

/** Text order: sentence, then trigger. */
function byText(a, b) {
  return a.sentence - b.sentence || (a.trigger?.start ?? 0) - (b.trigger?.start ?? 0);
}

function comparator(key, entities) {
  const name = (id) => entities.get(id)?.name ?? id;
  switch (key) {
    case "source":
    case "target":
      return (a, b) => name(a[key]).localeCompare(name(b[key])) || byText(a, b);
    case "type":
      return (a, b) => a.type.localeCompare(b.type) || byText(a, b);
    case "polarity":
    case "intensity":
      return (a, b) => a[key] - b[key] || byText(a, b);
    default:
      return byText;
  }
}

/** The header row: a sort button a column, `aria-sort` on the sorted one. */
export function tableHead(sort) {
  return el(
    "tr",
    {},
    ...COLUMNS.map(({ key, label }) =>
      el(
        "th",
        { scope: "col", "aria-sort": sort.key === key ? sort.direction : undefined },
        el("button", { type: "button", "data-sort": key, class: "ev-sort" }, label),
      ),
    ),
  );
}

/** The next sort after a click on the column `key`. */
export function nextSort(sort, key) {
  if (sort.key !== key) return { key, direction: "ascending" };
  return { key, direction: sort.direction === "ascending" ? "descending" : "ascending" };
}

/**
 * The sentence of `relation` as text with the trigger and the mentions of both actors marked.
 * `mentionsIn(start, end)` lists the mentions inside a span, in order.
 */
function evidence(text, analysis, relation, mentionsIn) {
  const sentence = analysis.sentences?.[relation.sentence];
  if (!sentence) return el("q", { class: "ev-evidence" }, relation.evidence ?? "");
  const spans = [];
  const trigger = relation.trigger;
  if (trigger && trigger.start >= sentence.start && trigger.end <= sentence.end) {
    spans.push({ start: trigger.start, end: trigger.end, tag: "strong", className: "ev-trigger" });
  }
  for (const mention of mentionsIn(sentence.start, sentence.end)) {
    const part = mention.entity === relation.source ? "source" : mention.entity === relation.target ? "target" : null;
    if (part) spans.push({ start: mention.start, end: mention.end, tag: "b", className: `ev-${part}` });
  }
  spans.sort((a, b) => a.start - b.start);
  const quote = el("q", { class: "ev-evidence" });
  let at = sentence.start;
  for (const span of spans) {
    if (span.start < at) continue;
    quote.append(text.slice(at, span.start), el(span.tag, { class: span.className }, text.slice(span.start, span.end)));
    at = span.end;
  }
  quote.append(text.slice(at, sentence.end));
  return quote;
}

/** A finder of the mentions inside a span, by binary search over the sorted mentions. */
export function mentionFinder(analysis) {
  const sorted = [...(analysis.mentions ?? [])].sort((a, b) => a.start - b.start);
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const found = [];
    for (let i = lo; i < sorted.length && sorted[i].start < end; i += 1) {
      if (sorted[i].end <= end) found.push(sorted[i]);
    }
    return found;
  };
}

function row(text, analysis, entities, relation, index, mentionsIn) {
  const aligned = relation.polarity > 0;
  const badges = [];
  if (relation.negated) badges.push(el("span", { class: "ev-badge" }, "denied"));
  if (relation.hedged) badges.push(el("span", { class: "ev-badge" }, "reported or conditional"));
  return el(
    "tr",
    {
      "data-role": "relation",
      "data-index": index,
      "data-source": relation.source,
      "data-target": relation.target,
      "data-type": relation.type,
      "data-polarity": relation.polarity,
      "data-negated": relation.negated ? "true" : undefined,
      "data-sentence": relation.sentence,
      class: `${aligned ? "ev-aligned" : "ev-opposed"}${relation.negated ? " ev-negated" : ""}`,
      tabindex: 0,
      title: "Show the sentence in the text",
    },
    el("td", { "data-label": "Source" }, actorButton(entities, relation.source)),
    el("td", { "data-label": "Type" }, el("span", { class: "ev-type" }, relation.type), ...badges),
    el("td", { "data-label": "Target" }, actorButton(entities, relation.target)),
    el(
      "td",
      { "data-label": "Sign", class: "ev-sign" },
      el("span", { "aria-hidden": "true" }, aligned ? "+" : "−"),
      el("span", { class: "ev-sr" }, aligned ? "aligned" : "opposed"),
    ),
    el("td", { "data-label": "Intensity", class: "ev-intensity" }, signed(relation.intensity)),
    el("td", { "data-label": "Evidence" }, evidence(text, analysis, relation, mentionsIn)),
  );
}

/**
 * The rows for the relations that involve `actor` (any when null) and have `type` (any when
 * ""), sorted by `sort`, at most ROW_LIMIT. Returns { rows, shown, matching }.
 */
export function relationRows(text, analysis, entities, { actor, type, sort }, mentionsIn) {
  const all = (analysis.relations ?? []).map((relation, index) => ({ relation, index }));
  const matching = all.filter(
    ({ relation }) =>
      (!actor || relation.source === actor || relation.target === actor) && (!type || relation.type === type),
  );
  const compare = comparator(sort.key, entities);
  const sign = sort.direction === "descending" ? -1 : 1;
  matching.sort((a, b) => sign * compare(a.relation, b.relation) || a.index - b.index);
  const rows = matching
    .slice(0, ROW_LIMIT)
    .map(({ relation, index }) => row(text, analysis, entities, relation, index, mentionsIn));
  return { rows, shown: rows.length, matching: matching.length, total: all.length };
}
