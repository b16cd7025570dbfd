//! Built apps in a real browser: `dx build` an example or fixture, serve it with
//! server-lite on 127.0.0.1 and open it in a fresh headless Chromium.

use std::error::Error;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::TempDir;
use crate::browser::Browser;

/// How long a test waits for the page to reach an expected state.
pub const WAIT: Duration = Duration::from_secs(10);

/// A test's result.
pub type TestResult = Result<(), Box<dyn Error>>;

/// A built app, served on 127.0.0.1 and open in a fresh browser.
pub struct App {
    /// The browser showing the app.
    pub browser: Browser,
    _server: dx_server_lite::ServerHandle,
    _dir: TempDir,
}

/// Builds and opens `examples/<example>`, or `tests/fixtures/<name>` for `fixtures/<name>`,
/// with the back-end the compiler picks.
pub fn open(example: &str) -> Result<App, Box<dyn Error>> {
    open_with(example, None)
}

/// [`open`] with the back-end given (`None`: the compiler picks).
pub fn open_with(
    example: &str,
    backend: Option<dx_compiler::Backend>,
) -> Result<App, Box<dyn Error>> {
    let dir = TempDir::new("dx-example")?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let entry = match example.strip_prefix("fixtures/") {
        Some(fixture) => root.join("fixtures").join(fixture),
        None => root.join("../examples").join(example),
    };
    dx_cli::build::build_app_with(&entry, dir.path(), backend).map_err(|e| e.to_string())?;
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
pub fn wait_mounted(browser: &Browser) -> TestResult {
    let deadline = Instant::now() + WAIT;
    loop {
        let state = browser.execute(
            // The page shows prerendered HTML before the app runs: mounted means the host has
            // started the wasm (`__dx_memory`, set just before `dx_init`) and rendered.
            "return document.body.dataset.dxError || (globalThis.__dx_memory && document.getElementById('app').childNodes.length > 0 ? 'mounted' : '')",
            vec![],
        )?;
        match state.as_str() {
            Some("mounted") => return Ok(()),
            Some(e) if !e.is_empty() => return Err(format!("app failed to start: {e}").into()),
            _ if Instant::now() > deadline => {
                return Err("app did not mount within 10 s".into());
            }
            _ => std::thread::sleep(Duration::from_millis(20)),
        }
    }
}

/// Clicks the element `css` selects, `times` times.
pub fn click(app: &App, css: &str, times: usize) -> TestResult {
    let el = app.browser.find(css)?;
    for _ in 0..times {
        el.click()?;
    }
    Ok(())
}
