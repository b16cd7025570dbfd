//! `conformance/test262.snap`: the committed summary of a run (counts per directory, the most
//! common reasons dx rejects tests, every failure by path, skips by reason), and the line diff
//! shown when a run no longer matches it.

use std::collections::BTreeMap;

use crate::suite::{Case, Outcome};

/// Where the tests came from and when they ran.
#[derive(Clone, Debug)]
pub struct RunInfo {
    /// The test262 revision, e.g. `<sha> (<commit date>)`.
    pub test262: String,
    /// `YYYY-MM-DD` of the run.
    pub date: String,
    /// `node --version`.
    pub node: String,
}

/// The line that changes on every run; [`same_results`] ignores it.
const RUN_PREFIX: &str = "run: ";

#[derive(Default)]
struct Counts {
    pass: usize,
    unsupported: usize,
    fail: usize,
    skip: usize,
    total: usize,
    codes: BTreeMap<&'static str, usize>,
}

/// Renders the summary of `results`, with one row per directory of `dirs` in that order.
pub fn render(info: &RunInfo, dirs: &[String], results: &[(Case, Outcome)]) -> String {
    let mut rows: BTreeMap<&str, Counts> = BTreeMap::new();
    let mut total = Counts::default();
    let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
    let mut skips: BTreeMap<&str, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    for (case, outcome) in results {
        let row = rows.entry(case.dir.as_str()).or_default();
        for counts in [&mut *row, &mut total] {
            counts.total += 1;
            match outcome {
                Outcome::Pass => counts.pass += 1,
                Outcome::Unsupported(code, _) => {
                    counts.unsupported += 1;
                    *counts.codes.entry(code).or_default() += 1;
                }
                Outcome::Fail(_) => counts.fail += 1,
                Outcome::Skip(_) => counts.skip += 1,
            }
        }
        match outcome {
            Outcome::Unsupported(code, message) => {
                *reasons.entry(format!("{code} {message}")).or_default() += 1;
            }
            Outcome::Fail(why) => failures.push(format!("{}: {why}", case.path)),
            Outcome::Skip(why) => *skips.entry(why.as_str()).or_default() += 1,
            Outcome::Pass => {}
        }
    }

    let mut out = String::from(
        "# DO NOT EDIT: written by `TEST262_DIR=<checkout> cargo run --release -p dx-test262 -- --write`\n\
         # pass: dx compiles the test (harness checks rewritten to console.log lines) and prints exactly what\n\
         # node prints for the same program, and every check holds in node's run. unsupported: dx rejects\n\
         # it with a coded diagnostic. fail: anything else (listed below). skip: test262-skip.txt says why.\n",
    );
    out.push_str(&format!("test262: {}\n", info.test262));
    out.push_str(&format!(
        "{RUN_PREFIX}{}, node {}\n\n",
        info.date, info.node
    ));

    let width = dirs.iter().map(String::len).max().unwrap_or(0).max(5);
    out.push_str(&format!(
        "{:width$}  {:>5}  {:>11}  {:>4}  {:>4}  {:>5}  unsupported by code\n",
        "directory", "pass", "unsupported", "fail", "skip", "total"
    ));
    let empty = Counts::default();
    for dir in dirs {
        out.push_str(&row_line(
            dir,
            rows.get(dir.as_str()).unwrap_or(&empty),
            width,
        ));
    }
    out.push_str(&row_line("total", &total, width));
    let ran = total.total - total.skip;
    out.push_str(&format!(
        "\npass rate (of the tests not skipped): {} / {ran} = {}\n",
        total.pass,
        percent(total.pass, ran)
    ));

    out.push_str(&format!(
        "\n## Why dx rejects tests (the first diagnostic of each, most common first; {} distinct)\n",
        reasons.len()
    ));
    out.push_str(&by_count(reasons.iter().map(|(k, v)| (k.as_str(), *v)), 50));
    failures.sort();
    out.push_str(&format!("\n## Failures ({})\n", failures.len()));
    for failure in &failures {
        out.push_str(failure);
        out.push('\n');
    }
    out.push_str(&format!("\n## Skipped, by reason ({})\n", total.skip));
    out.push_str(&by_count(skips.into_iter(), usize::MAX));
    out
}

