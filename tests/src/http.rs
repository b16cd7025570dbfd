//! A tiny blocking HTTP/1.1 client on `std::net::TcpStream`, enough to talk to
//! chromedriver and to `dx-server-lite` in tests.
//!
//! Std-only on purpose: `server-lite/tests` compile this same file with
//! `#[path]` (they cannot depend on this crate), so keep it free of crate imports.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream, ToSocketAddrs};
use std::time::Duration;

/// Bound on every connect, read and write unless a caller passes its own.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Largest status line + headers accepted, so a broken peer cannot exhaust memory.
const MAX_HEAD: usize = 64 * 1024;

/// Response headers in the order received, names lower-cased.
pub type Headers = Vec<(String, String)>;

/// A complete HTTP response. Header names are lower-cased.
#[derive(Debug, Clone)]
pub struct Response {
    /// Status code, e.g. 200.
    pub status: u16,
    /// Headers in the order received, names lower-cased.
    pub headers: Headers,
    /// The body, de-chunked but not decompressed.
    pub body: Vec<u8>,
}

impl Response {
    /// The first header called `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body as text (lossy UTF-8).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// `GET url` with [`DEFAULT_TIMEOUT`]: status, headers (lower-cased names), body.
pub fn http_get(url: &str) -> io::Result<(u16, Headers, Vec<u8>)> {
    let response = send("GET", url, &[], &[], DEFAULT_TIMEOUT)?;
    Ok((response.status, response.headers, response.body))
}

/// Sends one request on a fresh connection (`Connection: close`) and reads the
/// whole response. The path and query of `url` are sent exactly as written (no
/// normalisation), so tests can send `/../x`. Only `http://` URLs.
pub fn send(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: &[u8],
    timeout: Duration,
) -> io::Result<Response> {
    let (authority, target) = split_url(url)?;
    for text in [method, target]
        .into_iter()
        .chain(headers.iter().flat_map(|(n, v)| [*n, *v]))
    {
        if text.contains(['\r', '\n']) {
            return Err(invalid(format!("line break in request part {text:?}")));
        }
    }
    let addr = authority_with_port(authority)
        .to_socket_addrs()?
        .next()
        .ok_or_else(|| invalid(format!("cannot resolve {authority}")))?;
    let mut stream = TcpStream::connect_timeout(&addr, timeout)?;
    stream.set_read_timeout(Some(timeout))?;
    stream.set_write_timeout(Some(timeout))?;

    let mut head =
        format!("{method} {target} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if !body.is_empty() || matches!(method, "POST" | "PUT" | "PATCH") {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)?;
    stream.flush()?;

    read_response(&mut BufReader::new(stream), method == "HEAD")
}

/// Picks a currently free TCP port on 127.0.0.1 (bind to port 0, read it, release it).
/// Another process may take it before it is used; callers that can, retry.
pub fn try_free_port() -> io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// [`try_free_port`] for tests.
///
/// # Panics
/// If the OS will not bind an ephemeral port on 127.0.0.1.
pub fn free_port() -> u16 {
    try_free_port().unwrap_or_else(|e| panic!("cannot bind 127.0.0.1:0 to find a free port: {e}"))
}

/// `http://host:port/path?q` → (`host:port`, `/path?q`).
fn split_url(url: &str) -> io::Result<(&str, &str)> {
    let rest = url
        .strip_prefix("http://")
        .ok_or_else(|| invalid(format!("only http:// URLs are supported: {url}")))?;
    let split = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, target) = rest.split_at(split);
    if authority.is_empty() {
        return Err(invalid(format!("no host in {url}")));
    }
    Ok((authority, if target.is_empty() { "/" } else { target }))
}

fn authority_with_port(authority: &str) -> String {
    let host_end = authority.rfind(']').unwrap_or(0);
    if authority[host_end..].contains(':') {
        authority.to_owned()
    } else {
        format!("{authority}:80")
    }
}

fn read_response(reader: &mut impl BufRead, head_request: bool) -> io::Result<Response> {
    let mut head_bytes = 0;
    let status_line = read_line(reader, &mut head_bytes)?;
    let status = status_line
        .strip_prefix("HTTP/1.")
        .and_then(|rest| rest.get(2..5))
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| invalid(format!("bad status line {status_line:?}")))?;
    let mut headers = Vec::new();
    loop {
        let line = read_line(reader, &mut head_bytes)?;
        if line.is_empty() {
            break;
        }
        let (name, value) = line
            .split_once(':')
            .ok_or_else(|| invalid(format!("bad header line {line:?}")))?;
        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
    }
    let mut response = Response {
        status,
        headers,
        body: Vec::new(),
    };
    if head_request || status / 100 == 1 || status == 204 || status == 304 {
        return Ok(response);
    }
    response.body = if response
        .header("transfer-encoding")
        .is_some_and(|te| te.to_ascii_lowercase().contains("chunked"))
    {
        read_chunked(reader)?
    } else if let Some(length) = response.header("content-length") {
        let length: usize = length
            .parse()
            .map_err(|_| invalid(format!("bad content-length {length:?}")))?;
        let mut body = vec![0; length];
        reader.read_exact(&mut body)?;
        body
    } else {
        let mut body = Vec::new();
        reader.read_to_end(&mut body)?;
        body
    };
    Ok(response)
}

