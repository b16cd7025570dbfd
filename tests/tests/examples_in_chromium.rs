//! The examples, built by `dx build` and served by server-lite, driven in real headless Chromium.

use std::time::Duration;

use std::path::Path;

use dx_compiler::Backend;
use dx_tests::TempDir;
use dx_tests::apps::{TestResult, WAIT, click, open, open_with, wait_mounted};

/// Both back-ends: every app gets Micro by default, so these tests also run Macro.
const BACKENDS: [Backend; 2] = [Backend::Micro, Backend::Macro];
use dx_tests::browser::Browser;

#[test]
fn counter_tsx_counts_clicks() -> TestResult {
    for backend in BACKENDS {
        counter_tsx_counts_clicks_with(backend)?;
    }
    Ok(())
}

fn counter_tsx_counts_clicks_with(backend: Backend) -> TestResult {
    let app = open_with("counter.tsx", Some(backend))?;
    app.browser.wait_until_text("#count", "Count: 0", WAIT)?;
    assert!(
        app.browser.find("#reset")?.attr("disabled")?.is_some(),
        "reset starts disabled"
    );
    click(&app, "#inc", 3)?;
    app.browser.wait_until_text("#count", "Count: 3", WAIT)?;
    assert_eq!(app.browser.find("#reset")?.attr("disabled")?, None);
    // Only what changed is touched: one more click is exactly one text mutation.
    app.browser.execute(
        "window.__m = []; new MutationObserver((l) => window.__m.push(...l.map((m) => m.type))).observe(document.getElementById('app'), { subtree: true, childList: true, attributes: true, characterData: true }); return 0;",
        vec![],
    )?;
    click(&app, "#inc", 1)?;
    app.browser.wait_until_text("#count", "Count: 4", WAIT)?;
    let mutations = app.browser.execute("return window.__m", vec![])?;
    assert_eq!(
        mutations,
        serde_json::json!(["characterData"]),
        "a click changes one text node and nothing else"
    );
    click(&app, "#reset", 1)?;
    app.browser.wait_until_text("#count", "Count: 0", WAIT)?;
    assert!(
        app.browser.find("#reset")?.attr("disabled")?.is_some(),
        "reset disabled again at 0"
    );
    Ok(())
}

#[test]
fn counter_dx_counts_clicks_and_derives() -> TestResult {
    let app = open("counter.dx")?;
    click(&app, "#inc", 3)?;
    app.browser.wait_until_text("#count", "Count: 3", WAIT)?;
    app.browser
        .wait_until_text("#doubled", "Doubled: 6", WAIT)?;
    Ok(())
}

#[test]
fn typing_updates_text_elsewhere() -> TestResult {
    let app = open("input.tsx")?;
    app.browser
        .wait_until_text("#greeting", "Hello, stranger.", WAIT)?;
    let input = app.browser.find("#name")?;
    input.send_keys("Ada")?;
    app.browser
        .wait_until_text("#greeting", "Hello, Ada.", WAIT)?;
    app.browser
        .wait_until_text("#length", "3 characters", WAIT)?;
    assert_eq!(
        app.browser.find("#length")?.attr("class")?.as_deref(),
        Some("short")
    );
    input.send_keys(" Lovelace")?;
    app.browser
        .wait_until_text("#greeting", "Hello, Ada Lovelace!", WAIT)?;
    app.browser
        .wait_until_text("#length", "12 characters", WAIT)?;
    assert_eq!(
        app.browser.find("#length")?.attr("class")?.as_deref(),
        Some("long")
    );
    assert_eq!(input.prop("value")?, "Ada Lovelace");
    Ok(())
}

#[test]
fn toggle_tsx_shows_and_hides_a_component() -> TestResult {
    for backend in BACKENDS {
        toggle_tsx_shows_and_hides_a_component_with(backend)?;
    }
    Ok(())
}

fn toggle_tsx_shows_and_hides_a_component_with(backend: Backend) -> TestResult {
    let app = open_with("toggle.tsx", Some(backend))?;
    let b = &app.browser;
    b.wait_until_text("#state", "closed", WAIT)?;
    assert!(!b.exists("#panel")?);
    click(&app, "#toggle", 1)?;
    b.wait_until_text("#panel h2", "Details after 1 clicks", WAIT)?;
    b.wait_until_text("#state", "open", WAIT)?;
    b.wait_until_text("#toggle", "Hide details", WAIT)?;
    click(&app, "#close", 1)?;
    b.wait_until_text("#state", "closed", WAIT)?;
    assert!(!b.exists("#panel")?);
    click(&app, "#toggle", 1)?;
    b.wait_until_text("#panel h2", "Details after 2 clicks", WAIT)?;
    assert_eq!(
        b.find_all("#panel")?.len(),
        1,
        "exactly one panel after re-mounting"
    );
    Ok(())
}

#[test]
fn toggle_dx_keeps_state_across_hide_and_show() -> TestResult {
    let app = open("toggle.dx")?;
    let b = &app.browser;
    assert!(!b.exists("#details")?);
    click(&app, "#toggle", 1)?;
    b.wait_until_text("#echo", "(empty)", WAIT)?;
    b.find("#note")?.send_keys("hi")?;
    b.wait_until_text("#echo", "You typed: hi", WAIT)?;
    click(&app, "#toggle", 1)?;
    b.wait_until_text("#toggle", "Show", WAIT)?;
    assert!(!b.exists("#details")?);
    click(&app, "#toggle", 1)?;
    b.wait_until_text("#echo", "You typed: hi", WAIT)?;
    assert_eq!(b.find("#note")?.prop("value")?, "hi");
    Ok(())
}

