//! The diagnostics corpus: every file in `tests/diagnostics/` is a small invalid or
//! unsupported component whose first line states the one diagnostic it must produce:
//!
//! ```text
//! // expect: DX0201 at 5:17
//! ```
//!
//! (catalogue code, then the 1-based `line:col` of the primary span's start; columns count
//! characters). To add a case, drop in a `.tsx`/`.dx` file (or `.ts`/`.jsx` for DX0002) and
//! run `INSTA_UPDATE=always cargo nextest run -p dx-compiler --test diagnostics` to bless
//! its rendered snapshot (`tests/diagnostics/snapshots/`).
//!
//! `tests/diagnostics/known-bugs/` holds samples whose expectation the compiler does not meet
//! yet; each says why on its second line. They are skipped by the corpus test, and
//! `known_bugs_still_reproduce` fails once one is fixed, so it gets moved into the corpus.
//!
//! Every catalogue code must be covered, except:
//! - DX0900 Internal: reached only when dx itself emits an invalid wasm module (a compiler
//!   bug); no valid source is supposed to trigger it.
//! - DX0501 TooLarge: needs state tables over 32 KiB (thousands of state variables), which
//!   is no realistic small sample.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use dx_compiler::diagnostics::CATALOGUE;
use dx_compiler::{Diagnostic, Options, SourceFile, compile};

/// Codes no sample needs to cover, with the reason (see the module docs).
const UNCOVERED: &[(&str, &str)] = &[
    (
        "DX0900",
        "internal compiler error: only a dx bug triggers it",
    ),
    (
        "DX0501",
        "component too large: needs >32 KiB of state tables",
    ),
];

const MIN_SAMPLES: usize = 40;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diagnostics")
}

/// Sample files of `dir` (not recursive), sorted by name; none if `dir` does not exist.
fn samples_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .map(|e| e.expect("dir entry").path())
        .filter(|p| {
            p.is_file()
                && matches!(
                    p.extension().and_then(|e| e.to_str()),
                    Some("tsx" | "dx" | "ts" | "jsx" | "js" | "css")
                )
        })
        .collect();
    files.sort();
    files
}

/// One sample and what its first line expects.
struct Sample {
    name: String,
    file: SourceFile,
    expect: Expect,
}

#[derive(Debug, PartialEq)]
enum Expect {
    /// `// expect: DX0201 at 5:17`
    Error {
        code: String,
        line: usize,
        col: usize,
    },
    /// `// expect: ok` (only in known-bugs: valid code that dx rejects).
    Ok,
}

fn load(path: &Path) -> Result<Sample, String> {
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?;
    let first = text.lines().next().unwrap_or("");
    let expect = parse_expect(first).ok_or_else(|| {
        format!("{name}: first line must be `// expect: DXnnnn at L:C`, found `{first}`")
    })?;
    let file = SourceFile::new(format!("compiler-wasm/tests/diagnostics/{name}"), text);
    Ok(Sample { name, file, expect })
}

fn parse_expect(line: &str) -> Option<Expect> {
    let rest = line.strip_prefix("// expect:")?.trim();
    if rest == "ok" {
        return Some(Expect::Ok);
    }
    let (code, at) = rest.split_once(" at ")?;
    let (line, col) = at.trim().split_once(':')?;
    Some(Expect::Error {
        code: code.trim().to_string(),
        line: line.parse().ok()?,
        col: col.parse().ok()?,
    })
}

