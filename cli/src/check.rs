//! `dx check <file|dir>...`: how much of a project dx compiles, and what blocks the rest.
//!
//! The compiler mounts one component per app, the file's default export
//! ([`dx_compiler::compile_app`]), so the unit checked is a file: an **entry** is a file whose
//! default export is a component; it is compiled as `dx build` compiles it, with the files it
//! imports read by the same loader. Every other file is a **module**, checked where entries
//! import it. Each entry gets one line, `ok` or its first diagnostic (the first blocker), and
//! the summary counts the blockers by code, most frequent first.

use std::cell::RefCell;
use std::panic::AssertUnwindSafe;
use std::path::{Component, Path, PathBuf};

use dx_compiler::{Diagnostic, Options, SourceFile, compile_app};

/// Extensions of the files a directory is searched for.
pub const EXTENSIONS: &[&str] = &["tsx", "jsx", "ts", "js", "dx"];

/// Directories never searched (besides every directory whose name starts with a dot):
/// installed packages and build output.
const SKIPPED_DIRS: &[&str] = &["node_modules", "dist", "target", "build", "out"];

/// What [`source_files`] found.
#[derive(Debug, Default)]
pub struct Found {
    /// The source files, sorted, each once.
    pub files: Vec<PathBuf>,
    /// Directories that could not be listed, with the OS error.
    pub unlistable: Vec<(PathBuf, String)>,
}

/// The files to check: each argument that is a file, and the source files under each argument
/// that is a directory (recursively, skipping [`SKIPPED_DIRS`], dot-directories and symlinked
/// directories), as paths relative to the current directory where they are under it.
/// Errors (a path that does not exist, a named file that is not a source file) are usage errors.
pub fn source_files(args: &[String]) -> Result<Found, String> {
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut found = Found::default();
    for arg in args {
        let path = relative_to(Path::new(arg), &cwd);
        let metadata = std::fs::metadata(&path).map_err(|e| format!("{arg}: {e}"))?;
        if metadata.is_dir() {
            walk(&path, &mut found);
        } else if is_source(&path) {
            found.files.push(path);
        } else {
            return Err(format!("{arg} is not a .tsx, .jsx, .ts, .js or .dx file"));
        }
    }
    found.files.sort();
    found.files.dedup();
    Ok(found)
}

/// `path` without `.` components and `dir/..` pairs (lexically, as the compiler joins import
/// paths), and relative to `cwd` when it is an absolute path under it.
fn relative_to(path: &Path, cwd: &Path) -> PathBuf {
    let mut clean = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(clean.components().next_back(), Some(Component::Normal(_))) =>
            {
                clean.pop();
            }
            other => clean.push(other),
        }
    }
    let clean = clean
        .strip_prefix(cwd)
        .map_or(clean.clone(), Path::to_path_buf);
    if clean.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        clean
    }
}

fn is_source(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e))
}

fn walk(dir: &Path, found: &mut Found) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return found.unlistable.push((dir.to_path_buf(), e.to_string())),
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        // Joined to `.` the path would read `./x`; users wrote `x`.
        let path = if dir == Path::new(".") {
            PathBuf::from(entry.file_name())
        } else {
            entry.path()
        };
        // `DirEntry::file_type` does not follow symlinks: a symlinked directory is not
        // entered (no loops), a symlinked file is checked like any file.
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            if !name.starts_with('.') && !SKIPPED_DIRS.contains(&name.as_ref()) {
                walk(&path, found);
            }
        } else if is_source(&path) && std::fs::metadata(&path).is_ok_and(|m| m.is_file()) {
            found.files.push(path);
        }
    }
}

/// Whether dx mounts `text` as an app: its default export is a component. A `.ts` file
/// never is (no JSX; compiled alone it is a program without UI). Otherwise a line must start
/// with `export default` (top-level statements start their line in formatted code), the export
/// must not be a lowercase name (`export default function helper`, `export default config`:
/// not components, in React as in dx), and the file must contain JSX, which always closes
/// with `</` or `/>`. The compiler then judges the entry: an anonymous or wrapped default
/// export (`export default memo(App)`) is an entry that fails with the compiler's reason.
pub fn is_entry(path: &Path, text: &str) -> bool {
    if path.extension().is_some_and(|e| e == "ts") {
        return false;
    }
    let Some(export) = text
        .match_indices("export default")
        .find(|(at, _)| *at == 0 || text.as_bytes()[at - 1] == b'\n')
        .map(|(at, keyword)| &text[at + keyword.len()..])
        .filter(|rest| rest.starts_with(char::is_whitespace))
    else {
        return false;
    };
    let named = default_export_name(export.trim_start());
    let lowercase = named.is_some_and(|name| !name.starts_with(|c: char| c.is_ascii_uppercase()));
    !lowercase && (text.contains("</") || text.contains("/>"))
}