/// Many static hosts send `.wasm` as `application/octet-stream`, which makes
/// `compileStreaming` reject; the host must fall back to `compile(arrayBuffer)`.
#[test]
fn app_starts_when_the_server_sends_the_wrong_wasm_mime_type() -> TestResult {
    let dir = TempDir::new("dx-mime")?;
    let entry = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/counter.tsx");
    dx_cli::build::build_app(&entry, dir.path()).map_err(|e| e.to_string())?;
    let addr = serve_with_generic_mime(dir.path().to_owned())?;
    let browser = Browser::launch()?;
    browser.goto(&format!("http://{addr}/"))?;
    wait_mounted(&browser)?;
    browser.find("#inc")?.click()?;
    browser.wait_until_text("#count", "Count: 1", WAIT)?;
    Ok(())
}

/// A deliberately plain HTTP server: every non-HTML file is `application/octet-stream`.
fn serve_with_generic_mime(root: std::path::PathBuf) -> std::io::Result<std::net::SocketAddr> {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    let addr = listener.local_addr()?;
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let mut reader = BufReader::new(&stream);
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            let mut line = String::new();
            while reader.read_line(&mut line).map(|n| n > 2).unwrap_or(false) {
                line.clear();
            }
            let path = request_line
                .split_whitespace()
                .nth(1)
                .unwrap_or("/")
                .trim_start_matches('/');
            let path = if path.is_empty() { "index.html" } else { path };
            let (status, body, mime) = match std::fs::read(root.join(path)) {
                Ok(body) if path.ends_with(".html") => ("200 OK", body, "text/html"),
                Ok(body) if path.ends_with(".js") => ("200 OK", body, "text/javascript"),
                Ok(body) => ("200 OK", body, "application/octet-stream"),
                Err(_) => ("404 Not Found", Vec::new(), "text/plain"),
            };
            let mut stream = &stream;
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: {mime}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(&body);
        }
    });
    Ok(addr)
}

#[test]
fn tsx_handlers_read_their_render_and_updaters_read_the_latest() -> TestResult {
    let app = open("fixtures/react_semantics.tsx")?;
    let b = &app.browser;
    b.wait_until_text("#math", "1 0.30000000000000004 Infinity 0", WAIT)?;
    click(&app, "#twice-stale", 1)?;
    b.wait_until_text("#count", "1", WAIT)?;
    click(&app, "#twice-fresh", 1)?;
    b.wait_until_text("#count", "3", WAIT)?;
    b.wait_until_text("#math", "1 0.30000000000000004 Infinity -3", WAIT)?;
    click(&app, "#concat", 1)?;
    b.wait_until_text("#label", "a3true0!", WAIT)?;
    Ok(())
}

#[test]
fn dx_assignments_are_live_and_if_else_works() -> TestResult {
    let app = open("fixtures/dx_semantics.dx")?;
    let b = &app.browser;
    b.wait_until_text("#parity", "even", WAIT)?;
    click(&app, "#flip", 1)?;
    b.wait_until_text("#count", "-1", WAIT)?;
    b.wait_until_text("#parity", "odd", WAIT)?;
    click(&app, "#twice", 2)?;
    b.wait_until_text("#count", "3", WAIT)?;
    click(&app, "#flip", 1)?;
    b.wait_until_text("#flag", "on", WAIT)?;
    b.wait_until_text("#parity", "odd", WAIT)?;
    Ok(())
}

/// A batch larger than the 16 KiB op buffer is applied in several host calls, and more op
/// strings than the ref table holds make it grow: both paths end with a correct page. (Only
/// Macro has an op buffer; `dx build` would pick Micro for this app.)
#[test]
fn batches_larger_than_the_op_buffer_are_applied_completely() -> TestResult {
    let dir = TempDir::new("dx-big")?;
    let mut src = String::from(
        "import { useState } from \"dx\";\nexport default function Big() {\n  const [n, setN] = useState(0);\n  const [s, setS] = useState(\"a\");\n  return (\n    <div>\n      <button id=\"go\" onClick={() => { setN(n + 1); setS(s + \"b\"); }}>go</button>\n",
    );
    for i in 0..1200 {
        src.push_str(&format!(
            "      <p class=\"n\">{{n + {i}}}</p><p class=\"s\">{{s + \"-{i}\"}}</p>\n"
        ));
    }
    src.push_str("    </div>\n  );\n}\n");
    let entry = dir.write("big.tsx", &src)?;
    let out = dir.path().join("out");
    dx_cli::build::build_app_with(&entry, &out, Some(Backend::Macro)).map_err(|e| e.to_string())?;
    let (addr, _server) = dx_server_lite::spawn_background(out, 0)?;
    let browser = Browser::launch()?;
    browser.goto(&format!("http://{addr}/"))?;
    wait_mounted(&browser)?;
    let check = "const n = [...document.querySelectorAll('p.n')].map((p) => p.textContent); \
                 const s = [...document.querySelectorAll('p.s')].map((p) => p.textContent); \
                 return [n.length, n[0], n[1199], s[0], s[1199]];";
    assert_eq!(
        browser.execute(check, vec![])?,
        serde_json::json!([1200, "0", "1199", "a-0", "a-1199"])
    );
    browser.find("#go")?.click()?;
    browser.wait_until_text("p.s", "ab-0", WAIT)?;
    assert_eq!(
        browser.execute(check, vec![])?,
        serde_json::json!([1200, "1", "1200", "ab-0", "ab-1199"])
    );
    Ok(())
}

#[test]
fn effects_timers_and_memos_in_tsx() -> TestResult {
    for backend in BACKENDS {
        effects_timers_and_memos_in_tsx_with(backend)?;
    }
    Ok(())
}

fn effects_timers_and_memos_in_tsx_with(backend: Backend) -> TestResult {
    let app = open_with("fixtures/effects.tsx", Some(backend))?;
    let b = &app.browser;
    b.wait_until_text("#log", "mounted;", WAIT)?;
    b.wait_until_text("#toggle", "Start", WAIT)?;
    click(&app, "#toggle", 1)?;
    b.wait_until_text("#toggle", "Stop", WAIT)?;
    // The interval ticks until the [ticks] effect stops it at 3 or more: effects run after
    // the flush, so on a loaded machine (as under React) a second 20 ms tick may already be
    // due before the effect clears the interval. What must hold is that it stops.
    b.wait_until_text("#toggle", "Start", WAIT)?;
    let stopped_at: u32 = b.find("#ticks")?.text()?.parse()?;
    assert!(
        stopped_at >= 3,
        "stopped at {stopped_at}, before the effect's limit"
    );
    std::thread::sleep(Duration::from_millis(150));
    assert_eq!(
        b.find("#ticks")?.text()?,
        stopped_at.to_string(),
        "the interval was cleared"
    );
    assert_eq!(
        b.find("#log")?.text()?,
        "mounted;",
        "the [] effect ran once"
    );
    Ok(())
}

