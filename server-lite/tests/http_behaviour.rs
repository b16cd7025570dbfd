//! dx-server-lite over real HTTP on 127.0.0.1, spoken to by a hand-written client
//! whose every read and write has a timeout.

// Shared with dx-tests, which this crate cannot depend on (it depends on us).
#[allow(dead_code)]
#[path = "../../tests/src/http.rs"]
mod http;
#[allow(dead_code)]
#[path = "../../tests/src/temp_dir.rs"]
mod temp_dir;

use std::io::Read;
use std::net::SocketAddr;
use std::time::Duration;

use http::Response;
use temp_dir::TempDir;

const TIMEOUT: Duration = Duration::from_secs(10);

/// A served site (`<tmp>/site`) next to a secret (`<tmp>/secret.txt`) it must never leak.
struct Fixture {
    _dir: TempDir,
    addr: SocketAddr,
    _server: dx_server_lite::ServerHandle,
    big_js: String,
}

const SECRET: &str = "TOP-SECRET-CONTENT";

fn fixture() -> Fixture {
    let dir = TempDir::new("dx-server-lite-test").unwrap();
    dir.write("secret.txt", SECRET).unwrap();
    dir.write("site/index.html", "<!doctype html><title>root</title>")
        .unwrap();
    dir.write("site/app.wasm", b"\0asm\x01\0\0\0").unwrap();
    dir.write("site/sub/index.html", "<p>sub</p>").unwrap();
    dir.write("site/page.htip", [1u8, 2, 3]).unwrap();
    dir.write("site/empty-dir/.keep", "").unwrap();
    let big_js: String = (0..400)
        .map(|i| format!("export const value{i} = {i};\n"))
        .collect();
    dir.write("site/app.js", &big_js).unwrap();
    dir.write("site/mod.mjs", "export {};").unwrap();
    std::os::unix::fs::symlink(
        dir.path().join("secret.txt"),
        dir.path().join("site/link.txt"),
    )
    .unwrap();
    let (addr, server) = dx_server_lite::spawn_background(dir.path().join("site"), 0).unwrap();
    Fixture {
        _dir: dir,
        addr,
        _server: server,
        big_js,
    }
}

impl Fixture {
    fn request(&self, method: &str, target: &str, headers: &[(&str, &str)]) -> Response {
        let url = format!("http://{}{target}", self.addr);
        http::send(method, &url, headers, &[], TIMEOUT)
            .unwrap_or_else(|e| panic!("{method} {target}: {e}"))
    }

    fn get(&self, target: &str) -> Response {
        self.request("GET", target, &[])
    }
}

#[test]
fn content_type_by_extension() {
    let f = fixture();
    for (target, expected) in [
        ("/app.wasm", "application/wasm"),
        ("/app.js", "text/javascript; charset=utf-8"),
        ("/mod.mjs", "text/javascript; charset=utf-8"),
        ("/index.html", "text/html; charset=utf-8"),
        ("/page.htip", "application/octet-stream"),
    ] {
        let response = f.get(target);
        assert_eq!(response.status, 200, "{target}");
        assert_eq!(response.header("content-type"), Some(expected), "{target}");
        assert_eq!(
            response.header("cache-control"),
            Some("no-cache"),
            "{target}"
        );
    }
    assert_eq!(f.get("/app.wasm").body, b"\0asm\x01\0\0\0");
}

