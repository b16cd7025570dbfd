//! `cargo run --release -p dx-test262 [-- --write] [--filter TEXT] [--verbose] [--keep]`
//!
//! Runs the directories of `conformance/test262-dirs.txt` from the test262 checkout named by
//! `TEST262_DIR` (a directory holding `test/` and `harness/`; nothing of it is committed here),
//! minus `conformance/test262-skip.txt`, and compares the result with `conformance/test262.snap`:
//! a different result is printed as a diff and fails the command. `--write` updates the summary
//! instead. `--filter TEXT` runs only the tests whose path contains TEXT and prints their
//! outcomes (no comparison); `--verbose` prints every test's outcome; `--keep` leaves the
//! rewritten and compiled tests in the scratch directory it names. Without `TEST262_DIR` it says so and exits 0.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use dx_test262::skiplist::SkipList;
use dx_test262::suite::{self, Config, Outcome};
use dx_test262::summary::{self, RunInfo};
use dx_test262::{checkout_revision, list_lines};

/// Where a checkout comes from: no package registry carries test262 itself (npm's
/// `test262-harness` and `test262-stream` are runners that read a checkout).
const HOW_TO_GET_IT: &str = "test262 is not on the package registries: clone the tc39/test262 git \
repository anywhere outside this repository and run `TEST262_DIR=/path/to/test262 cargo run --release -p dx-test262`";

fn main() -> ExitCode {
    let mut flags = Flags::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--write" => flags.write = true,
            "--verbose" => flags.verbose = true,
            "--keep" => flags.keep = true,
            "--filter" if let Some(text) = args.next() => flags.filter = Some(text),
            _ => {
                eprintln!("unknown argument `{arg}` (--write, --verbose, --keep, --filter TEXT)");
                return ExitCode::from(2);
            }
        }
    }

    let Some(test262) = std::env::var_os("TEST262_DIR").filter(|v| !v.is_empty()) else {
        println!("skipped: TEST262_DIR not set. {HOW_TO_GET_IT}");
        return ExitCode::SUCCESS;
    };
    let test262 = PathBuf::from(test262);
    if !test262.join("test").is_dir() || !test262.join("harness").is_dir() {
        eprintln!(
            "TEST262_DIR={} has no test/ and harness/ directories. {HOW_TO_GET_IT}",
            test262.display()
        );
        return ExitCode::from(2);
    }
    match run(&test262, flags) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

/// The command-line switches.
#[derive(Default)]
struct Flags {
    write: bool,
    verbose: bool,
    keep: bool,
    filter: Option<String>,
}

fn run(test262: &Path, flags: Flags) -> Result<ExitCode, String> {
    let Flags {
        write,
        verbose,
        keep,
        filter,
    } = flags;
    let conformance = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let read = |name: &str| {
        std::fs::read_to_string(conformance.join(name))
            .map_err(|e| format!("conformance/{name}: {e}"))
    };
    let dirs = list_lines(&read("test262-dirs.txt")?);
    let skips = SkipList::parse(&read("test262-skip.txt")?)
        .map_err(|e| format!("conformance/test262-skip.txt {e}"))?;
    let config = Config {
        test262: test262.to_path_buf(),
        dirs: dirs.clone(),
        filter: filter.clone(),
        workers: std::thread::available_parallelism().map_or(2, |n| n.get()),
        limit: Duration::from_secs(10),
        scratch: std::env::temp_dir().join(format!("dx-test262-{}", std::process::id())),
        keep,
    };
    if keep {
        eprintln!("keeping the compiled tests in {}", config.scratch.display());
    }
    let started = Instant::now();
    let results = suite::run(&config, &skips)?;
    eprintln!(
        "ran {} tests in {:.1} s",
        results.len(),
        started.elapsed().as_secs_f64()
    );
    if verbose || filter.is_some() {
        for (case, outcome) in &results {
            let status = match outcome {
                Outcome::Pass => "pass".to_string(),
                Outcome::Unsupported(code, message) => format!("unsupported: {code} {message}"),
                Outcome::Fail(why) => format!("FAIL: {why}"),
                Outcome::Skip(why) => format!("skip: {why}"),
            };
            println!("{}: {status}", case.path);
        }
    }
    if filter.is_some() {
        return Ok(ExitCode::SUCCESS);
    }

    let node = std::process::Command::new("node")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let info = RunInfo {
        test262: checkout_revision(test262),
        date: summary::today(),
        node,
    };
    let text = summary::render(&info, &dirs, &results);
    let snap = conformance.join("test262.snap");
    if write {
        std::fs::write(&snap, &text).map_err(|e| format!("{}: {e}", snap.display()))?;
        print_totals(&text);
        println!("wrote conformance/test262.snap");
        return Ok(ExitCode::SUCCESS);
    }
    let committed = std::fs::read_to_string(&snap).unwrap_or_default();
    print_totals(&text);
    if summary::same_results(&committed, &text) {
        println!("conformance/test262.snap matches");
        Ok(ExitCode::SUCCESS)
    } else {
        println!(
            "conformance/test262.snap differs from this run (- committed, + now):\n{}",
            summary::diff(&committed, &text)
        );
        println!("if the change is intended, rerun with -- --write and commit the summary");
        Ok(ExitCode::FAILURE)
    }
}

fn print_totals(summary: &str) {
    for line in summary.lines() {
        if line.starts_with("total ") || line.starts_with("pass rate") {
            println!("{line}");
        }
    }
}
