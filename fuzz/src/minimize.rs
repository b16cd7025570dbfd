//! Delta debugging for findings: remove chunks of lines, then single tokens, as long as the
//! same bug (the same [`Finding::key`](crate::Finding)) still shows.

use crate::oracle::{Input, Verdict, check};
use crate::tokens::tokenize;

/// The smallest input found that still shows the finding with key `key`, and how many
/// compiles it took. `files` serves imports.
pub fn minimize(
    input: &Input,
    key: &str,
    files: &std::collections::HashMap<String, String>,
) -> (Input, usize) {
    let mut compiles = 0;
    let mut still_fails = |text: &str| {
        compiles += 1;
        let candidate = input.with_subject_text(text.to_string());
        matches!(check(&candidate, files).verdict, Verdict::Finding(f) if f.key == key)
    };
    let mut text = input.subject().text.clone();
    // Lines, in chunks halving from half the file down to one line.
    let mut chunk = text.lines().count().div_ceil(2).max(1);
    loop {
        let lines: Vec<&str> = text.lines().collect();
        let mut start = 0;
        let mut removed_any = false;
        let mut kept: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        while start < kept.len() {
            let end = (start + chunk).min(kept.len());
            let candidate: Vec<String> =
                kept[..start].iter().chain(&kept[end..]).cloned().collect();
            let candidate_text = candidate.join("\n") + "\n";
            if still_fails(&candidate_text) {
                kept = candidate;
                removed_any = true;
            } else {
                start = end;
            }
        }
        text = kept.join("\n") + "\n";
        if chunk == 1 && !removed_any {
            break;
        }
        if !removed_any {
            chunk = chunk.div_ceil(2);
        }
    }
    // Single tokens, from the end (later tokens depend on earlier ones less often).
    let mut i = tokenize(&text).len();
    while i > 0 {
        i -= 1;
        let tokens = tokenize(&text);
        if i >= tokens.len() {
            continue;
        }
        let t = tokens[i];
        let candidate = format!("{}{}", &text[..t.start], &text[t.end..]);
        if still_fails(&candidate) {
            text = candidate;
        }
    }
    (input.with_subject_text(text), compiles)
}
