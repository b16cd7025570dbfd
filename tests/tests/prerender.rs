//! `dx build` puts the app's first frame into the page as HTML (dx-ssr runs the start-up
//! natively). The promise that makes this safe: once the app has started, the live DOM equals
//! that HTML, on both back-ends, so swapping one for the other shows nothing.

use std::path::Path;

use dx_compiler::Backend;
use dx_tests::TempDir;
use dx_tests::apps::{TestResult, WAIT, open_with};
use dx_tests::browser::Browser;

/// A description of a tree that ignores how the HTML spells it: adjacent text merged, empty
/// text dropped, attributes sorted, and form controls compared by their `value`/`checked`
/// properties (the live DOM sets properties, the HTML carries attributes).
const DESCRIBE: &str = r#"
const describe = (root) => {
  root.normalize();
  const walk = (n) => {
    if (n.nodeType === 3) return JSON.stringify(n.data);
    if (n.nodeType === 8) return "<!---->";
    let s = "<" + n.localName;
    const attrs = [...n.attributes].filter((a) => a.name !== "value" && a.name !== "checked");
    for (const a of attrs.sort((x, y) => (x.name < y.name ? -1 : 1))) s += " " + a.name + "=" + JSON.stringify(a.value);
    if (n.localName === "input" || n.localName === "textarea") s += " .value=" + JSON.stringify(n.value) + " .checked=" + n.checked;
    s += ">";
    for (const c of n.childNodes) s += walk(c);
    return s + "</" + n.localName + ">";
  };
  return [...root.childNodes].map(walk).join("");
};
"#;

fn example(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples")
        .join(path)
}

#[test]
fn the_live_dom_equals_the_prerendered_html() -> TestResult {
    for entry in [
        "counter.tsx",
        "counter.dx",
        "input.tsx",
        "toggle.tsx",
        "toggle.dx",
        "js-framework-benchmark/app.tsx",
        "todomvc/app.tsx",
        "todomvc/app.dx",
        // Lists inside list rows, and rows of several roots.
        "fixtures/nested_lists.tsx",
        "fixtures/fragment_rows.tsx",
        "fixtures/recursive_tree.tsx",
    ] {
        let path = match entry.strip_prefix("fixtures/") {
            Some(fixture) => example("../tests/fixtures").join(fixture),
            None => example(entry),
        };
        let html = dx_cli::build::first_frame(&path)?;
        assert!(!html.is_empty(), "{entry}: empty first frame");
        for backend in [Backend::Micro, Backend::Macro] {
            let app = open_with(entry, Some(backend))?;
            let page = app.browser.execute(
                &format!(
                    "{DESCRIBE} const t = document.createElement('template'); t.innerHTML = arguments[0]; \
                     return [describe(t.content), describe(document.getElementById('app').cloneNode(true))];"
                ),
                vec![serde_json::Value::String(html.clone())],
            )?;
            assert_eq!(
                page[0], page[1],
                "{entry} on {backend:?}: prerendered (left) vs live DOM (right)"
            );
        }
    }
    Ok(())
}

#[test]
fn the_first_frame_shows_without_the_wasm() -> TestResult {
    let dir = TempDir::new("dx-prerender")?;
    let report =
        dx_cli::build::build_app(&example("counter.tsx"), dir.path()).map_err(|e| e.to_string())?;
    assert!(
        matches!(report.prerender, dx_cli::build::Prerender::Html(n) if n > 0),
        "{:?}",
        report.prerender
    );
    // No wasm: the app cannot start, and the page still shows its first frame.
    std::fs::remove_file(dir.path().join("app.wasm"))?;
    let (addr, _server) = dx_server_lite::spawn_background(dir.path().to_owned(), 0)?;
    let browser = Browser::launch()?;
    browser.goto(&format!("http://{addr}/"))?;
    browser.wait_until_text("#count", "Count: 0", WAIT)?;
    let buttons = browser.execute(
        "return document.querySelectorAll('#app button').length",
        vec![],
    )?;
    assert_eq!(buttons, serde_json::json!(2));
    Ok(())
}

#[test]
fn prerendering_can_be_turned_off() -> TestResult {
    let dir = TempDir::new("dx-prerender-off")?;
    let options = dx_cli::build::BuildOptions {
        backend: None,
        prerender: false,
    };
    let report = dx_cli::build::build_app_opts(&example("counter.tsx"), dir.path(), options)
        .map_err(|e| e.to_string())?;
    assert_eq!(report.prerender, dx_cli::build::Prerender::Off);
    let page = std::fs::read_to_string(dir.path().join("index.html"))?;
    assert!(page.contains("<div id=\"app\"></div>"), "{page}");
    Ok(())
}
