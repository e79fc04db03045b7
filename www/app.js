// The demo page: one <entente-view editable>, preloaded with our sample article. The page's
// state (body[data-state]) follows the element's, for tests and for anyone driving the page.
// The element comes from its own script tag; properties set before it is defined carry over.
import { SAMPLE } from "./sample.js";

const view = document.querySelector("entente-view");
const mirror = () => {
  document.body.dataset.state = view.dataset.state ?? "loading";
};
new MutationObserver(mirror).observe(view, { attributes: true, attributeFilter: ["data-state"] });
view.sample = SAMPLE;
view.text = SAMPLE;
mirror();
