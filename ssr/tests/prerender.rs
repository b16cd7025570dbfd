//! The first frame of real examples, rendered natively (the browser side of the promise, that
//! the live DOM equals this HTML, is `tests/tests/prerender.rs`).

use std::path::Path;

use dx_compiler::{Backend, Options, SourceFile, compile_app};

fn prerender(entry: &str) -> Result<String, dx_ssr::PrerenderError> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let path = root.join(entry);
    let file = SourceFile::new(entry, std::fs::read_to_string(&path).unwrap());
    let options = Options {
        backend: Some(Backend::Macro),
        nullable_refs_only: true,
        ..Options::default()
    };
    let (_, out) = compile_app(
        file,
        &mut |p| std::fs::read_to_string(root.join(p)).ok(),
        options,
    );
    let out = out.expect("compiles");
    dx_ssr::prerender(&out.templates, &out.wasm)
}

#[test]
fn counter_shows_its_initial_count() {
    let html = prerender("examples/counter.tsx").unwrap();
    assert!(html.contains(">0<") || html.contains(" 0<"), "{html}");
    assert!(html.starts_with('<'), "{html}");
    insta::assert_snapshot!("counter_tsx", html);
}

#[test]
fn every_example_prerenders() {
    for entry in [
        "examples/counter.tsx",
        "examples/counter.dx",
        "examples/input.tsx",
        "examples/toggle.tsx",
        "examples/toggle.dx",
        "examples/js-framework-benchmark/app.tsx",
        "examples/js-framework-benchmark/app.dx",
        "examples/todomvc/app.tsx",
        "examples/todomvc/app.dx",
    ] {
        let html = prerender(entry).unwrap_or_else(|e| panic!("{entry}: {e}"));
        insta::assert_snapshot!(entry.replace(['/', '.'], "_"), html);
    }
}

#[test]
fn numbers_print_as_javascript_prints_them() {
    for (n, s) in [
        (0.0, "0"),
        (-0.0, "0"),
        (1.5, "1.5"),
        (0.1 + 0.2, "0.30000000000000004"),
        (1e21, "1e+21"),
        (1.5e-7, "1.5e-7"),
        (123456789012345680000.0, "123456789012345680000"),
        (f64::NAN, "NaN"),
        (f64::NEG_INFINITY, "-Infinity"),
    ] {
        assert_eq!(dx_ssr::js_number_string(n), s, "{n}");
    }
}