/// The name of what `export default` is followed by in `rest`, if it names something:
/// `function Name`, `async function* Name`, `class Name`, or a lone `Name` (`export default
/// App;`). `None` for anonymous functions and classes and other expressions.
fn default_export_name(rest: &str) -> Option<&str> {
    let rest = rest
        .strip_prefix("async")
        .filter(|r| r.starts_with(char::is_whitespace))
        .map_or(rest, str::trim_start);
    for keyword in ["function", "class"] {
        if let Some(after) = rest.strip_prefix(keyword)
            && !after.starts_with(is_identifier_char)
        {
            let after = after.trim_start().trim_start_matches('*').trim_start();
            return identifier(after).filter(|name| *name != "extends");
        }
    }
    let name = identifier(rest)?;
    let after = rest[name.len()..].trim_start_matches([' ', '\t']);
    (after.is_empty() || after.starts_with([';', '\n', '\r'])).then_some(name)
}

fn is_identifier_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// The identifier `s` starts with, if any.
fn identifier(s: &str) -> Option<&str> {
    let end = s.find(|c| !is_identifier_char(c)).unwrap_or(s.len());
    let name = &s[..end];
    (!name.is_empty() && !name.starts_with(|c: char| c.is_ascii_digit())).then_some(name)
}

/// The result for one entry (or a file that could not be read).
#[derive(Debug)]
pub enum Outcome {
    /// It compiles.
    Ok,
    /// It does not: every file the compiler read and its diagnostics (the first is the blocker).
    Fail {
        files: Vec<SourceFile>,
        diagnostics: Vec<Diagnostic>,
    },
    /// The compiler panicked (a bug in dx): the panic message and where.
    Crash(String),
    /// The file (or a directory) could not be read: the OS error.
    Unreadable(String),
}

/// One reported file.
#[derive(Debug)]
pub struct Checked {
    /// Its path as the user sees it (relative to the current directory where it is under it).
    pub path: String,
    /// What happened.
    pub outcome: Outcome,
}

/// What `dx check` found.
#[derive(Debug, Default)]
pub struct Report {
    /// Entries and unreadable files, in path order.
    pub checked: Vec<Checked>,
    /// Files that are not entries.
    pub modules: usize,
}

/// The first diagnostic of a failure, located.
#[derive(Debug, PartialEq, Eq)]
pub struct Blocker<'a> {
    /// `DX0201`.
    pub code: &'static str,
    /// The catalogue's title of the code.
    pub title: &'static str,
    pub message: &'a str,
    /// The file the diagnostic is in (an entry's import, possibly).
    pub file: &'a str,
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub col: usize,
    pub hint: &'a str,
}

impl Outcome {
    /// The first diagnostic of a failure.
    pub fn blocker(&self) -> Option<Blocker<'_>> {
        let Outcome::Fail { files, diagnostics } = self else {
            return None;
        };
        let d = diagnostics.first()?;
        let file = &files[d.file_index()];
        let (line, col) = file.line_col(d.span.start);
        Some(Blocker {
            code: d.code.info().id,
            title: d.code.info().title,
            message: &d.message,
            file: &file.path,
            line,
            col,
            hint: &d.hint,
        })
    }

    fn status(&self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Fail { .. } => "fail",
            Outcome::Crash(_) => "crash",
            Outcome::Unreadable(_) => "unreadable",
        }
    }
}

