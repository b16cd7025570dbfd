#!/usr/bin/env bash
# Fresh-machine setup for dx. Idempotent: each step checks first and only
# installs what is missing, then says what it did.
#
#   - Rust target wasm32-unknown-unknown (rustup)
#   - Debian chromium + chromium-driver (browser tests drive them via WebDriver)
#   - cargo-nextest (the test runner CI uses)
set -euo pipefail

log() { printf 'setup: %s\n' "$*"; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    else
        sudo "$@"
    fi
}

ensure_wasm_target() {
    if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
        log "wasm32-unknown-unknown target already installed"
    else
        log "installing Rust target wasm32-unknown-unknown"
        rustup target add wasm32-unknown-unknown
    fi
}

ensure_chromium() {
    if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
        log "chromium and chromedriver already installed"
        return
    fi
    local packages=(chromium chromium-driver)
    log "installing ${packages[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    if ! as_root apt-get install -y --no-install-recommends "${packages[@]}"; then
        log "apt-get install failed; running apt-get update and retrying"
        as_root apt-get update
        as_root apt-get install -y --no-install-recommends "${packages[@]}"
    fi
    log "installed: $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium ?'), $(/usr/bin/chromedriver --version 2>/dev/null || echo 'chromedriver ?')"
}

ensure_nextest() {
    if cargo nextest --version >/dev/null 2>&1; then
        log "cargo-nextest already installed ($(cargo nextest --version 2>/dev/null | head -n1))"
    else
        log "installing cargo-nextest"
        cargo install cargo-nextest --locked
    fi
}

ensure_wasm_target
ensure_chromium
ensure_nextest
log "done"
