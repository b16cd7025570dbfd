//! Differential tests against real JavaScript: every program in `tests/differential/<category>/`
//! is compiled by dx to wasm and run under node, and also run by node as plain JavaScript
//! (types stripped with oxc's transformer). The outputs must match line for line.
//!
//! `differential.snap` records passed/total per category; a regression is a visible diff.
//! Regenerate it with `BLESS=1` (the test still fails on any mismatch).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use dx_compiler::{Options, SourceFile, compile};

#[path = "differential/node.rs"]
mod node;
use node::node_wasm_flags;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/differential")
}

/// `category/name.ts` files, sorted.
fn programs() -> Vec<(String, String, PathBuf)> {
    let mut out = Vec::new();
    for category in std::fs::read_dir(corpus()).expect("corpus dir") {
        let category = category.unwrap().path();
        if !category.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&category).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "ts") {
                let cat = category.file_name().unwrap().to_string_lossy().to_string();
                let name = path.file_stem().unwrap().to_string_lossy().to_string();
                out.push((cat, name, path));
            }
        }
    }
    out.sort();
    out
}

/// The program as JavaScript: TypeScript syntax removed by oxc, nothing else changed.
fn strip_types(path: &Path, source: &str) -> Result<String, String> {
    let allocator = oxc_allocator::Allocator::default();
    let parsed = oxc_parser::Parser::new(&allocator, source, oxc_span::SourceType::ts()).parse();
    if !parsed.diagnostics.errors().collect::<Vec<_>>().is_empty() {
        return Err("oxc could not parse it".into());
    }
    let mut program = parsed.program;
    let scoping = oxc_semantic::SemanticBuilder::new()
        .build(&program)
        .semantic
        .into_scoping();
    let options = oxc_transformer::TransformOptions::default();
    let ret = oxc_transformer::Transformer::new(&allocator, path, &options)
        .build_with_scoping(scoping, &mut program);
    if ret.diagnostics.has_errors() {
        return Err("oxc could not strip its types".into());
    }
    Ok(oxc_codegen::Codegen::new().build(&program).code)
}

#[test]
fn dx_agrees_with_node_on_every_program() {
    let programs = programs();
    assert!(!programs.is_empty());
    let dir = std::env::temp_dir().join(format!("dx-differential-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("host.js"), dx_runtime::host_js()).unwrap();

    let mut failures = Vec::new();
    let mut compiled = Vec::new();
    for (category, name, path) in &programs {
        let id = format!("{category}__{name}");
        let source = std::fs::read_to_string(path).unwrap();
        let file = SourceFile::new(format!("{category}/{name}.ts"), source.clone());
        match compile(
            &file,
            Options {
                nullable_refs_only: true,
                ..Options::default()
            },
        ) {
            Ok(out) => std::fs::write(dir.join(format!("{id}.wasm")), out.wasm).unwrap(),
            Err(diags) => {
                failures.push(format!(
                    "{category}/{name}: dx cannot compile it:\n{}",
                    diags.iter().map(|d| d.render(&file)).collect::<String>()
                ));
                continue;
            }
        }
        match strip_types(path, &source) {
            Ok(js) => std::fs::write(dir.join(format!("{id}.mjs")), js).unwrap(),
            Err(e) => {
                failures.push(format!("{category}/{name}: {e}"));
                continue;
            }
        }
        compiled.push((category.clone(), name.clone(), id));
    }

    let output = Command::new("node")
        .args(node_wasm_flags())
        .arg(corpus().join("run.mjs"))
        .arg(&dir)
        .output()
        .expect("node must be installed (scripts/setup.sh checks it)");
    assert!(
        output.status.success(),
        "runner failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let results: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("runner prints JSON");

    let mut summary: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (category, _, _) in &programs {
        summary.entry(category.clone()).or_default().1 += 1;
    }
    for (category, name, id) in &compiled {
        let r = &results[id.as_str()];
        if r["js"] == r["wasm"] {
            summary.get_mut(category).unwrap().0 += 1;
        } else {
            failures.push(format!(
                "{category}/{name}:\n  node: {}\n  dx:   {}",
                r["js"], r["wasm"]
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);

    let mut snap = String::from(
        "# DO NOT EDIT: written by `BLESS=1 cargo test -p dx-compiler --test differential`\n# dx vs node, per category: programs whose output matches / programs\n",
    );
    let (mut pass, mut total) = (0, 0);
    for (category, (p, t)) in &summary {
        snap.push_str(&format!("{category}: {p}/{t}\n"));
        pass += p;
        total += t;
    }
    snap.push_str(&format!("total: {pass}/{total}\n"));
    let snap_path = corpus().join("../differential.snap");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&snap_path, &snap).unwrap();
    } else {
        let committed = std::fs::read_to_string(&snap_path).unwrap_or_default();
        assert_eq!(
            committed, snap,
            "differential.snap is stale: rerun with BLESS=1"
        );
    }
    assert!(
        failures.is_empty(),
        "{} of {total} programs differ:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
