#!/usr/bin/env bash
# Fresh-machine setup for dx. Idempotent: each step checks first and only
# installs what is missing, then says what it did.
#
#   - Rust target wasm32-unknown-unknown (rustup)
#   - Debian chromium + chromium-driver (browser tests drive them via WebDriver)
#   - cargo-nextest (the test runner CI uses)
#   - wasm-bindgen-cli and trunk, pinned (they build the playground; versions must match
#     the workspace's wasm-bindgen crate and Rust 1.95)
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

# Pinned: the CLI must match the `wasm-bindgen = "=0.2.130"` crate exactly.
WASM_BINDGEN_VERSION=0.2.130
# 0.22 needs Rust >= 1.96.
TRUNK_VERSION=0.21.14

ensure_wasm_bindgen() {
    local have
    have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
    if [ "$have" = "$WASM_BINDGEN_VERSION" ]; then
        log "wasm-bindgen-cli $have already installed"
        return
    fi
    log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (found: ${have:-none})"
    # Not --locked: its lockfile pins a crate version the registry index lacks.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --no-default-features --force
}

ensure_trunk() {
    local have
    have=$(trunk --version 2>/dev/null | awk '{print $2}' || true)
    if [ "$have" = "$TRUNK_VERSION" ]; then
        log "trunk $have already installed"
        return
    fi
    log "installing trunk $TRUNK_VERSION (found: ${have:-none})"
    # Thin LTO off and more codegen units: the tool builds in about half the time.
    cargo install trunk --version "$TRUNK_VERSION" --locked --force \
        --config 'profile.release.lto=false' --config 'profile.release.codegen-units=16'
}

ensure_wasm_target
ensure_chromium
ensure_nextest
ensure_wasm_bindgen
ensure_trunk
log "done"
