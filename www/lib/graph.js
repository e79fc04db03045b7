// The alliance graph: actors as nodes (sized by mentions, coloured by bloc, a flag for states),
// net stances as edges (aligned solid, opposed dashed, width by strength), laid out by
// d3-force. Colours and dashes are SVG attributes, so an exported file looks the same.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from "../vendor/d3-force.js";
import { displayName, el, flagOf, fold, signed, svgEl } from "./dom.js";

/** Bloc colours, Okabe and Ito's palette: told apart with every common colour vision. */
export const BLOC_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];
const NO_BLOC = "#A0A0A0";
const EDGE_COLOUR = { aligned: "#3B3B3B", opposed: "#D55E00", mixed: "#8C8C8C" };
const DASH = { aligned: undefined, opposed: "7 5", mixed: "2 4" };

export function blocColour(index) {
  return index < 0 ? NO_BLOC : BLOC_COLOURS[index % BLOC_COLOURS.length];
}

/** A short label: the code of an organization with one (NATO, EU), else the name. */
function shortName(entity, id) {
  if (!entity) return id;
  if (entity.kind === "organization" && /^[A-Z][A-Z0-9_]{1,7}$/.test(id)) return id.replace(/_/g, " ");
  return entity.name;
}

function stanceOf(net) {
  return net > 0 ? "aligned" : net < 0 ? "opposed" : "mixed";
}

/**
 * The graph of an analysis: the actors of the relations the text does not deny, persons and
 * national bodies folded into what they act for, one edge a pair with its net stance (the sum
 * of max(|intensity|, 0.5) × polarity, as the core weighs blocs).
 */
export function graphModel(analysis, entities) {
  const blocOf = new Map();
  (analysis.blocs ?? []).forEach((members, index) => members.forEach((id) => blocOf.set(id, index)));
  const pairs = new Map();
  for (const relation of analysis.relations ?? []) {
    if (relation.negated) continue;
    const a = fold(entities, relation.source);
    const b = fold(entities, relation.target);
    if (a === b) continue;
    const [source, target] = a < b ? [a, b] : [b, a];
    const key = `${source}\u0000${target}`;
    const pair = pairs.get(key) ?? { source, target, net: 0, count: 0 };
    pair.net += Math.max(Math.abs(relation.intensity ?? 0), 0.5) * Math.sign(relation.polarity);
    pair.count += 1;
    pairs.set(key, pair);
  }
  const mentions = new Map();
  for (const mention of analysis.mentions ?? []) {
    const id = fold(entities, mention.entity);
    mentions.set(id, (mentions.get(id) ?? 0) + 1);
  }
  const ids = [...new Set([...pairs.values()].flatMap((pair) => [pair.source, pair.target]))].sort();
  const nodes = ids.map((id) => {
    const entity = entities.get(id);
    const count = mentions.get(id) ?? 0;
    return {
      id,
      entity,
      label: shortName(entity, id),
      flag: flagOf(entity),
      mentions: count,
      bloc: blocOf.get(id) ?? -1,
      r: 9 + 3.2 * Math.sqrt(count),
    };
  });
  const links = [...pairs.values()].map((pair) => ({ ...pair, stance: stanceOf(pair.net) }));
  return { nodes, links };
}

/** Ticks of a layout from scratch, and of one that starts where the last one left off. */
const FRESH_TICKS = 120;
const WARM_TICKS = 60;

/**
 * Runs the force layout to rest, synchronously; returns the simulation, stopped. Nodes start
 * where `positions` (id -> [x, y], from the last layout) had them, others near their bloc's
 * centre, so that the picture stays put while the reader types and settles in few ticks.
 */