fn read_chunked(reader: &mut impl BufRead) -> io::Result<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let line = read_line(reader, &mut 0)?;
        let size = line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size, 16)
            .map_err(|_| invalid(format!("bad chunk size line {line:?}")))?;
        if size == 0 {
            // Trailers, then the empty line that ends the message.
            while !read_line(reader, &mut 0)?.is_empty() {}
            return Ok(body);
        }
        let start = body.len();
        body.resize(start + size, 0);
        reader.read_exact(&mut body[start..])?;
        if !read_line(reader, &mut 0)?.is_empty() {
            return Err(invalid("chunk not followed by CRLF".to_owned()));
        }
    }
}

/// One CRLF- (or LF-) terminated line without its terminator. `used` counts the
/// bytes read by the calls sharing it, which together may not exceed [`MAX_HEAD`].
fn read_line(reader: &mut impl BufRead, used: &mut usize) -> io::Result<String> {
    let mut line = Vec::new();
    let read = reader
        .take((MAX_HEAD - *used) as u64)
        .read_until(b'\n', &mut line)?;
    *used += read;
    if !line.ends_with(b"\n") {
        return Err(if read == 0 && *used < MAX_HEAD {
            io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "connection closed mid-response",
            )
        } else {
            invalid("response head too long or truncated".to_owned())
        });
    }
    line.pop();
    if line.ends_with(b"\r") {
        line.pop();
    }
    String::from_utf8(line).map_err(|_| invalid("non-UTF-8 line in response head".to_owned()))
}

fn invalid(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_length_and_chunked_bodies() {
        let raw = b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\nX-A: b\r\n\r\nabcEXTRA";
        let response = read_response(&mut &raw[..], false).unwrap();
        assert_eq!(
            (response.status, response.body.as_slice()),
            (200, &b"abc"[..])
        );
        assert_eq!(response.header("x-a"), Some("b"));

        let raw = b"HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n";
        let response = read_response(&mut &raw[..], false).unwrap();
        assert_eq!(
            (response.status, response.body.as_slice()),
            (404, &b"abcde"[..])
        );
    }

    #[test]
    fn splits_urls() {
        assert_eq!(
            split_url("http://127.0.0.1:9/a?b").unwrap(),
            ("127.0.0.1:9", "/a?b")
        );
        assert_eq!(split_url("http://h").unwrap(), ("h", "/"));
        assert!(split_url("https://h/").is_err());
        assert_eq!(authority_with_port("[::1]"), "[::1]:80");
        assert_eq!(authority_with_port("[::1]:5"), "[::1]:5");
    }
}
