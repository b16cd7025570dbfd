#!/usr/bin/env bash
# The main job: build the playground (the dx compiler running in the browser) and serve it at
# http://127.0.0.1:${PORT:-8080}/ (the embed mode is /?embed). Every example (examples/*.tsx|dx
# and the apps examples/<dir>/app.tsx|dx, after `npm ci` where an app has a package.json) is
# also built with `dx build` and served under /examples/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh

echo "== trunk build --release (playground -> dist/)"
# Trunk.toml runs cargo offline (trunk must never download tools), so fetch the crates first.
cargo fetch --quiet
trunk build --release

cargo build --release -p dx-cli --quiet
dx="${CARGO_TARGET_DIR:-target}/release/dx"
out=dist/examples
mkdir -p "$out"

links=""
installed=""
entries=(examples/*.tsx examples/*.dx)
for dir in examples/*/; do
    for file in app.tsx app.dx; do
        if [ -f "$dir$file" ]; then entries+=("$dir$file"); fi
    done
done
# examples/counter.tsx -> counter-tsx/, examples/todomvc/app.dx -> todomvc-app-dx/
for entry in "${entries[@]}"; do
    label=${entry#examples/}
    name=$(echo "$label" | tr './' '--')
    app_dir=$(dirname "$entry")
    # An app's index.html template may link files from npm packages (node_modules/…).
    if [ "$app_dir" != examples ] && [ -f "$app_dir/package.json" ] && [[ " $installed " != *" $app_dir "* ]]; then
        echo "== npm ci ($app_dir)"
        (cd "$app_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
        installed="$installed $app_dir"
    fi
    echo "== dx build $entry"
    "$dx" build "$entry" --out "$out/$name"
    links="$links<li><a href=\"$name/\">$label</a></li>"
done

cat > "$out/index.html" <<HTML
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dx examples</title>
<style>body{font:16px system-ui,sans-serif;margin:2rem auto;max-width:40rem}li{margin:.3rem 0}</style></head>
<body><h1>dx examples</h1><p>Each example is a component compiled by <code>dx build</code> to HTIP templates + WebAssembly.
The <a href="../">playground</a> compiles them in your browser.</p>
<ul>$links</ul></body></html>
HTML

echo "== the playground: http://127.0.0.1:${PORT:-8080}/  (embed mode: /?embed, built examples: /examples/)"
exec "$dx" serve dist --port "${PORT:-8080}"