#[test]
fn dx_effects_track_reads_and_timers_fire() -> TestResult {
    let app = open("fixtures/effects.dx")?;
    let b = &app.browser;
    b.wait_until_text("#out", "1 doubled is 2 after 1 runs", WAIT)?;
    click(&app, "#inc", 1)?;
    b.wait_until_text("#out", "2 doubled is 4 after 2 runs", WAIT)?;
    click(&app, "#later", 1)?;
    b.wait_until_text("#out", "10 doubled is 20 after 3 runs", WAIT)?;
    Ok(())
}

#[test]
fn children_render_inside_the_component_with_the_callers_state() -> TestResult {
    for backend in BACKENDS {
        children_render_inside_the_component_with_the_callers_state_with(backend)?;
    }
    Ok(())
}

fn children_render_inside_the_component_with_the_callers_state_with(
    backend: Backend,
) -> TestResult {
    let app = open_with("fixtures/children.tsx", Some(backend))?;
    let b = &app.browser;
    click(&app, "#inc", 2)?;
    b.wait_until_text("#count", "2", WAIT)?;
    let frames = b.execute(
        "return [...document.querySelectorAll('#frame')].map((f) => f.textContent)",
        vec![],
    )?;
    assert_eq!(frames, serde_json::json!(["[plain text]", "[]"]));
    click(&app, "h2", 1)?;
    b.wait_until_text(".card", "Counter", WAIT)?;
    assert!(
        !b.exists("#count")?,
        "closing the card removes its children"
    );
    click(&app, "h2", 1)?;
    b.wait_until_text("#count", "2", WAIT)?;
    Ok(())
}

#[test]
fn local_storage_survives_a_reload() -> TestResult {
    for backend in BACKENDS {
        local_storage_survives_a_reload_with(backend)?;
    }
    Ok(())
}

fn local_storage_survives_a_reload_with(backend: Backend) -> TestResult {
    let app = open_with("fixtures/storage.dx", Some(backend))?;
    let b = &app.browser;
    b.wait_until_text("#saved", "(nothing saved)", WAIT)?;
    b.find("#note")?.send_keys("milk")?;
    b.wait_until_text("#saved", "saved: milk", WAIT)?;
    b.execute("location.reload(); return 0;", vec![])?;
    wait_mounted(b)?;
    b.wait_until_text("#saved", "saved: milk", WAIT)?;
    assert_eq!(b.find("#note")?.prop("value")?, "milk");
    click(&app, "#forget", 1)?;
    b.wait_until_text("#saved", "(nothing saved)", WAIT)?;
    assert_eq!(
        b.execute("return localStorage.getItem('dx-note')", vec![])?,
        serde_json::json!("")
    );
    Ok(())
}

#[test]
fn an_app_of_several_files_builds_and_runs() -> TestResult {
    let app = open("fixtures/multi/app.tsx")?;
    let b = &app.browser;
    b.wait_until_text("#row", "item #1", WAIT)?;
    click(&app, "#more", 2)?;
    b.wait_until_text("#row", "item #3s", WAIT)?;
    Ok(())
}

#[test]
fn hash_routing_follows_location_hash() -> TestResult {
    let app = open("fixtures/hash_router.tsx")?;
    let b = &app.browser;
    b.wait_until_text("#route", "(none)", WAIT)?;
    assert_eq!(b.find("#all")?.attr("class")?.as_deref(), Some("selected"));
    click(&app, "#active", 1)?;
    b.wait_until_text("#route", "#/active", WAIT)?;
    assert_eq!(
        b.find("#active")?.attr("class")?.as_deref(),
        Some("selected")
    );
    assert_eq!(b.find("#all")?.attr("class")?.as_deref(), Some(""));
    b.execute("location.hash = '#/'; return 0;", vec![])?;
    b.wait_until_text("#route", "#/", WAIT)?;
    Ok(())
}

#[test]
fn a_controlled_checkbox_follows_state_both_ways() -> TestResult {
    let app = open("fixtures/checkbox.tsx")?;
    let b = &app.browser;
    click(&app, "#box", 1)?;
    b.wait_until_text("#state", "done", WAIT)?;
    assert_eq!(b.find("#box")?.prop("checked")?, serde_json::json!(true));
    click(&app, "#reset", 1)?;
    b.wait_until_text("#state", "todo", WAIT)?;
    assert_eq!(
        b.find("#box")?.prop("checked")?,
        serde_json::json!(false),
        "state unchecked the box"
    );
    Ok(())
}

#[test]
fn an_effect_focuses_the_input_it_just_showed() -> TestResult {
    for backend in BACKENDS {
        an_effect_focuses_the_input_it_just_showed_with(backend)?;
    }
    Ok(())
}

fn an_effect_focuses_the_input_it_just_showed_with(backend: Backend) -> TestResult {
    let app = open_with("fixtures/focus.tsx", Some(backend))?;
    let b = &app.browser;
    b.execute("document.getElementById('label').dispatchEvent(new MouseEvent('dblclick', { bubbles: true })); return 0;", vec![])?;
    b.wait_for("#edit", WAIT)?;
    let deadline = std::time::Instant::now() + WAIT;
    while b.execute(
        "return document.activeElement && document.activeElement.id",
        vec![],
    )? != serde_json::json!("edit")
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the new input never got focus"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    b.find("#edit")?.send_keys(" and eggs\u{E007}")?;
    b.wait_until_text("#label", "milk and eggs", WAIT)?;
    Ok(())
}

