//! Size, token and speed comparison of DX against minified JSON, TOON and YAML, side by side.
//!
//! ```text
//! cargo run --release -p dx-serializer-bench --features compare            # print the report
//! cargo run --release -p dx-serializer-bench --features compare -- --write # and save it to bench/results/serializer.md
//! ```
//!
//! TOON text comes from the reference encoder (npm `@toon-format/toon`, default options) run
//! with node; the command installs it and `@toon-format/spec` with `npm ci` when missing.
//! Tokens are counted with the o200k_base tokenizer. Speeds are the median of several timed
//! batches on this machine.

use std::fmt::Write as _;
use std::hint::black_box;
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use dx_serializer::Value;
use dx_serializer_bench::{Dataset, bench_dir, builtin, from_npm, repo_root};

const FORMATS: [&str; 4] = ["JSON", "DX", "TOON", "YAML"];

struct Measured {
    name: String,
    source: String,
    docs: usize,
    bytes: [usize; 4],
    tokens: [usize; 4],
    /// Documents where DX has more bytes / more tokens than TOON: (index, dx, toon).
    byte_losses: Vec<(usize, usize, usize)>,
    token_losses: Vec<(usize, usize, usize)>,
    /// Nanoseconds per pass over the dataset.
    dx_parse: f64,
    json_parse: f64,
    json_parse_dx_value: f64,
    dx_encode: f64,
    json_encode: f64,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let write = args.iter().any(|a| a == "--write");
    let quick = args.iter().any(|a| a == "--quick");
    if let Some(bad) = args
        .iter()
        .find(|a| !matches!(a.as_str(), "--write" | "--quick"))
    {
        eprintln!("error: unknown argument {bad}\nusage: compare [--write] [--quick]");
        return ExitCode::from(2);
    }
    match run(write, quick) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn run(write: bool, quick: bool) -> Result<(), String> {
    install_npm_packages()?;
    let conformance = node(&["conformance"])?;
    let conformance = dx_serializer::from_json(&conformance)
        .map_err(|e| e.to_string())?
        .into_owned();

    let mut datasets = builtin();
    datasets.extend(from_npm());
    if datasets.iter().all(|d| !d.name.starts_with("spec:")) {
        return Err("the @toon-format/spec fixtures are missing after npm ci".to_string());
    }

    let toon = toon_texts(&datasets)?;
    let bpe = tiktoken_rs::o200k_base().map_err(|e| format!("o200k_base: {e}"))?;
    let count = |text: &str| bpe.encode_ordinary(text).len();

    let mut rows = Vec::new();
    for (dataset, toon) in datasets.iter().zip(toon) {
        eprintln!("measuring {}", dataset.name);
        rows.push(measure(dataset, toon, &count, quick)?);
    }
    let report = render(&rows, &conformance, quick);
    print!("{report}");
    if write {
        let path = repo_root().join("bench/results/serializer.md");
        std::fs::write(&path, &report).map_err(|e| format!("{}: {e}", path.display()))?;
        eprintln!("wrote {}", path.display());
    }
    Ok(())
}

/// `npm ci` in the bench folder unless the packages are already there.
fn install_npm_packages() -> Result<(), String> {
    let dir = bench_dir();
    let installed = ["toon", "spec"].iter().all(|p| {
        dir.join("node_modules/@toon-format")
            .join(p)
            .join("package.json")
            .is_file()
    });
    if installed {
        return Ok(());
    }
    eprintln!("installing @toon-format/toon and @toon-format/spec with npm ci");
    let status = Command::new("npm")
        .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
        .current_dir(&dir)
        .status()
        .map_err(|e| format!("cannot run npm (node and npm are needed for TOON): {e}"))?;
    if !status.success() {
        return Err(format!("npm ci failed in {}", dir.display()));
    }
    Ok(())
}

fn node(args: &[&str]) -> Result<String, String> {
    let out = Command::new("node")
        .arg("toon.mjs")
        .args(args)
        .current_dir(bench_dir())
        .output()
        .map_err(|e| format!("cannot run node: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "node toon.mjs {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| e.to_string())
}

/// TOON text of every document, from one node run.
fn toon_texts(datasets: &[Dataset]) -> Result<Vec<Vec<String>>, String> {
    let all: Vec<&str> = datasets
        .iter()
        .flat_map(|d| d.docs.iter().map(String::as_str))
        .collect();
    let input = format!("[{}]", all.join(","));
    let path = std::env::temp_dir().join(format!("dx-compare-{}.json", std::process::id()));
    std::fs::write(&path, input).map_err(|e| e.to_string())?;
    let out = node(&["encode", &path.display().to_string()]);
    let _ = std::fs::remove_file(&path);
    let texts: Vec<String> = serde_json::from_str(&out?).map_err(|e| e.to_string())?;
    let mut texts = texts.into_iter();
    Ok(datasets
        .iter()
        .map(|d| texts.by_ref().take(d.docs.len()).collect())
        .collect())
}

fn measure(
    dataset: &Dataset,
    toon: Vec<String>,
    count: &dyn Fn(&str) -> usize,
    quick: bool,
) -> Result<Measured, String> {
    let values: Vec<Value<'_>> = dataset
        .docs
        .iter()
        .map(|d| dx_serializer::from_json(d))
        .collect::<Result<_, _>>()
        .map_err(|e| format!("{}: {e}", dataset.name))?;
    let json: Vec<String> = values.iter().map(dx_serializer::to_json).collect();
    let dx: Vec<String> = values.iter().map(dx_serializer::encode).collect();
    for (i, (text, value)) in dx.iter().zip(&values).enumerate() {
        let back = dx_serializer::parse(text.as_bytes())
            .map_err(|e| format!("{} #{i}: {e}", dataset.name))?;
        if &back != value {
            return Err(format!("{} #{i}: DX round trip differs", dataset.name));
        }
    }
    let yaml: Vec<String> = values
        .iter()
        .map(|v| serde_norway::to_string(v).map_err(|e| e.to_string()))
        .collect::<Result<_, _>>()?;

    let texts = [&json, &dx, &toon, &yaml];
    let mut bytes = [0; 4];
    let mut tokens = [0; 4];
    let mut per_doc = vec![[(0usize, 0usize); 4]; values.len()];
    for (f, docs) in texts.iter().enumerate() {
        for (i, text) in docs.iter().enumerate() {
            let (b, t) = (text.len(), count(text));
            bytes[f] += b;
            tokens[f] += t;
            per_doc[i][f] = (b, t);
        }
    }
    let byte_losses = (0..values.len())
        .filter(|&i| per_doc[i][1].0 > per_doc[i][2].0)
        .map(|i| (i, per_doc[i][1].0, per_doc[i][2].0))
        .collect();
    let token_losses = (0..values.len())
        .filter(|&i| per_doc[i][1].1 > per_doc[i][2].1)
        .map(|i| (i, per_doc[i][1].1, per_doc[i][2].1))
        .collect();

    let serde_values: Vec<serde_json::Value> = json
        .iter()
        .map(|j| serde_json::from_str(j).map_err(|e| e.to_string()))
        .collect::<Result<_, _>>()?;
    let budget = if quick {
        Duration::from_millis(20)
    } else {
        Duration::from_millis(60)
    };
    let mut ops: Vec<Box<dyn FnMut() + '_>> = vec![
        Box::new(|| {
            for text in &dx {
                black_box(dx_serializer::parse(black_box(text.as_bytes())).ok());
            }
        }),
        Box::new(|| {
            for text in &json {
                black_box(serde_json::from_str::<serde_json::Value>(black_box(text)).ok());
            }
        }),
        Box::new(|| {
            for text in &json {
                black_box(dx_serializer::from_json(black_box(text)).ok());
            }
        }),
        Box::new(|| {
            for value in &values {
                black_box(dx_serializer::encode(black_box(value)));
            }
        }),
        Box::new(|| {
            for value in &serde_values {
                black_box(serde_json::to_string(black_box(value)).ok());
            }
        }),
    ];
    let [
        dx_parse,
        json_parse,
        json_parse_dx_value,
        dx_encode,
        json_encode,
    ] = time(budget, &mut ops)[..]
    else {
        return Err("timing failed".to_string());
    };
    Ok(Measured {
        name: dataset.name.clone(),
        source: dataset.source.clone(),
        docs: values.len(),
        bytes,
        tokens,
        byte_losses,
        token_losses,
        dx_parse,
        json_parse,
        json_parse_dx_value,
        dx_encode,
        json_encode,
    })
}

/// Nanoseconds per call of each op: the ops take turns (one batch each, 9 rounds), so load
/// from other processes hits them alike, and each op's fastest batch counts.
fn time(budget: Duration, ops: &mut [Box<dyn FnMut() + '_>]) -> Vec<f64> {
    let batch: Vec<u64> = ops
        .iter_mut()
        .map(|f| {
            let mut iters: u64 = 1;
            loop {
                let start = Instant::now();
                for _ in 0..iters {
                    f();
                }
                let elapsed = start.elapsed();
                if elapsed >= budget / 8 || iters >= 1 << 30 {
                    let per = budget.as_secs_f64() / 9.0 / elapsed.as_secs_f64() * iters as f64;
                    return per.ceil().max(1.0) as u64;
                }
                iters *= 2;
            }
        })
        .collect();
    let mut best = vec![f64::INFINITY; ops.len()];
    for _ in 0..9 {
        for (i, f) in ops.iter_mut().enumerate() {
            let start = Instant::now();
            for _ in 0..batch[i] {
                f();
            }
            let ns = start.elapsed().as_nanos() as f64 / batch[i] as f64;
            best[i] = best[i].min(ns);
        }
    }
    best
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "–".to_string();
    }
    format!("{:+.1}%", (part as f64 / whole as f64 - 1.0) * 100.0)
}

fn micros(ns: f64) -> String {
    let us = ns / 1000.0;
    if us >= 100.0 {
        format!("{us:.0}")
    } else if us >= 10.0 {
        format!("{us:.1}")
    } else {
        format!("{us:.2}")
    }
}

fn render(rows: &[Measured], conformance: &Value<'_>, quick: bool) -> String {
    let mut s = String::new();
    let version = |package: &str| {
        let path = bench_dir()
            .join("node_modules/@toon-format")
            .join(package)
            .join("package.json");
        std::fs::read_to_string(path)
            .ok()
            .and_then(|t| {
                dx_serializer::from_json(&t).ok().and_then(|v| {
                    v.get("version")
                        .and_then(|v| v.as_str().map(str::to_string))
                })
            })
            .unwrap_or_else(|| "?".to_string())
    };
    let rustc = Command::new("rustc")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".to_string());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let passed = conformance
        .get("passed")
        .map(|v| dx_serializer::to_json(v))
        .unwrap_or_default();
    let total = conformance
        .get("total")
        .map(|v| dx_serializer::to_json(v))
        .unwrap_or_default();

    let _ = writeln!(s, "# DX compared with JSON, TOON and YAML");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "<!-- DO NOT EDIT: written by `cargo run --release -p dx-serializer-bench --features compare -- --write` (bench/serializer/src/bin/compare.rs) -->"
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "- JSON: minified, as serde_json writes it. DX: `dx_serializer::encode` (no abbreviation dictionary)."
    );
    let _ = writeln!(
        s,
        "- TOON: the reference encoder `@toon-format/toon` {} with default options, run with node; it passes {passed}/{total} of the encode fixtures of `@toon-format/spec` {} (the rest test key folding, which this version no longer has, and one list-format case).",
        version("toon"),
        version("spec")
    );
    let _ = writeln!(
        s,
        "- YAML: serde_norway 0.9 (a maintained fork of serde_yaml), default style."
    );
    let _ = writeln!(
        s,
        "- Tokens: o200k_base (tiktoken-rs 0.12), `encode_ordinary`, summed over a dataset's documents."
    );
    let _ = writeln!(
        s,
        "- Machine: {cpu}, {cores} cores, {rustc}, release build{}.",
        if quick { ", --quick timing" } else { "" }
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "## Size");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "| dataset | docs | JSON B | DX B | TOON B | YAML B | DX vs TOON (B) | JSON tok | DX tok | TOON tok | YAML tok | DX vs TOON (tok) |"
    );
    let _ = writeln!(
        s,
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    );
    let mut total_bytes = [0; 4];
    let mut total_tokens = [0; 4];
    for r in rows {
        for f in 0..4 {
            total_bytes[f] += r.bytes[f];
            total_tokens[f] += r.tokens[f];
        }
        let _ = writeln!(
            s,
            "| {} | {} | {} | **{}** | {} | {} | {} | {} | **{}** | {} | {} | {} |",
            r.name,
            r.docs,
            r.bytes[0],
            r.bytes[1],
            r.bytes[2],
            r.bytes[3],
            percent(r.bytes[1], r.bytes[2]),
            r.tokens[0],
            r.tokens[1],
            r.tokens[2],
            r.tokens[3],
            percent(r.tokens[1], r.tokens[2]),
        );
    }
    let docs: usize = rows.iter().map(|r| r.docs).sum();
    let _ = writeln!(
        s,
        "| **total** | {docs} | {} | **{}** | {} | {} | {} | {} | **{}** | {} | {} | {} |",
        total_bytes[0],
        total_bytes[1],
        total_bytes[2],
        total_bytes[3],
        percent(total_bytes[1], total_bytes[2]),
        total_tokens[0],
        total_tokens[1],
        total_tokens[2],
        total_tokens[3],
        percent(total_tokens[1], total_tokens[2]),
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "DX vs TOON: negative means DX is smaller. Formats in column order: {}.",
        FORMATS.join(", ")
    );
    let _ = writeln!(s);

