//! Every example compiles to a valid module; templates and code are snapshotted so any
//! change to compiler output is a visible diff (`INSTA_UPDATE=always` or `cargo insta review` to bless).

use std::path::Path;

use dx_compiler::{Backend, Options, SourceFile, compile, dump};

/// Single-file examples (`examples/*.tsx|dx`) and app entries (`examples/*/app.tsx|dx`).
fn examples() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
    let is_source = |p: &Path| matches!(p.extension().and_then(|e| e.to_str()), Some("tsx" | "dx"));
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("examples dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            for app in ["app.tsx", "app.dx"] {
                if path.join(app).exists() {
                    files.push(path.join(app));
                }
            }
        } else if is_source(&path) {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// `examples/<dir>/app.tsx` → `<dir>/app.tsx`; `examples/x.tsx` → `x.tsx`.
fn example_name(path: &Path) -> String {
    let file = path.file_name().unwrap().to_string_lossy().to_string();
    match path.parent().and_then(|p| p.file_name()) {
        Some(dir) if dir != "examples" => format!("{}/{file}", dir.to_string_lossy()),
        _ => file,
    }
}

#[test]
fn every_example_compiles_to_a_valid_module_and_matches_its_snapshot() {
    let files = examples();
    assert!(files.len() >= 5, "examples missing: {files:?}");
    for path in files {
        let name = example_name(&path);
        let file = SourceFile::new(
            format!("examples/{name}"),
            std::fs::read_to_string(&path).unwrap(),
        );
        // Paths of imported files are relative to the repository root, like the entry's.
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let build = |backend| {
            let (files, result) = dx_compiler::compile_app(
                file.clone(),
                &mut |p| std::fs::read_to_string(root.join(p)).ok(),
                Options {
                    debug_names: true,
                    backend,
                    ..Options::default()
                },
            );
            let out = match result {
                Ok(out) => out,
                Err(diags) => panic!(
                    "{}",
                    diags
                        .iter()
                        .map(|d| d.render(&files[d.file_index()]))
                        .collect::<String>()
                ),
            };
            wasmparser::validate(&out.wasm).expect("valid wasm");
            out
        };
        let out = build(None);
        let snapshot = name.replace(['.', '/', '-'], "_");
        insta::assert_snapshot!(snapshot.clone(), dump(&out));
        // Every app gets Micro by default; the list apps keep a Macro snapshot too, so the op
        // buffer's list code stays a visible diff.
        if !out.plan.lists.is_empty() {
            let macro_ = build(Some(Backend::Macro));
            insta::assert_snapshot!(format!("{snapshot}_macro"), dump(&macro_));
        }
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
        // Both back-ends: each emits its own code for the same plan.
        for backend in [Backend::Micro, Backend::Macro] {
            let options = Options {
                backend: Some(backend),
                ..Options::default()
            };
            match compile(&file, options) {
                Ok(out) => wasmparser::validate(&out.wasm)
                    .unwrap_or_else(|e| panic!("{name} ({backend:?}): invalid wasm: {e}")),
                Err(diags) => panic!(
                    "{}",
                    diags.iter().map(|d| d.render(&file)).collect::<String>()
                ),
            };
        }
        count += 1;
    }
    assert!(count >= 1);
}

/// Apps of several files: imports are resolved relative to the importing file, and a
/// diagnostic points into the file it is about.
#[test]
fn multi_file_apps_link_and_report_errors_in_the_right_file() {
    use std::collections::HashMap;
    let compile_files = |files: &[(&str, &str)]| {
        let map: HashMap<String, String> = files
            .iter()
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .collect();
        let entry = SourceFile::new(files[0].0, files[0].1);
        dx_compiler::compile_app(entry, &mut |p| map.get(p).cloned(), Options::default())
    };
    let main = r#"import { Row } from "./row"; import { label } from "./lib/format";
export default function App() { return <Row text={label(2)} />; }"#;
    let row = "export function Row({ text }: { text: string }) { return <p>{text}</p>; }";
    let format = r##"export function label(n: number): string { return "#" + n; }"##;

    let (files, result) = compile_files(&[
        ("app/main.tsx", main),
        ("app/row.tsx", row),
        ("app/lib/format.ts", format),
    ]);
    let out = result.unwrap_or_else(|ds| {
        panic!(
            "{}",
            ds.iter()
                .map(|d| d.render(&files[d.file_index()]))
                .collect::<String>()
        )
    });
    wasmparser::validate(&out.wasm).unwrap();
    assert_eq!(
        files.iter().map(|f| f.path.as_str()).collect::<Vec<_>>(),
        ["app/main.tsx", "app/row.tsx", "app/lib/format.ts"]
    );

    let broken_row = "export function Row({ text }: { text: string }) {\n  return <p>{txt}</p>;\n}";
    let (files, result) = compile_files(&[
        ("app/main.tsx", main),
        ("app/row.tsx", broken_row),
        ("app/lib/format.ts", format),
    ]);
    let d = &result.unwrap_err()[0];
    assert_eq!(d.code.info().id, "DX0201");
    assert_eq!(d.location(&files[d.file_index()]), "app/row.tsx:2:14");

    let (_, result) = compile_files(&[("app/main.tsx", main), ("app/row.tsx", row)]);
    let d = &result.unwrap_err()[0];
    assert_eq!((d.code.info().id, d.file_index()), ("DX0003", 0));

    let private_row = "function Row({ text }: { text: string }) { return <p>{text}</p>; }";
    let (_, result) = compile_files(&[
        ("app/main.tsx", main),
        ("app/row.tsx", private_row),
        ("app/lib/format.ts", format),
    ]);
    let d = &result.unwrap_err()[0];
    assert_eq!(d.code.info().id, "DX0104");
    assert!(d.message.contains("does not export `Row`"), "{}", d.message);
}

/// The same source always compiles to the same bytes (the playground's worker output is
/// compared byte for byte with the native compiler's). Regression: handler snapshot locals
/// were assigned in HashMap order, so effects.tsx had four different native outputs.
#[test]
fn output_is_deterministic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut sources: Vec<_> = ["examples", "tests/fixtures"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(root.join(dir)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("tsx" | "dx")))
        .collect();
    sources.sort();
    assert!(sources.len() >= 10);
    for path in sources {
        let file = SourceFile::new(
            path.display().to_string(),
            std::fs::read_to_string(&path).unwrap(),
        );
        let first = compile(&file, Options::default()).expect("compiles").wasm;
        for _ in 0..32 {
            assert!(
                compile(&file, Options::default()).expect("compiles").wasm == first,
                "{} compiles differently",
                path.display()
            );
        }
    }
}
