//! What counts as a bug: one input compiled with both back-ends, its outcome classified as
//! ok, a diagnostic (the compiler rejected it properly) or a finding (a panic, an invalid
//! module, an internal-error diagnostic, ...).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;
use std::time::{Duration, Instant};

use dx_compiler::{Backend, Code, Options, SourceFile, compile_app};

/// A compile slower than this is reported as a hang candidate.
pub const SLOW: Duration = Duration::from_secs(2);

/// One fuzz input: the entry file, and files that replace the seeds' files of the same path
/// (a mutated import).
#[derive(Clone, Debug)]
pub struct Input {
    /// The entry (its path selects the flavour; its directory is where imports are found).
    pub entry: SourceFile,
    /// Files served instead of the corpus file of the same path.
    pub overrides: Vec<SourceFile>,
    /// How the input was made, for the report (`generated tsx`, `mutation of … (ops)`).
    pub origin: String,
}

impl Input {
    /// The file that was made or mutated: the override if there is one, else the entry.
    pub fn subject(&self) -> &SourceFile {
        self.overrides.first().unwrap_or(&self.entry)
    }

    /// This input with the subject's text replaced (for minimization).
    pub fn with_subject_text(&self, text: String) -> Input {
        let mut input = self.clone();
        match input.overrides.first_mut() {
            Some(file) => file.text = text,
            None => input.entry.text = text,
        }
        input
    }
}

/// The kinds of bugs the oracle recognises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// The compiler panicked.
    Panic,
    /// It returned a module that `wasmparser` rejects.
    InvalidWasm,
    /// It reported DX0900 (it caught its own invalid module).
    Internal,
    /// It returned `Err` with no diagnostic.
    NoDiagnostic,
    /// Its template table does not decode.
    BadTemplates,
    /// The two back-ends disagree on whether the input compiles (only emission differs).
    BackendsDisagree,
    /// One compile took longer than [`SLOW`].
    Slow,
    /// One compile did not finish at all (see `Fuzzer::run`'s hang limit).
    Hang,
}

impl Kind {
    /// A short name, used in file names and reports.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Panic => "panic",
            Kind::InvalidWasm => "invalid-wasm",
            Kind::Internal => "internal-error",
            Kind::NoDiagnostic => "no-diagnostic",
            Kind::BadTemplates => "bad-templates",
            Kind::BackendsDisagree => "backends-disagree",
            Kind::Slow => "slow",
            Kind::Hang => "hang",
        }
    }
}

/// A bug found by one input.
#[derive(Clone, Debug)]
pub struct Finding {
    /// What went wrong.
    pub kind: Kind,
    /// The panic message or diagnostic, in full.
    pub message: String,
    /// Where it panicked (`file:line:col`), for panics.
    pub location: Option<String>,
    /// The back-end of the compile that showed it.
    pub backend: Option<Backend>,
    /// What makes two findings the same bug: the panic location, or the message with its
    /// numbers blanked out.
    pub key: String,
}

impl Finding {
    fn new(
        kind: Kind,
        message: String,
        location: Option<String>,
        backend: Option<Backend>,
    ) -> Self {
        let key = match &location {
            Some(at) => format!("{} at {at}", kind.name()),
            None => format!("{}: {}", kind.name(), blank_numbers(&message)),
        };
        Finding {
            kind,
            message,
            location,
            backend,
            key,
        }
    }
}

/// `s` with every run of digits (and hex after `0x`) replaced by `N`, so messages that differ
/// only in offsets or indices are one bug.
fn blank_numbers(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            if c == '0' && chars.peek() == Some(&'x') {
                chars.next();
                while chars.peek().is_some_and(char::is_ascii_hexdigit) {
                    chars.next();
                }
            }
            while chars.peek().is_some_and(char::is_ascii_digit) {
                chars.next();
            }
            out.push('N');
        } else {
            out.push(c);
        }
    }
    out.lines().next().unwrap_or("").chars().take(200).collect()
}

/// How one input fared.
#[derive(Clone, Debug)]
pub enum Verdict {
    /// Both back-ends produced a valid module.
    Ok,
    /// The compiler rejected the input with this code (e.g. `DX0001`), as it should.
    Diagnostic(&'static str),
    /// A bug.
    Finding(Finding),
}

/// A verdict and the time of the slowest compile.
#[derive(Clone, Debug)]
pub struct Checked {
    pub verdict: Verdict,
    pub slowest: Duration,
}

impl Checked {
    /// A [`Kind::Slow`] finding if the slowest compile took longer than [`SLOW`].
    pub fn slow(&self) -> Option<Finding> {
        (self.slowest > SLOW).then(|| {
            let mut f = Finding::new(
                Kind::Slow,
                format!("a compile took {:.1} s", self.slowest.as_secs_f64()),
                None,
                None,
            );
            f.key = "slow".into();
            f
        })
    }
}

thread_local! {
    /// Whether this thread's panics are being caught by the fuzzer (then the hook records
    /// them instead of printing).
    static QUIET: Cell<bool> = const { Cell::new(false) };
    /// The last recorded panic of this thread: message and location.
    static LAST_PANIC: RefCell<Option<(String, Option<String>)>> = const { RefCell::new(None) };
}

/// Installs (once per process) a panic hook that records panics of threads inside
/// [`check`] quietly and leaves every other panic to the previous hook.
pub fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if QUIET.get() {
                let payload = info.payload();
                let message = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "(a panic without a message)".to_string());
                let at = info
                    .location()
                    .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()));
                LAST_PANIC.set(Some((message, at)));
            } else {
                previous(info);
            }
        }));
    });
}