    let _ = writeln!(s, "## Where DX loses to TOON");
    let _ = writeln!(s);
    let dataset_losses: Vec<&Measured> = rows
        .iter()
        .filter(|r| r.bytes[1] > r.bytes[2] || r.tokens[1] > r.tokens[2])
        .collect();
    if dataset_losses.is_empty() {
        let _ = writeln!(
            s,
            "Datasets: none (DX has fewer bytes and fewer tokens than TOON on every dataset)."
        );
    } else {
        for r in &dataset_losses {
            let _ = writeln!(
                s,
                "- dataset **{}**: DX {} B / {} tok, TOON {} B / {} tok",
                r.name, r.bytes[1], r.tokens[1], r.bytes[2], r.tokens[2]
            );
        }
    }
    let byte_docs: usize = rows.iter().map(|r| r.byte_losses.len()).sum();
    let token_docs: usize = rows.iter().map(|r| r.token_losses.len()).sum();
    let _ = writeln!(
        s,
        "\nSingle documents: DX has more bytes than TOON in {byte_docs} of {docs} documents and more tokens in {token_docs} of {docs}:"
    );
    let _ = writeln!(s);
    for r in rows {
        for (i, dx, toon) in &r.byte_losses {
            let _ = writeln!(s, "- {} #{i}: {dx} B vs TOON {toon} B", r.name);
        }
        for (i, dx, toon) in &r.token_losses {
            let _ = writeln!(s, "- {} #{i}: {dx} tokens vs TOON {toon} tokens", r.name);
        }
    }
    let _ = writeln!(s);

