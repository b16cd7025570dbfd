//! One run over the listed test262 directories: find the tests, skip what the skip list says,
//! rewrite and compile the rest with dx, run what compiled under node, and judge each test.

use std::path::{Path, PathBuf};
use std::time::Duration;

use dx_compiler::{Code, Options, SourceFile, compile};

use crate::frontmatter;
use crate::node::{self, Run, Side};
use crate::rewrite;
use crate::skiplist::SkipList;

/// One test file.
#[derive(Clone, Debug)]
pub struct Case {
    /// The listed directory it was found under (a row of the summary).
    pub dir: String,
    /// Its path under `test/`, with `/` separators.
    pub path: String,
}

/// How a test ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// dx compiled it, its output equals node's, and node's own run held every check.
    Pass,
    /// dx rejected it with this coded diagnostic (code, message).
    Unsupported(&'static str, String),
    /// A panic, an internal error, a trap, a mismatch, a timeout, or node itself failing.
    Fail(String),
    /// The skip list's reason.
    Skip(String),
}

/// Settings of a run.
#[derive(Clone, Debug)]
pub struct Config {
    /// The test262 checkout (holds `test/` and `harness/`).
    pub test262: PathBuf,
    /// Directories under `test/` to run.
    pub dirs: Vec<String>,
    /// Only tests whose path contains this (for working on a few tests).
    pub filter: Option<String>,
    /// Node processes at once.
    pub workers: usize,
    /// Time limit per test in node.
    pub limit: Duration,
    /// Scratch directory for the compiled tests (emptied first).
    pub scratch: PathBuf,
    /// Leave the scratch directory in place (to read the rewritten tests).
    pub keep: bool,
}

/// Runs every test of `config.dirs`; results in directory, then path order.
pub fn run(config: &Config, skips: &SkipList) -> Result<Vec<(Case, Outcome)>, String> {
    let _ = std::fs::remove_dir_all(&config.scratch);
    std::fs::create_dir_all(&config.scratch)
        .map_err(|e| format!("cannot create {}: {e}", config.scratch.display()))?;
    std::fs::write(config.scratch.join("host.js"), dx_runtime::host_js())
        .map_err(|e| format!("cannot write host.js: {e}"))?;

    let mut cases = Vec::new();
    for dir in &config.dirs {
        let root = config.test262.join("test").join(dir);
        if !root.is_dir() {
            return Err(format!("{} is not a directory", root.display()));
        }
        for path in test_files(&root) {
            let rel = path
                .strip_prefix(config.test262.join("test"))
                .expect("under test/")
                .to_string_lossy()
                .replace('\\', "/");
            if config.filter.as_ref().is_some_and(|f| !rel.contains(f)) {
                continue;
            }
            cases.push(Case {
                dir: dir.clone(),
                path: rel,
            });
        }
    }

    let quiet_panics = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut outcomes = Vec::with_capacity(cases.len());
    let mut to_run = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let id = format!("t{i:05}");
        let outcome = prepare(config, skips, case, &id);
        if outcome.is_none() {
            to_run.push(id);
        }
        outcomes.push(outcome);
    }
    std::panic::set_hook(quiet_panics);

    let runs = node::run_all(&config.scratch, &to_run, config.workers, config.limit);
    let results = cases
        .into_iter()
        .zip(outcomes)
        .enumerate()
        .map(|(i, (case, outcome))| {
            let outcome = outcome.unwrap_or_else(|| judge(&runs[&format!("t{i:05}")], config));
            (case, outcome)
        })
        .collect();
    if !config.keep {
        let _ = std::fs::remove_dir_all(&config.scratch);
    }
    Ok(results)
}

/// `*.js` files under `root`, recursively, sorted; `_FIXTURE` files are imported by module
/// tests, not tests themselves.
fn test_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().to_string();
            if path.is_dir() {
                stack.push(path);
            } else if name.ends_with(".js") && !name.contains("_FIXTURE") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Skips, rewrites and compiles one test. `None`: compiled, `<id>.mjs` and `<id>.wasm` are
/// written and node decides; `Some`: the outcome is already known.
fn prepare(config: &Config, skips: &SkipList, case: &Case, id: &str) -> Option<Outcome> {
    let full = config.test262.join("test").join(&case.path);
    let source = match std::fs::read_to_string(&full) {
        Ok(s) => s,
        Err(e) => return Some(Outcome::Fail(format!("cannot read it: {e}"))),
    };
    let meta = frontmatter::parse(&source).unwrap_or_default();
    let code = source
        .split_once("---*/")
        .map_or(source.as_str(), |(_, code)| code);
    if let Some(rule) = skips.matching(&case.path, &meta, code) {
        return Some(Outcome::Skip(rule.reason.clone()));
    }
    let mut program = String::new();
    for include in &meta.includes {
        match std::fs::read_to_string(config.test262.join("harness").join(include)) {
            Ok(text) => program.push_str(&text),
            Err(e) => return Some(Outcome::Fail(format!("harness/{include}: {e}"))),
        }
        program.push('\n');
    }
    program.push_str(&source);
    // Unparsable text goes to dx unchanged, so its syntax error is reported like any other.
    let text = rewrite::rewrite(&program).map_or(program, |r| r.text);

    let file = SourceFile::new(
        format!("{}.ts", case.path.strip_suffix(".js").unwrap_or(&case.path)),
        text.clone(),
    );
    let options = Options {
        nullable_refs_only: true,
        ..Options::default()
    };
    let compiled = std::panic::catch_unwind(|| compile(&file, options));
    let wasm = match compiled {
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            return Some(Outcome::Fail(format!(
                "dx panicked: {}",
                one_line(&message)
            )));
        }
        Ok(Err(diagnostics)) => {
            let Some(first) = diagnostics.first() else {
                return Some(Outcome::Fail("dx failed without a diagnostic".into()));
            };
            if first.code == Code::Internal {
                return Some(Outcome::Fail(format!(
                    "dx internal error: {}",
                    one_line(&first.message)
                )));
            }
            let mut message = one_line(&first.message);
            if !message.contains('`') {
                let snippet = text.get(first.span.start as usize..first.span.end as usize);
                message = format!("{message}: `{}`", shape(snippet.unwrap_or("")));
            }
            return Some(Outcome::Unsupported(first.code.info().id, message));
        }
        Ok(Ok(output)) => output.wasm,
    };
    let written = std::fs::write(config.scratch.join(format!("{id}.mjs")), &text)
        .and_then(|()| std::fs::write(config.scratch.join(format!("{id}.wasm")), wasm));
    match written {
        Ok(()) => None,
        Err(e) => Some(Outcome::Fail(format!(
            "cannot write the compiled test: {e}"
        ))),
    }
}

