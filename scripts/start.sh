#!/usr/bin/env bash
# `npm start`: installs what is missing, builds the wasm package and the page's bundled
# d3-force (www/vendor/), serves the page on PORT (8080).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

bash scripts/setup.sh
bash scripts/build-wasm.sh
node scripts/build-dist.mjs --vendor
exec node scripts/serve.mjs
