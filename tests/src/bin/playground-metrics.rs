//! Prints the playground's figures, measured in real headless Chromium against a built `dist/`
//! (`trunk build --release`) served by server-lite:
//!
//! - raw / gzip -9 / brotli -q 11 size of every file in `dist/` (the compiler's wasm has a
//!   0.6 MB brotli budget, checked here: the command fails above it);
//! - time from navigation start to the first running preview (`performance.now()` when the
//!   preview iframe reports the app mounted), for fresh browser profiles (cold cache) and for
//!   reloads (warm cache);
//! - compile time of the largest single-file example and of TodoMVC (several files) inside the
//!   compiler worker, after warm-up: the worker's own `compileMs` (parse → emit → validate) and
//!   the page's round trip.
//!
//! `cargo run --release -p dx-tests --bin playground-metrics [-- DIST]`

use std::path::PathBuf;
use std::time::{Duration, Instant};

use dx_compiler_web::Sizes;
use dx_tests::browser::Browser;
use serde_json::{Value, json};

const COMPILER_BUDGET_BROTLI: usize = 600 * 1024;
const SAMPLES: usize = 5;
const WARMUP: usize = 20;
const COMPILES: usize = 50;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn main() -> Result<()> {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let dist = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| repo.join("dist"));
    if !dist.join("index.html").is_file() {
        return Err(format!(
            "no playground in {}: run `trunk build --release`",
            dist.display()
        )
        .into());
    }

    println!("playground files ({}):", dist.display());
    println!(
        "{:<44} {:>10} {:>10} {:>10}",
        "file", "raw", "gzip", "brotli"
    );
    let mut compiler_brotli = 0;
    let mut names: Vec<_> = std::fs::read_dir(&dist)?
        .flatten()
        .map(|e| e.path())
        .collect();
    names.sort();
    for path in names.iter().filter(|p| p.is_file()) {
        let sizes = Sizes::of(&std::fs::read(path)?);
        let name = path.file_name().unwrap().to_string_lossy();
        if name == "dx-compiler-web_bg.wasm" {
            compiler_brotli = sizes.brotli;
        }
        println!(
            "{name:<44} {:>8} B {:>8} B {:>8} B",
            sizes.raw, sizes.gzip, sizes.brotli
        );
    }

    let (addr, _server) = dx_server_lite::spawn_background(dist.clone(), 0)?;
    let url = format!("http://{addr}/");

    let mut cold = Vec::new();
    for _ in 0..SAMPLES {
        let browser = Browser::launch()?;
        cold.push(first_preview_ms(&browser, &url)?);
    }
    let browser = Browser::launch()?;
    first_preview_ms(&browser, &url)?;
    let mut warm = Vec::new();
    for _ in 0..SAMPLES {
        warm.push(first_preview_ms(&browser, &url)?);
    }

    let (largest, source) = largest_example(&repo)?;
    let files = json!({ largest.clone(): source.clone() });
    let (compile, round_trip) = compile_times(&browser, &largest, &files)?;
    // TodoMVC: an app of several files (the entry and what it imports).
    let todomvc = repo.join("examples/todomvc");
    let mut todo_files = serde_json::Map::new();
    let mut todo_bytes = 0;
    for entry in std::fs::read_dir(&todomvc)? {
        let path = entry?.path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if (name.ends_with(".tsx") || name.ends_with(".ts")) && name != "app.dx" {
            let text = std::fs::read_to_string(&path)?;
            todo_bytes += text.len();
            todo_files.insert(name, json!(text));
        }
    }
    let (todo_compile, todo_trip) = compile_times(&browser, "app.tsx", &Value::Object(todo_files))?;

    println!();
    println!(
        "compiler wasm (dx-compiler-web_bg.wasm): {compiler_brotli} B brotli ({:.3} MB; budget 0.6 MB)",
        compiler_brotli as f64 / 1e6
    );
    println!(
        "page load → first preview: median {:.0} ms cold (fresh profile), {:.0} ms warm (reload); samples cold {cold:?}, warm {warm:?}",
        median(&cold),
        median(&warm)
    );
    println!(
        "compile of {largest} ({} bytes) in the worker after {WARMUP} warm-up compiles, {COMPILES} runs: median {:.2} ms (worker), {:.2} ms round trip from the page",
        source.len(),
        median(&compile),
        median(&round_trip)
    );
    println!(
        "compile of todomvc/app.tsx ({todo_bytes} bytes in its files) in the worker, same method: median {:.2} ms (worker), {:.2} ms round trip from the page",
        median(&todo_compile),
        median(&todo_trip)
    );
    if compiler_brotli > COMPILER_BUDGET_BROTLI {
        return Err(format!(
            "the compiler wasm is {compiler_brotli} B brotli, over the {COMPILER_BUDGET_BROTLI} B budget"
        )
        .into());
    }
    Ok(())
}

/// Loads the playground and returns `performance.now()` at its first running preview.
fn first_preview_ms(browser: &Browser, url: &str) -> Result<f64> {
    browser.goto(url)?;
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let ms = browser.execute(
            "return document.body.getAttribute('data-first-preview-ms')",
            vec![],
        )?;
        if let Some(ms) = ms.as_str() {
            return Ok(ms.parse()?);
        }
        if Instant::now() > deadline {
            return Err("no preview within 30 s".into());
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn largest_example(repo: &std::path::Path) -> Result<(String, String)> {
    let mut best = (String::new(), String::new());
    for entry in std::fs::read_dir(repo.join("examples"))? {
        let path = entry?.path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".tsx") || name.ends_with(".dx") {
            let text = std::fs::read_to_string(&path)?;
            if text.len() > best.1.len() {
                best = (name, text);
            }
        }
    }
    Ok(best)
}

/// Worker-reported compile times and page round trips, after warm-up.
fn compile_times(browser: &Browser, name: &str, files: &Value) -> Result<(Vec<f64>, Vec<f64>)> {
    browser.execute(
        "window.__times = null; \
         const [name, files, warmup, runs] = arguments; \
         const worker = new Worker('./dx-compiler-web_loader.js'); \
         const compile = [], trip = []; let n = 0, sent = 0; \
         const send = () => { sent = performance.now(); worker.postMessage({ id: n, files, entry: name }); }; \
         worker.onmessage = (e) => { \
           if (e.data.ready) return send(); \
           if (!e.data.ok) { window.__times = { error: JSON.stringify(e.data.diagnostics) }; return; } \
           if (n >= warmup) { compile.push(e.data.stats.compileMs); trip.push(performance.now() - sent); } \
           if (++n < warmup + runs) send(); else { window.__times = { compile, trip }; worker.terminate(); } \
         }; return 0;",
        vec![json!(name), files.clone(), json!(WARMUP), json!(COMPILES)],
    )?;
    let deadline = Instant::now() + Duration::from_secs(60);
    let times = loop {
        let t = browser.execute("return window.__times", vec![])?;
        if !t.is_null() {
            break t;
        }
        if Instant::now() > deadline {
            return Err("the worker did not finish".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    if let Some(e) = times.get("error") {
        return Err(format!("{name} does not compile: {e}").into());
    }
    let list = |v: &Value| -> Vec<f64> {
        v.as_array()
            .map(|a| a.iter().filter_map(Value::as_f64).collect())
            .unwrap_or_default()
    };
    Ok((list(&times["compile"]), list(&times["trip"])))
}

fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    if v.is_empty() {
        f64::NAN
    } else {
        v[v.len() / 2]
    }
}
