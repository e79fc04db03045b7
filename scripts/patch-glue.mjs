// Patches wasm-bindgen's glue (pkg/entente.js) after scripts/build-wasm.sh builds it: `init`
// asks whether its argument is a `Response` or a `Request` before anything else. In Node the
// first mention of either global loads Node's fetch implementation, about 45 ms, which was
// most of `init` (node scripts/bench-startup.mjs). Bytes and a compiled module need neither:
// they are recognised first and those globals are never touched. In a browser nothing changes.
// Fails when the glue no longer reads as expected (wasm-bindgen is pinned in Cargo.toml).
// Usage: node scripts/patch-glue.mjs pkg/entente.js
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2];
let js = readFileSync(file, "utf8");
const MARK = "function isBytesOrModule(";
if (js.includes(MARK)) process.exit(0);

const edits = [
  [
    "async function __wbg_load(module, imports) {",
    "// Added by scripts/patch-glue.mjs: bytes and modules are told apart before the globals\n" +
      "// Response and Request are read (reading either loads Node's fetch, about 45 ms).\n" +
      `${MARK}x) {\n` +
      "    return x instanceof WebAssembly.Module || x instanceof ArrayBuffer || ArrayBuffer.isView(x);\n" +
      "}\n\n" +
      "async function __wbg_load(module, imports) {",
  ],
  [
    "if (typeof Response === 'function' && module instanceof Response) {",
    "if (!isBytesOrModule(module) && typeof Response === 'function' && module instanceof Response) {",
  ],
  [
    "(typeof Request === 'function' && module_or_path instanceof Request)",
    "(!isBytesOrModule(module_or_path) && typeof Request === 'function' && module_or_path instanceof Request)",
  ],
];
for (const [from, to] of edits) {
  const at = js.indexOf(from);
  if (at < 0 || js.indexOf(from, at + 1) >= 0) {
    console.error(`patch-glue: ${file}: expected exactly one '${from}'`);
    process.exit(1);
  }
  js = js.replace(from, to);
}
writeFileSync(file, js);