function layout(model, positions, portrait) {
  const blocs = Math.max(...model.nodes.map((node) => node.bloc + 1), 0);
  // Blocs side by side in a wide drawing, one above the other in a narrow one.
  const [rx, ry] = portrait ? [110, 170] : [170, 110];
  const centre = (node) => {
    if (node.bloc < 0 || blocs < 2) return [0, 0];
    const angle = (2 * Math.PI * node.bloc) / blocs + (portrait ? Math.PI / 2 : 0);
    return [rx * Math.cos(angle), ry * Math.sin(angle)];
  };
  let known = 0;
  model.nodes.forEach((node, index) => {
    const last = positions.get(node.id);
    if (last) known += 1;
    // A sunflower spiral around the centre keeps new nodes apart without randomness.
    const [cx, cy] = centre(node);
    const angle = index * 2.39996;
    const radius = 12 * Math.sqrt(index + 0.5);
    [node.x, node.y] = last ?? [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
  });
  const warm = model.nodes.length > 0 && known >= model.nodes.length * 0.8;
  const ticks = warm ? WARM_TICKS : FRESH_TICKS;
  const simulation = forceSimulation(model.nodes)
    .alpha(warm ? 0.3 : 1)
    .alphaDecay(1 - Math.pow(0.001 / (warm ? 0.3 : 1), 1 / ticks))
    .force(
      "link",
      forceLink(model.links)
        .id((node) => node.id)
        .distance((link) => (link.stance === "aligned" ? 70 : 150))
        .strength((link) => (link.stance === "aligned" ? 0.6 : 0.15)),
    )
    .force("charge", forceManyBody().strength(-320))
    .force("collide", forceCollide((node) => node.r + 16))
    .force("x", forceX((node) => centre(node)[0]).strength(0.12))
    .force("y", forceY((node) => centre(node)[1]).strength(0.12))
    .stop();
  simulation.tick(ticks);
  for (const node of model.nodes) positions.set(node.id, [node.x, node.y]);
  return simulation;
}

function strokeWidth(net) {
  return Math.min(1.5 + 1.6 * Math.log2(1 + Math.abs(net)), 10).toFixed(1);
}

function nodeName(node) {
  return node.entity ? displayName(node.entity, node.id) : node.id;
}

/** Points the lines and nodes of `svg` at the current positions of the layout. */
function place(parts) {
  for (const { link, line } of parts.lines) {
    line.setAttribute("x1", link.source.x.toFixed(1));
    line.setAttribute("y1", link.source.y.toFixed(1));
    line.setAttribute("x2", link.target.x.toFixed(1));
    line.setAttribute("y2", link.target.y.toFixed(1));
  }
  for (const { node, group } of parts.groups) {
    group.setAttribute("transform", `translate(${node.x.toFixed(1)} ${node.y.toFixed(1)})`);
  }
}

/** The viewBox that holds every node with its label, at least 560 × 320 (360 × 440 narrow). */
function fit(nodes, portrait) {
  const [minWidth, minHeight] = portrait ? [360, 440] : [560, 320];
  if (nodes.length === 0) return [-minWidth / 2, -minHeight / 2, minWidth, minHeight];
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of nodes) {
    const half = Math.max(node.r, node.label.length * 3.6);
    x0 = Math.min(x0, node.x - half);
    x1 = Math.max(x1, node.x + half);
    y0 = Math.min(y0, node.y - node.r);
    y1 = Math.max(y1, node.y + node.r + 18);
  }
  const pad = 14;
  const width = Math.max(x1 - x0 + 2 * pad, minWidth);
  const height = Math.max(y1 - y0 + 2 * pad, minHeight);
  return [(x0 + x1) / 2 - width / 2, (y0 + y1) / 2 - height / 2, width, height];
}

/** The pointer's position in the coordinates of `svg`. */
function pointIn(svg, event) {
  const matrix = svg.getScreenCTM()?.inverse();
  if (!matrix) return null;
  const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix);
  return [point.x, point.y];
}

