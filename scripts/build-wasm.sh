#!/usr/bin/env bash
# Builds the WebAssembly package into pkg/ (pkg/entente.js, pkg/entente_bg.wasm) in release,
# optimised with the wasm-opt of the npm package `binaryen` (Debian's wasm-opt writes broken
# modules). Skipped when pkg/entente_bg.wasm is newer than every input; --force rebuilds.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# node_modules/.bin first, so that wasm-pack finds the npm wasm-opt before any other.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

force=false
case "${1:-}" in
  --force) force=true ;;
  "") ;;
  *)
    echo "build-wasm: unknown argument '$1' (expected --force)" >&2
    exit 2
    ;;
esac

inputs=(src data build.rs Cargo.toml Cargo.lock scripts/build-wasm.sh scripts/patch-glue.mjs)
wasm=pkg/entente_bg.wasm

up_to_date() {
  [ -f "$wasm" ] && [ -f pkg/entente.js ] || return 1
  local existing=() path
  for path in "${inputs[@]}"; do
    [ -e "$path" ] && existing+=("$path")
  done
  [ -z "$(find "${existing[@]}" -newer "$wasm" -print -quit)" ]
}

if ! $force && up_to_date; then
  echo "build-wasm: $wasm is newer than ${inputs[*]}: skipped"
  exit 0
fi

opt=$(command -v wasm-opt || true)
if [ "$opt" != "$PWD/node_modules/.bin/wasm-opt" ]; then
  echo "build-wasm: error: wasm-opt should come from node_modules/.bin (found '${opt:-none}'); run: bash scripts/setup.sh" >&2
  exit 1
fi

echo "build-wasm: wasm-pack build --release --target web (wasm-opt from npm binaryen)"
start=$EPOCHREALTIME
# The release profile is tuned for native speed (opt-level 3). The download uses opt-level 2:
# 17% fewer instructions an article in Node than "s" for 13 KB more gzip (275 KiB, under the
# 300 KB budget); 3 would add 11 KB more for no further gain (see ARCHITECTURE.md).
# The dependencies (serde_json, wasm-bindgen, js-sys, web-sys), off the analysis's hot path,
# are built for size: 10.6 KB less gzip, no measurable cost an article (see ARCHITECTURE.md).
CARGO_PROFILE_RELEASE_OPT_LEVEL="${ENTENTE_WASM_OPT_LEVEL:-2}" wasm-pack build --release --target web --out-dir pkg \
  -- --config 'profile.release.package."*".opt-level="z"'

# init must not read the globals Response and Request for bytes: in Node that loads fetch.
node scripts/patch-glue.mjs pkg/entente.js
seconds=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
raw=$(wc -c <"$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
echo "build-wasm: built $wasm in ${seconds} s: $((raw / 1024)) KiB, $((gz / 1024)) KiB gzipped"