#[test]
fn a_moved_row_keeps_the_focus() -> TestResult {
    for backend in BACKENDS {
        a_moved_row_keeps_the_focus_with(backend)?;
    }
    Ok(())
}

fn a_moved_row_keeps_the_focus_with(backend: Backend) -> TestResult {
    let app = open_with("fixtures/focus_moved_row.tsx", Some(backend))?;
    let b = &app.browser;
    // The rotation moves `a` last, and a moved node loses the focus in the browser. (This
    // session's window has no focus, so no focus event fires here: that handlers stay muted is
    // checked against React by the corpus, `inst-focused-row-moves`.)
    b.execute(
        "document.getElementById('row-a').focus(); return 0;",
        vec![],
    )?;
    b.execute(
        "document.getElementById('rotate').click(); return 0;",
        vec![],
    )?;
    b.wait_until_text("#rows", "b\nc\na", WAIT)?;
    let focused = b.execute("return document.activeElement.id", vec![])?;
    assert_eq!(
        focused,
        serde_json::json!("row-a"),
        "{backend:?}: the moved row lost the focus"
    );
    Ok(())
}

#[test]
fn emptying_a_list_keeps_its_parents_bindings_handlers_and_focus() -> TestResult {
    for backend in BACKENDS {
        emptying_a_list_keeps_its_parents_bindings_handlers_and_focus_with(backend)?;
    }
    Ok(())
}

