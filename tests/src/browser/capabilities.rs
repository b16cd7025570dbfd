//! The new-session request: which browser binary, its flags, and session settings.

use std::path::Path;

use serde_json::{Value, json};

/// Chromium flags for tests: headless, sandbox off (containers), and nothing
/// that talks to the network or updates itself in the background.
/// `--user-data-dir` is added per session.
pub const CHROMIUM_ARGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// Page-load and script timeouts inside the browser, in milliseconds.
const BROWSER_TIMEOUT_MS: u64 = 30_000;

/// The body of `POST /session` for `chromium` with a fresh `profile` directory.
pub fn new_session(chromium: &Path, profile: &Path) -> Value {
    let mut args: Vec<String> = CHROMIUM_ARGS.iter().map(|arg| (*arg).to_owned()).collect();
    args.push(format!("--user-data-dir={}", profile.display()));
    json!({
        "capabilities": {
            "alwaysMatch": {
                "goog:chromeOptions": {
                    "binary": chromium.to_string_lossy(),
                    "args": args,
                },
                "goog:loggingPrefs": { "browser": "ALL" },
                "timeouts": { "implicit": 0, "pageLoad": BROWSER_TIMEOUT_MS, "script": BROWSER_TIMEOUT_MS },
            }
        }
    })
}