/**
 * Draws `model` into `svg` (replacing what it held) and makes the nodes draggable with the
 * pointer and movable with the arrow keys. `onSelect(id)` is called for a click (not a drag),
 * Enter or Space on a node. `positions` keeps each actor's place from one drawing to the next;
 * `portrait` lays the graph out for a narrow box. Returns a function that stops the simulation.
 */
export function renderGraph(svg, model, onSelect, { positions = new Map(), portrait = false } = {}) {
  const simulation = layout(model, positions, portrait);
  const lines = model.links.map((link) => {
    const verb = { aligned: "aligned", opposed: "opposed", mixed: "mixed (aligned and opposed cancel out)" }[link.stance];
    const line = svgEl(
      "line",
      {
        "data-role": "edge",
        "data-source": link.source.id,
        "data-target": link.target.id,
        "data-polarity": Math.sign(link.net),
        class: `ev-edge ev-${link.stance}`,
        stroke: EDGE_COLOUR[link.stance],
        "stroke-width": strokeWidth(link.net),
        "stroke-dasharray": DASH[link.stance],
        "stroke-linecap": "round",
      },
      svgEl(
        "title",
        {},
        `${nodeName(link.source)} – ${nodeName(link.target)}: ${verb}, net ${signed(link.net)} over ${link.count} relation${link.count === 1 ? "" : "s"}`,
      ),
    );
    return { link, line };
  });
  const groups = model.nodes.map((node) => {
    const bloc = node.bloc >= 0 ? `bloc ${node.bloc + 1}` : "no bloc";
    const description = `${nodeName(node)}, ${bloc}, ${node.mentions} mention${node.mentions === 1 ? "" : "s"}`;
    const group = svgEl(
      "g",
      {
        "data-role": "node",
        "data-entity": node.id,
        "data-bloc": node.bloc >= 0 ? node.bloc + 1 : undefined,
        class: "ev-node",
        tabindex: 0,
        role: "button",
        "aria-label": description,
      },
      svgEl("title", {}, description),
      svgEl("circle", { r: node.r.toFixed(1), fill: blocColour(node.bloc), stroke: "#FFFFFF", "stroke-width": 2 }),
      node.flag
        ? svgEl("text", { class: "ev-flag", "text-anchor": "middle", dy: "0.35em", "font-size": (node.r * 1.1).toFixed(1) }, node.flag)
        : null,
      svgEl(
        "text",
        {
          class: "ev-label",
          "text-anchor": "middle",
          y: (node.r + 13).toFixed(1),
          "font-size": 12,
          fill: "currentColor",
          stroke: "#FFFFFF",
          "stroke-width": 3,
          "paint-order": "stroke",
        },
        node.label,
      ),
    );
    return { node, group };
  });
  const parts = { lines, groups };
  place(parts);
  svg.setAttribute("viewBox", fit(model.nodes, portrait).map((v) => v.toFixed(1)).join(" "));
  svg.replaceChildren(
    svgEl("g", { class: "ev-edges" }, ...lines.map(({ line }) => line)),
    svgEl("g", { class: "ev-nodes" }, ...groups.map(({ group }) => group)),
  );
  const remember = () => {
    place(parts);
    for (const node of model.nodes) positions.set(node.id, [node.x, node.y]);
  };
  simulation.on("tick", remember);

  const nodeOf = new Map(groups.map(({ node, group }) => [group, node]));
  const pin = (node, x, y) => {
    node.fx = x;
    node.fy = y;
    simulation.alphaTarget(0.25).restart();
  };
  const release = (node) => {
    node.fx = null;
    node.fy = null;
    simulation.alphaTarget(0);
  };
  let drag = null;
  svg.onpointerdown = (event) => {
    const group = event.target.closest?.("[data-role=node]");
    const node = group && nodeOf.get(group);
    const at = node && pointIn(svg, event);
    if (!at) return;
    drag = { node, group, pointer: event.pointerId, from: at, offset: [node.x - at[0], node.y - at[1]], moved: false };
    group.setPointerCapture?.(event.pointerId);
  };
  svg.onpointermove = (event) => {
    if (!drag || event.pointerId !== drag.pointer) return;
    const at = pointIn(svg, event);
    if (!at) return;
    if (!drag.moved && Math.hypot(at[0] - drag.from[0], at[1] - drag.from[1]) < 3) return;
    drag.moved = true;
    drag.group.classList.add("ev-dragging");
    pin(drag.node, at[0] + drag.offset[0], at[1] + drag.offset[1]);
  };
  const end = (event) => {
    if (!drag || event.pointerId !== drag.pointer) return;
    const { node, group, moved } = drag;
    drag = null;
    group.classList.remove("ev-dragging");
    if (moved) {
      release(node);
      // The click that follows a drag is not a selection.
      group.addEventListener("click", (click) => click.stopPropagation(), { capture: true, once: true });
    }
  };
  svg.onpointerup = end;
  svg.onpointercancel = end;
  svg.onclick = (event) => {
    const group = event.target.closest?.("[data-role=node]");
    if (group && nodeOf.has(group)) onSelect(nodeOf.get(group).id);
  };
  const STEPS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
  svg.onkeydown = (event) => {
    const node = nodeOf.get(event.target);
    if (!node) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onSelect(node.id);
    } else if (event.key in STEPS) {
      event.preventDefault();
      const [dx, dy] = STEPS[event.key];
      const step = event.shiftKey ? 40 : 12;
      node.x += dx * step;
      node.y += dy * step;
      node.fx = node.x;
      node.fy = node.y;
      remember();
    }
  };
  return () => simulation.stop();
}

