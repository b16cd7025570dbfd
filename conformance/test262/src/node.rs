//! Runs the compiled tests under node in batches: one node process (`run.mjs`) per worker runs
//! many tests and prints one JSON line per test as it ends. A test that prints nothing within
//! the time limit is killed with its process, reported as timed out, and the batch goes on in a
//! new process from the next test, so one hanging test never stalls the run.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// How long node may take to start `run.mjs` and load the host.
const STARTUP: Duration = Duration::from_secs(60);

#[path = "../../../compiler-wasm/tests/differential/node.rs"]
mod shared;

/// What one side (node running the JS, or the dx wasm) did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Side {
    /// Each `console.log` line, values shown with their types.
    pub lines: Vec<String>,
    /// The harness checks that did not hold, e.g. `#2 sameValue(1, 2)`.
    pub failed: Vec<String>,
    /// `throws …` when the program threw or trapped.
    pub error: Option<String>,
}

/// How one test's node run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Run {
    /// Both sides ran.
    Done {
        /// Node running the rewritten test as JavaScript.
        js: Side,
        /// The wasm dx compiled from it.
        wasm: Side,
    },
    /// Nothing was printed within the time limit.
    TimedOut,
    /// Node exited before reporting the test (it crashed or ran out of memory).
    Crashed(String),
}

/// Runs the tests `ids` (files `<id>.mjs` and `<id>.wasm` in `dir`, next to `host.js`) in
/// `workers` node processes at a time, each test limited to `limit`.
pub fn run_all(
    dir: &Path,
    ids: &[String],
    workers: usize,
    limit: Duration,
) -> HashMap<String, Run> {
    let flags = shared::node_wasm_flags();
    let chunk = ids.len().div_ceil(workers.max(1)).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = ids
            .chunks(chunk)
            .map(|ids| scope.spawn(|| run_batch(dir, ids, &flags, limit)))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a node batch thread panicked"))
            .collect()
    })
}

/// Runs `ids` in order, restarting node after a test that hangs or crashes it.
fn run_batch(dir: &Path, ids: &[String], flags: &[&str], limit: Duration) -> HashMap<String, Run> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("run.mjs");
    let mut results = HashMap::new();
    let mut rest = ids;
    let stderr_path = dir.join(format!(
        "stderr-{}.txt",
        ids.first().map_or("", |s| s.as_str())
    ));
    while !rest.is_empty() {
        let stderr = std::fs::File::create(&stderr_path).expect("create the node stderr file");
        let mut child = Command::new("node")
            .args(flags)
            .arg(&script)
            .arg(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .expect("node must be installed (scripts/setup.sh checks it)");
        let mut stdin = child.stdin.take().expect("piped stdin");
        stdin
            .write_all(rest.join("\n").as_bytes())
            .expect("write test ids to node");
        drop(stdin);
        let (tx, rx) = mpsc::channel();
        let stdout = child.stdout.take().expect("piped stdout");
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut done = 0;
        let mut stopped = None;
        // Node's start-up does not count against the first test's limit; a runner that does
        // not start would fail every test the same way, so they all report it.
        if rx.recv_timeout(STARTUP.max(limit)).as_deref() != Ok("ready") {
            let _ = child.kill();
            let _ = child.wait();
            let stderr = std::fs::read_to_string(&stderr_path).unwrap_or_default();
            let why = format!("node did not start run.mjs: {}", last_line(&stderr));
            for id in rest {
                results.insert(id.clone(), Run::Crashed(why.clone()));
            }
            break;
        }
        for id in rest {
            match rx.recv_timeout(limit) {
                Ok(line) => {
                    results.insert(id.clone(), parse_line(&line, id));
                    done += 1;
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    stopped = Some(Run::TimedOut);
                    break;
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    let _ = child.wait();
                    let stderr = std::fs::read_to_string(&stderr_path).unwrap_or_default();
                    stopped = Some(Run::Crashed(last_line(&stderr)));
                    break;
                }
            }
        }
        let _ = child.kill();
        let _ = child.wait();
        match stopped {
            Some(run) => {
                results.insert(rest[done].clone(), run);
                rest = &rest[done + 1..];
            }
            None => rest = &[],
        }
    }
    results
}

/// The last non-empty line of node's stderr (the error that stopped it).
fn last_line(stderr: &str) -> String {
    let last = stderr.lines().rev().find(|l| !l.trim().is_empty());
    last.unwrap_or("no message").trim().to_string()
}

/// One JSON line of `run.mjs`. A line that does not parse is reported as a crash of that test.
fn parse_line(line: &str, id: &str) -> Run {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
        return Run::Crashed(format!("unreadable runner output: {line}"));
    };
    if value["id"] != id {
        return Run::Crashed(format!("runner reported {} instead", value["id"]));
    }
    Run::Done {
        js: side(&value["js"]),
        wasm: side(&value["wasm"]),
    }
}

fn side(value: &serde_json::Value) -> Side {
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    Side {
        lines: strings(&value["lines"]),
        failed: strings(&value["failed"]),
        error: value["error"].as_str().map(String::from),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_runner_line() {
        let line = r#"{"id":"t1","js":{"lines":["\"__262__\" \"assert\" 1 true"],"failed":[],"error":null},"wasm":{"lines":[],"failed":[],"error":"throws wasm trap: unreachable"}}"#;
        let Run::Done { js, wasm } = parse_line(line, "t1") else {
            panic!("not parsed")
        };
        assert_eq!(js.lines, ["\"__262__\" \"assert\" 1 true"]);
        assert_eq!(wasm.error.as_deref(), Some("throws wasm trap: unreachable"));
        assert!(matches!(parse_line(line, "t2"), Run::Crashed(_)));
    }
}
