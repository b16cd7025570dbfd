#!/usr/bin/env bash
# The main job: build the dx CLI, compile every example with `dx build`, and serve them
# all from one local server (http://127.0.0.1:${PORT:-8080}/).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh

cargo build --release -p dx-cli --quiet
dx=target/release/dx
out=target/dx-examples
rm -rf "$out"
mkdir -p "$out"

links=""
for entry in examples/*.tsx examples/*.dx; do
    name=$(basename "$entry" | tr '.' '-')
    echo "== dx build $entry"
    "$dx" build "$entry" --out "$out/$name"
    links="$links<li><a href=\"$name/\">$(basename "$entry")</a></li>"
done

cat > "$out/index.html" <<HTML
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dx examples</title>
<style>body{font:16px system-ui,sans-serif;margin:2rem auto;max-width:40rem}li{margin:.3rem 0}</style></head>
<body><h1>dx examples</h1><p>Each example is a component compiled by <code>dx build</code> to HTIP templates + WebAssembly.</p>
<ul>$links</ul></body></html>
HTML

exec "$dx" serve "$out" --port "${PORT:-8080}"
