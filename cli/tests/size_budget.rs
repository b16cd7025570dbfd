//! Size budgets: every file `dx build` writes for an app, each compressed alone with brotli
//! -q 11 as the size table measures it. Bytes, not time, so the check is deterministic: a
//! change that grows an app past its budget fails here and prints the size table.

use std::path::Path;

use dx_cli::build::{build_app_with, size_table};
use dx_compiler::Backend;

/// The budget: the Micro build of the counter, page (with the prerendered first frame
/// and the tiny host inline) and wasm together, in at most 1 KB of brotli.
#[test]
fn the_micro_counter_ships_in_at_most_1_kb_of_brotli() {
    let out = std::env::temp_dir().join(format!("dx-size-budget-{}", std::process::id()));
    let entry = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/counter.tsx");
    let report =
        build_app_with(&entry, &out, Some(Backend::Micro)).unwrap_or_else(|e| panic!("{e}"));
    let _ = std::fs::remove_dir_all(&out);
    let total: usize = report.artifacts.iter().map(|a| a.sizes.brotli).sum();
    assert!(
        total <= 1024,
        "the Micro counter ships {total} B brotli, over its 1024 B budget:\n{}",
        size_table(&report)
    );
}