/// Pass when node's own run held every check and dx printed exactly what node printed.
fn judge(run: &Run, config: &Config) -> Outcome {
    let (js, wasm) = match run {
        Run::Done { js, wasm } => (js, wasm),
        Run::TimedOut => {
            return Outcome::Fail(format!("timed out after {} s", config.limit.as_secs()));
        }
        Run::Crashed(message) => return Outcome::Fail(format!("node crashed: {message}")),
    };
    if let Some(problem) = side_problem(js) {
        return Outcome::Fail(format!("node itself: {problem}"));
    }
    if let Some(error) = &wasm.error {
        return Outcome::Fail(format!("dx {error}"));
    }
    if js.lines != wasm.lines {
        return Outcome::Fail(first_difference(js, wasm));
    }
    Outcome::Pass
}

fn side_problem(side: &Side) -> Option<String> {
    side.error
        .clone()
        .or_else(|| side.failed.first().map(|f| format!("check {f} failed")))
}

fn first_difference(js: &Side, wasm: &Side) -> String {
    let at = js
        .lines
        .iter()
        .zip(&wasm.lines)
        .position(|(a, b)| a != b)
        .unwrap_or(js.lines.len().min(wasm.lines.len()));
    let line = |side: &Side| {
        side.lines
            .get(at)
            .map_or("(nothing)".to_string(), |l| format!("`{l}`"))
    };
    format!(
        "output differs at line {}: node {}, dx {}",
        at + 1,
        line(js),
        line(wasm)
    )
}

/// The shape of the code a diagnostic points at, so that rejections of the same construct
/// count together: at most three tokens, names as `x` (keywords and constructors kept), numbers
/// as `1`, strings as `"…"`, a bracket closes at once: `new Boolean(…)`, `x |= 1`, `try {…}`.
fn shape(snippet: &str) -> String {
    const KEYWORDS: &[&str] = &[
        "new",
        "try",
        "throw",
        "typeof",
        "void",
        "delete",
        "this",
        "function",
        "do",
        "while",
        "for",
        "if",
        "switch",
        "var",
        "let",
        "const",
        "with",
        "class",
        "null",
        "undefined",
        "in",
        "instanceof",
        "true",
        "false",
        "return",
        "break",
        "continue",
        "case",
        "default",
    ];
    let mut out: Vec<String> = Vec::new();
    let mut rest = snippet.trim_start();
    while let Some(c) = rest.chars().next() {
        if out.len() == 3 {
            out.push("…".into());
            break;
        }
        let after_new = out.last().is_some_and(|t| t == "new");
        let (token, len) = if c.is_alphabetic() || c == '_' || c == '$' {
            let len = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
                .unwrap_or(rest.len());
            let word = &rest[..len];
            let kept = KEYWORDS.contains(&word) || after_new;
            (if kept { word.to_string() } else { "x".into() }, len)
        } else if c.is_ascii_digit()
            || c == '.' && rest[1..].starts_with(|d: char| d.is_ascii_digit())
        {
            let len = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
                .unwrap_or(rest.len());
            ("1".into(), len)
        } else if c == '"' || c == '\'' || c == '`' {
            let len = rest[1..].find(c).map_or(rest.len(), |i| i + 2);
            ("\"…\"".into(), len)
        } else if matches!(c, '{' | '[' | '(') {
            let close = match c {
                '{' => '}',
                '[' => ']',
                _ => ')',
            };
            out.push(format!("{c}…{close}"));
            break;
        } else {
            let len = rest
                .find(|c: char| c.is_alphanumeric() || c.is_whitespace() || "{[(\"'`_$".contains(c))
                .unwrap_or(rest.len())
                .max(c.len_utf8());
            (rest[..len].to_string(), len)
        };
        out.push(token);
        rest = rest[len..].trim_start();
    }
    out.join(" ").replace("new x", "new").replace(" (…)", "(…)")
}

fn one_line(s: &str) -> String {
    let line = s.lines().next().unwrap_or("").trim();
    if line.chars().count() > 120 {
        format!("{}…", line.chars().take(120).collect::<String>())
    } else {
        line.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::shape;

    #[test]
    fn shapes_of_rejected_code() {
        assert_eq!(shape("new Boolean(true)"), "new Boolean(…)");
        assert_eq!(shape("try {\n x \n} catch (e) {}"), "try {…}");
        assert_eq!(shape("{valueOf: function() {return 1}}"), "{…}");
        assert_eq!(shape("count |= 1"), "x |= 1");
        assert_eq!(shape("do_out : while(1===1) {"), "x : while …");
        assert_eq!(shape("throw \"x\";"), "throw \"…\" ;");
        assert_eq!(shape("x.y"), "x . x");
    }
}
