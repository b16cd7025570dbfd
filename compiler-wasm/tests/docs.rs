//! Generated documentation stays in sync with its source of truth.
//! Run with `BLESS=1` to rewrite the files instead of failing.

use std::path::Path;

/// `docs/errors.md` is rendered from the diagnostics catalogue.
#[test]
fn errors_md_matches_the_catalogue() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/errors.md");
    let want = dx_compiler::diagnostics::errors_markdown();
    if std::env::var_os("BLESS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/errors.md is stale; regenerate it with `BLESS=1 cargo test -p dx-compiler --test docs`"
    );
}

/// `docs/support.md` is rendered from the built-in table.
#[test]
fn support_md_matches_the_builtin_table() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/support.md");
    let want = format!(
        "<!-- DO NOT EDIT: generated from compiler-wasm/src/support.rs and compiler-wasm/src/builtins.rs; regenerate with `BLESS=1 cargo test -p dx-compiler --test docs` -->\n# What dx supports\n\nThe tables below are the compiler's own: a test compiles every syntax example, and every built-in is exactly the JavaScript operation (checked against node by the differential tests in `compiler-wasm/tests/differential/`). The language is described in [dx-syntax.md](dx-syntax.md); anything outside these tables is a coded diagnostic ([errors.md](errors.md)).\n\n{}\n## Built-ins\n\n{}",
        dx_compiler::support::support_markdown(),
        dx_compiler::builtins::support_markdown()
    );
    if std::env::var_os("BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/support.md is stale; regenerate it with `BLESS=1 cargo test -p dx-compiler --test docs`"
    );
}

/// The support matrix claims nothing the compiler rejects: every syntax example compiles.
#[test]
fn every_syntax_example_compiles() {
    for row in dx_compiler::support::SYNTAX {
        let file = dx_compiler::SourceFile::new(row.file, row.example);
        if let Err(diags) = dx_compiler::compile(&file, dx_compiler::Options::default()) {
            panic!(
                "support row `{}` does not compile:\n{}",
                row.construct,
                diags.iter().map(|d| d.render(&file)).collect::<String>()
            );
        }
    }
}