/// Everything wrong with `sample`'s result, as readable lines (empty when it matches).
fn mismatches(sample: &Sample, result: &Result<(), Vec<Diagnostic>>) -> Vec<String> {
    let Sample { name, file, expect } = sample;
    let (code, line, col) = match expect {
        Expect::Ok => {
            return match result {
                Ok(()) => Vec::new(),
                Err(diags) => vec![format!(
                    "{name}: expected to compile, got {}",
                    describe(file, &diags[0])
                )],
            };
        }
        Expect::Error { code, line, col } => (code, line, col),
    };
    let mut out = Vec::new();
    if !CATALOGUE.iter().any(|(_, info)| info.id == code) {
        out.push(format!(
            "{name}: expected code {code} is not in the catalogue"
        ));
    }
    let diags = match result {
        Ok(()) => {
            out.push(format!("{name}: compiled, expected {code} at {line}:{col}"));
            return out;
        }
        Err(diags) if diags.is_empty() => {
            out.push(format!(
                "{name}: failed with no diagnostic, expected {code}"
            ));
            return out;
        }
        Err(diags) => diags,
    };
    let d = &diags[0];
    let location = d.location(file);
    if d.code.info().id != code || !location.ends_with(&format!(":{line}:{col}")) {
        out.push(format!(
            "{name}: expected {code} at {line}:{col}, got {}",
            describe(file, d)
        ));
    }
    let rendered = d.render(file);
    for (what, ok) in [
        (
            "`error[DXnnnn]`",
            rendered.contains(&format!("error[{}]", d.code.info().id)),
        ),
        ("the location", rendered.contains(&location)),
        (
            "a code frame with `^`",
            rendered
                .lines()
                .any(|l| l.trim_start().starts_with('|') && l.contains('^')),
        ),
        ("`= hint:`", rendered.contains("= hint:")),
    ] {
        if !ok {
            out.push(format!("{name}: rendered report lacks {what}:\n{rendered}"));
        }
    }
    out
}

/// `DX0201 at 5:17 (message)`
fn describe(file: &SourceFile, d: &Diagnostic) -> String {
    let (line, col) = file.line_col(d.span.start);
    format!("{} at {line}:{col} ({})", d.code.info().id, d.message)
}

fn compile_sample(file: &SourceFile) -> Result<(), Vec<Diagnostic>> {
    compile(file, Options::default()).map(|_| ())
}

fn corpus() -> Vec<Sample> {
    let loaded: Vec<_> = samples_in(&corpus_dir()).iter().map(|p| load(p)).collect();
    let errors: Vec<_> = loaded.iter().filter_map(|r| r.as_ref().err()).collect();
    assert!(errors.is_empty(), "malformed samples:\n{errors:#?}");
    loaded.into_iter().map(Result::unwrap).collect()
}

#[test]
fn every_sample_reports_its_expected_diagnostic() {
    let samples = corpus();
    let mut failures = Vec::new();
    for sample in &samples {
        if sample.expect == Expect::Ok {
            failures.push(format!(
                "{}: `// expect: ok` belongs in known-bugs/ only",
                sample.name
            ));
            continue;
        }
        match catch_unwind(|| compile_sample(&sample.file)) {
            Ok(result) => failures.extend(mismatches(sample, &result)),
            Err(_) => failures.push(format!("{}: compile() panicked", sample.name)),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} samples do not match:\n{}",
        failures.len(),
        samples.len(),
        failures.join("\n")
    );
}

#[test]
fn corpus_is_large_and_covers_the_catalogue() {
    let samples = corpus();
    assert!(
        samples.len() >= MIN_SAMPLES,
        "only {} samples (want >= {MIN_SAMPLES})",
        samples.len()
    );
    let covered: Vec<&str> = samples
        .iter()
        .filter_map(|s| match &s.expect {
            Expect::Error { code, .. } => Some(code.as_str()),
            Expect::Ok => None,
        })
        .collect();
    let missing: Vec<_> = CATALOGUE
        .iter()
        .map(|(_, info)| info.id)
        .filter(|id| !covered.contains(id) && !UNCOVERED.iter().any(|(u, _)| u == id))
        .collect();
    assert!(missing.is_empty(), "no sample covers {missing:?}");
    for (id, why) in UNCOVERED {
        assert!(
            CATALOGUE.iter().any(|(_, info)| info.id == *id),
            "exclusion {id} ({why}) is not in the catalogue any more"
        );
    }
}

/// The full rendering of every diagnostic of every sample, so wording changes are reviewed.
#[test]
fn rendered_diagnostics_match_snapshots() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(corpus_dir().join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let mut failed = Vec::new();
    for sample in corpus() {
        let rendered = match compile_sample(&sample.file) {
            Ok(()) => "(compiled without diagnostics)\n".to_string(),
            Err(diags) => diags
                .iter()
                .map(|d| d.render(&sample.file))
                .collect::<Vec<_>>()
                .join("\n"),
        };
        let name = sample.name.replace('.', "_");
        settings.set_input_file(corpus_dir().join(&sample.name));
        let r = catch_unwind(AssertUnwindSafe(|| {
            settings.bind(|| insta::assert_snapshot!(name.clone(), rendered))
        }));
        if r.is_err() {
            failed.push(sample.name);
        }
    }
    assert!(
        failed.is_empty(),
        "snapshots differ for {failed:?}; review with `cargo insta review` or bless with INSTA_UPDATE=always"
    );
}