/// Compiles `input` with both back-ends (imports read from `input.overrides`, then `files`)
/// and classifies the outcome.
pub fn check(input: &Input, files: &HashMap<String, String>) -> Checked {
    install_panic_hook();
    let mut slowest = Duration::ZERO;
    let mut outcomes: Vec<(Backend, Result<(), &'static str>)> = Vec::new();
    for backend in [Backend::Micro, Backend::Macro] {
        let mut load = |path: &str| {
            input
                .overrides
                .iter()
                .find(|f| f.path == path)
                .map(|f| f.text.clone())
                .or_else(|| files.get(path).cloned())
        };
        let options = Options {
            backend: Some(backend),
            ..Options::default()
        };
        let started = Instant::now();
        QUIET.set(true);
        LAST_PANIC.set(None);
        let result = catch_unwind(AssertUnwindSafe(|| {
            compile_app(input.entry.clone(), &mut load, options).1
        }));
        QUIET.set(false);
        slowest = slowest.max(started.elapsed());
        let finding = |kind, message: String| {
            Verdict::Finding(Finding::new(kind, message, None, Some(backend)))
        };
        let outcome = match result {
            Err(payload) => {
                let (message, at) = LAST_PANIC.take().unwrap_or_else(|| {
                    let m = payload
                        .downcast_ref::<String>()
                        .cloned()
                        .unwrap_or_else(|| "(unknown panic)".into());
                    (m, None)
                });
                let f = Finding::new(Kind::Panic, message, at, Some(backend));
                return Checked {
                    verdict: Verdict::Finding(f),
                    slowest,
                };
            }
            Ok(Ok(output)) => {
                if let Err(e) = wasmparser::validate(&output.wasm) {
                    let verdict = finding(Kind::InvalidWasm, e.to_string());
                    return Checked { verdict, slowest };
                }
                if let Err(e) = dx_formats::htip::TemplateTable::decode(&output.templates) {
                    let verdict = finding(Kind::BadTemplates, format!("{e:?}"));
                    return Checked { verdict, slowest };
                }
                Ok(())
            }
            Ok(Err(diagnostics)) => {
                if let Some(d) = diagnostics.iter().find(|d| d.code == Code::Internal) {
                    let verdict = finding(Kind::Internal, d.message.clone());
                    return Checked { verdict, slowest };
                }
                match diagnostics.first() {
                    Some(d) => Err(d.code.info().id),
                    None => {
                        let verdict =
                            finding(Kind::NoDiagnostic, "Err without a diagnostic".into());
                        return Checked { verdict, slowest };
                    }
                }
            }
        };
        outcomes.push((backend, outcome));
    }
    let verdict = match (outcomes[0].1, outcomes[1].1) {
        (Ok(()), Ok(())) => Verdict::Ok,
        (Err(a), Err(b)) if a == b => Verdict::Diagnostic(a),
        (a, b) => Verdict::Finding(Finding::new(
            Kind::BackendsDisagree,
            format!("micro: {a:?}, macro: {b:?}"),
            None,
            None,
        )),
    };
    Checked { verdict, slowest }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_blanked() {
        assert_eq!(
            blank_numbers("type mismatch at offset 0x1f2 (func 12)\nmore"),
            "type mismatch at offset N (func N)"
        );
    }

    #[test]
    fn a_valid_component_is_ok_and_a_broken_one_a_diagnostic() {
        let input = |text: &str| Input {
            entry: SourceFile::new("App.tsx", text),
            overrides: Vec::new(),
            origin: "test".into(),
        };
        let files = HashMap::new();
        let ok = check(
            &input("export default function App() { return <p>hi</p>; }"),
            &files,
        );
        assert!(matches!(ok.verdict, Verdict::Ok), "{ok:?}");
        let bad = check(
            &input("export default function App() { return <p>hi</p>"),
            &files,
        );
        assert!(
            matches!(bad.verdict, Verdict::Diagnostic("DX0001")),
            "{bad:?}"
        );
    }
}
