#!/usr/bin/env bash
# The side-by-side keyed table benchmark (js-framework-benchmark DOM contract): vanilla JS,
# SolidJS, Svelte 5, Leptos and dx (.tsx and .dx, once examples/js-framework-benchmark/ exists)
# in Debian's headless Chromium. Installs what it needs, builds every app, measures, writes
# bench/results/table.{json,md,svg} and prints the markdown table.
#
#   bench/run.sh                        full run (10 measured runs per operation; < 20 min)
#   BENCH_SMOKE=1 bench/run.sh          1 run, vanilla + Solid + dx (.tsx); results under bench/table/dist/
#   bench/run.sh --iterations=5 --frameworks=vanilla,solid --ops=01_run1k,04_select1k
#
# Not part of scripts/test.sh: it is a benchmark, not a test (see bench/table/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "bench: node (>= 20) and npm are required" >&2
    exit 1
fi

# Chromium, the wasm32 target and the pinned wasm-bindgen-cli (Leptos) come from scripts/setup.sh;
# run it only when one of them is missing, so a warm machine starts measuring at once.
if [ ! -x /usr/bin/chromium ] \
    || ! rustup target list --installed | grep -qx wasm32-unknown-unknown \
    || [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "0.2.130" ]; then
    scripts/setup.sh
fi

echo "bench: npm ci (bench/table)"
(cd bench/table && npm ci --no-audit --no-fund --loglevel=error)

exec node bench/table/run.mjs "$@"
