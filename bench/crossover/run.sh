#!/usr/bin/env bash
# The Micro vs Macro crossover benchmark: synthetic apps with K DOM edits per click, built with
# both back-ends, timed in Debian's headless Chromium; writes bench/results/crossover.{json,md}
# (the figures Backend::choose in compiler-wasm/src/emit/mod.rs is checked against).
#
#   bench/crossover/run.sh                 full run (5 rounds, K = 1 … 4096; about 4 min on 2 cores)
#   bench/crossover/run.sh --smoke         1 round, K = 1 and 256; results under bench/crossover/dist/
#   bench/crossover/run.sh --rounds=3 --ks=1,64,4096 --cases=text,list --out=/tmp/x
#
# Not part of scripts/test.sh: it is a benchmark, not a test.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "crossover: node (>= 20) and npm are required" >&2
    exit 1
fi
# Debian's Chromium comes from scripts/setup.sh; no browser is ever downloaded.
if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM:-}" ]; then
    scripts/setup.sh
fi

echo "crossover: npm ci (bench/crossover)"
(cd bench/crossover && npm ci --no-audit --no-fund --loglevel=error)
echo "crossover: cargo build --release -p dx-cli"
cargo build --release -p dx-cli --quiet

exec node bench/crossover/run.mjs "$@"
