#!/usr/bin/env bash
# Fuzzes the core with cargo-fuzz (libFuzzer): any input, never a panic, and every analysis
# keeps the `entente/1` contract (`entente::output::check_invariants`).
#
#   bash scripts/fuzz.sh              runs for 30 minutes on one core
#   bash scripts/fuzz.sh 600          runs for 600 seconds
#   bash scripts/fuzz.sh 600 -jobs=2  extra arguments go to libFuzzer
#
# Installs cargo-fuzz when it is missing. cargo-fuzz needs nightly compiler flags
# (-Zsanitizer); RUSTC_BOOTSTRAP=1 lets the stable toolchain accept them. New inputs go to
# fuzz/corpus/analyze (kept out of git), the seeds are fuzz/seeds; a crash is written to
# fuzz/artifacts/analyze/ and reproduced with
#   RUSTC_BOOTSTRAP=1 cargo fuzz run analyze fuzz/artifacts/analyze/crash-...
# Add each finding as a regression row in tests/hostile.rs.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"

seconds=${1:-1800}
shift || true

if ! command -v cargo-fuzz > /dev/null; then
  echo "fuzz: installing cargo-fuzz"
  cargo install --locked cargo-fuzz
fi

mkdir -p fuzz/corpus/analyze
# -max_len: articles, not megabytes; -rss_limit_mb: a leak or blow-up fails the run.
RUSTC_BOOTSTRAP=1 exec cargo fuzz run analyze fuzz/corpus/analyze fuzz/seeds -- \
  -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=2048 -timeout=10 "$@"
