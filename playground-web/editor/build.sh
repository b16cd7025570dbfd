#!/usr/bin/env bash
# Bundles CodeMirror 6 (src/editor.js + npm packages) into one classic script, editor.js.
# Run by trunk's pre-build hook (Trunk.toml) with TRUNK_STAGING_DIR set: the bundle goes straight
# into the staging dir, so `dist/` gets it. Without trunk it writes dist/editor.js here.
# Installs the pinned packages (package-lock.json) only when node_modules is missing or stale.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x node_modules/.bin/esbuild ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "editor: npm ci"
    npm ci --no-audit --no-fund --loglevel=error
fi

out="${TRUNK_STAGING_DIR:-dist}/editor.js"
mkdir -p "$(dirname "$out")"
node_modules/.bin/esbuild src/editor.js --bundle --minify --format=iife --target=es2020 \
    --legal-comments=none --log-level=warning --outfile="$out"
echo "editor: wrote $out ($(wc -c <"$out") bytes)"
