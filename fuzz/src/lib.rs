//! `dx-fuzz`: the compiler never panics. Inputs are made two ways — token-aware mutation of
//! the repository's own sample files ([`mutate`]) and generation of random components from a
//! grammar ([`generate`]) — and each is compiled with both back-ends ([`oracle`]); a panic,
//! an invalid module or an internal-error diagnostic is a finding ([`findings`] writes them,
//! [`minimize`] shrinks them).
//!
//! Every input is a pure function of `(seed, index)`, so a run is reproducible and one input
//! can be printed again (`dx-fuzz --show seed:index`).

pub mod findings;
pub mod generate;
pub mod minimize;
pub mod mutate;
pub mod oracle;
pub mod rng;
pub mod seeds;
pub mod tokens;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use dx_compiler::SourceFile;

use generate::Style;
pub use oracle::{Checked, Finding, Input, Kind, Verdict};
use rng::Rng;
use seeds::{Corpus, Seed};

/// When a run stops.
#[derive(Clone, Copy, Debug)]
pub enum Budget {
    /// After this many inputs.
    Inputs(u64),
    /// After this much time.
    Time(Duration),
}

/// How to run.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// The run's seed: input `i` is made from `(seed, i)`.
    pub seed: u64,
    /// When to stop.
    pub budget: Budget,
    /// A compile that has not returned after this long is a hang: it is reported and left
    /// running on its thread, and the run goes on with a new thread (at most three times).
    pub hang_limit: Duration,
}

impl Config {
    /// `inputs` inputs from `seed`.
    pub fn inputs(seed: u64, inputs: u64) -> Config {
        Config {
            seed,
            budget: Budget::Inputs(inputs),
            hang_limit: Duration::from_secs(60),
        }
    }
}

/// A finding and the input that shows it (the smallest seen, when several do).
#[derive(Clone, Debug)]
pub struct Found {
    pub finding: Finding,
    pub input: Input,
    /// The run's seed and the input's index.
    pub seed: u64,
    pub index: u64,
    /// How many inputs showed it.
    pub hits: u64,
}

/// What a run saw.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Inputs compiled (each with both back-ends).
    pub inputs: u64,
    /// Inputs that compiled to valid modules.
    pub ok: u64,
    /// Inputs rejected with a (non-internal) diagnostic.
    pub diagnostics: u64,
    /// Inputs that showed a bug (every kind but [`Kind::Slow`]).
    pub finding_inputs: u64,
    /// The distinct bugs, in order of discovery.
    pub findings: Vec<Found>,
    /// Inputs with a compile slower than [`oracle::SLOW`].
    pub slow_inputs: u64,
    /// The first ten of them.
    pub slow: Vec<Found>,
    /// The slowest compile seen.
    pub slowest: Duration,
    /// How many inputs of each source got each diagnostic code.
    pub codes: BTreeMap<(&'static str, &'static str), u64>,
    /// Per source of inputs (`generated`, `mutated`): inputs, ok.
    pub sources: BTreeMap<&'static str, (u64, u64)>,
    /// Wall time of the run.
    pub elapsed: Duration,
}

