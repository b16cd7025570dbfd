//! What can go wrong while driving the browser, worded so a failing test says why.

use std::fmt;
use std::io;
use std::path::PathBuf;
use std::time::Duration;

/// Shorthand for results of [`crate::browser`] calls.
pub type Result<T, E = BrowserError> = std::result::Result<T, E>;

/// A failure of the browser harness or of a WebDriver command.
#[derive(Debug)]
pub enum BrowserError {
    /// A program the harness needs is not where it looked.
    NotInstalled {
        /// `chromedriver` or `chromium`.
        program: &'static str,
        /// Where it looked.
        path: PathBuf,
        /// The environment variable that overrides `path`.
        env_var: &'static str,
    },
    /// chromedriver did not become ready, or could not open a browser session.
    Startup {
        /// What happened.
        detail: String,
        /// The end of chromedriver's log (its stdout/stderr and the browser's stderr).
        log_tail: String,
    },
    /// A local I/O step failed: a temp dir, spawning, or the connection to chromedriver.
    Io {
        /// What the harness was doing.
        doing: String,
        /// The underlying error.
        source: io::Error,
    },
    /// chromedriver answered a command with a WebDriver error.
    WebDriver {
        /// The command, e.g. `POST /session/…/url`.
        command: String,
        /// The WebDriver error code, e.g. `javascript error`.
        error: String,
        /// chromedriver's message.
        message: String,
    },
    /// No element matched a CSS selector.
    NoSuchElement {
        /// The selector.
        css: String,
    },
    /// A polling wait ran out of time.
    Timeout {
        /// What was awaited.
        waiting_for: String,
        /// How long it waited.
        after: Duration,
        /// The last state observed, e.g. the element's last text.
        last_seen: String,
    },
    /// chromedriver's reply did not have the shape WebDriver specifies.
    Protocol {
        /// The command.
        command: String,
        /// What was wrong with the reply.
        detail: String,
    },
}

impl fmt::Display for BrowserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BrowserError::NotInstalled {
                program,
                path,
                env_var,
            } => write!(
                f,
                "{program} not found at {}: run scripts/setup.sh (or set {env_var} to its path)",
                path.display()
            ),
            BrowserError::Startup { detail, log_tail } => {
                write!(f, "browser did not start: {detail}")?;
                if !log_tail.trim().is_empty() {
                    write!(
                        f,
                        "\n--- end of chromedriver log ---\n{}",
                        log_tail.trim_end()
                    )?;
                }
                Ok(())
            }
            BrowserError::Io { doing, source } => write!(f, "{doing}: {source}"),
            BrowserError::WebDriver {
                command,
                error,
                message,
            } => {
                write!(f, "WebDriver {command} failed: {error}: {message}")
            }
            BrowserError::NoSuchElement { css } => {
                write!(f, "no element matches CSS selector `{css}`")
            }
            BrowserError::Timeout {
                waiting_for,
                after,
                last_seen,
            } => write!(
                f,
                "timed out after {:.1}s waiting for {waiting_for}; last seen: {last_seen}",
                after.as_secs_f64()
            ),
            BrowserError::Protocol { command, detail } => {
                write!(f, "unexpected WebDriver reply to {command}: {detail}")
            }
        }
    }
}

impl std::error::Error for BrowserError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BrowserError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Wraps an I/O error with what the harness was doing.
pub(crate) fn io_error(doing: impl Into<String>) -> impl FnOnce(io::Error) -> BrowserError {
    let doing = doing.into();
    move |source| BrowserError::Io { doing, source }
}
