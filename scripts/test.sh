#!/usr/bin/env bash
# Runs everything CI runs: formatting, all tests (unit, snapshot, diagnostics corpus,
# real-browser end-to-end, the playground in Chromium) and the wasm32 build of the compiler.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh

echo "test: cargo fmt --check"
cargo fmt --all -- --check

# Built once here; tests/tests/playground.rs serves this dist/ for every playground test.
echo "test: build the playground (trunk build --release -> dist/)"
# Trunk.toml runs cargo offline (trunk must never download tools), so fetch the crates first.
cargo fetch --quiet
trunk build --release

echo "test: npm ci in app examples that have a package.json (their page templates link its files)"
for dir in examples/*/; do
    if [ -f "$dir/package.json" ]; then
        (cd "$dir" && npm ci --no-audit --no-fund --silent)
    fi
done

echo "test: cargo nextest run --workspace"
cargo nextest run --workspace --no-fail-fast

echo "test: React corpus: every component built with React 19 and with dx, driven alike in Chromium, DOM compared step by step; the result must equal conformance/react/corpus.snap"
scripts/react-corpus.sh
echo "test: the corpus runner's self-test (one sample per outcome, normalisation checks in Chromium)"
(cd conformance/react/runner && DX="$(pwd)/../../../target/debug/dx" node run.mjs --self-test)

echo "test: doc tests"
cargo test --workspace --doc --quiet

echo "test: the compiler builds for wasm32-unknown-unknown (the browser compiler)"
cargo check -p dx-compiler --target wasm32-unknown-unknown --quiet

echo "test: playground figures (sizes, load to first preview, compile time; fails over the size budget)"
cargo run --quiet -p dx-tests --bin playground-metrics

echo "test: all passed"
