//! WebDriver's wire format: JSON commands over HTTP to chromedriver, replies
//! unwrapped from `{"value": …}` and W3C errors turned into [`BrowserError`]s.

use std::time::Duration;

use serde_json::Value;

use super::error::{BrowserError, Result, io_error};
use crate::http;

/// Longest wait for one command's reply. Above chromedriver's own page-load and
/// script timeouts (30 s, set at session creation), so its error arrives first.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(60);

/// The address of a chromedriver, e.g. `http://127.0.0.1:9515`.
#[derive(Debug, Clone)]
pub struct Wire {
    base: String,
}

impl Wire {
    /// A wire to the chromedriver on `127.0.0.1:port`.
    pub fn new(port: u16) -> Wire {
        Wire {
            base: format!("http://127.0.0.1:{port}"),
        }
    }

    /// Sends `method path` with an optional JSON body; returns the reply's `value`.
    pub fn call(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        timeout: Duration,
    ) -> Result<Value> {
        let command = format!("{method} {path}");
        let body = body.map(Value::to_string).unwrap_or_default();
        let headers: &[(&str, &str)] = if method == "POST" {
            &[("Content-Type", "application/json; charset=utf-8")]
        } else {
            &[]
        };
        let url = format!("{}{path}", self.base);
        let response = http::send(method, &url, headers, body.as_bytes(), timeout)
            .map_err(io_error(format!("WebDriver {command} to {}", self.base)))?;
        let reply: Value =
            serde_json::from_slice(&response.body).map_err(|e| BrowserError::Protocol {
                command: command.clone(),
                detail: format!(
                    "HTTP {}, body is not JSON ({e}): {}",
                    response.status,
                    response.text()
                ),
            })?;
        let value = match reply {
            Value::Object(mut fields) => fields.remove("value").unwrap_or(Value::Null),
            _ => Value::Null,
        };
        match value.get("error").and_then(Value::as_str) {
            Some(error) => Err(BrowserError::WebDriver {
                command,
                error: error.to_owned(),
                message: value
                    .get("message")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned(),
            }),
            None if response.status != 200 => Err(BrowserError::Protocol {
                command,
                detail: format!(
                    "HTTP {} without a WebDriver error: {value}",
                    response.status
                ),
            }),
            None => Ok(value),
        }
    }
}

/// A WebDriver session: commands under `/session/{id}`.
#[derive(Debug)]
pub struct Session {
    pub wire: Wire,
    pub id: String,
}

impl Session {
    /// Sends `method /session/{id}{path}`.
    pub fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Value> {
        self.wire.call(
            method,
            &format!("/session/{}{path}", self.id),
            body,
            COMMAND_TIMEOUT,
        )
    }

    /// Ends the session; chromedriver then closes the browser.
    pub fn delete(&self, timeout: Duration) -> Result<Value> {
        self.wire
            .call("DELETE", &format!("/session/{}", self.id), None, timeout)
    }
}

/// Percent-encodes a URL path segment (attribute and property names).
pub fn path_segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}
