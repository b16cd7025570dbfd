//! The `dx` binary as users run it: exit codes, printed sizes, coded diagnostics.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::{dx, temp};

fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn build_writes_the_app_and_prints_sizes() {
    let out = temp("build");
    let (code, stdout, stderr) = dx(&[
        "build",
        &example("counter.tsx"),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    // The counter is a Micro app: its page carries the tiny host, which has the templates.
    for file in ["index.html", "app.wasm"] {
        assert!(out.join(file).is_file(), "{file} missing");
        let row = stdout
            .lines()
            .find(|l| l.starts_with(file))
            .unwrap_or_else(|| panic!("no size row for {file}:\n{stdout}"));
        assert_eq!(
            row.matches(" B").count(),
            3,
            "raw/gzip/brotli for {file}: {row}"
        );
    }
    assert!(stdout.contains("built Counter"), "{stdout}");
    let wasm = std::fs::read(out.join("app.wasm")).unwrap();
    assert_eq!(&wasm[..4], b"\0asm");
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        index.contains("export async function startWithBytes("),
        "{index}"
    );
    for file in ["dx-host.js", "app.htip"] {
        assert!(!index.contains(file) && !out.join(file).exists(), "{file}");
        assert!(!stdout.contains(file), "{stdout}");
    }
}

#[test]
fn compile_errors_exit_1_with_code_location_frame_and_hint() {
    let dir = temp("bad");
    let src = dir.join("bad.tsx");
    std::fs::write(
        &src,
        "export default function App() {\n  return <p>{cout}</p>;\n}\n",
    )
    .unwrap();
    let (code, stdout, stderr) = dx(&[
        "build",
        src.to_str().unwrap(),
        "--out",
        dir.join("out").to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stderr.contains("error[DX0201]: unknown identifier `cout`"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("{}:2:14", src.display())),
        "{stderr}"
    );
    assert!(stderr.contains("2 |   return <p>{cout}</p>;"), "{stderr}");
    assert!(stderr.contains("^^^^"), "{stderr}");
    assert!(stderr.contains("= hint:"), "{stderr}");
    assert!(
        !dir.join("out").exists(),
        "nothing is written when compilation fails"
    );
}

#[test]
fn missing_files_and_bad_usage_are_reported() {
    let (code, _, stderr) = dx(&["build", "/nonexistent/app.tsx", "--out", "/tmp/x"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("/nonexistent/app.tsx"), "{stderr}");
    let (code, _, stderr) = dx(&["build", &example("counter.tsx")]);
    assert_eq!(code, 2);
    assert!(stderr.contains("--out"), "{stderr}");
    let (code, _, stderr) = dx(&["frobnicate"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("unknown command"), "{stderr}");
    let (code, _, stderr) = dx(&["serve", "/nonexistent-dir"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("not a directory"), "{stderr}");
}

#[test]
fn serve_prints_its_url_and_serves_wasm_with_the_right_type() {
    let out = temp("serve");
    let (code, _, stderr) = dx(&[
        "build",
        &example("counter.dx"),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let mut child = Command::new(env!("CARGO_BIN_EXE_dx"))
        .args(["serve", out.to_str().unwrap(), "--port", "0"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "{line}");
    let addr = url.trim_start_matches("http://").trim_end_matches('/');
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET /app.wasm HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let started = Instant::now();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    let head = String::from_utf8_lossy(&response[..response.len().min(400)]).to_lowercase();
    assert!(head.starts_with("http/1.1 200"), "{head}");
    assert!(head.contains("content-type: application/wasm"), "{head}");
    assert!(head.contains("etag:"), "{head}");
    assert!(started.elapsed() < Duration::from_secs(10));
}

/// Regression: `dx build … | head -1` used to panic ("failed printing to stdout").
#[test]
fn output_to_a_closed_pipe_is_not_a_panic() {
    let out = temp("pipe");
    let script = format!(
        "set -o pipefail; '{}' build '{}' --out '{}' | true",
        env!("CARGO_BIN_EXE_dx"),
        example("counter.tsx"),
        out.display()
    );
    for _ in 0..5 {
        let result = Command::new("bash")
            .arg("-c")
            .arg(&script)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert_eq!(result.status.code(), Some(0), "{stderr}");
    }
}

const SMALL_APP: &str = "export default function App() {\n  return <p id=\"hi\">hi</p>;\n}\n";

/// An app directory with `app.tsx` and the page template `index_html`; returns it and the
/// output directory a build of it writes to.
fn templated_app(name: &str, index_html: &str) -> (PathBuf, PathBuf) {
    let dir = temp(name);
    let app = dir.join("app");
    std::fs::create_dir_all(&app).unwrap();
    std::fs::write(app.join("app.tsx"), SMALL_APP).unwrap();
    std::fs::write(app.join("index.html"), index_html).unwrap();
    (app, dir.join("out"))
}

fn build_templated(app: &Path, out: &Path) -> (i32, String, String) {
    dx(&[
        "build",
        app.join("app.tsx").to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ])
}

/// The start script `dx build` inserts (the app of [`templated_app`] is a Micro app: the script
/// carries the host).
const START: &str = "<script type=\"module\">\nlet ";

#[test]
fn an_index_html_next_to_the_entry_is_the_page_and_its_local_assets_are_copied() {
    let template = "<!doctype html>\n<html>\n<head>\n<title>My app</title>\n\
        <link rel=\"stylesheet\" href=\"node_modules/todomvc-app-css/index.css\">\n\
        <link rel=\"stylesheet\" href=\"https://cdn.example/bootstrap.css\">\n\
        <link rel=\"icon\" href=\"./img/icon.svg?v=1\">\n</head>\n<body>\n\
        <section class=\"todoapp\" id=\"app\"></section>\n<script src=\"js/extra.js\"></script>\n\
        </body>\n</html>\n";
    let (app, out) = templated_app("template", template);
    let assets = [
        (
            "node_modules/todomvc-app-css/index.css",
            "body { color: red }\n",
        ),
        (
            "img/icon.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        ),
        ("js/extra.js", "console.log('extra');\n"),
    ];
    for (path, text) in assets {
        std::fs::create_dir_all(app.join(path).parent().unwrap()).unwrap();
        std::fs::write(app.join(path), text).unwrap();
    }
    std::fs::write(app.join("unreferenced.css"), "p {}").unwrap();
    let (code, stdout, stderr) = build_templated(&app, &out);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains(&format!(
            "with the page template {}",
            app.join("index.html").display()
        )),
        "{stdout}"
    );

    // The template, with the start script inserted once, right before </body>, the first
    // frame inside the app element, and (it links stylesheets, which hold the start script
    // back until they load) a hint that fetches app.wasm meanwhile, before </head>.
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert_eq!(index.matches(START).count(), 1, "{index}");
    assert!(
        index.contains(
            "<link rel=\"preload\" href=\"./app.wasm\" as=\"fetch\" crossorigin>\n</head>"
        ),
        "{index}"
    );
    let at = index.find(START).unwrap();
    let script = &index[at..at + index[at..].find("</script>\n").unwrap() + "</script>\n".len()];
    assert!(stdout.contains("prerendered: 17 bytes"), "{stdout}");
    assert_eq!(
        index
            .replacen(script, "", 1)
            .replacen("<p id=\"hi\">hi</p>", "", 1)
            .replacen(
                "<link rel=\"preload\" href=\"./app.wasm\" as=\"fetch\" crossorigin>\n",
                "",
                1
            ),
        template,
        "only the script and the first frame are added"
    );
    assert!(index.contains(&format!("{script}</body>")), "{index}");

    for (path, text) in assets {
        assert_eq!(std::fs::read_to_string(out.join(path)).unwrap(), text);
        assert!(
            stdout.lines().any(|l| l.starts_with(path)),
            "no size row for {path}:\n{stdout}"
        );
    }
    assert!(!out.join("unreferenced.css").exists());
    assert!(!out.join("cdn.example").exists() && !out.join("https:").exists());
    let rows: Vec<&str> = stdout
        .lines()
        .map(|l| l.split("  ").next().unwrap())
        .collect();
    let position = |name: &str| rows.iter().position(|r| *r == name).unwrap();
    assert!(position("app.wasm") < position("total"), "{stdout}");
    assert!(position("total") < position("js/extra.js"), "{stdout}");
    assert_eq!(rows.last(), Some(&"total with assets"), "{stdout}");
}

#[test]
fn a_missing_asset_is_an_error_naming_it_and_nothing_is_written() {
    let (app, out) = templated_app(
        "template-missing",
        "<html><head>\n  <link rel=\"stylesheet\" href=\"node_modules/todomvc-app-css/index.css\">\n</head>\n<body><div id=\"app\"></div></body></html>\n",
    );
    let (code, stdout, stderr) = build_templated(&app, &out);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stderr.contains(&format!("{}:2:32: ", app.join("index.html").display())),
        "{stderr}"
    );
    assert!(
        stderr.contains("`node_modules/todomvc-app-css/index.css` does not exist"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("hint: run `npm ci` in {}", app.display())),
        "{stderr}"
    );
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn a_template_without_an_app_element_or_body_end_tag_is_an_error() {
    let (app, out) = templated_app(
        "template-no-app",
        "<html><body><main id=\"root\"></main></body></html>\n",
    );
    let (code, _, stderr) = build_templated(&app, &out);
    assert_eq!(code, 1);
    assert!(
        stderr.contains(&format!(
            "error: {}: no element with id=\"app\"",
            app.join("index.html").display()
        )),
        "{stderr}"
    );
    assert!(stderr.contains("add <div id=\"app\"></div>"), "{stderr}");
    assert!(!out.exists());

    let (app, out) = templated_app("template-no-body", "<div id=\"app\"></div>\n");
    let (code, _, stderr) = build_templated(&app, &out);
    assert_eq!(code, 1);
    assert!(stderr.contains("no </body>"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn template_references_outside_the_app_directory_are_rejected() {
    for reference in ["../secret.css", "css/../../secret.css", "/etc/passwd"] {
        let (app, out) = templated_app(
            "template-traversal",
            &format!("<link href=\"{reference}\">\n<div id=\"app\"></div></body>\n"),
        );
        std::fs::write(app.join("../secret.css"), "secret").unwrap();
        let (code, _, stderr) = build_templated(&app, &out);
        assert_eq!(code, 1, "{reference}");
        assert!(
            stderr.contains(&format!("index.html:1:13: `{reference}`")),
            "{stderr}"
        );
        assert!(!out.exists(), "{reference}");
    }
}