/// Checks the files [`source_files`] found, in order; directories that could not be listed
/// are reported as unreadable. A panic inside the compiler is caught and reported for its file.
pub fn check(found: &Found) -> Report {
    let mut report = Report::default();
    for (path, error) in &found.unlistable {
        report.checked.push(Checked {
            path: path.display().to_string(),
            outcome: Outcome::Unreadable(error.clone()),
        });
    }
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        PANIC_LOCATION.with(|at| *at.borrow_mut() = info.location().map(|l| l.to_string()));
    }));
    let mut imported = std::collections::HashSet::new();
    for path in &found.files {
        let name = path.display().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                report.checked.push(Checked {
                    path: name,
                    outcome: Outcome::Unreadable(e.to_string()),
                });
                continue;
            }
        };
        if !is_entry(path, &text) {
            report.modules += 1;
            continue;
        }
        let (outcome, read) = catching(|| compile_entry(&name, text))
            .unwrap_or_else(|crash| (Outcome::Crash(crash), Vec::new()));
        imported.extend(read.iter().skip(1).filter_map(|p| canonical(p)));
        report.checked.push(Checked {
            path: name,
            outcome,
        });
    }
    std::panic::set_hook(previous_hook);
    // A component file another entry imports (`Panel.js` of `App.js`) is a part of that app,
    // checked with it with the props it is given, not an app of its own.
    let before = report.checked.len();
    report
        .checked
        .retain(|c| canonical(&c.path).is_none_or(|p| !imported.contains(&p)));
    report.modules += before - report.checked.len();
    report.checked.sort_by(|a, b| a.path.cmp(&b.path));
    report
}

/// Compiles an entry as `dx build` does: imports are read relative to the entry's path.
/// Also returns the paths of the files it read (the entry first).
fn compile_entry(path: &str, text: String) -> (Outcome, Vec<String>) {
    let (files, result) = compile_app(
        SourceFile::new(path, text),
        &mut |path| std::fs::read_to_string(path).ok(),
        Options::default(),
    );
    let read = files.iter().map(|f| f.path.clone()).collect();
    let outcome = match result {
        Ok(_) => Outcome::Ok,
        Err(diagnostics) => Outcome::Fail { files, diagnostics },
    };
    (outcome, read)
}

/// The file's path with `.`, `..` and links resolved, to compare paths written differently.
fn canonical(path: &str) -> Option<PathBuf> {
    std::fs::canonicalize(path).ok()
}

thread_local! {
    /// Where the last panic on this thread happened (set by `check`'s panic hook).
    static PANIC_LOCATION: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `f`, turning a panic into its message (and where it happened, when a hook recorded it).
pub fn catching<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    PANIC_LOCATION.with(|at| at.borrow_mut().take());
    std::panic::catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic without a message".to_string());
        match PANIC_LOCATION.with(|at| at.borrow_mut().take()) {
            Some(at) => format!("dx panicked at {at}: {message}"),
            None => format!("dx panicked: {message}"),
        }
    })
}

/// The summary counts.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Every file found (entries, modules, unreadable).
    pub files: usize,
    pub compile: usize,
    pub fail: usize,
    pub modules: usize,
    pub crashes: usize,
    pub unreadable: usize,
}

impl Report {
    /// The summary counts.
    pub fn counts(&self) -> Counts {
        let mut counts = Counts {
            modules: self.modules,
            ..Counts::default()
        };
        for c in &self.checked {
            match c.outcome {
                Outcome::Ok => counts.compile += 1,
                Outcome::Fail { .. } => counts.fail += 1,
                Outcome::Crash(_) => counts.crashes += 1,
                Outcome::Unreadable(_) => counts.unreadable += 1,
            }
        }
        counts.files = self.checked.len() + self.modules;
        counts
    }

    /// Blockers by code: `(code, count, title)`, most frequent first (then by code).
    pub fn by_code(&self) -> Vec<(&'static str, usize, &'static str)> {
        let mut rows: Vec<(&'static str, usize, &'static str)> = Vec::new();
        for b in self.checked.iter().filter_map(|c| c.outcome.blocker()) {
            match rows.iter_mut().find(|(code, _, _)| *code == b.code) {
                Some(row) => row.1 += 1,
                None => rows.push((b.code, 1, b.title)),
            }
        }
        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        rows
    }

    /// 0 when every entry compiles, 1 otherwise.
    pub fn exit_status(&self) -> u8 {
        let counts = self.counts();
        u8::from(counts.fail + counts.crashes + counts.unreadable > 0)
    }