#[test]
fn directories_serve_index_html() {
    let f = fixture();
    let root = f.get("/");
    assert_eq!(
        (root.status, root.text().as_str()),
        (200, "<!doctype html><title>root</title>")
    );
    assert_eq!(
        root.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(f.get("/sub/").text(), "<p>sub</p>");

    let redirect = f.get("/sub?x=1");
    assert_eq!(redirect.status, 307);
    assert_eq!(redirect.header("location"), Some("/sub/?x=1"));
    assert_eq!(f.get("/empty-dir/").status, 404);
}

#[test]
fn etag_and_conditional_get() {
    let f = fixture();
    let first = f.get("/app.wasm");
    let etag = first.header("etag").expect("etag header").to_owned();
    assert!(
        etag.len() == 34 && etag.starts_with('"') && etag.ends_with('"'),
        "{etag}"
    );
    assert!(!etag.starts_with("W/"), "strong etag expected: {etag}");

    let cached = f.request("GET", "/app.wasm", &[("If-None-Match", &etag)]);
    assert_eq!(cached.status, 304);
    assert!(cached.body.is_empty());
    assert_eq!(cached.header("etag"), Some(etag.as_str()));

    let stale = f.request("GET", "/app.wasm", &[("If-None-Match", "\"0000\"")]);
    assert_eq!(stale.status, 200);
    assert_ne!(f.get("/app.js").header("etag"), Some(etag.as_str()));
}

#[test]
fn files_are_read_per_request() {
    let f = fixture();
    let before = f.get("/mod.mjs");
    std::fs::write(
        f._dir.path().join("site/mod.mjs"),
        "export const rebuilt = 1;",
    )
    .unwrap();
    let after = f.get("/mod.mjs");
    assert_eq!(after.text(), "export const rebuilt = 1;");
    assert_ne!(before.header("etag"), after.header("etag"));
}

#[test]
fn compression_is_negotiated() {
    let f = fixture();
    let br = f.request("GET", "/app.js", &[("Accept-Encoding", "br")]);
    assert_eq!(br.status, 200);
    assert_eq!(br.header("content-encoding"), Some("br"));
    assert!(
        br.header("vary")
            .is_some_and(|v| v.to_ascii_lowercase().contains("accept-encoding"))
    );
    let mut decoded = String::new();
    brotli::Decompressor::new(&br.body[..], 4096)
        .read_to_string(&mut decoded)
        .unwrap();
    assert_eq!(decoded, f.big_js);
    assert!(br.body.len() < f.big_js.len() / 2);

    let gzip = f.request("GET", "/app.js", &[("Accept-Encoding", "gzip")]);
    assert_eq!(gzip.header("content-encoding"), Some("gzip"));
    let mut decoded = String::new();
    flate2::read::GzDecoder::new(&gzip.body[..])
        .read_to_string(&mut decoded)
        .unwrap();
    assert_eq!(decoded, f.big_js);

    let identity = f.get("/app.js");
    assert_eq!(identity.header("content-encoding"), None);
    assert_eq!(identity.text(), f.big_js);
}

#[test]
fn traversal_is_rejected() {
    let f = fixture();
    for target in [
        "/../secret.txt",
        "/sub/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2fsecret.txt",
        "/sub/%2e%2e/%2e%2e/secret.txt",
        "/..%5csecret.txt",
        "//secret.txt",
        "/link.txt",
        &format!("/{}", f._dir.path().join("secret.txt").display()),
    ] {
        let response = f.get(target);
        assert!(
            matches!(response.status, 400 | 404),
            "{target}: status {}",
            response.status
        );
        assert!(
            !response.text().contains(SECRET),
            "{target} leaked the secret"
        );
    }
}

#[test]
fn missing_file_is_404_with_text() {
    let f = fixture();
    let response = f.get("/nope.js");
    assert_eq!(response.status, 404);
    assert_eq!(
        response.header("content-type"),
        Some("text/plain; charset=utf-8")
    );
    assert!(response.text().contains("not found"));
    assert_eq!(f.get("/app.wasm/x").status, 404);
}

#[test]
fn only_get_and_head() {
    let f = fixture();
    let head = f.request("HEAD", "/app.js", &[]);
    assert_eq!(head.status, 200);
    assert_eq!(
        head.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    assert!(head.body.is_empty());

    for method in ["POST", "PUT", "DELETE"] {
        let response = f.request(method, "/app.js", &[]);
        assert_eq!(response.status, 405, "{method}");
        assert!(
            response
                .header("allow")
                .is_some_and(|allow| allow.contains("GET")),
            "{method}"
        );
    }
}

#[test]
fn stops_when_the_handle_drops() {
    let f = fixture();
    let addr = f.addr;
    assert_eq!(f.get("/").status, 200);
    drop(f);
    let refused = http::send(
        "GET",
        &format!("http://{addr}/"),
        &[],
        &[],
        Duration::from_secs(2),
    );
    assert!(
        refused.is_err(),
        "server still answering after its handle dropped"
    );
}

#[tokio::test]
async fn serve_on_a_bound_listener() {
    let dir = TempDir::new("dx-server-lite-serve").unwrap();
    dir.write("index.html", "hello").unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    let server = tokio::spawn(dx_server_lite::serve(listener, dir.path().to_owned()));
    let response = tokio::task::spawn_blocking(move || http::send("GET", &url, &[], &[], TIMEOUT))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(response.text(), "hello");
    server.abort();
}