impl Report {
    /// Inputs per second.
    pub fn rate(&self) -> f64 {
        self.inputs as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    /// A few lines for people.
    pub fn summary(&self) -> String {
        let mut s = format!(
            "{} inputs in {:.1} s ({:.0} inputs/s): ok {}, diagnostic {}, finding {} ({} distinct), slow (> {} s) {}; slowest compile {} ms\n",
            self.inputs,
            self.elapsed.as_secs_f64(),
            self.rate(),
            self.ok,
            self.diagnostics,
            self.finding_inputs,
            self.findings.len(),
            oracle::SLOW.as_secs(),
            self.slow_inputs,
            self.slowest.as_millis(),
        );
        for (source, (n, ok)) in &self.sources {
            let mut codes: Vec<_> = self
                .codes
                .iter()
                .filter(|((s, _), _)| s == source)
                .collect();
            codes.sort_by(|a, b| b.1.cmp(a.1));
            let top: Vec<String> = codes
                .iter()
                .take(10)
                .map(|((_, c), n)| format!("{c} {n}"))
                .collect();
            s += &format!(
                "  {source}: {n} inputs, {ok} ok; diagnostics {}\n",
                top.join(", ")
            );
        }
        for f in &self.findings {
            s += &format!(
                "  FINDING {} ({} inputs, first {}:{}): {}\n",
                f.finding.key,
                f.hits,
                f.seed,
                f.index,
                f.finding.message.lines().next().unwrap_or("")
            );
        }
        s
    }
}

/// What [`Fuzzer::run`] tells its observer while it runs.
pub enum Event<'a> {
    /// Input `index` is about to be compiled.
    Start(u64),
    /// A new finding, or a smaller input for a known one.
    Finding(&'a Found),
    /// A compile slower than [`oracle::SLOW`] (the first ten are reported).
    Slow(&'a Found),
    /// About once a second: the report so far.
    Progress(&'a Report),
}

/// The seed corpus and its snippets: everything inputs are made from.
pub struct Fuzzer {
    corpus: Arc<Corpus>,
    snippets: mutate::Snippets,
}

/// How often an input is generated rather than mutated, in percent.
const GENERATED_PERCENT: usize = 40;

impl Fuzzer {
    /// A fuzzer over the seeds of the repository at `root`.
    pub fn new(root: &Path) -> std::io::Result<Fuzzer> {
        let corpus = Corpus::load(root)?;
        let snippets = mutate::Snippets::from_corpus(&corpus);
        Ok(Fuzzer {
            corpus: Arc::new(corpus),
            snippets,
        })
    }

    /// A fuzzer over the repository this crate was built in.
    pub fn in_repo() -> std::io::Result<Fuzzer> {
        Fuzzer::new(&Corpus::repo_root())
    }

    /// The seeds.
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// Input `index` of the run with `seed`.
    pub fn input(&self, seed: u64, index: u64) -> Input {
        let mut rng = Rng::for_input(seed, index);
        if rng.percent(GENERATED_PERCENT) || self.corpus.seeds.is_empty() {
            let style = *rng.pick(&[Style::Tsx, Style::Tsx, Style::Jsx, Style::Dx]);
            let text = generate::generate(&mut rng, style);
            return Input {
                entry: SourceFile::new(format!("generated/{}", style.entry_name()), text),
                overrides: Vec::new(),
                origin: format!("generated {style:?}"),
            };
        }
        let seed_file = self.corpus.pick(&mut rng).clone();
        // Sometimes mutate a file the seed imports instead of the seed itself.
        if rng.one_in(8)
            && let Some(sibling) = self.sibling_of(&seed_file, &mut rng)
        {
            let (text, ops) = mutate::mutate(&sibling.text, &mut rng, &self.snippets);
            return Input {
                entry: SourceFile::new(seed_file.path.clone(), seed_file.text.clone()),
                origin: format!(
                    "mutation of {} imported by {} ({})",
                    sibling.path,
                    seed_file.path,
                    ops.join(", ")
                ),
                overrides: vec![SourceFile::new(sibling.path, text)],
            };
        }
        let (text, ops) = mutate::mutate(&seed_file.text, &mut rng, &self.snippets);
        Input {
            entry: SourceFile::new(entry_path(&seed_file, &mut rng), text),
            overrides: Vec::new(),
            origin: format!("mutation of {} ({})", seed_file.path, ops.join(", ")),
        }
    }

    /// Another seed in `seed`'s directory that `seed` imports.
    fn sibling_of(&self, seed: &Seed, rng: &mut Rng) -> Option<Seed> {
        let dir = seed.dir();
        let siblings: Vec<&Seed> = self
            .corpus
            .seeds
            .iter()
            .filter(|s| s.dir() == dir && s.path != seed.path)
            .filter(|s| {
                let stem = s.path.rsplit('/').next().unwrap_or("");
                let stem = stem.split('.').next().unwrap_or("");
                seed.text.contains(&format!("./{stem}\""))
                    || seed.text.contains(&format!("./{stem}'"))
            })
            .collect();
        (!siblings.is_empty()).then(|| (*rng.pick(&siblings)).clone())
    }

    /// Compiles one input (on this thread) and classifies the outcome.
    pub fn check(&self, input: &Input) -> Checked {
        oracle::check(input, &self.corpus.files)
    }

    /// Runs inputs `0, 1, …` of `config.seed` until the budget is spent, telling `observe`
    /// about findings and progress.
    pub fn run(&self, config: Config, observe: &mut dyn FnMut(Event)) -> Report {
        let started = Instant::now();
        let mut report = Report::default();
        let mut by_key: HashMap<String, usize> = HashMap::new();
        let mut worker = Worker::spawn(self.corpus.clone());
        let mut hangs = 0;
        let mut last_progress = Instant::now();
        for index in 0.. {
            let done = match config.budget {
                Budget::Inputs(n) => index >= n,
                Budget::Time(t) => started.elapsed() >= t,
            };
            if done || hangs >= 3 {
                break;
            }
            let input = self.input(config.seed, index);
            observe(Event::Start(index));
            let checked = match worker.check(input.clone(), config.hang_limit) {
                Some(checked) => checked,
                None => {
                    hangs += 1;
                    worker = Worker::spawn(self.corpus.clone());
                    let finding = Finding {
                        kind: Kind::Hang,
                        message: format!(
                            "a compile did not return within {} s",
                            config.hang_limit.as_secs()
                        ),
                        location: None,
                        backend: None,
                        key: format!("hang {hangs}"),
                    };
                    Checked {
                        verdict: Verdict::Finding(finding),
                        slowest: config.hang_limit,
                    }
                }
            };
            report.inputs += 1;
            report.slowest = report.slowest.max(checked.slowest);
            let source = if input.origin.starts_with("generated") {
                "generated"
            } else {
                "mutated"
            };
            let per_source = report.sources.entry(source).or_default();
            per_source.0 += 1;
            if let Some(slow) = checked.slow() {
                report.slow_inputs += 1;
                if report.slow.len() < 10 {
                    report.slow.push(Found {
                        finding: slow,
                        input: input.clone(),
                        seed: config.seed,
                        index,
                        hits: 1,
                    });
                    observe(Event::Slow(report.slow.last().expect("just pushed")));
                }
            }
            match checked.verdict {
                Verdict::Ok => {
                    report.ok += 1;
                    per_source.1 += 1;
                }
                Verdict::Diagnostic(code) => {
                    report.diagnostics += 1;
                    *report.codes.entry((source, code)).or_default() += 1;
                }
                Verdict::Finding(finding) => {
                    report.finding_inputs += 1;
                    let smaller = match by_key.get(&finding.key) {
                        Some(&i) => {
                            let known = &mut report.findings[i];
                            known.hits += 1;
                            let better =
                                input.subject().text.len() < known.input.subject().text.len();
                            if better {
                                known.input = input;
                                known.index = index;
                                known.finding = finding;
                            }
                            better.then_some(i)
                        }
                        None => {
                            by_key.insert(finding.key.clone(), report.findings.len());
                            report.findings.push(Found {
                                finding,
                                input,
                                seed: config.seed,
                                index,
                                hits: 1,
                            });
                            Some(report.findings.len() - 1)
                        }
                    };
                    if let Some(i) = smaller {
                        observe(Event::Finding(&report.findings[i]));
                    }
                }
            }
            if last_progress.elapsed() >= Duration::from_secs(1) {
                last_progress = Instant::now();
                report.elapsed = started.elapsed();
                observe(Event::Progress(&report));
            }
        }
        report.elapsed = started.elapsed();
        report
    }
}

/// The entry path a mutated seed is compiled as: in the seed's directory (so its imports
/// resolve), named for its flavour.
fn entry_path(seed: &Seed, rng: &mut Rng) -> String {
    let name = match seed.extension() {
        "dx" => "app.dx",
        "jsx" | "js" => "App.jsx",
        // The differential programs are `.ts` programs (their statements run in `main`);
        // other `.ts` files are modules, compiled here as components.
        "ts" if seed.path.contains("/differential/") || rng.one_in(4) => "main.ts",
        _ => "App.tsx",
    };
    match seed.dir() {
        "" => name.to_string(),
        dir => format!("{dir}/{name}"),
    }
}

/// A thread that compiles inputs, so a compile that never returns can be abandoned. Its
/// stack is large: deeply nested input should be a diagnostic, not a stack overflow, and
/// the main thread's stack would hide the difference.
struct Worker {
    jobs: mpsc::Sender<Input>,
    results: mpsc::Receiver<Checked>,
}

impl Worker {
    fn spawn(corpus: Arc<Corpus>) -> Worker {
        let (jobs, job_rx) = mpsc::channel::<Input>();
        let (result_tx, results) = mpsc::channel();
        std::thread::Builder::new()
            .name("dx-fuzz-compile".into())
            .stack_size(64 << 20)
            .spawn(move || {
                for input in job_rx {
                    let checked = oracle::check(&input, &corpus.files);
                    if result_tx.send(checked).is_err() {
                        break;
                    }
                }
            })
            .expect("spawn the compile thread");
        Worker { jobs, results }
    }

    /// The verdict on `input`, or `None` if it takes longer than `limit`.
    fn check(&self, input: Input, limit: Duration) -> Option<Checked> {
        self.jobs.send(input).ok()?;
        self.results.recv_timeout(limit).ok()
    }
}
