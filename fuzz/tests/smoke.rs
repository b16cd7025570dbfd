//! The fuzzer in CI: a fixed, deterministic batch of mutated and generated inputs must give
//! no finding (no panic, no invalid module, no internal error). A longer search is
//! `cargo run --release -p dx-fuzz -- --seconds N`.

use dx_fuzz::{Config, Fuzzer};

/// Inputs per CI run: about five seconds in a debug build.
const INPUTS: u64 = 1000;

#[test]
fn a_thousand_inputs_give_no_finding() {
    let fuzzer = Fuzzer::in_repo().expect("seed files");
    assert!(
        fuzzer.corpus().seeds.len() > 100,
        "only {} seed files",
        fuzzer.corpus().seeds.len()
    );
    let report = fuzzer.run(Config::inputs(1, INPUTS), &mut |_| {});
    println!("{}", report.summary());
    assert_eq!(report.inputs, INPUTS);
    // Both ways of making inputs must reach the back end (at least 1 in 20 inputs compiles),
    // or the fuzzer tests little beyond the parser.
    for source in ["generated", "mutated"] {
        let (n, ok) = report.sources.get(source).copied().unwrap_or_default();
        assert!(ok * 20 >= n, "{source}: only {ok} of {n} inputs compiled");
    }
    let found: Vec<String> = report
        .findings
        .iter()
        .map(|f| {
            format!(
                "{} (input {}:{}, {})\n{}",
                f.finding.key,
                f.seed,
                f.index,
                f.input.origin,
                dx_fuzz::findings::render(f)
            )
        })
        .collect();
    assert!(
        found.is_empty(),
        "{} findings:\n{}",
        found.len(),
        found.join("\n\n")
    );
}
