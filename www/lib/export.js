// The three exports: the analysis as JSON (the entente/1 object unchanged), the relations as
// CSV, the graph as a standalone SVG file.
import { blocColour } from "./graph.js";

const CSV_COLUMNS = [
  ["source", (r) => r.source],
  ["source_name", (r, names) => names(r.source)],
  ["type", (r) => r.type],
  ["target", (r) => r.target],
  ["target_name", (r, names) => names(r.target)],
  ["polarity", (r) => r.polarity],
  ["intensity", (r) => r.intensity],
  ["negated", (r) => Boolean(r.negated)],
  ["hedged", (r) => Boolean(r.hedged)],
  ["sentence", (r) => r.sentence],
  ["trigger", (r) => r.trigger?.text],
  ["trigger_start", (r) => r.trigger?.start],
  ["trigger_end", (r) => r.trigger?.end],
  ["evidence", (r) => r.evidence],
  ["rule", (r) => r.rule],
];

/** One CSV field (RFC 4180); text that a spreadsheet would run as a formula is quoted with '. */
function field(value) {
  if (value === undefined || value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function analysisJson(analysis) {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}

export function relationsCsv(analysis) {
  const names = new Map((analysis.entities ?? []).map((entity) => [entity.id, entity.name]));
  const name = (id) => names.get(id) ?? id;
  const lines = [CSV_COLUMNS.map(([header]) => header).join(",")];
  for (const relation of analysis.relations ?? []) {
    lines.push(CSV_COLUMNS.map(([, get]) => field(get(relation, name))).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * The graph drawn in `svg` as a file of its own: fonts and a white background inline, the
 * legend under the drawing, the page's classes and focus attributes dropped.
 */
export function graphSvg(svg, model) {
  const copy = svg.cloneNode(true);
  for (const node of [copy, ...copy.querySelectorAll("*")]) {
    for (const name of ["class", "tabindex", "role", "aria-label", "aria-labelledby", "aria-describedby", "data-bloc"]) {
      node.removeAttribute(name);
    }
  }
  const [x, y, width, height] = (svg.getAttribute("viewBox") ?? "0 0 560 380").split(/\s+/).map(Number);
  const blocs = [...new Set(model.nodes.map((node) => node.bloc))].sort((a, b) => a - b);
  const items = [
    ...blocs.map((bloc) => [blocColour(bloc), bloc >= 0 ? `Bloc ${bloc + 1}` : "In no bloc", null]),
    ["#3B3B3B", "aligned", ""],
    ["#D55E00", "opposed", "7 5"],
  ];
  const ns = "http://www.w3.org/2000/svg";
  const make = (tag, attributes, text) => {
    const node = document.createElementNS(ns, tag);
    for (const [name, value] of Object.entries(attributes)) if (value !== null) node.setAttribute(name, String(value));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const legend = make("g", { transform: `translate(${x + 12} ${y + height + 8})` });
  items.forEach(([colour, label, dash], index) => {
    const left = index * 110;
    legend.append(
      dash === null
        ? make("circle", { cx: left + 7, cy: 8, r: 7, fill: colour })
        : make("line", { x1: left, y1: 8, x2: left + 22, y2: 8, stroke: colour, "stroke-width": 3, "stroke-dasharray": dash || null }),
      make("text", { x: left + 28, y: 12, "font-size": 12, fill: "#1D1D1F" }, label),
    );
  });
  const fullHeight = height + 32;
  copy.setAttribute("xmlns", ns);
  copy.setAttribute("viewBox", `${x} ${y} ${width} ${fullHeight}`);
  copy.setAttribute("width", Math.round(width));
  copy.setAttribute("height", Math.round(fullHeight));
  copy.setAttribute("font-family", "system-ui, sans-serif");
  copy.setAttribute("color", "#1D1D1F");
  copy.prepend(make("rect", { x, y, width, height: fullHeight, fill: "#FFFFFF" }));
  copy.append(legend);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}
