#!/usr/bin/env bash
# `npm test`: installs what is missing (with the browser), then runs every check. A failing
# check does not stop the others; the summary at the end lists each with its result and time,
# and the exit status is non-zero when any failed.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

names=()
results=()
times=()

elapsed() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }

# step NAME COMMAND...: runs one check, recording whether it passed and how long it took.
step() {
  local name=$1
  shift
  printf '\n==> %s\n' "$name"
  local start=$EPOCHREALTIME
  if "$@"; then results+=(pass); else results+=(FAIL); fi
  names+=("$name")
  times+=("$(elapsed "$start")")
}

# skip NAME REASON: records a check that could not run; it counts as failed.
skip() {
  printf '\n==> %s\nnot run: %s\n' "$1" "$2"
  names+=("$1")
  results+=("not run")
  times+=("0.0")
}

printf '==> set-up (scripts/setup.sh --browser)\n'
setup_start=$EPOCHREALTIME
bash scripts/setup.sh --browser
setup_status=$?
setup_time=$(elapsed "$setup_start")
printf 'set-up took %s s\n' "$setup_time"
if [ "$setup_status" -ne 0 ]; then
  printf '\nset-up failed (exit %s): no check was run\n0 passed, 1 failed\n' "$setup_status"
  exit 1
fi

step "cargo fmt --check" cargo fmt --check
step "cargo clippy (native)" cargo clippy --all-targets -- -D warnings
step "cargo clippy (wasm32)" cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
step "cargo test" cargo test
step "wasm-pack test --node" wasm-pack test --node
step "wasm-pack test --headless --chrome" wasm-pack test --headless --chrome
step "build wasm package" bash scripts/build-wasm.sh
if [ "${results[-1]}" = pass ]; then
  step "page tests (node --test tests/page/)" node --test tests/page/
else
  skip "page tests (node --test tests/page/)" "the wasm package did not build"
fi

passed=0
failed=0
printf '\n%-40s %-8s %8s\n' "step" "result" "time"
printf '%-40s %-8s %8s\n' "set-up (not counted)" "done" "${setup_time} s"
for i in "${!names[@]}"; do
  printf '%-40s %-8s %8s\n' "${names[$i]}" "${results[$i]}" "${times[$i]} s"
  if [ "${results[$i]}" = pass ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
printf '\n%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
