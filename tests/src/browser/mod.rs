//! A minimal W3C WebDriver client for real headless Chromium, driven through
//! chromedriver over plain HTTP/1.1 (see [`crate::http`]).
//!
//! ```no_run
//! # fn main() -> dx_tests::browser::Result<()> {
//! use std::time::Duration;
//! let browser = dx_tests::browser::Browser::launch()?;
//! browser.goto("http://127.0.0.1:8080/")?;
//! browser.wait_for("#count", Duration::from_secs(5))?;
//! browser.find("button")?.click()?;
//! browser.wait_until_text("#count", "1", Duration::from_secs(5))?;
//! # Ok(()) }
//! ```

mod capabilities;
mod chromedriver;
mod error;
mod wire;

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

pub use capabilities::CHROMIUM_ARGS;
pub use error::{BrowserError, Result};

use chromedriver::{Chromedriver, find_program};
use error::io_error;
use wire::{Session, path_segment};

/// W3C key of an element reference in JSON.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";
/// Pause between polls in the `wait_*` methods.
const POLL: Duration = Duration::from_millis(50);
/// How long dropping a [`Browser`] waits for chromedriver to close the session.
const QUIT_TIMEOUT: Duration = Duration::from_secs(10);
/// Window size for every session, so layout-dependent tests are repeatable.
const WINDOW: (u32, u32) = (1024, 768);

/// One headless Chromium session, with the chromedriver process and the fresh
/// profile directory it owns. Dropping it ends the session, kills chromedriver
/// (and any browser process it left behind) and deletes the directory.
#[derive(Debug)]
pub struct Browser {
    // Drop order matters: the session is deleted in `Drop::drop`, then the driver
    // is killed, then the directory holding the profile and log is removed.
    session: Arc<Session>,
    _driver: Chromedriver,
    _dir: crate::TempDir,
}

/// An element found in the page. Stays usable while its [`Browser`] lives;
/// afterwards its methods return errors.
#[derive(Debug, Clone)]
pub struct Element {
    session: Arc<Session>,
    id: String,
}

impl Browser {
    /// Starts chromedriver (`$CHROMEDRIVER` or `/usr/bin/chromedriver`) on a free
    /// 127.0.0.1 port and opens a session of Chromium (`$CHROMIUM` or
    /// `/usr/bin/chromium`) with [`CHROMIUM_ARGS`], a fresh `--user-data-dir`, a
    /// 1024×768 window and browser console logging.
    pub fn launch() -> Result<Browser> {
        let driver_program = find_program("chromedriver", "CHROMEDRIVER", "/usr/bin/chromedriver")?;
        let chromium = find_program("chromium", "CHROMIUM", "/usr/bin/chromium")?;
        let dir = crate::TempDir::new("dx-browser")
            .map_err(io_error("creating a temp dir for the browser"))?;
        let profile = dir.path().join("profile");
        std::fs::create_dir(&profile)
            .map_err(io_error(format!("creating {}", profile.display())))?;

        let driver = Chromedriver::start(&driver_program, &dir.path().join("chromedriver.log"))?;
        let request = capabilities::new_session(&chromium, &profile);
        let reply = driver
            .wire()
            .call("POST", "/session", Some(&request), wire::COMMAND_TIMEOUT)
            .map_err(|e| driver.startup_error(format!("creating a session: {e}")))?;
        let id = reply
            .get("sessionId")
            .and_then(Value::as_str)
            .ok_or_else(|| {
                driver.startup_error(format!("no sessionId in reply to POST /session: {reply}"))
            })?;
        let session = Arc::new(Session {
            wire: driver.wire(),
            id: id.to_owned(),
        });
        let browser = Browser {
            session,
            _driver: driver,
            _dir: dir,
        };
        browser.session.call(
            "POST",
            "/window/rect",
            Some(&json!({ "width": WINDOW.0, "height": WINDOW.1 })),
        )?;
        Ok(browser)
    }

