// The Web Worker that analyses long texts off the main thread: { id, text, options } in,
// { id, analysis } or { id, error } out.
import init, { analyze } from "../../pkg/entente.js";

const ready = init();

self.onmessage = async ({ data }) => {
  const { id, text, options } = data;
  try {
    await ready;
    const started = performance.now();
    const analysis = analyze(text, options);
    self.postMessage({ id, analysis, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
