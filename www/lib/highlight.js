// The text with every mention marked: text nodes and <mark> elements only, so that the reader's
// text never becomes markup. A CSS label after each mark names its kind, as displaCy does.
import { describe } from "./dom.js";

/**
 * Fills `view` with `text` and a mark per mention; returns the index of its pieces, which
 * `rangeOf` turns back into DOM ranges. Mentions that overlap an earlier one are skipped.
 */
export function renderHighlighted(view, text, analysis, entities) {
  const pieces = []; // { start, node }: a text node and the offset of its first code unit
  const nodes = [];
  let at = 0;
  let first = true;
  const plain = (end) => {
    if (end <= at) return;
    const node = document.createTextNode(text.slice(at, end));
    pieces.push({ start: at, node });
    nodes.push(node);
    at = end;
  };
  const mentions = [...(analysis.mentions ?? [])].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const mention of mentions) {
    if (mention.start < at || mention.end > text.length || mention.start >= mention.end) continue;
    plain(mention.start);
    const entity = entities.get(mention.entity);
    const mark = document.createElement("mark");
    mark.dataset.entity = mention.entity;
    mark.dataset.kind = entity?.kind ?? "unknown";
    mark.dataset.start = mention.start;
    mark.title = entity ? describe(entity, entities) : mention.entity;
    mark.tabIndex = first ? 0 : -1;
    first = false;
    const node = document.createTextNode(text.slice(mention.start, mention.end));
    mark.append(node);
    pieces.push({ start: mention.start, node });
    nodes.push(mark);
    at = mention.end;
  }
  plain(text.length);
  view.replaceChildren(...nodes);
  return pieces;
}

/** The DOM range of the UTF-16 span [start, end) of the text rendered as `pieces`. */
export function rangeOf(pieces, start, end) {
  const locate = (offset) => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const piece = pieces[lo];
    return [piece.node, Math.min(Math.max(offset - piece.start, 0), piece.node.length)];
  };
  const range = document.createRange();
  if (pieces.length === 0) return range;
  range.setStart(...locate(start));
  range.setEnd(...locate(end));
  return range;
}

/** Arrow keys move between the marks of `view` (one tab stop for all of them). */
export function roveMarks(view, event) {
  const keys = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
  if (!(event.key in keys) || event.target.tagName !== "MARK") return false;
  const marks = [...view.querySelectorAll("mark")];
  const step = keys[event.key];
  const from = marks.indexOf(event.target);
  const to = Number.isFinite(step) ? from + step : step < 0 ? 0 : marks.length - 1;
  const next = marks[Math.min(Math.max(to, 0), marks.length - 1)];
  if (!next || next === event.target) return true;
  event.target.tabIndex = -1;
  next.tabIndex = 0;
  next.focus();
  return true;
}