/** The legend under the graph. */
export function graphLegend(model) {
  const blocs = [...new Set(model.nodes.map((node) => node.bloc))].sort((a, b) => a - b);
  const swatch = (colour) => {
    const dot = el("span", { class: "ev-swatch" });
    dot.style.background = colour;
    return dot;
  };
  const line = (stance) =>
    el("span", { class: `ev-line-sample ev-${stance}`, "aria-hidden": "true" });
  return [
    ...blocs.map((bloc) => el("li", {}, swatch(blocColour(bloc)), bloc >= 0 ? `Bloc ${bloc + 1}` : "In no bloc")),
    el("li", {}, line("aligned"), "aligned"),
    el("li", {}, line("opposed"), "opposed"),
    el("li", { class: "ev-legend-note" }, "Size: mentions. Width: strength. Flags mark states. Drag a node to move it."),
  ];
}

/** The graph as two tables: the actors, and the pairs with their stance. */
export function graphTables(model, entities) {
  const caption = (text) => el("caption", {}, text);
  const head = (...names) => el("thead", {}, el("tr", {}, ...names.map((name) => el("th", { scope: "col" }, name))));
  const actors = el(
    "table",
    {},
    caption("Actors in the graph"),
    head("Actor", "Bloc", "Mentions"),
    el(
      "tbody",
      {},
      ...model.nodes.map((node) =>
        el("tr", {}, el("th", { scope: "row" }, nodeName(node)), el("td", {}, node.bloc >= 0 ? `Bloc ${node.bloc + 1}` : "none"), el("td", {}, String(node.mentions))),
      ),
    ),
  );
  // d3-force has replaced each end's id by its node.
  const name = (end) => displayName(entities.get(end.id ?? end), end.id ?? end);
  const pairs = el(
    "table",
    {},
    caption("Pairs of actors"),
    head("Actor", "Actor", "Stance", "Net", "Relations"),
    el(
      "tbody",
      {},
      ...model.links.map((link) =>
        el(
          "tr",
          {},
          el("td", {}, name(link.source)),
          el("td", {}, name(link.target)),
          el("td", {}, link.stance),
          el("td", {}, signed(link.net)),
          el("td", {}, String(link.count)),
        ),
      ),
    ),
  );
  return [actors, pairs];
}