    /// The text report: a line per entry, the rendered diagnostics of failures when `verbose`
    /// (as `dx build` prints them), the summary and the table of blockers by code.
    pub fn to_text(&self, verbose: bool) -> String {
        let mut text = String::new();
        for c in &self.checked {
            match &c.outcome {
                Outcome::Ok => text.push_str(&format!("ok   {}\n", c.path)),
                Outcome::Fail { files, diagnostics } => {
                    if let Some(b) = c.outcome.blocker() {
                        // A blocker in an imported file names the entry that imports it.
                        let entry = if b.file == c.path {
                            String::new()
                        } else {
                            format!(" (entry {})", c.path)
                        };
                        text.push_str(&format!(
                            "FAIL {}:{}:{} {} {}{entry}\n",
                            b.file,
                            b.line,
                            b.col,
                            b.code,
                            b.message.replace('\n', " ")
                        ));
                    }
                    if verbose {
                        // The same rendering as `BuildError::Compile`, which `dx build` prints.
                        let error = crate::build::BuildError::Compile {
                            files: files.clone(),
                            diagnostics: diagnostics.clone(),
                        };
                        text.push_str(&format!("{error}\n"));
                    }
                }
                Outcome::Crash(message) => text.push_str(&format!("crash {}: {message}\n", c.path)),
                Outcome::Unreadable(error) => {
                    text.push_str(&format!("error {}: {error}\n", c.path))
                }
            }
        }
        let n = self.counts();
        let plural = |count: usize, one: &str, many: &str| {
            format!("{count} {}", if count == 1 { one } else { many })
        };
        text.push_str(&format!(
            "{}: {} compile, {} fail, {}",
            plural(n.files, "file", "files"),
            n.compile,
            n.fail,
            plural(n.modules, "module", "modules")
        ));
        if n.crashes > 0 {
            text.push_str(&format!(", {}", plural(n.crashes, "crash", "crashes")));
        }
        if n.unreadable > 0 {
            text.push_str(&format!(", {} unreadable", n.unreadable));
        }
        text.push_str(
            "\nentries are files whose default export is a component, compiled with the files they \
             import;\nmodules are the other files, checked where an entry imports them\n",
        );
        let rows = self.by_code();
        if !rows.is_empty() {
            let width = rows[0].1.to_string().len().max("count".len());
            text.push_str(&format!("code   {:>width$}  what\n", "count"));
            for (code, count, title) in rows {
                text.push_str(&format!("{code} {count:>width$}  {title}\n"));
            }
        }
        text
    }