    /// Navigates to `url` and waits for the page to load (at most 30 s).
    pub fn goto(&self, url: &str) -> Result<()> {
        self.session
            .call("POST", "/url", Some(&json!({ "url": url })))?;
        Ok(())
    }

    /// The first element matching `css`, or [`BrowserError::NoSuchElement`]. One attempt.
    pub fn find(&self, css: &str) -> Result<Element> {
        let reply = self
            .session
            .call("POST", "/element", Some(&css_query(css)))
            .map_err(|e| no_such_element(e, css))?;
        Element::from_reply(&self.session, &reply, "POST /element")
    }

    /// Polls [`Browser::find`] until an element matches `css` or `timeout` passes.
    pub fn wait_for(&self, css: &str, timeout: Duration) -> Result<Element> {
        let start = Instant::now();
        loop {
            match self.find(css) {
                Err(BrowserError::NoSuchElement { .. }) if start.elapsed() < timeout => {}
                Err(BrowserError::NoSuchElement { .. }) => {
                    return Err(BrowserError::Timeout {
                        waiting_for: format!("an element matching `{css}`"),
                        after: start.elapsed(),
                        last_seen: "no element matched".to_owned(),
                    });
                }
                found => return found,
            }
            std::thread::sleep(POLL);
        }
    }

    /// Polls until the first element matching `css` has exactly the text
    /// `expected` (as [`Element::text`] reports it) or `timeout` passes; the
    /// error shows the last text seen.
    pub fn wait_until_text(&self, css: &str, expected: &str, timeout: Duration) -> Result<()> {
        let start = Instant::now();
        let mut last_seen = "no element matched".to_owned();
        loop {
            match self.find(css).and_then(|element| element.text()) {
                Ok(text) if text == expected => return Ok(()),
                Ok(text) => last_seen = format!("text {text:?}"),
                Err(BrowserError::NoSuchElement { .. }) => {
                    last_seen = "no element matched".to_owned()
                }
                // The element was replaced between find and text: look again.
                Err(BrowserError::WebDriver { error, .. })
                    if error == "stale element reference" => {}
                Err(e) => return Err(e),
            }
            if start.elapsed() >= timeout {
                return Err(BrowserError::Timeout {
                    waiting_for: format!("`{css}` to have text {expected:?}"),
                    after: start.elapsed(),
                    last_seen,
                });
            }
            std::thread::sleep(POLL);
        }
    }

    /// Every element matching `css`, in document order (possibly none).
    pub fn find_all(&self, css: &str) -> Result<Vec<Element>> {
        let reply = self
            .session
            .call("POST", "/elements", Some(&css_query(css)))?;
        let items = reply.as_array().ok_or_else(|| BrowserError::Protocol {
            command: "POST /elements".to_owned(),
            detail: format!("expected an array, got {reply}"),
        })?;
        items
            .iter()
            .map(|item| Element::from_reply(&self.session, item, "POST /elements"))
            .collect()
    }

    /// Whether any element matches `css` right now.
    pub fn exists(&self, css: &str) -> Result<bool> {
        Ok(!self.find_all(css)?.is_empty())
    }

    /// Makes later commands act inside the `<iframe>` matching `css` (also a
    /// cross-origin or sandboxed one); [`Browser::leave_frames`] goes back.
    pub fn enter_frame(&self, css: &str) -> Result<()> {
        let frame = self.find(css)?;
        self.session.call(
            "POST",
            "/frame",
            Some(&json!({ "id": { ELEMENT_KEY: frame.id } })),
        )?;
        Ok(())
    }

    /// Makes later commands act on the top-level page again.
    pub fn leave_frames(&self) -> Result<()> {
        self.session
            .call("POST", "/frame", Some(&json!({ "id": null })))?;
        Ok(())
    }

    /// Resizes the window (the default is 1024×768).
    pub fn set_window_size(&self, width: u32, height: u32) -> Result<()> {
        self.session.call(
            "POST",
            "/window/rect",
            Some(&json!({ "width": width, "height": height })),
        )?;
        Ok(())
    }

