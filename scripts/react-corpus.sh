#!/usr/bin/env bash
# The React corpus: builds every component of a corpus with React 19 and with `dx build`, runs
# both in Debian's headless Chromium step by step and compares the pages (see
# conformance/react/README.md).
#
#   scripts/react-corpus.sh                      the default corpus, compared with conformance/react/corpus.snap
#   scripts/react-corpus.sh --write              ... and rewrite the snapshot (bless the change)
#   scripts/react-corpus.sh --filter counter     only the components whose name contains "counter" (no snapshot)
#   scripts/react-corpus.sh path/to/dir [--json out.json] [--jobs N]   any other corpus: summary only
#   --verbose: each component's steps and last DOM; --keep: keep the built pages (path printed)
#
# DX=path/to/dx uses that binary instead of building target/debug/dx. Exit status: 0, 1 when
# the default corpus differs from the snapshot, 2 when the runner itself failed.
set -euo pipefail
caller="$(pwd)"
cd "$(dirname "$0")/.."
root="$(pwd)"
runner="$root/conformance/react/runner"
corpus="$root/conformance/react/corpus"
snapshot="$root/conformance/react/corpus.snap"

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; }

dir=""
write=0
filter=""
args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --write) write=1 ;;
        --verbose | --keep) args+=("$1") ;;
        --filter | --jobs | --json)
            if [ $# -lt 2 ]; then
                echo "react-corpus: $1 needs a value" >&2
                exit 2
            fi
            [ "$1" = --filter ] && filter="$2"
            value="$2"
            # --json names a file relative to where the script was called from.
            [ "$1" = --json ] && case "$value" in /*) ;; *) value="$caller/$value" ;; esac
            args+=("$1" "$value")
            shift
            ;;
        -h | --help)
            usage
            exit 0
            ;;
        -*)
            echo "react-corpus: unknown option $1" >&2
            usage >&2
            exit 2
            ;;
        *)
            if [ -n "$dir" ]; then
                echo "react-corpus: one corpus directory at a time" >&2
                exit 2
            fi
            case "$1" in /*) dir="$1" ;; *) dir="$caller/$1" ;; esac
            ;;
    esac
    shift
done
dir="${dir:-$corpus}"
if [ ! -d "$dir" ]; then
    echo "react-corpus: $dir is not a directory" >&2
    exit 2
fi
dir="$(cd "$dir" && pwd)"

# The snapshot gates the default corpus only, and only a whole run can be compared with it.
if [ "$dir" = "$corpus" ] && [ -z "$filter" ]; then
    args+=(--snapshot "$snapshot")
    [ "$write" = 1 ] && args+=(--write)
elif [ "$write" = 1 ]; then
    echo "react-corpus: --write rewrites conformance/react/corpus.snap: run it on the whole default corpus, without --filter" >&2
    exit 2
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "react-corpus: node (>= 20) and npm are required" >&2
    exit 2
fi
# Debian's Chromium comes from scripts/setup.sh; no browser is ever downloaded.
if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM:-}" ]; then
    scripts/setup.sh
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -f "$runner/node_modules/.package-lock.json" ] || [ "$runner/package-lock.json" -nt "$runner/node_modules/.package-lock.json" ]; then
    echo "react-corpus: npm ci (conformance/react/runner)"
    (cd "$runner" && npm ci --no-audit --no-fund --silent)
fi

if [ -z "${DX:-}" ]; then
    echo "react-corpus: cargo build -p dx-cli"
    cargo build -p dx-cli --quiet
    export DX="$root/target/debug/dx"
fi

exec node "$runner/run.mjs" "$dir" "${args[@]}"
