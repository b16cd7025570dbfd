//! Every example compiles to a valid module; templates and code are snapshotted so any
//! change to compiler output is a visible diff (`INSTA_UPDATE=always` or `cargo insta review` to bless).

use std::path::Path;

use dx_compiler::{Options, SourceFile, compile, dump};

fn examples() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("examples dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("tsx" | "dx")))
        .collect();
    files.sort();
    files
}

#[test]
fn every_example_compiles_to_a_valid_module_and_matches_its_snapshot() {
    let files = examples();
    assert!(files.len() >= 5, "examples missing: {files:?}");
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let file = SourceFile::new(
            format!("examples/{name}"),
            std::fs::read_to_string(&path).unwrap(),
        );
        let out = match compile(
            &file,
            Options {
                debug_names: true,
                ..Options::default()
            },
        ) {
            Ok(out) => out,
            Err(diags) => panic!(
                "{}",
                diags.iter().map(|d| d.render(&file)).collect::<String>()
            ),
        };
        wasmparser::validate(&out.wasm).expect("valid wasm");
        insta::assert_snapshot!(name.replace('.', "_"), dump(&out));
    }
}

/// Valid programs that once failed to compile (each file says which bug it guards).
#[test]
fn regression_programs_compile() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/valid");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/valid") {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let file = SourceFile::new(
            format!("tests/valid/{name}"),
            std::fs::read_to_string(&path).unwrap(),
        );
        match compile(&file, Options::default()) {
            Ok(out) => wasmparser::validate(&out.wasm).expect("valid wasm"),
            Err(diags) => panic!(
                "{}",
                diags.iter().map(|d| d.render(&file)).collect::<String>()
            ),
        };
        count += 1;
    }
    assert!(count >= 1);
}
