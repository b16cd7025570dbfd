//! `dx-fuzz`: runs the compiler on mutated and generated inputs and writes every distinct
//! finding to a directory.
//!
//! ```text
//! cargo run --release -p dx-fuzz -- --seconds 600 [--seed S] [--out DIR]
//! cargo run --release -p dx-fuzz -- --show S:I          # print input I of seed S
//! cargo run --release -p dx-fuzz -- --replay FILE       # compile a finding file again
//! cargo run --release -p dx-fuzz -- --minimize FILE     # shrink it (writes FILE.min.<ext>)
//! ```

use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use dx_fuzz::{Budget, Config, Event, Fuzzer, Verdict, findings, minimize, seeds::Corpus};

const USAGE: &str = "usage: dx-fuzz [--seconds N | --inputs N] [--seed S] [--out DIR]
       dx-fuzz --show SEED:INDEX | --replay FILE | --minimize FILE";

struct Args {
    budget: Budget,
    seed: Option<u64>,
    out: PathBuf,
    show: Option<(u64, u64)>,
    replay: Option<PathBuf>,
    minimize: Option<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        budget: Budget::Time(Duration::from_secs(60)),
        seed: None,
        out: Corpus::repo_root().join("target/fuzz-findings"),
        show: None,
        replay: None,
        minimize: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        let number = |v: String| v.parse::<u64>().map_err(|e| format!("{v}: {e}"));
        match flag.as_str() {
            "--seconds" => args.budget = Budget::Time(Duration::from_secs(number(value()?)?)),
            "--inputs" => args.budget = Budget::Inputs(number(value()?)?),
            "--seed" => args.seed = Some(number(value()?)?),
            "--out" => args.out = PathBuf::from(value()?),
            "--show" => {
                let v = value()?;
                let (s, i) = v.split_once(':').ok_or("--show takes SEED:INDEX")?;
                args.show = Some((number(s.into())?, number(i.into())?));
            }
            "--replay" => args.replay = Some(PathBuf::from(value()?)),
            "--minimize" => args.minimize = Some(PathBuf::from(value()?)),
            "-h" | "--help" => return Err(USAGE.into()),
            other => return Err(format!("unknown argument {other}\n{USAGE}")),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let fuzzer = match Fuzzer::in_repo() {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: cannot read the seed files: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Some((seed, index)) = args.show {
        let input = fuzzer.input(seed, index);
        println!(
            "// {} ({})\n{}",
            input.subject().path,
            input.origin,
            input.subject().text
        );
        println!("// => {}", describe(&fuzzer.check(&input).verdict));
        let files = &fuzzer.corpus().files;
        let (sources, result) = dx_compiler::compile_app(
            input.entry.clone(),
            &mut |p| {
                let over = input.overrides.iter().find(|f| f.path == p);
                over.map(|f| f.text.clone())
                    .or_else(|| files.get(p).cloned())
            },
            dx_compiler::Options::default(),
        );
        if let Err(diagnostics) = result
            && let Some(d) = diagnostics.first()
        {
            println!("{}", d.render(&sources[d.file_index()]));
        }
        return ExitCode::SUCCESS;
    }
    if let Some(path) = &args.replay {
        return replay(&fuzzer, path);
    }
    if let Some(path) = &args.minimize {
        return shrink(&fuzzer, path);
    }
    fuzz(&fuzzer, &args)
}

fn fuzz(fuzzer: &Fuzzer, args: &Args) -> ExitCode {
    let seed = args.seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_secs())
    });
    if let Err(e) = std::fs::create_dir_all(&args.out) {
        eprintln!("error: {}: {e}", args.out.display());
        return ExitCode::FAILURE;
    }
    // The input being compiled, so a crash that kills the process (a stack overflow) can
    // be reproduced.
    let in_flight_path = args.out.join("in-flight");
    if let Ok(previous) = std::fs::read_to_string(&in_flight_path) {
        eprintln!(
            "note: a previous run died during input {} (see it with --show)",
            previous.split_whitespace().collect::<Vec<_>>().join("")
        );
    }
    let mut in_flight = std::fs::File::create(&in_flight_path).ok();
    eprintln!(
        "dx-fuzz: {} seed files, seed {seed}, findings go to {}",
        fuzzer.corpus().seeds.len(),
        args.out.display()
    );
    let mut last_status = std::time::Instant::now();
    let config = Config {
        seed,
        budget: args.budget,
        hang_limit: Duration::from_secs(60),
    };
    let report = fuzzer.run(config, &mut |event| match event {
        Event::Start(index) => {
            if let Some(f) = &mut in_flight {
                let _ = f.seek(SeekFrom::Start(0));
                let _ = writeln!(f, "{seed}:{index:<20}");
            }
        }
        Event::Finding(found) | Event::Slow(found) => match findings::write(&args.out, found) {
            Ok(path) => eprintln!(
                "finding: {} -> {}",
                found.finding.message.lines().next().unwrap_or(""),
                path.display()
            ),
            Err(e) => eprintln!("error: cannot write a finding: {e}"),
        },
        Event::Progress(report) => {
            if last_status.elapsed() >= Duration::from_secs(30) {
                last_status = std::time::Instant::now();
                eprintln!(
                    "{:>6.0} s: {} inputs ({:.0}/s), ok {}, diagnostic {}, finding {} ({} distinct)",
                    report.elapsed.as_secs_f64(),
                    report.inputs,
                    report.rate(),
                    report.ok,
                    report.diagnostics,
                    report.finding_inputs,
                    report.findings.len()
                );
            }
        }
    });
    drop(in_flight);
    let _ = std::fs::remove_file(&in_flight_path);
    // Hits counts are final now.
    for found in &report.findings {
        let _ = std::fs::remove_file(args.out.join(findings::file_name(found)));
        let _ = findings::write(&args.out, found);
    }
    print!("seed {seed}: {}", report.summary());
    if report.findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn replay(fuzzer: &Fuzzer, path: &Path) -> ExitCode {
    let input = match findings::read(path, &fuzzer.corpus().files) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let checked = fuzzer.check(&input);
    println!(
        "{} ({} ms)",
        describe(&checked.verdict),
        checked.slowest.as_millis()
    );
    match checked.verdict {
        Verdict::Finding(_) => ExitCode::FAILURE,
        _ => ExitCode::SUCCESS,
    }
}

fn shrink(fuzzer: &Fuzzer, path: &Path) -> ExitCode {
    let input = match findings::read(path, &fuzzer.corpus().files) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let Verdict::Finding(finding) = fuzzer.check(&input).verdict else {
        eprintln!("{} shows no finding any more", path.display());
        return ExitCode::FAILURE;
    };
    let (small, compiles) = minimize::minimize(&input, &finding.key, &fuzzer.corpus().files);
    let found = dx_fuzz::Found {
        finding,
        input: small,
        seed: 0,
        index: 0,
        hits: 1,
    };
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("tsx");
    let out = path.with_extension(format!("min.{ext}"));
    if let Err(e) = std::fs::write(&out, findings::render(&found)) {
        eprintln!("error: {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    println!(
        "{} lines -> {} lines in {compiles} compiles: {}\n{}",
        input.subject().text.lines().count(),
        found.input.subject().text.lines().count(),
        out.display(),
        found.input.subject().text
    );
    ExitCode::SUCCESS
}

fn describe(verdict: &Verdict) -> String {
    match verdict {
        Verdict::Ok => "ok".into(),
        Verdict::Diagnostic(code) => format!("diagnostic {code}"),
        Verdict::Finding(f) => format!("FINDING {}\n{}", f.key, f.message),
    }
}
