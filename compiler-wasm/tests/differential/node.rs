//! Running dx's wasm under node, shared by the differential test (`tests/differential.rs`) and
//! the test262 runner (`conformance/test262`), which include this file with `#[path]`.

use std::process::Command;

/// Node 20's V8 still gates typed function references (`(ref extern)`, the result type of the
/// string builtins) behind a flag; newer versions have them on and no flag.
pub fn node_wasm_flags() -> Vec<&'static str> {
    let options = Command::new("node")
        .arg("--v8-options")
        .output()
        .map(|o| o.stdout)
        .unwrap_or_default();
    let options = String::from_utf8_lossy(&options);
    ["--experimental-wasm-typed-funcref"]
        .into_iter()
        .filter(|f| options.contains(&f[2..]))
        .collect()
}