fn row_line(name: &str, c: &Counts, width: usize) -> String {
    let mut codes: Vec<(&&str, &usize)> = c.codes.iter().collect();
    codes.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let codes: Vec<String> = codes.iter().map(|(k, v)| format!("{k} ×{v}")).collect();
    format!(
        "{name:width$}  {:>5}  {:>11}  {:>4}  {:>4}  {:>5}  {}\n",
        c.pass,
        c.unsupported,
        c.fail,
        c.skip,
        c.total,
        codes.join(", ")
    )
    .trim_end()
    .to_string()
        + "\n"
}

/// `count  text` lines, most common first (ties by text), at most `limit` of them.
fn by_count<'a>(items: impl Iterator<Item = (&'a str, usize)>, limit: usize) -> String {
    let mut items: Vec<(&str, usize)> = items.collect();
    items.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut out = String::new();
    for (text, count) in items.iter().take(limit) {
        out.push_str(&format!("{count:>6}  {text}\n"));
    }
    if items.len() > limit {
        let rest: usize = items[limit..].iter().map(|(_, c)| c).sum();
        out.push_str(&format!(
            "{rest:>6}  ({} less common ones)\n",
            items.len() - limit
        ));
    }
    out
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "-".into();
    }
    format!("{:.1}%", part as f64 * 100.0 / whole as f64)
}

/// Whether two summaries report the same results (the `run:` line, date and node version, aside).
pub fn same_results(a: &str, b: &str) -> bool {
    let results = |s: &str| -> Vec<String> {
        s.lines()
            .filter(|l| !l.starts_with(RUN_PREFIX))
            .map(String::from)
            .collect()
    };
    results(a) == results(b)
}

/// A line diff of `old` → `new` (`-`/`+` lines only, longest common subsequence).
pub fn diff(old: &str, new: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push_str(&format!("-{}\n", a[i]));
            i += 1;
        } else {
            out.push_str(&format!("+{}\n", b[j]));
            j += 1;
        }
    }
    out
}

/// Today's date, `YYYY-MM-DD` (UTC), from the system clock.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_date((secs / 86_400) as i64)
}

/// The proleptic Gregorian date of a day number since 1970-01-01 (H. Hinnant's algorithm).
fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(dir: &str, name: &str) -> Case {
        Case {
            dir: dir.into(),
            path: format!("{dir}/{name}"),
        }
    }

    #[test]
    fn counts_per_directory_and_lists_failures() {
        let results = vec![
            (case("a", "1.js"), Outcome::Pass),
            (
                case("a", "2.js"),
                Outcome::Unsupported("DX0201", "unknown identifier `x`".into()),
            ),
            (case("b", "3.js"), Outcome::Fail("dx wasm trap".into())),
            (case("b", "4.js"), Outcome::Skip("no BigInt".into())),
        ];
        let info = RunInfo {
            test262: "abc (2026-01-01)".into(),
            date: "2026-02-02".into(),
            node: "v20".into(),
        };
        let text = render(&info, &["a".into(), "b".into()], &results);
        assert!(
            text.contains("\na          1            1     0     0      2  DX0201 ×1\n"),
            "{text}"
        );
        assert!(
            text.contains("\nb          0            0     1     1      2\n"),
            "{text}"
        );
        assert!(text.contains("pass rate (of the tests not skipped): 1 / 3 = 33.3%"));
        assert!(text.contains("     1  DX0201 unknown identifier `x`\n"));
        assert!(text.contains("## Failures (1)\nb/3.js: dx wasm trap\n"));
        assert!(text.contains("     1  no BigInt\n"));

        let later = RunInfo {
            date: "2027-01-01".into(),
            ..info
        };
        let again = render(&later, &["a".into(), "b".into()], &results);
        assert!(same_results(&text, &again));
        assert!(!same_results(&text, &again.replace("33.3%", "34%")));
    }

    #[test]
    fn line_diff() {
        assert_eq!(diff("a\nb\nc\n", "a\nx\nc\nd\n"), "-b\n+x\n+d\n");
        assert_eq!(diff("same\n", "same\n"), "");
    }

    #[test]
    fn dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(20_454), "2026-01-01");
        assert_eq!(civil_date(11_016), "2000-02-29");
    }
}
