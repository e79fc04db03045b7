// Where an analysis runs: on the main thread for short texts (a paste shows its graph in the
// same frame), in a Web Worker for texts over 200 KB or texts the main thread would take long
// over, so that typing never waits for the core.
import init, { analyze } from "../../pkg/entente.js";

/** Texts longer than this (in UTF-16 code units) always go to the worker. */
export const WORKER_THRESHOLD = 200 * 1024;
/** A main-thread analysis expected to take longer than this goes to the worker too. */
const MAIN_THREAD_BUDGET_MS = 50;

let core;
/**
 * Loads the wasm core once for every view on the page, then, when the page is idle, runs one
 * empty analysis: the core builds its knowledge base and the engine compiles the code on the
 * first analysis (about 100 ms), so a reader's first paste does not wait for either.
 */
export function loadCore() {
  core ??= init().then((exports) => {
    const warm = () => {
      try {
        analyze("", {});
      } catch {
        // The first real analysis reports any error of the core.
      }
    };
    if (typeof requestIdleCallback === "function") requestIdleCallback(warm, { timeout: 2000 });
    else setTimeout(warm, 0);
    return exports;
  });
  return core;
}

export class Analyzer {
  #worker = null;
  #workerFailed = false;
  #pending = new Map();
  #next = 0;
  /** Milliseconds per code unit, from the last main-thread analysis of a text of some length. */
  #rate = 0;
  /** The first analysis also builds the core's knowledge base: too slow to judge by. */
  #warm = false;

  /** "worker" or "main": where `text` would be analysed. */
  engineFor(text) {
    if (this.#workerFailed || typeof Worker === "undefined") return "main";
    if (text.length > WORKER_THRESHOLD) return "worker";
    return this.#rate * text.length > MAIN_THREAD_BUDGET_MS ? "worker" : "main";
  }

  /**
   * Analyses `text`; resolves to { analysis, engine, ms } or rejects with the core's error.
   * On the main thread the work is done before this returns (the promise is already settled).
   */
  analyze(text, options) {
    if (this.engineFor(text) === "worker") return this.#inWorker(text, options);
    try {
      const started = performance.now();
      const analysis = analyze(text, options);
      const ms = performance.now() - started;
      if (this.#warm && text.length >= 1000) this.#rate = ms / text.length;
      this.#warm = true;
      return Promise.resolve({ analysis, engine: "main", ms });
    } catch (error) {
      return Promise.reject(error);
    }
  }

  #inWorker(text, options) {
    if (!this.#worker) {
      try {
        // A worker must come from the page's origin; an element loaded from elsewhere falls
        // back to the main thread.
        this.#worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
      } catch {
        this.#workerFailed = true;
        return this.analyze(text, options);
      }
      this.#worker.onmessage = ({ data }) => {
        const waiting = this.#pending.get(data.id);
        this.#pending.delete(data.id);
        if (!waiting) return;
        if ("error" in data) waiting.reject(new Error(data.error));
        else waiting.resolve({ analysis: data.analysis, engine: "worker", ms: data.ms });
      };
      this.#worker.onerror = (event) => {
        event.preventDefault();
        this.#workerFailed = true;
        const waiting = [...this.#pending.values()];
        this.#pending.clear();
        for (const { text: queued, options: queuedOptions, resolve, reject } of waiting) {
          this.analyze(queued, queuedOptions).then(resolve, reject);
        }
      };
    }
    const id = (this.#next += 1);
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { text, options, resolve, reject });
      this.#worker.postMessage({ id, text, options });
    });
  }
}
