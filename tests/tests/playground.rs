//! The playground (`trunk build --release` → `dist/`), served by server-lite and driven in real
//! headless Chromium: editing, the live preview, diagnostics, share links, examples, embed mode,
//! a phone-sized viewport, and the in-browser compiler's output against the native compiler's.
//!
//! `scripts/test.sh` builds `dist/` once before the tests; `DX_PLAYGROUND_DIST` points elsewhere.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use dx_tests::browser::Browser;
use serde_json::{Value, json};

const WAIT: Duration = Duration::from_secs(20);

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn dist() -> PathBuf {
    let dir = std::env::var_os("DX_PLAYGROUND_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("dist"));
    assert!(
        dir.join("index.html").is_file() && dir.join("dx-compiler-web_loader.js").is_file(),
        "no built playground in {}: run `trunk build --release` at the repository root first \
         (scripts/test.sh does)",
        dir.display()
    );
    dir
}

/// The playground served on 127.0.0.1 and open in a fresh browser.
struct Playground {
    browser: Browser,
    base: String,
    _server: dx_server_lite::ServerHandle,
}

impl Playground {
    fn open(query_and_fragment: &str) -> Result<Playground, Box<dyn std::error::Error>> {
        let (addr, server) = dx_server_lite::spawn_background(dist(), 0)?;
        let browser = Browser::launch()?;
        let base = format!("http://{addr}/");
        browser.goto(&format!("{base}{query_and_fragment}"))?;
        Ok(Playground {
            browser,
            base,
            _server: server,
        })
    }

    /// The playground with the text of `counter.tsx` replaced by `source`.
    fn with_counter_source(source: &str) -> Result<Playground, Box<dyn std::error::Error>> {
        let pg = Playground::open("")?;
        pg.wait_status("compiled")?;
        pg.browser.execute(
            "window.dxPlayground.setFile('counter.tsx', arguments[0]); return 0;",
            vec![json!(source)],
        )?;
        Ok(pg)
    }

    /// Waits until the preview shows `expected` in `css`, then returns to the page.
    fn wait_preview_text(&self, css: &str, expected: &str) -> TestResult {
        let deadline = Instant::now() + WAIT;
        loop {
            // Each compile loads a fresh frame document: look again until it shows the text.
            self.browser.enter_frame("#preview")?;
            let text = self
                .browser
                .find(css)
                .and_then(|e| e.text())
                .unwrap_or_default();
            self.browser.leave_frames()?;
            if text == expected {
                return Ok(());
            }
            if Instant::now() > deadline {
                let status = self.browser.find("#status")?.text()?;
                let console = self.browser.execute(
                    "return document.getElementById('console')?.innerText ?? ''",
                    vec![],
                )?;
                return Err(format!(
                    "preview `{css}` shows {text:?}, not {expected:?}; status: {status}; console: {console}"
                )
                .into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Clicks `css` inside the preview.
    fn click_in_preview(&self, css: &str) -> TestResult {
        self.browser.enter_frame("#preview")?;
        let clicked = self.browser.find(css).and_then(|e| e.click());
        self.browser.leave_frames()?;
        Ok(clicked?)
    }

    /// Chooses example `name` in the menu and waits until a fresh compile of `entry` has
    /// started in the preview.
    fn choose_example(&self, name: &str, entry: &str) -> TestResult {
        let compiles = self.compile_count()?;
        self.browser
            .find(&format!("#examples option[value=\"{name}\"]"))?
            .click()?;
        let deadline = Instant::now() + WAIT;
        loop {
            let status = self.browser.find("#status")?.text()?;
            if self.compile_count()? > compiles
                && status.starts_with(&format!("compiled {entry} "))
                && status.contains("app started")
            {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(
                    format!("{name} did not start in the preview; status: {status}").into(),
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// How many compiles the page has received answers to.
    fn compile_count(&self) -> Result<usize, Box<dyn std::error::Error>> {
        let n = self.browser.execute(
            "return window.dxPlayground.metrics().compileMs.length",
            vec![],
        )?;
        Ok(n.as_u64().unwrap_or_default() as usize)
    }

    fn files(&self) -> Result<Value, Box<dyn std::error::Error>> {
        Ok(self
            .browser
            .execute("return window.dxPlayground.files()", vec![])?)
    }

    /// Waits for the status line to start with `prefix`.
    fn wait_status(&self, prefix: &str) -> TestResult {
        let deadline = Instant::now() + WAIT;
        loop {
            // Before the page has mounted there is no status line yet.
            let status = self
                .browser
                .find("#status")
                .and_then(|e| e.text())
                .unwrap_or_default();
            if status.starts_with(prefix) {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!("status is {status:?}, expected {prefix:?}…").into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Text of the output panel after clicking its tab.
    fn panel(&self, tab: &str) -> Result<String, Box<dyn std::error::Error>> {
        self.browser.find(&format!("#tab-{tab}"))?.click()?;
        Ok(self.browser.find(".panel")?.text()?)
    }
}

const RIGHT: &str = "\u{E014}";
const DELETE: &str = "\u{E017}";
const HOME: &str = "\u{E011}";
const END: &str = "\u{E010}";

/// Puts the caret at the start of the text of editor line `line` (1-based).
fn caret_to_line(pg: &Playground, line: usize) -> TestResult {
    let lines = pg.browser.find_all(".cm-content .cm-line")?;
    lines[line - 1].click()?;
    pg.browser.find(".cm-content")?.send_keys(HOME)?;
    Ok(())
}

#[test]
fn editing_the_counter_updates_the_preview_and_the_preview_keeps_state() -> TestResult {
    let pg = Playground::open("")?;
    pg.wait_preview_text("#count", "Count: 0")?;
    // Line 7 is `      <p id="count">Count: {count}</p>`: retype its label in the editor.
    assert_eq!(
        pg.browser.find_all(".cm-content .cm-line")?[6]
            .text()?
            .trim(),
        "<p id=\"count\">Count: {count}</p>"
    );
    caret_to_line(&pg, 7)?;
    let content = pg.browser.find(".cm-content")?;
    content.send_keys(&RIGHT.repeat("<p id=\"count\">".len()))?;
    content.send_keys(&DELETE.repeat("Count".len()))?;
    content.send_keys("Clicks")?;
    pg.wait_preview_text("#count", "Clicks: 0")?;
    assert!(
        pg.files()?[0][1]
            .as_str()
            .unwrap()
            .contains("<p id=\"count\">Clicks: {count}</p>")
    );
    pg.click_in_preview("#inc")?;
    pg.click_in_preview("#inc")?;
    pg.wait_preview_text("#count", "Clicks: 2")?;
    assert!(pg.panel("templates")?.contains("Clicks: "));
    assert!(pg.panel("wasm")?.contains("(module"));
    let build = pg.panel("build")?;
    // The back-end the compiler chose and why, as `dx build` prints them.
    assert!(build.contains("Micro"), "{build}");
    assert!(build.contains("crossover"), "{build}");
    Ok(())
}

#[test]
fn a_syntax_error_is_reported_at_its_line_and_fixing_it_recovers() -> TestResult {
    let pg = Playground::open("")?;
    pg.wait_preview_text("#count", "Count: 0")?;
    // Line 4: `  const [count, setCount] = useState(0);` — add a stray `)`.
    caret_to_line(&pg, 4)?;
    let content = pg.browser.find(".cm-content")?;
    content.send_keys(END)?;
    content.send_keys(" )")?;
    pg.wait_status("1 error")?;
    let problems = pg.panel("problems")?;
    assert!(problems.contains("counter.tsx:4:"), "{problems}");
    assert!(problems.contains("DX0001"), "{problems}");
    // The squiggle is on line 4 of the editor.
    let squiggle_line = pg.browser.execute(
        "const lines = [...document.querySelectorAll('.cm-content .cm-line')]; \
         return lines.findIndex((l) => l.querySelector('.cm-lintRange-error')) + 1;",
        vec![],
    )?;
    assert_eq!(squiggle_line, json!(4));
    // The last good version keeps running meanwhile; fixing the error compiles again.
    pg.wait_preview_text("#count", "Count: 0")?;
    caret_to_line(&pg, 4)?;
    content.send_keys(END)?;
    content.send_keys("\u{E003}\u{E003}")?; // backspace twice
    pg.wait_status("compiled")?;
    assert!(pg.panel("problems")?.contains("No problems."));
    Ok(())
}

#[test]
fn a_share_link_restores_every_file_in_a_fresh_browser() -> TestResult {
    let pg = Playground::open("")?;
    pg.wait_status("compiled")?;
    let entry = "import { useState } from \"dx\";\n\nexport default function App() {\n  const [n, setN] = useState(0);\n  return <button id=\"b\" onClick={() => setN(n + 1)}>héllo ✓ «{n}» #&amp;</button>;\n}\n";
    pg.browser.execute(
        "window.dxPlayground.setFile('counter.tsx', arguments[0]); \
         window.dxPlayground.addFile('notes.dx', arguments[1]); return 0;",
        vec![json!(entry), json!("// a second file\n\tkept exactly  \n")],
    )?;
    pg.wait_preview_text("#b", "héllo ✓ «0» #&")?;
    let files = pg.files()?;
    pg.browser.find("#share")?.click()?;
    let link = pg
        .browser
        .wait_for("#share-link", WAIT)?
        .prop("value")?
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        link.starts_with(&pg.base) && link.contains("#code=v1."),
        "{link}"
    );

    let fresh = Browser::launch()?;
    fresh.goto(&link)?;
    let deadline = Instant::now() + WAIT;
    let restored = loop {
        let restored = fresh.execute("return window.dxPlayground?.files() ?? null", vec![])?;
        if !restored.is_null() || Instant::now() > deadline {
            break restored;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(restored, files);
    assert_eq!(
        restored,
        json!([
            ["counter.tsx", entry],
            ["notes.dx", "// a second file\n\tkept exactly  \n"]
        ])
    );
    assert_eq!(
        fresh.execute("return window.dxPlayground.entry()", vec![])?,
        json!("counter.tsx")
    );
    Ok(())
}

#[test]
fn every_example_loads_from_the_menu_and_runs() -> TestResult {
    let pg = Playground::open("")?;
    pg.wait_status("compiled")?;
    let menu = pg.browser.execute(
        "return [...document.querySelectorAll('#examples option')].map((o) => o.value).filter(Boolean)",
        vec![],
    )?;
    let examples = examples();
    let names: Vec<&str> = examples.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(menu, json!(names), "the menu lists every example and app");
    for example in &examples {
        let name = &example.name;
        pg.choose_example(name, &example.entry)?;
        pg.browser.enter_frame("#preview")?;
        let mounted = pg.browser.execute(
            "const app = document.getElementById('app'); return !!app && app.childNodes.length > 0;",
            vec![],
        )?;
        pg.browser.leave_frames()?;
        assert_eq!(mounted, json!(true), "{name} did not mount in the preview");
        // Every file of the example in a tab, the entry first and open in the editor.
        let tabs: Vec<Value> = pg
            .files()?
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f[0].clone())
            .collect();
        assert_eq!(
            tabs,
            example.files.iter().map(|f| json!(f)).collect::<Vec<_>>(),
            "{name}"
        );
        assert_eq!(
            pg.browser.find(".file.active .file-name")?.text()?,
            example.entry
        );
        let console = pg.panel("console")?;
        assert!(!console.contains("Error"), "{name}: {console}");
    }
    // An app of several files runs in the preview: the benchmark table builds 1,000 rows.
    pg.choose_example("js-framework-benchmark/app.tsx", "app.tsx")?;
    pg.click_in_preview("#run")?;
    let deadline = Instant::now() + WAIT;
    loop {
        pg.browser.enter_frame("#preview")?;
        let rows = pg.browser.execute(
            "return document.querySelectorAll('tbody tr').length",
            vec![],
        )?;
        pg.browser.leave_frames()?;
        if rows == json!(1000) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the benchmark app shows {rows} rows"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(())
}

/// The sandboxed preview has an opaque origin, where `localStorage` throws: the preview page
/// gives apps one in memory, so TodoMVC-style persistence runs in the playground.
#[test]
fn local_storage_works_in_the_sandboxed_preview() -> TestResult {
    let pg = Playground::with_counter_source(
        "import { useState } from \"dx\";\n\nexport default function App() {\n  const [note, setNote] = useState(localStorage.getItem(\"note\") ?? \"none\");\n  return <button id=\"b\" onClick={() => { localStorage.setItem(\"note\", \"kept\"); setNote(localStorage.getItem(\"note\") ?? \"lost\"); }}>{note}</button>;\n}\n",
    )?;
    pg.wait_preview_text("#b", "none")?;
    pg.click_in_preview("#b")?;
    pg.wait_preview_text("#b", "kept")?;
    assert!(!pg.panel("console")?.contains("Error"));
    Ok(())
}

#[test]
fn console_output_and_runtime_errors_reach_the_console_panel() -> TestResult {
    let pg = Playground::with_counter_source(
        "import { useState } from \"dx\";\n\nexport default function App() {\n  const [n, setN] = useState(0);\n  return <button id=\"b\" onClick={() => { setN(n + 1); console.log(\"clicked\", n + 1); }}>{n}</button>;\n}\n",
    )?;
    pg.wait_preview_text("#b", "0")?;
    pg.click_in_preview("#b")?;
    pg.wait_preview_text("#b", "1")?;
    let deadline = Instant::now() + WAIT;
    loop {
        let console = pg.panel("console")?;
        if console.contains("clicked 1") {
            break;
        }
        assert!(Instant::now() < deadline, "console shows {console:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(())
}

#[test]
fn a_runtime_error_names_the_wasm_function_it_happened_in() -> TestResult {
    let pg = Playground::with_counter_source(
        "import { useState } from \"dx\";\n\nfunction deeper(n: number): number {\n  return deeper(n + 1) + 1;\n}\n\nexport default function App() {\n  const [n, setN] = useState(0);\n  return <button id=\"b\" onClick={() => setN(deeper(n))}>{n}</button>;\n}\n",
    )?;
    pg.wait_preview_text("#b", "0")?;
    pg.click_in_preview("#b")?;
    let deadline = Instant::now() + WAIT;
    loop {
        let console = pg.panel("console")?;
        if console.contains("at app.wasm: ") {
            assert!(console.contains("deeper (function "), "{console}");
            assert!(console.contains(" at byte 0x"), "{console}");
            break;
        }
        assert!(Instant::now() < deadline, "console shows {console:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(())
}

#[test]
fn sizes_are_measured_like_dx_build_and_the_module_printed() -> TestResult {
    let pg = Playground::open("")?;
    pg.wait_preview_text("#count", "Count: 0")?;
    let dir = dx_tests::TempDir::new("dx-pg-sizes")?;
    // The playground does not prerender (no interpreter in the browser compiler): it measures
    // what `dx build --prerender off` writes, and says so.
    let options = dx_cli::build::BuildOptions {
        backend: None,
        prerender: false,
    };
    let report =
        dx_cli::build::build_app_opts(&repo().join("examples/counter.tsx"), dir.path(), options)
            .map_err(|e| e.to_string())?;
    pg.browser.find("#tab-sizes")?.click()?;
    let deadline = Instant::now() + WAIT;
    let rows = loop {
        let rows = pg.browser.execute(
            "return [...document.querySelectorAll('#sizes tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent));",
            vec![],
        )?;
        let measured = rows
            .as_array()
            .is_some_and(|r| !r.is_empty() && !rows.to_string().contains('…'));
        if measured || Instant::now() > deadline {
            break rows;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let expected: Vec<Value> = report
        .artifacts
        .iter()
        .map(|a| {
            json!([
                a.name,
                format!("{} B", a.sizes.raw),
                format!("{} B", a.sizes.gzip),
                format!("{} B", a.sizes.brotli)
            ])
        })
        .collect();
    assert_eq!(rows, json!(expected));
    // The same worker prints the Wasm tab's text, with the handlers' names.
    pg.browser.find("#tab-wasm")?.click()?;
    let deadline = Instant::now() + WAIT;
    let text = loop {
        let text = pg.browser.find("#wasm-text")?.text()?;
        if text.starts_with("(module") || Instant::now() > deadline {
            break text;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(
        text.starts_with("(module"),
        "{}",
        &text[..text.len().min(200)]
    );
    assert!(text.contains("Counter"), "no function names in the text");
    Ok(())
}

#[test]
fn embed_mode_runs_on_click_and_shows_the_code_on_request() -> TestResult {
    let pg = Playground::open("?embed")?;
    let load = pg.browser.wait_for("#load", WAIT)?;
    let code_shown = |pg: &Playground| -> Result<Value, Box<dyn std::error::Error>> {
        Ok(pg.browser.execute(
            "return getComputedStyle(document.querySelector('.code')).display !== 'none'",
            vec![],
        )?)
    };
    assert_eq!(code_shown(&pg)?, json!(false), "code hidden at first");
    assert!(!pg.browser.exists("#examples")?);
    // Nothing is compiled before the click.
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(
        pg.browser.execute(
            "return window.dxPlayground.metrics().compileMs.length",
            vec![]
        )?,
        json!(0)
    );
    load.click()?;
    pg.wait_preview_text("#count", "Count: 0")?;
    pg.click_in_preview("#inc")?;
    pg.wait_preview_text("#count", "Count: 1")?;
    pg.browser.find("#edit-toggle")?.click()?;
    assert_eq!(code_shown(&pg)?, json!(true));
    assert!(pg.browser.find(".cm-content")?.text()?.contains("useState"));
    let open_full = pg
        .browser
        .find("#open-full")?
        .attr("href")?
        .unwrap_or_default();
    assert!(open_full.contains("#code=v1."), "{open_full}");
    Ok(())
}

#[test]
fn a_phone_sized_viewport_stacks_editor_and_preview() -> TestResult {
    let pg = Playground::open("")?;
    pg.browser.set_window_size(390, 844)?;
    pg.wait_preview_text("#count", "Count: 0")?;
    let layout = pg.browser.execute(
        "const r = (s) => document.querySelector(s).getBoundingClientRect(); \
         const e = r('#editor'), p = r('#preview'); \
         const page = document.documentElement; \
         return { width: page.clientWidth, overflow: page.scrollWidth - page.clientWidth, \
                  editorTop: e.top, editorWidth: e.width, editorHeight: e.height, \
                  previewTop: p.top, previewWidth: p.width, previewHeight: p.height };",
        vec![],
    )?;
    let n = |k: &str| layout[k].as_f64().unwrap();
    assert!(n("width") <= 420.0, "{layout}");
    assert!(n("overflow") <= 0.0, "no sideways scrolling: {layout}");
    assert!(
        n("editorTop") < n("previewTop"),
        "editor above preview: {layout}"
    );
    assert!(n("editorWidth") >= n("width") - 2.0, "{layout}");
    assert!(n("previewWidth") >= n("width") - 2.0, "{layout}");
    assert!(
        n("editorHeight") > 150.0 && n("previewHeight") > 150.0,
        "{layout}"
    );
    pg.click_in_preview("#inc")?;
    pg.wait_preview_text("#count", "Count: 1")?;
    Ok(())
}

/// Every example and every browser fixture, compiled by the compiler running as wasm in the
/// playground's worker, gives exactly the bytes (or the diagnostics) of the native compiler.
#[test]
fn the_compiler_in_the_browser_gives_the_native_compilers_bytes() -> TestResult {
    let pg = Playground::open("")?;
    pg.wait_status("compiled")?;
    // Each source with the files it imports, as `dx build` reads them from disk; each app of
    // `examples/<dir>/` with every file the examples menu loads for it.
    let mut apps = Vec::new();
    for example in examples() {
        let dir = repo()
            .join("examples")
            .join(example.dir.unwrap_or_default());
        let mut app = native_compile(&dir, &example.entry)?;
        for file in &example.files {
            if !app.files.contains_key(file) {
                app.files
                    .insert(file.clone(), std::fs::read_to_string(dir.join(file))?);
            }
        }
        app.name = example.name;
        apps.push(app);
    }
    for entry in std::fs::read_dir(repo().join("tests/fixtures"))? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if name.ends_with(".tsx") || name.ends_with(".dx") {
            apps.push(native_compile(&repo().join("tests/fixtures"), &name)?);
        }
    }
    assert!(apps.len() >= 5);
    assert!(
        apps.iter()
            .any(|a| a.name == "js-framework-benchmark/app.dx")
    );
    let requests: Vec<Value> = apps
        .iter()
        .map(|app| json!({ "entry": app.entry, "files": app.files }))
        .collect();
    pg.browser.execute(
        "window.__identity = null; \
         const worker = new Worker('./dx-compiler-web_loader.js'); \
         const hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(''); \
         const requests = arguments[0], out = []; let next = 0; \
         const send = () => worker.postMessage({ id: next, ...requests[next] }); \
         worker.onmessage = (e) => { \
           if (e.data.ready) return send(); \
           const r = e.data; \
           out.push({ ok: r.ok, templates: hex(r.templates), wasm: hex(r.wasm), codes: r.diagnostics.map((d) => d.code + '@' + d.path + ':' + d.start) }); \
           if (++next < requests.length) send(); else { window.__identity = out; worker.terminate(); } \
         }; return 0;",
        vec![json!(requests)],
    )?;
    let deadline = Instant::now() + Duration::from_secs(60);
    let results = loop {
        let r = pg.browser.execute("return window.__identity", vec![])?;
        if !r.is_null() {
            break r;
        }
        assert!(Instant::now() < deadline, "the worker did not answer");
        std::thread::sleep(Duration::from_millis(100));
    };
    let mut compiled = 0;
    for (app, got) in apps.iter().zip(results.as_array().unwrap()) {
        let name = &app.name;
        match &app.result {
            Ok((templates, wasm)) => {
                assert_eq!(got["ok"], json!(true), "{name}: {got}");
                assert_eq!(got["templates"], json!(hex(templates)), "{name}: templates");
                assert_eq!(
                    got["wasm"],
                    json!(hex(wasm)),
                    "{name}: the browser's wasm differs from the native compiler's"
                );
                compiled += 1;
            }
            Err(codes) => assert_eq!(got["codes"], json!(codes), "{name}: diagnostics"),
        }
    }
    assert!(compiled >= 5, "only {compiled} sources compiled");
    Ok(())
}

/// A source compiled natively, with every file it read.
struct NativeApp {
    /// What failures call it (the menu's name for an example).
    name: String,
    entry: String,
    files: std::collections::BTreeMap<String, String>,
    /// Templates and wasm, or each diagnostic as `code@path:offset`.
    result: Result<(Vec<u8>, Vec<u8>), Vec<String>>,
}

fn native_compile(dir: &Path, entry: &str) -> Result<NativeApp, Box<dyn std::error::Error>> {
    let text = std::fs::read_to_string(dir.join(entry))?;
    let (files, result) = dx_compiler::compile_app(
        dx_compiler::SourceFile::new(entry, text),
        &mut |path| std::fs::read_to_string(dir.join(path)).ok(),
        dx_compiler::Options::default(),
    );
    let result = result
        .map(|output| (output.templates, output.wasm))
        .map_err(|diagnostics| {
            diagnostics
                .iter()
                .map(|d| {
                    let path = &files[d.file_index()].path;
                    format!("{}@{path}:{}", d.code.info().id, d.span.start)
                })
                .collect()
        });
    Ok(NativeApp {
        name: entry.to_owned(),
        entry: entry.to_owned(),
        files: files.into_iter().map(|f| (f.path, f.text)).collect(),
        result,
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// An entry of the playground's examples menu, as `playground-web/build.rs` makes it.
struct Example {
    /// `counter.tsx`, or `<dir>/app.tsx` for an app.
    name: String,
    /// The app's directory under `examples/`.
    dir: Option<String>,
    entry: String,
    /// The editor tabs: the entry, then the directory's other `.tsx`/`.dx`/`.ts` files except
    /// its other `app.*` entry.
    files: Vec<String>,
}

/// The single-file examples (sorted), then the apps of `examples/<dir>/` (`app.tsx` before
/// `app.dx`).
fn examples() -> Vec<Example> {
    let sorted = |dir: &Path| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let examples_dir = repo().join("examples");
    let mut singles = Vec::new();
    let mut apps = Vec::new();
    for name in sorted(&examples_dir) {
        let path = examples_dir.join(&name);
        if !path.is_dir() {
            if name.ends_with(".tsx") || name.ends_with(".dx") {
                singles.push(Example {
                    name: name.clone(),
                    dir: None,
                    entry: name.clone(),
                    files: vec![name],
                });
            }
            continue;
        }
        let sources: Vec<String> = sorted(&path)
            .into_iter()
            .filter(|n| [".tsx", ".dx", ".ts"].iter().any(|e| n.ends_with(e)))
            .collect();
        for entry in ["app.tsx", "app.dx"] {
            if sources.iter().any(|n| n == entry) {
                let others = sources.iter().filter(|n| *n != "app.tsx" && *n != "app.dx");
                apps.push(Example {
                    name: format!("{name}/{entry}"),
                    dir: Some(name.clone()),
                    entry: entry.to_owned(),
                    files: std::iter::once(entry.to_owned())
                        .chain(others.cloned())
                        .collect(),
                });
            }
        }
    }
    singles.extend(apps);
    singles
}
