#!/usr/bin/env bash
# Runs everything CI runs: formatting, all tests (unit, snapshot, diagnostics corpus,
# real-browser end-to-end) and the wasm32 build of the compiler.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh

echo "test: cargo fmt --check"
cargo fmt --all -- --check

echo "test: cargo nextest run --workspace"
cargo nextest run --workspace --no-fail-fast

echo "test: doc tests"
cargo test --workspace --doc --quiet

echo "test: the compiler builds for wasm32-unknown-unknown (the browser compiler)"
cargo check -p dx-compiler --target wasm32-unknown-unknown --quiet

echo "test: all passed"