    let _ = writeln!(s, "## Speed");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "Microseconds per pass over a dataset (all its documents): the operations take turns in 9 rounds of timed batches and each one's fastest batch is shown (the machine is shared, so slower batches measure other processes). Parse: DX text → `dx_serializer::Value` vs JSON text → `serde_json::Value` (and, for the same target type, JSON → `dx_serializer::Value` through serde_json). Encode: `dx_serializer::encode` vs `serde_json::to_string(&serde_json::Value)`. Ratios above 1 mean DX is faster."
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "| dataset | DX parse µs | serde_json parse µs | parse ratio | serde_json → dx Value µs | DX encode µs | serde_json encode µs | encode ratio |"
    );
    let _ = writeln!(s, "|---|---:|---:|---:|---:|---:|---:|---:|");
    let mut sums = [0.0f64; 5];
    for r in rows {
        sums[0] += r.dx_parse;
        sums[1] += r.json_parse;
        sums[2] += r.json_parse_dx_value;
        sums[3] += r.dx_encode;
        sums[4] += r.json_encode;
        let _ = writeln!(
            s,
            "| {} | {} | {} | {:.2}× | {} | {} | {} | {:.2}× |",
            r.name,
            micros(r.dx_parse),
            micros(r.json_parse),
            r.json_parse / r.dx_parse,
            micros(r.json_parse_dx_value),
            micros(r.dx_encode),
            micros(r.json_encode),
            r.json_encode / r.dx_encode,
        );
    }
    let _ = writeln!(
        s,
        "| **total** | {} | {} | {:.2}× | {} | {} | {} | {:.2}× |",
        micros(sums[0]),
        micros(sums[1]),
        sums[1] / sums[0],
        micros(sums[2]),
        micros(sums[3]),
        micros(sums[4]),
        sums[4] / sums[3],
    );
    let slower_parse: Vec<&str> = rows
        .iter()
        .filter(|r| r.dx_parse > r.json_parse)
        .map(|r| r.name.as_str())
        .collect();
    let slower_encode: Vec<&str> = rows
        .iter()
        .filter(|r| r.dx_encode > r.json_encode)
        .map(|r| r.name.as_str())
        .collect();
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "DX parses slower than serde_json on: {}. DX encodes slower than serde_json on: {}.",
        list(&slower_parse),
        list(&slower_encode)
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "## Datasets");
    let _ = writeln!(s);
    for r in rows {
        let _ = writeln!(s, "- **{}**: {}", r.name, r.source);
    }
    s
}

fn list(names: &[&str]) -> String {
    if names.is_empty() {
        "none".to_string()
    } else {
        names.join(", ")
    }
}
