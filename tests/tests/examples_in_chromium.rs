//! The examples, built by `dx build` and served by server-lite, driven in real headless Chromium.

use std::path::Path;
use std::time::Duration;

use dx_tests::TempDir;
use dx_tests::browser::Browser;

const WAIT: Duration = Duration::from_secs(10);

type TestResult = Result<(), Box<dyn std::error::Error>>;

/// A built example, served on 127.0.0.1 and open in a fresh browser.
struct App {
    browser: Browser,
    _server: dx_server_lite::ServerHandle,
    _dir: TempDir,
}

fn open(example: &str) -> Result<App, Box<dyn std::error::Error>> {
    let dir = TempDir::new("dx-example")?;
    let entry = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples")
        .join(example);
    dx_cli::build::build_app(&entry, dir.path()).map_err(|e| e.to_string())?;
    let (addr, server) = dx_server_lite::spawn_background(dir.path().to_owned(), 0)?;
    let browser = Browser::launch()?;
    browser.goto(&format!("http://{addr}/"))?;
    wait_mounted(&browser)?;
    Ok(App {
        browser,
        _server: server,
        _dir: dir,
    })
}

/// Waits until the app has mounted, failing with the page's own error if start-up failed.
fn wait_mounted(browser: &Browser) -> TestResult {
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let state = browser.execute(
            "return document.body.dataset.dxError || (document.getElementById('app').childNodes.length > 0 ? 'mounted' : '')",
            vec![],
        )?;
        match state.as_str() {
            Some("mounted") => return Ok(()),
            Some(e) if !e.is_empty() => return Err(format!("app failed to start: {e}").into()),
            _ if std::time::Instant::now() > deadline => {
                return Err("app did not mount within 10 s".into());
            }
            _ => std::thread::sleep(Duration::from_millis(20)),
        }
    }
}

fn click(app: &App, css: &str, times: usize) -> TestResult {
    let el = app.browser.find(css)?;
    for _ in 0..times {
        el.click()?;
    }
    Ok(())
}

#[test]
fn counter_tsx_counts_clicks() -> TestResult {
    let app = open("counter.tsx")?;
    app.browser.wait_until_text("#count", "Count: 0", WAIT)?;
    assert!(
        app.browser.find("#reset")?.attr("disabled")?.is_some(),
        "reset starts disabled"
    );
    click(&app, "#inc", 3)?;
    app.browser.wait_until_text("#count", "Count: 3", WAIT)?;
    assert_eq!(app.browser.find("#reset")?.attr("disabled")?, None);
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
    let app = open("toggle.tsx")?;
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
