// Small DOM helpers shared by the view's parts. Text always goes in as text nodes.

const SVG_NS = "http://www.w3.org/2000/svg";

function fill(node, attributes, children) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
  }
  node.append(...children.filter((child) => child !== undefined && child !== null && child !== false));
  return node;
}

/** An HTML element with attributes and children; string children become text nodes. */
export function el(tag, attributes = {}, ...children) {
  return fill(document.createElement(tag), attributes, children);
}

/** An SVG element, the same way. */
export function svgEl(tag, attributes = {}, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attributes, children);
}

/** The flag emoji the core gives a state, or "". */
export function flagOf(entity) {
  return entity?.kind === "country" && typeof entity.flag === "string" ? entity.flag : "";
}

/** An actor's name with its flag, for lists and tables; unknown ids show as themselves. */
export function displayName(entity, id) {
  if (!entity) return id;
  const flag = flagOf(entity);
  return flag ? `${flag} ${entity.name}` : entity.name;
}

/** One line a fact: the canonical name, the kind, the role and what it acts for. */
export function describe(entity, entities) {
  const lines = [displayName(entity, entity.id), `${entity.kind} · ${entity.id}`];
  if (entity.role) lines.push(entity.role);
  for (const [label, ref] of [["for", entity.affiliation], ["in", entity.country]]) {
    if (ref) lines.push(`${label} ${entities.get(ref)?.name ?? ref}`);
  }
  return lines.join("\n");
}

/** An actor as a button coloured by kind; a click on it selects the actor. */
export function actorButton(entities, id) {
  const entity = entities.get(id);
  return el(
    "button",
    {
      type: "button",
      class: "ev-actor",
      "data-entity": id,
      "data-kind": entity?.kind,
      title: entity ? describe(entity, entities) : id,
    },
    displayName(entity, id),
  );
}

/**
 * The actor an entity stands for in the alliance picture, as the core folds it for blocs:
 * persons and national bodies into their affiliation, when the document lists it.
 */
export function fold(entities, id) {
  let at = id;
  for (let step = 0; step < 4; step += 1) {
    const next = entities.get(at)?.affiliation;
    if (!next || next === at || !entities.has(next)) break;
    at = next;
  }
  return at;
}

/** A number with its sign and one decimal: +3.5, −4.0. */
export function signed(value) {
  if (typeof value !== "number" || !Number.isFinite(value)) return "";
  return `${value > 0 ? "+" : value < 0 ? "−" : "±"}${Math.abs(value).toFixed(1)}`;
}

/** Offers `text` as a file download named `name`. */
export function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start reading the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
