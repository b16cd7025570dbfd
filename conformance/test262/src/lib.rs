//! dx's test262 runner: runs the test262 directories inside dx's subset differentially against
//! node and keeps the pass-rate summary `conformance/test262.snap`. See `main.rs` for the
//! command and ARCHITECTURE.md (Tests) for the design.
//!
//! ```text
//! test262-dirs.txt ─▶ suite: find tests ─▶ skiplist ─▶ rewrite (harness → console.log) ─▶ dx compile
//!                                                                   node: run.mjs (JS and wasm) ◀─┘
//!                                      summary (.snap, diff) ◀─ judge ◀─┘
//! ```

pub mod frontmatter;
pub mod node;
pub mod rewrite;
pub mod skiplist;
pub mod suite;
pub mod summary;

use std::path::Path;
use std::process::Command;

/// The revision of the test262 checkout at `dir`: `<sha> (<commit date>)` for a git checkout,
/// the `version` of its `package.json` otherwise.
pub fn checkout_revision(dir: &Path) -> String {
    let git = |args: &[&str]| {
        Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    if let Some(sha) = git(&["rev-parse", "HEAD"]) {
        let date = git(&["log", "-1", "--format=%cs", "HEAD"]).unwrap_or_default();
        return format!("{sha} ({date})");
    }
    let version = std::fs::read_to_string(dir.join("package.json"))
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .and_then(|v| v["version"].as_str().map(String::from));
    match version {
        Some(v) => format!("package.json version {v} (not a git checkout)"),
        None => "unknown (not a git checkout, no package.json)".into(),
    }
}

/// Non-empty lines of a list file without `#` comments.
pub fn list_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}