    /// Runs `js` as the body of a synchronous function with `arguments` = `args`
    /// and returns what it `return`s, as JSON.
    pub fn execute(&self, js: &str, args: Vec<Value>) -> Result<Value> {
        self.session.call(
            "POST",
            "/execute/sync",
            Some(&json!({ "script": js, "args": args })),
        )
    }

    /// Browser console entries (`LEVEL message`) logged since the previous call,
    /// or an empty list if this chromedriver does not offer the log.
    pub fn console_log(&self) -> Result<Vec<String>> {
        // chromedriver serves the legacy log endpoint under `/se/log` in W3C mode.
        let mut reply = None;
        for path in ["/se/log", "/log"] {
            match self
                .session
                .call("POST", path, Some(&json!({ "type": "browser" })))
            {
                Ok(value) => {
                    reply = Some(value);
                    break;
                }
                Err(BrowserError::WebDriver { .. } | BrowserError::Protocol { .. }) => {}
                Err(e) => return Err(e),
            }
        }
        let entries = reply
            .as_ref()
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default();
        Ok(entries
            .iter()
            .map(|entry| {
                let level = entry.get("level").and_then(Value::as_str).unwrap_or("?");
                let message = entry.get("message").and_then(Value::as_str).unwrap_or("");
                format!("{level} {message}")
            })
            .collect())
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Best effort: the driver is killed next whether or not this succeeds.
        let _ = self.session.delete(QUIT_TIMEOUT);
    }
}

impl Element {
    fn from_reply(session: &Arc<Session>, reply: &Value, command: &str) -> Result<Element> {
        let id = reply
            .get(ELEMENT_KEY)
            .and_then(Value::as_str)
            .ok_or_else(|| BrowserError::Protocol {
                command: command.to_owned(),
                detail: format!("expected an element reference, got {reply}"),
            })?;
        Ok(Element {
            session: Arc::clone(session),
            id: id.to_owned(),
        })
    }

    fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Value> {
        self.session
            .call(method, &format!("/element/{}{path}", self.id), body)
    }

    /// Clicks the element's centre, scrolling it into view first.
    pub fn click(&self) -> Result<()> {
        self.call("POST", "/click", Some(&json!({})))?;
        Ok(())
    }

    /// Types `text` into the element (focusing it first).
    pub fn send_keys(&self, text: &str) -> Result<()> {
        self.call("POST", "/value", Some(&json!({ "text": text })))?;
        Ok(())
    }

    /// Empties an editable element (input, textarea, contenteditable).
    pub fn clear(&self) -> Result<()> {
        self.call("POST", "/clear", Some(&json!({})))?;
        Ok(())
    }

    /// The element's rendered text, as a user would see it.
    pub fn text(&self) -> Result<String> {
        let reply = self.call("GET", "/text", None)?;
        reply
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| BrowserError::Protocol {
                command: "GET /element/…/text".to_owned(),
                detail: format!("expected a string, got {reply}"),
            })
    }

    /// The attribute `name` as written in the DOM, or `None` if absent.
    pub fn attr(&self, name: &str) -> Result<Option<String>> {
        let reply = self.call("GET", &format!("/attribute/{}", path_segment(name)), None)?;
        Ok(reply.as_str().map(str::to_owned))
    }

    /// The JavaScript property `name` (e.g. `value`, `checked`) as JSON.
    pub fn prop(&self, name: &str) -> Result<Value> {
        self.call("GET", &format!("/property/{}", path_segment(name)), None)
    }
}

fn css_query(css: &str) -> Value {
    json!({ "using": "css selector", "value": css })
}

fn no_such_element(error: BrowserError, css: &str) -> BrowserError {
    match error {
        BrowserError::WebDriver { error, .. } if error == "no such element" => {
            BrowserError::NoSuchElement {
                css: css.to_owned(),
            }
        }
        other => other,
    }
}
