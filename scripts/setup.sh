#!/usr/bin/env bash
# Installs what building and testing Entente needs, skipping whatever is already there.
#
#   bash scripts/setup.sh            the wasm32 target, wasm-pack, wasm-bindgen-cli, npm packages
#   bash scripts/setup.sh --browser  the same, plus Debian's chromium, chromium-driver and an
#                                    emoji font (fonts-noto-color-emoji)
#
# Every step prints one line. A run with everything present takes a few seconds: no step
# touches the network unless its tool is missing or at the wrong version.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"

browser=false
for arg in "$@"; do
  case "$arg" in
    --browser) browser=true ;;
    -h | --help)
      sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "setup: unknown argument '$arg' (expected --browser)" >&2
      exit 2
      ;;
  esac
done

say() { printf 'setup: %s\n' "$*"; }
fail() {
  printf 'setup: error: %s\n' "$*" >&2
  exit 1
}

command -v cargo >/dev/null || fail "cargo not found: install Rust with rustup (https://rustup.rs) first"
command -v rustup >/dev/null || fail "rustup not found: the wasm32 target is installed with rustup"
command -v node >/dev/null || fail "node not found: install Node.js 20 or later first"
command -v npm >/dev/null || fail "npm not found: it comes with Node.js"

# 1. The WebAssembly target of the active toolchain (rust-toolchain.toml, if any, decides which).
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rust target wasm32-unknown-unknown: present, skipped"
else
  say "rust target wasm32-unknown-unknown: installing (rustup target add)"
  rustup target add wasm32-unknown-unknown
fi

# rustfmt and clippy, for the checks of `npm test` (rustup's default profile has them).
missing_components=()
installed_components=$(rustup component list --installed)
for component in rustfmt clippy; do
  grep -q "^$component" <<<"$installed_components" || missing_components+=("$component")
done
if [ ${#missing_components[@]} -eq 0 ]; then
  say "rust components rustfmt and clippy: present, skipped"
else
  say "rust components ${missing_components[*]}: installing (rustup component add)"
  rustup component add "${missing_components[@]}"
fi

# 2. wasm-pack. The npm package of the same name downloads from GitHub, so build it with cargo.
if command -v wasm-pack >/dev/null; then
  say "wasm-pack: present ($(wasm-pack --version)), skipped"
else
  say "wasm-pack: installing with cargo install (about 2-3 minutes)"
  cargo install wasm-pack
fi

# 3. wasm-bindgen-cli at exactly the version of the wasm-bindgen crate in Cargo.lock; without
# it on PATH, wasm-pack silently compiles its own copy on every fresh cache.
lock_version() {
  [ -f Cargo.lock ] || return 0
  awk '
    /^\[\[package\]\]/ { name = ""; next }
    /^name = / { name = $3; gsub(/"/, "", name); next }
    /^version = / && name == "wasm-bindgen" { v = $3; gsub(/"/, "", v); print v; exit }
  ' Cargo.lock
}
[ -f Cargo.toml ] || fail "Cargo.toml not found in $(pwd)"
bindgen_version=$(lock_version)
if [ -z "$bindgen_version" ]; then
  say "Cargo.lock: no wasm-bindgen entry, generating the lock file (cargo generate-lockfile)"
  cargo generate-lockfile
  bindgen_version=$(lock_version)
  [ -n "$bindgen_version" ] || fail "Cargo.lock has no wasm-bindgen package: is it a dependency in Cargo.toml?"
fi
installed_bindgen=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$installed_bindgen" = "$bindgen_version" ]; then
  say "wasm-bindgen-cli $bindgen_version: present, skipped"
else
  say "wasm-bindgen-cli $bindgen_version: installing with cargo install (about 3-4 minutes; found '${installed_bindgen:-none}')"
  # No --locked: the crate's own lock file does not resolve on this registry.
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# 4. npm packages (playwright-core, binaryen's wasm-opt). npm records what it installed in
# node_modules/.package-lock.json; install again only when the lock or the manifest is newer.
if [ -f node_modules/.package-lock.json ] &&
  ! [ package.json -nt node_modules/.package-lock.json ] &&
  { ! [ -f package-lock.json ] || ! [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
  say "npm packages: present, skipped"
else
  say "npm packages: installing (npm install)"
  npm install --no-audit --no-fund --loglevel=error
  # npm may leave the marker older than a lock file it rewrote; the install is complete now.
  touch node_modules/.package-lock.json
fi

# 5. Headless Chromium and its driver, for wasm-pack's browser tests and the page tests.
if $browser; then
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "chromium and chromium-driver: present, skipped"
  else
    command -v apt-get >/dev/null || fail "apt-get not found: install chromium and chromedriver at /usr/bin by hand"
    say "chromium and chromium-driver: installing with apt-get (about a minute)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
    [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] ||
      fail "apt-get finished but /usr/bin/chromium or /usr/bin/chromedriver is still missing"
  fi
  # A colour emoji font, so that the graph's flags render in headless screenshots instead of
  # empty boxes (a reader's own browser brings its own).
  if [ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ]; then
    say "fonts-noto-color-emoji: present, skipped"
  else
    command -v apt-get >/dev/null || fail "apt-get not found: install an emoji font by hand"
    say "fonts-noto-color-emoji: installing with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq fonts-noto-color-emoji >/dev/null ||
      { apt-get update -qq && apt-get install -y -qq fonts-noto-color-emoji >/dev/null; } ||
      fail "could not install fonts-noto-color-emoji"
  fi
fi