    /// The same data as JSON: `entries` (path, status, the first diagnostic of a failure, the
    /// message of a crash or read error), `summary` (the counts) and `codes` (blockers by code).
    pub fn to_json(&self) -> String {
        let entries: Vec<serde_json::Value> = self
            .checked
            .iter()
            .map(|c| {
                let mut entry = serde_json::json!({ "path": c.path, "status": c.outcome.status() });
                match &c.outcome {
                    Outcome::Ok => {}
                    Outcome::Fail { .. } => {
                        if let Some(b) = c.outcome.blocker() {
                            entry["diagnostic"] = serde_json::json!({
                                "code": b.code,
                                "message": b.message,
                                "file": b.file,
                                "line": b.line,
                                "col": b.col,
                                "hint": b.hint,
                            });
                        }
                    }
                    Outcome::Crash(message) | Outcome::Unreadable(message) => {
                        entry["message"] = message.as_str().into();
                    }
                }
                entry
            })
            .collect();
        let n = self.counts();
        let codes: Vec<serde_json::Value> = self
            .by_code()
            .into_iter()
            .map(|(code, count, title)| {
                serde_json::json!({ "code": code, "count": count, "title": title })
            })
            .collect();
        let json = serde_json::json!({
            "entries": entries,
            "summary": {
                "files": n.files,
                "compile": n.compile,
                "fail": n.fail,
                "modules": n.modules,
                "crashes": n.crashes,
                "unreadable": n.unreadable,
            },
            "codes": codes,
        });
        let mut text = serde_json::to_string_pretty(&json).unwrap_or_default();
        text.push('\n');
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(path: &str, text: &str) -> bool {
        is_entry(Path::new(path), text)
    }

    #[test]
    fn entries_are_files_whose_default_export_is_a_component() {
        let jsx = "\n  return <p>hi</p>;\n}\n";
        assert!(entry(
            "a.tsx",
            &format!("export default function App() {{{jsx}")
        ));
        assert!(entry(
            "a.dx",
            &format!("export default async function* App() {{{jsx}")
        ));
        assert!(entry(
            "a.jsx",
            &format!("function App() {{{jsx}export default App;\n")
        ));
        assert!(entry(
            "a.js",
            &format!("function App() {{{jsx}export default App\n")
        ));
        // Anonymous and wrapped components are entries; the compiler says why they fail.
        assert!(entry("a.tsx", "export default () => <br />;\n"));
        assert!(entry(
            "a.tsx",
            &format!("function App() {{{jsx}export default memo(App);\n")
        ));
        assert!(entry(
            "a.tsx",
            "export default class extends Component {}\n// <br/>\n"
        ));
        assert!(entry(
            "a.tsx",
            "export default\nfunction App() { return <br/>; }\n"
        ));
        // Not components: lowercase names, no JSX, no default export, `.ts`.
        assert!(!entry(
            "a.tsx",
            &format!("export default function app() {{{jsx}")
        ));
        assert!(!entry(
            "a.tsx",
            "const store = 1;\nexport default store;\n<br/>"
        ));
        assert!(!entry("a.tsx", "export default { a: 1 };\n"));
        assert!(!entry("a.tsx", "export default function Providers() {}\n"));
        assert!(!entry("a.tsx", &format!("export function Row() {{{jsx}")));
        assert!(!entry(
            "a.tsx",
            &format!("  // export default function App() {{{jsx}")
        ));
        assert!(!entry("a.tsx", &format!("export defaultApp() {{{jsx}")));
        assert!(!entry(
            "a.ts",
            "export default function App() { return '</p>'; }\n"
        ));
    }

    #[test]
    fn default_export_names() {
        assert_eq!(default_export_name("function App() {}"), Some("App"));
        assert_eq!(default_export_name("function* gen() {}"), Some("gen"));
        assert_eq!(default_export_name("function () {}"), None);
        assert_eq!(default_export_name("functionally;"), Some("functionally"));
        assert_eq!(default_export_name("class Page extends X {}"), Some("Page"));
        assert_eq!(default_export_name("class extends X {}"), None);
        assert_eq!(default_export_name("App;\n"), Some("App"));
        assert_eq!(default_export_name("App  \r\n"), Some("App"));
        assert_eq!(default_export_name("connect(a)(App);"), None);
        assert_eq!(default_export_name("{ a: 1 }"), None);
        assert_eq!(default_export_name("42;"), None);
    }

    #[test]
    fn a_panic_becomes_a_message() {
        assert_eq!(catching(|| 7), Ok(7));
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let literal = catching(|| -> u8 { panic!("boom") });
        let formatted = catching(|| -> u8 { panic!("boom {}", 2) });
        std::panic::set_hook(previous);
        assert_eq!(literal, Err("dx panicked: boom".to_string()));
        assert_eq!(formatted, Err("dx panicked: boom 2".to_string()));
    }

    #[test]
    fn paths_are_shown_relative_to_the_current_directory() {
        let cwd = Path::new("/home/me/app");
        assert_eq!(
            relative_to(Path::new("/home/me/app/src/a.tsx"), cwd),
            Path::new("src/a.tsx")
        );
        assert_eq!(
            relative_to(Path::new("./src/./a.tsx"), cwd),
            Path::new("src/a.tsx")
        );
        assert_eq!(relative_to(Path::new("."), cwd), Path::new("."));
        assert_eq!(relative_to(Path::new("/home/me/app"), cwd), Path::new("."));
        assert_eq!(
            relative_to(Path::new("/elsewhere/a.tsx"), cwd),
            Path::new("/elsewhere/a.tsx")
        );
        assert_eq!(
            relative_to(Path::new("../b/a.tsx"), cwd),
            Path::new("../b/a.tsx")
        );
    }

    #[test]
    fn blockers_are_counted_by_code_most_frequent_first() {
        let fail = |path: &str, source: &str| {
            let (files, result) = compile_app(
                SourceFile::new(path, source),
                &mut |_| None,
                Options::default(),
            );
            Checked {
                path: path.to_string(),
                outcome: Outcome::Fail {
                    files,
                    diagnostics: result.unwrap_err(),
                },
            }
        };
        let unknown = "export default function App() {\n  return <p>{cout}</p>;\n}\n";
        let report = Report {
            checked: vec![
                fail(
                    "a.tsx",
                    "export default function App() {\n  return <p>{</p>;\n}\n",
                ),
                fail("b.tsx", unknown),
                fail("c.tsx", unknown),
            ],
            modules: 2,
        };
        assert_eq!(
            report.by_code(),
            vec![
                ("DX0201", 2, "unknown identifier"),
                ("DX0001", 1, "syntax error")
            ]
        );
        assert_eq!(
            report.counts(),
            Counts {
                files: 5,
                fail: 3,
                modules: 2,
                ..Counts::default()
            }
        );
        assert_eq!(report.exit_status(), 1);
        assert_eq!(Report::default().exit_status(), 0);
    }
}