/// Known bugs stay known: when one is fixed, this fails so the sample moves into the corpus.
#[test]
fn known_bugs_still_reproduce() {
    let dir = corpus_dir().join("known-bugs");
    let mut fixed = Vec::new();
    for path in samples_in(&dir) {
        let sample = load(&path).unwrap();
        let text = &sample.file.text;
        assert!(
            text.lines()
                .nth(1)
                .is_some_and(|l| l.starts_with("// known bug:")),
            "{}: the second line must say `// known bug: <why>`",
            sample.name
        );
        let result = catch_unwind(|| compile_sample(&sample.file));
        if let Ok(result) = result
            && mismatches(&sample, &result).is_empty()
        {
            fixed.push(sample.name);
        }
    }
    assert!(
        fixed.is_empty(),
        "fixed: move {fixed:?} from known-bugs/ into tests/diagnostics/"
    );
}

/// Where the last panic happened, recorded by a quiet hook so thousands of caught panics
/// do not flood the output.
static LAST_PANIC: Mutex<String> = Mutex::new(String::new());

/// Compiles `variants` of every example and sample and lists the ones that panicked.
/// A quiet panic hook (for this thread only) keeps thousands of caught panics readable.
fn panics_in(variants: impl Fn(&str) -> Vec<(String, String)>) -> (usize, Vec<String>) {
    let default_hook = std::sync::Arc::new(std::panic::take_hook());
    let this_thread = std::thread::current().id();
    let hook = default_hook.clone();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() == this_thread {
            *LAST_PANIC.lock().unwrap() = info.to_string();
        } else {
            hook(info);
        }
    }));
    let mut files = samples_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples"));
    files.extend(samples_in(&corpus_dir()));
    files.extend(samples_in(&corpus_dir().join("known-bugs")));
    let mut panics = Vec::new();
    let mut compiles = 0;
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(path).unwrap();
        for (what, variant) in variants(&text) {
            let file = SourceFile::new(name.clone(), variant);
            compiles += 1;
            if catch_unwind(|| compile(&file, Options::default())).is_err() {
                panics.push(format!("{name} {what}: {}", LAST_PANIC.lock().unwrap()));
            }
        }
    }
    let _ = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| default_hook(info)));
    (compiles, panics)
}

/// Truncated input is what an editor compiles on every keystroke: every prefix of every
/// example and sample must give `Ok` or diagnostics, never a panic.
#[test]
fn compile_never_panics_on_any_prefix() {
    let (compiles, panics) = panics_in(|text| {
        (0..=text.len())
            .filter(|&cut| text.is_char_boundary(cut))
            .map(|cut| {
                let (line, col) = SourceFile::new("", text).line_col(cut as u32);
                (format!("cut at {line}:{col}"), text[..cut].to_string())
            })
            .collect()
    });
    assert!(compiles > 10_000, "only {compiles} compiles");
    assert!(
        panics.is_empty(),
        "{} of {compiles} prefixes panicked:\n{}",
        panics.len(),
        panics.join("\n")
    );
}

/// Deleting one line turns valid programs into many slightly different valid and invalid
/// ones that get past the parser, so analysis and lowering see odd input too.
#[test]
fn compile_never_panics_with_any_line_removed() {
    let (compiles, panics) = panics_in(|text| {
        let lines: Vec<&str> = text.lines().collect();
        (0..lines.len())
            .map(|skip| {
                let kept: Vec<&str> = lines
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != skip)
                    .map(|(_, l)| *l)
                    .collect();
                (format!("without line {}", skip + 1), kept.join("\n"))
            })
            .collect()
    });
    assert!(compiles > 500, "only {compiles} compiles");
    assert!(
        panics.is_empty(),
        "{} of {compiles} variants panicked:\n{}",
        panics.len(),
        panics.join("\n")
    );
}