fn emptying_a_list_keeps_its_parents_bindings_handlers_and_focus_with(
    backend: Backend,
) -> TestResult {
    let app = open_with("fixtures/list_parent.tsx", Some(backend))?;
    let b = &app.browser;
    let items = |n: usize| -> TestResult {
        let deadline = std::time::Instant::now() + WAIT;
        while b.execute(
            "return document.querySelectorAll('#list > li').length",
            vec![],
        )? != serde_json::json!(n)
        {
            assert!(
                std::time::Instant::now() < deadline,
                "{backend:?}: never {n} items"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(())
    };
    let class = || -> Result<Option<String>, Box<dyn std::error::Error>> {
        Ok(b.find("#list")?.attr("class")?)
    };
    click(&app, "#add", 2)?;
    items(2)?;
    assert_eq!(class()?.as_deref(), Some("full"));
    b.execute(
        "window.oldList = document.getElementById('list'); return 0",
        vec![],
    )?;
    click(&app, "#clear", 1)?;
    items(0)?;
    assert_eq!(class()?.as_deref(), Some("empty"), "{backend:?}");
    // The host swapped the parent for an empty copy (the fast path this test is about).
    assert_eq!(
        b.execute(
            "return document.getElementById('list') === window.oldList",
            vec![]
        )?,
        serde_json::json!(false),
        "{backend:?}: the emptied list kept its parent element"
    );
    // New rows go into the copy, and its class binding still updates.
    click(&app, "#add", 1)?;
    items(1)?;
    b.wait_until_text("#list > li", "item 3", WAIT)?;
    assert_eq!(class()?.as_deref(), Some("full"), "{backend:?}");
    // The parent's own handler came along, for clicks on it and on its rows.
    click(&app, "#list", 1)?;
    b.wait_until_text("#clicks", "1", WAIT)?;
    click(&app, "#list > li", 1)?;
    b.wait_until_text("#clicks", "2", WAIT)?;
    // A focused parent is kept (a copy would lose the focus).
    b.execute(
        "const l = document.getElementById('list'); l.focus(); window.oldList = l; \
         document.getElementById('clear').click(); return 0",
        vec![],
    )?;
    items(0)?;
    assert_eq!(
        b.execute(
            "return document.activeElement === window.oldList && document.getElementById('list') === window.oldList",
            vec![]
        )?,
        serde_json::json!(true),
        "{backend:?}: emptying the focused list lost its focus"
    );
    Ok(())
}

#[test]
fn a_keyed_list_follows_random_edits() -> TestResult {
    for backend in BACKENDS {
        a_keyed_list_follows_random_edits_with(backend)?;
    }
    Ok(())
}

fn a_keyed_list_follows_random_edits_with(backend: Backend) -> TestResult {
    let app = open_with("fixtures/list_shuffle.tsx", Some(backend))?;
    let b = &app.browser;
    // One step per call: a click, then the list's ids and the ids the state says it has
    // (the handler runs and the page updates before `click()` returns).
    let step = "document.getElementById('step').click(); \
        const shown = [...document.getElementById('list').children].map((li) => li.textContent).join(','); \
        const kinds = [...document.getElementById('list').childNodes].filter((n) => n.nodeType !== 1 && n.nodeType !== 8).length; \
        return [shown, document.getElementById('expect').textContent, kinds];";
    let mut lengths = Vec::new();
    for i in 0..300 {
        let v = b.execute(step, vec![])?;
        let (shown, expect) = (v[0].as_str().unwrap_or("?"), v[1].as_str().unwrap_or("?"));
        assert_eq!(
            shown, expect,
            "{backend:?}, step {i}: the list shows other rows than its state"
        );
        assert_eq!(
            v[2],
            serde_json::json!(0),
            "{backend:?}, step {i}: stray nodes in the list"
        );
        lengths.push(expect.split(',').filter(|s| !s.is_empty()).count());
    }
    // The walk went through empty, short and longer lists.
    assert!(
        lengths.contains(&0) && lengths.iter().any(|&n| n >= 8),
        "{lengths:?}"
    );
    Ok(())
}

#[test]
fn keyed_lists_of_strings_and_numbers_follow_random_edits() -> TestResult {
    for backend in BACKENDS {
        keyed_lists_of_strings_and_numbers_follow_random_edits_with(backend)?;
    }
    Ok(())
}

/// Rows whose items are strings or numbers (keyed by value, with duplicate keys, or by index)
/// show the array after every edit, and a row's handler reads its own item.
fn keyed_lists_of_strings_and_numbers_follow_random_edits_with(backend: Backend) -> TestResult {
    let app = open_with("fixtures/list_strings_shuffle.tsx", Some(backend))?;
    let b = &app.browser;
    wait_mounted(b)?;
    let step = "document.getElementById('step').click(); \
        const rows = (id) => [...document.getElementById(id).children]; \
        const text = (id) => rows(id).map((li) => li.textContent).join(','); \
        const stray = ['by-value', 'by-index', 'codes'].map((id) => [...document.getElementById(id).childNodes] \
          .filter((n) => n.nodeType !== 1 && n.nodeType !== 8).length).reduce((a, n) => a + n, 0); \
        const titles = rows('by-index').map((li) => li.title).join(','); \
        const pick = rows('by-value'); let clicked = ''; let want = ''; \
        if (pick.length) { const k = Math.floor(Math.random() * pick.length); pick[k].click(); \
          clicked = document.getElementById('clicked').textContent; want = pick[k].textContent; } \
        const codes = rows('codes'); let code = ''; let wantCode = ''; \
        if (codes.length) { const k = Math.floor(Math.random() * codes.length); codes[k].click(); \
          code = document.getElementById('clicked').textContent; wantCode = 'code ' + Number(codes[k].textContent) / 10; } \
        return [text('by-value'), text('by-index'), text('codes'), titles, \
          document.getElementById('expect').textContent, stray, clicked, want, code, wantCode];";
    let mut lengths = Vec::new();
    let mut duplicates = 0;
    for i in 0..300 {
        let v = b.execute(step, vec![])?;
        let s = |k: usize| v[k].as_str().unwrap_or("?").to_string();
        let expect = s(4);
        let words: Vec<&str> = expect.split(',').filter(|w| !w.is_empty()).collect();
        let codes: Vec<String> = words
            .iter()
            .map(|w| ((w.as_bytes()[0] - b'a' + 1) as u32 * 10).to_string())
            .collect();
        let titles: Vec<String> = words
            .iter()
            .enumerate()
            .map(|(k, w)| format!("{w}{k}"))
            .collect();
        assert_eq!(
            s(0),
            expect,
            "{backend:?}, step {i}: the list keyed by value"
        );
        assert_eq!(
            s(1),
            expect,
            "{backend:?}, step {i}: the list keyed by index"
        );
        assert_eq!(
            s(2),
            codes.join(","),
            "{backend:?}, step {i}: the list of numbers"
        );
        assert_eq!(
            s(3),
            titles.join(","),
            "{backend:?}, step {i}: index-keyed titles"
        );
        assert_eq!(
            v[5],
            serde_json::json!(0),
            "{backend:?}, step {i}: stray nodes"
        );
        assert_eq!(s(6), s(7), "{backend:?}, step {i}: a string row's handler");
        assert_eq!(s(8), s(9), "{backend:?}, step {i}: a number row's handler");
        let mut sorted = words.clone();
        sorted.sort();
        sorted.dedup();
        duplicates += usize::from(sorted.len() < words.len());
        lengths.push(words.len());
    }
    // The walk went through empty, short and longer lists, and lists with duplicate keys.
    assert!(
        lengths.contains(&0) && lengths.iter().any(|&n| n >= 8),
        "{lengths:?}"
    );
    assert!(duplicates > 50, "{duplicates} steps had duplicate keys");
    Ok(())
}

#[test]
fn react_dom_props_write_what_react_writes() -> TestResult {
    for backend in BACKENDS {
        react_dom_props_write_what_react_writes_with(backend)?;
    }
    Ok(())
}

/// `defaultValue`/`defaultChecked` start the fields (they were written as unknown attributes,
/// so fields started empty); SVG elements are in the SVG namespace with the DOM's attribute
/// names (`strokeLinecap` was written as it is); `style` objects get React's units.
fn react_dom_props_write_what_react_writes_with(backend: Backend) -> TestResult {
    let app = open_with("fixtures/react_dom_props.tsx", Some(backend))?;
    let b = &app.browser;
    wait_mounted(b)?;
    let read = "const q = (s) => document.querySelector(s); const icon = q('#icon'), path = q('#stroke');
        return [q('#name').value, q('#agree').checked, q('#bio').value, q('#pick').value, q('#chosen').value,
          icon.namespaceURI, path.namespaceURI, path.getAttribute('stroke-linecap'), path.getAttribute('stroke-width'),
          path.hasAttribute('strokeLinecap'), q('#ref').getAttributeNS('http://www.w3.org/1999/xlink', 'href'),
          icon.getBBox ? 'svg' : 'not svg', q('#box').style.width, q('#box').style.zIndex, q('#box').style.margin,
          q('#box').style.backgroundColor, q('#box').getAttribute('aria-hidden')];";
    assert_eq!(
        b.execute(read, vec![])?,
        serde_json::json!([
            "Ada",
            true,
            "Hello",
            "b",
            "green",
            "http://www.w3.org/2000/svg",
            "http://www.w3.org/2000/svg",
            "round",
            "2",
            false,
            "#stroke",
            "svg",
            "100px",
            "2",
            "0px",
            "green",
            "false"
        ]),
        "{backend:?}: first render"
    );
    // Typing changes the field; a re-render of the component must not reset it.
    b.find("#name")?.send_keys(" L")?;
    click(&app, "#toggle", 1)?;
    let deadline = std::time::Instant::now() + WAIT;
    while b.execute("return document.querySelector('#box').style.width", vec![])? != "200px" {
        assert!(
            std::time::Instant::now() < deadline,
            "{backend:?}: style never updated"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let after = "const q = (s) => document.querySelector(s);
        return [q('#name').value, q('#stroke').getAttribute('stroke-width'), q('#box').getAttribute('aria-hidden')];";
    assert_eq!(
        b.execute(after, vec![])?,
        serde_json::json!(["Ada L", "3", "true"]),
        "{backend:?}: after the toggle"
    );
    Ok(())
}

#[test]
fn a_new_key_mounts_a_new_instance() -> TestResult {
    for backend in BACKENDS {
        a_new_key_mounts_a_new_instance_with(backend)?;
    }
    Ok(())
}

/// Changing `key` outside a list resets the element's field and the component's state, as in
/// React (dx used to ignore such keys: the typed text and the count survived).
fn a_new_key_mounts_a_new_instance_with(backend: Backend) -> TestResult {
    let app = open_with("fixtures/react_key_reset.tsx", Some(backend))?;
    let b = &app.browser;
    wait_mounted(b)?;
    b.find("#field")?.send_keys(" typed")?;
    click(&app, ".inc", 2)?;
    b.wait_until_text(".count", "ada: 2", WAIT)?;
    let field = "return document.querySelector('#field').value";
    assert_eq!(b.execute(field, vec![])?, "start typed", "{backend:?}");
    click(&app, "#reset", 1)?;
    b.wait_until_text("#version", "1", WAIT)?;
    assert_eq!(
        b.execute(field, vec![])?,
        "start",
        "{backend:?}: a new key resets the field"
    );
    // A re-render that keeps the counter's key keeps its instance.
    b.wait_until_text(".count", "ada: 2", WAIT)?;
    click(&app, "#switch", 1)?;
    b.wait_until_text(".count", "bob: 0", WAIT)?;
    click(&app, ".inc", 1)?;
    b.wait_until_text(".count", "bob: 1", WAIT)?;
    click(&app, "#switch", 1)?;
    b.wait_until_text(".count", "ada: 0", WAIT)?;
    Ok(())
}

/// Conditional markup inside list rows: each row mounts and unmounts its own arms (with their
/// listeners) as its item or the app's state changes, and removing a row takes its arms along.
#[test]
fn checklist_rows_show_and_hide_their_parts() -> TestResult {
    for backend in BACKENDS {
        checklist_rows_show_and_hide_their_parts_with(backend)?;
    }
    Ok(())
}

fn checklist_rows_show_and_hide_their_parts_with(backend: Backend) -> TestResult {
    let app = open_with("checklist.tsx", Some(backend))?;
    // The list's markup without the anchors (comments), as text a test can compare.
    let wait_rows = |expected: &str| {
        wait_for_script(
            &app.browser,
            "return document.getElementById('items').innerHTML.replace(/<!--.*?-->/g, '')",
            expected,
        )
    };
    let done = |text: &str, note: &str| {
        format!(
            "<li><s>{text}</s>{note}<button class=\"toggle\">Undo</button><button class=\"remove\">Remove</button></li>"
        )
    };
    let open_row = |text: &str, note: &str| {
        format!("<li><span>{text}</span>{note}<button class=\"toggle\">Done</button></li>")
    };
    wait_rows(&format!(
        "{}{}{}",
        done("Pack the tent", ""),
        open_row("Buy food", "<small> (for three days)</small>"),
        open_row("Check the weather", "")
    ))?;
    // Row 2 done: its title arm swaps and a remove button (with its listener) appears.
    app.browser.find_all("button.toggle")?[1].click()?;
    wait_rows(&format!(
        "{}{}{}",
        done("Pack the tent", ""),
        done("Buy food", "<small> (for three days)</small>"),
        open_row("Check the weather", "")
    ))?;
    // App state read inside a row's arm: the note goes.
    click(&app, "#notes", 1)?;
    wait_rows(&format!(
        "{}{}{}",
        done("Pack the tent", ""),
        done("Buy food", ""),
        open_row("Check the weather", "")
    ))?;
    // The remove button mounted by the click above works; its row goes with its arms.
    app.browser.find_all("button.remove")?[1].click()?;
    wait_rows(&format!(
        "{}{}",
        done("Pack the tent", ""),
        open_row("Check the weather", "")
    ))?;
    app.browser.find_all("button.toggle")?[0].click()?;
    click(&app, "#notes", 1)?;
    wait_rows(&format!(
        "{}{}",
        open_row("Pack the tent", ""),
        open_row("Check the weather", "")
    ))?;
    Ok(())
}

/// A component with state rendered per list row: each row has its own state, which stays
/// with its key when rows move and goes with a removed row (a re-added key starts afresh).
#[test]
fn counters_keep_their_state_per_row() -> TestResult {
    for backend in BACKENDS {
        counters_keep_their_state_per_row_with(backend)?;
    }
    Ok(())
}

fn counters_keep_their_state_per_row_with(backend: Backend) -> TestResult {
    let app = open_with("counters.tsx", Some(backend))?;
    let text = || -> Result<String, Box<dyn std::error::Error>> {
        let t = app.browser.execute(
            "return [...document.querySelectorAll('#counters li')].map((li) => li.textContent).join('|')",
            vec![],
        )?;
        Ok(t.as_str().unwrap_or_default().to_string())
    };
    let wait = |expected: &str| -> TestResult {
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            let now = text()?;
            if now == expected {
                return Ok(());
            }
            if std::time::Instant::now() > deadline {
                return Err(format!("rows were {now:?}, expected {expected:?}").into());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    };
    wait("one 0+1StarRemove|two 0+1StarRemove|three 0+1StarRemove")?;
    app.browser.find_all("button.inc")?[0].click()?;
    app.browser.find_all("button.inc")?[0].click()?;
    app.browser.find_all("button.star")?[2].click()?;
    wait("one 2+1StarRemove|two 0+1StarRemove|three 0+1Star★Remove")?;
    click(&app, "#reverse", 1)?;
    wait("three 0+1Star★Remove|two 0+1StarRemove|one 2+1StarRemove")?;
    app.browser.find_all("button.inc")?[2].click()?;
    app.browser.find_all("button.remove")?[0].click()?;
    wait("two 0+1StarRemove|one 3+1StarRemove")?;
    Ok(())
}

/// Lists inside list rows (`tests/fixtures/nested_lists.tsx`, three levels): inner rows are
/// added, removed and reordered; handlers in inner rows read the inner and the outer items and
/// indices; a card's state stays with it when the columns move, goes when it moves to another
/// column or its column hides its cards; removing a column destroys its cards, and a column
/// added later (reusing what the removed rows freed) starts afresh.
#[test]
fn nested_lists_follow_their_rows() -> TestResult {
    for backend in BACKENDS {
        nested_lists_follow_their_rows_with(backend)?;
    }
    Ok(())
}

fn nested_lists_follow_their_rows_with(backend: Backend) -> TestResult {
    let app = open_with("fixtures/nested_lists.tsx", Some(backend))?;
    let b = &app.browser;
    // `column[title@where*likes(tags) …]` per column.
    let wait = |expected: &str| -> TestResult {
        wait_for_script(
            b,
            "return [...document.querySelectorAll('#board > li')].map((c) => \
               c.querySelector('h3').textContent + '[' + \
               [...c.querySelectorAll('li.card')].map((k) => \
                 k.querySelector('.title').textContent + '@' + k.querySelector('.where').textContent + \
                 (k.querySelector('.likes') ? '*' + k.querySelector('.likes').textContent : '') + \
                 '(' + [...k.querySelectorAll('.tags li')].map((t) => t.textContent).join(',') + ')' \
               ).join(' ') + ']').join(' ')",
            expected,
        )
        .map_err(|e| format!("{backend:?}: {e}").into())
    };
    let nth = |css: &str, n: usize| -> TestResult {
        b.find_all(css)?[n].click()?;
        Ok(())
    };
    wait("todo[design@todo(ui,ux) api@todo(server)] doing[ci@doing()] done[]")?;
    nth(".like", 0)?;
    nth(".like", 0)?;
    nth(".like", 2)?;
    wait("todo[design@todo*2(ui,ux) api@todo(server)] doing[ci@doing*1()] done[]")?;
    // The columns move; each card keeps its state.
    click(&app, "#reverse-columns", 1)?;
    wait("done[] doing[ci@doing*1()] todo[design@todo*2(ui,ux) api@todo(server)]")?;
    // An inner row's handler reads the outer item and the outer index after the move.
    nth(".pick", 0)?;
    b.wait_until_text("#picked", "doing:ci:1:0", WAIT)?;
    // `onMove(card.id, column.id)`: the card goes to the next column, as a new instance.
    nth(".move", 1)?;
    wait("done[design@done(ui,ux)] doing[ci@doing*1()] todo[api@todo(server)]")?;
    b.wait_until_text("#picked", "moved design from todo", WAIT)?;
    // A list inside a row's conditional: hiding the cards unmounts them (their state goes).
    nth(".like", 0)?;
    wait("done[design@done*1(ui,ux)] doing[ci@doing*1()] todo[api@todo(server)]")?;
    nth(".toggle", 0)?;
    wait("done[] doing[ci@doing*1()] todo[api@todo(server)]")?;
    nth(".toggle", 0)?;
    wait("done[design@done(ui,ux)] doing[ci@doing*1()] todo[api@todo(server)]")?;
    // Outer rows go and come; inner rows are added and reordered within a kept outer row.
    click(&app, "#remove-column", 1)?;
    wait("doing[ci@doing*1()] todo[api@todo(server)]")?;
    click(&app, "#add-column", 1)?;
    wait("doing[ci@doing*1()] todo[api@todo(server)] col10[a10@col10(x,y) b10@col10()]")?;
    click(&app, "#add-card", 1)?;
    wait(
        "doing[ci@doing*1() new13@doing(t13)] todo[api@todo(server)] col10[a10@col10(x,y) b10@col10()]",
    )?;
    click(&app, "#reverse-cards", 1)?;
    wait(
        "doing[new13@doing(t13) ci@doing*1()] todo[api@todo(server)] col10[a10@col10(x,y) b10@col10()]",
    )?;
    nth(".pick", 4)?;
    b.wait_until_text("#picked", "col10:b10:2:1", WAIT)?;
    // Destroyed outer rows take their inner rows along; new ones start afresh.
    click(&app, "#remove-column", 3)?;
    wait("")?;
    click(&app, "#add-column", 1)?;
    wait("col14[a14@col14(x,y) b14@col14()]")?;
    nth(".like", 0)?;
    wait("col14[a14@col14*1(x,y) b14@col14()]")?;
    click(&app, "#remove-column", 1)?;
    wait("")?;
    click(&app, "#add-column", 1)?;
    wait("col17[a17@col17(x,y) b17@col17()]")?;
    assert_eq!(
        b.execute(
            "return document.querySelectorAll('#board li').length",
            vec![]
        )?,
        serde_json::json!(5),
        "{backend:?}: one column, two cards, two tags"
    );
    Ok(())
}

/// A recursive component (`tests/fixtures/recursive_tree.tsx`: `TreeNode` renders its
/// children's `TreeNode`s, four levels and more): each node keeps its own state at every depth
/// (expanding and collapsing, likes), a child is added at depths 3 and 4, siblings at depth 2
/// and 1 are reordered keeping their state and subtrees, subtrees are removed, and handlers
/// deep down read the values (`depth`, `path`) and callbacks passed through every level.
#[test]
fn recursive_components_render_the_data_depth() -> TestResult {
    for backend in BACKENDS {
        recursive_components_render_the_data_depth_with(backend)?;
    }
    Ok(())
}

fn recursive_components_render_the_data_depth_with(backend: Backend) -> TestResult {
    let app = open_with("fixtures/recursive_tree.tsx", Some(backend))?;
    let b = &app.browser;
    // `name:likes` per node, `+` when collapsed, its children in brackets.
    let wait = |expected: &str| -> TestResult {
        wait_for_script(
            b,
            "const f = (ul) => [...ul.children].map((li) => \
               li.querySelector(':scope > .name').textContent + ':' + \
               li.querySelector(':scope > .like').textContent + \
               (li.querySelector(':scope > .toggle').textContent === '+' ? '+' : '') + \
               (li.querySelector(':scope > ul') ? '[' + f(li.querySelector(':scope > ul')) + ']' : '') \
             ).join(' '); \
             return f(document.getElementById('tree'));",
            expected,
        )
        .map_err(|e| format!("{backend:?}: {e}").into())
    };
    let nth = |css: &str, n: usize| -> TestResult {
        b.find_all(css)?[n].click()?;
        Ok(())
    };
    wait("root:0[a:0[a1:0[a1x:0] a2:0] b:0]")?;
    nth(".like", 3)?;
    nth(".like", 3)?;
    nth(".like", 4)?;
    nth(".like", 1)?;
    wait("root:0[a:1[a1:0[a1x:2] a2:1] b:0]")?;
    // Collapsing a node at depth 2 unmounts its children (their state goes, as in React).
    nth(".toggle", 2)?;
    wait("root:0[a:1[a1:0+ a2:1] b:0]")?;
    nth(".toggle", 2)?;
    wait("root:0[a:1[a1:0[a1x:0] a2:1] b:0]")?;
    nth(".like", 3)?;
    // A child at depth 3, then one at depth 4.
    nth(".add", 2)?;
    nth(".add", 3)?;
    wait("root:0[a:1[a1:0[a1x:1[n8:0] n7:0] a2:1] b:0]")?;
    nth(".like", 4)?;
    // A handler four levels down reads the depth and the path passed down, and a callback
    // handed through every level.
    nth(".pick", 4)?;
    b.wait_until_text("#picked", "/root/a/a1/a1x/n8#4", WAIT)?;
    // Siblings at depth 2, then at depth 1, swap: each keeps its state and its subtree.
    nth(".swap", 1)?;
    wait("root:0[a:1[a2:1 a1:0[a1x:1[n8:1] n7:0]] b:0]")?;
    nth(".swap", 0)?;
    nth(".like", 0)?;
    wait("root:1[b:0 a:1[a2:1 a1:0[a1x:1[n8:1] n7:0]]]")?;
    // A subtree goes.
    nth(".remove", 4)?;
    wait("root:1[b:0 a:1[a2:1]]")?;
    nth(".add", 1)?;
    wait("root:1[b:0[n9:0] a:1[a2:1]]")?;
    nth(".pick", 3)?;
    b.wait_until_text("#picked", "/root/a#1", WAIT)?;
    nth(".remove", 1)?;
    wait("root:1[a:1[a2:1]]")?;
    // The whole tree unmounts and comes back afresh.
    nth(".toggle", 0)?;
    wait("root:1+")?;
    nth(".toggle", 0)?;
    wait("root:1[a:0[a2:0]]")?;
    b.wait_until_text("#count", "3", WAIT)?;
    Ok(())
}

/// Waits until `script` (a function body returning a string) returns `expected`.
fn wait_for_script(b: &Browser, script: &str, expected: &str) -> TestResult {
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let now = b.execute(script, vec![])?;
        let now = now.as_str().unwrap_or_default();
        if now == expected {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            return Err(format!("the page showed\n{now}\nexpected\n{expected}").into());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// List rows of several roots (`tests/fixtures/fragment_rows.tsx`): keyed fragments move and
/// go with every root and with what their conditionals and lists placed between them; a
/// handler in an arm at a row's top reads the row's item; a component returning a fragment
/// keeps its state per row across moves.
#[test]
fn rows_of_several_roots_move_as_one() -> TestResult {
    for backend in BACKENDS {
        rows_of_several_roots_move_as_one_with(backend)?;
    }
    Ok(())
}

fn rows_of_several_roots_move_as_one_with(backend: Backend) -> TestResult {
    let app = open_with("fixtures/fragment_rows.tsx", Some(backend))?;
    let b = &app.browser;
    // The children of `#id`, as `tag:text`.
    let wait = |id: &str, expected: &str| -> TestResult {
        wait_for_script(
            b,
            &format!(
                "return [...document.getElementById('{id}').children].map((e) => e.localName + ':' + e.textContent).join(' ')"
            ),
            expected,
        )
        .map_err(|e| format!("{backend:?} #{id}: {e}").into())
    };
    let nth = |css: &str, n: usize| -> TestResult {
        b.find_all(css)?[n].click()?;
        Ok(())
    };
    wait("terms", "dt:hook dt:prop dd:about prop dt:state")?;
    wait("notes", "span:h1 span:h2 hr: hr: span:s1 hr:")?;
    wait("counted", "dt:hook dd:0 dt:prop dd:0 dt:state dd:0")?;
    nth(".word", 0)?;
    wait(
        "terms",
        "dt:hook dd:about hook dt:prop dd:about prop dt:state",
    )?;
    // The arm beside the row's roots carries the row: its handler reads the item.
    nth(".more", 1)?;
    b.wait_until_text("#said", "more prop", WAIT)?;
    nth(".count", 2)?;
    nth(".count", 2)?;
    wait("counted", "dt:hook dd:0 dt:prop dd:0 dt:state dd:2")?;
    click(&app, "#reverse", 1)?;
    wait(
        "terms",
        "dt:state dt:prop dd:about prop dt:hook dd:about hook",
    )?;
    wait("notes", "span:s1 hr: hr: span:h1 span:h2 hr:")?;
    wait("counted", "dt:state dd:2 dt:prop dd:0 dt:hook dd:0")?;
    nth(".more", 0)?;
    b.wait_until_text("#said", "more prop", WAIT)?;
    click(&app, "#add", 1)?;
    wait(
        "terms",
        "dt:new4 dt:state dt:prop dd:about prop dt:hook dd:about hook",
    )?;
    wait("notes", "span:n4 hr: span:s1 hr: hr: span:h1 span:h2 hr:")?;
    click(&app, "#drop", 2)?;
    wait("terms", "dt:prop dd:about prop dt:hook dd:about hook")?;
    wait("notes", "hr: span:h1 span:h2 hr:")?;
    wait("counted", "dt:prop dd:0 dt:hook dd:0")?;
    click(&app, "#add", 1)?;
    wait("counted", "dt:new5 dd:0 dt:prop dd:0 dt:hook dd:0")?;
    wait("notes", "span:n5 hr: hr: span:h1 span:h2 hr:")?;
    Ok(())
}
