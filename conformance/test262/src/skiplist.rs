//! `conformance/test262-skip.txt`: which tests are not run, each with the reason.
//!
//! Every line is `pattern  # reason`; a line without a reason is an error. A pattern is a path
//! under `test/` where `*` matches any run of characters (`language/statements/for/*let*`), or a
//! frontmatter rule: `flag:NAME`, `feature:NAME`, `include:FILE` or `negative:PHASE` (`negative:*`
//! for every phase), or `source:TEXT`: the test's code (after its frontmatter) contains TEXT
//! (for constructs no directory or feature names, such as `new Boolean(` or `try {`).

use crate::frontmatter::Meta;

/// One line of the skip list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    /// What the rule matches.
    pub pattern: Pattern,
    /// Why those tests are skipped (the text after `#`).
    pub reason: String,
    /// 1-based line in the file, for messages.
    pub line: usize,
}

/// What a rule matches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pattern {
    /// A path glob under `test/`.
    Path(String),
    /// A `flags:` entry.
    Flag(String),
    /// A `features:` entry.
    Feature(String),
    /// An `includes:` entry.
    Include(String),
    /// A `negative:` phase, or `*` for any.
    Negative(String),
    /// Text the test's code contains.
    Source(String),
}

/// The parsed skip list.
#[derive(Clone, Debug, Default)]
pub struct SkipList {
    /// Rules in file order; the first that matches a test names its reason.
    pub rules: Vec<Rule>,
}

impl SkipList {
    /// Parses the file's text. Blank lines and lines starting with `#` are comments; every other
    /// line must carry a non-empty reason after `#`.
    pub fn parse(text: &str) -> Result<SkipList, String> {
        let mut rules = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let trimmed = raw.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let Some((pattern, reason)) = trimmed.split_once('#') else {
                return Err(format!(
                    "line {line}: `{trimmed}` has no reason: write `pattern  # why it is skipped`"
                ));
            };
            let (pattern, reason) = (pattern.trim(), reason.trim());
            if reason.is_empty() {
                return Err(format!("line {line}: the reason after `#` is empty"));
            }
            if pattern.contains(char::is_whitespace) && !pattern.starts_with("source:") {
                return Err(format!(
                    "line {line}: `{pattern}` is not one pattern (only a source: rule may hold spaces)"
                ));
            }
            let pattern = match pattern.split_once(':') {
                Some(("flag", name)) => Pattern::Flag(name.into()),
                Some(("feature", name)) => Pattern::Feature(name.into()),
                Some(("include", name)) => Pattern::Include(name.into()),
                Some(("negative", phase)) => Pattern::Negative(phase.into()),
                Some(("source", text)) => Pattern::Source(text.into()),
                Some((kind, _)) => {
                    return Err(format!(
                        "line {line}: unknown rule kind `{kind}:` (flag:, feature:, include:, negative:, source: or a path)"
                    ));
                }
                None => Pattern::Path(pattern.into()),
            };
            rules.push(Rule {
                pattern,
                reason: reason.into(),
                line,
            });
        }
        Ok(SkipList { rules })
    }

    /// The first rule that skips the test at `path` (relative to `test/`) with frontmatter
    /// `meta` and code `code` (its text after the frontmatter).
    pub fn matching(&self, path: &str, meta: &Meta, code: &str) -> Option<&Rule> {
        self.rules.iter().find(|rule| match &rule.pattern {
            Pattern::Path(glob) => glob_matches(glob, path),
            Pattern::Flag(name) => meta.flags.contains(name),
            Pattern::Feature(name) => meta.features.contains(name),
            Pattern::Include(name) => meta.includes.contains(name),
            Pattern::Negative(phase) => meta
                .negative
                .as_ref()
                .is_some_and(|n| phase == "*" || *phase == n.phase),
            Pattern::Source(text) => code.contains(text.as_str()),
        })
    }
}

/// `*` matches any run of characters (slashes included); everything else matches itself.
pub fn glob_matches(glob: &str, text: &str) -> bool {
    let mut parts = glob.split('*');
    let first = parts.next().unwrap_or("");
    let Some(mut rest) = text.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    let Some((last, middle)) = parts.split_last() else {
        return rest.is_empty();
    };
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frontmatter::Negative;

    #[test]
    fn every_line_needs_a_reason() {
        let err =
            SkipList::parse("# comment\n\nflag:raw  # not rewritten\nlanguage/x.js\n").unwrap_err();
        assert!(err.starts_with("line 4:"), "{err}");
        assert!(err.contains("no reason"), "{err}");
        let err = SkipList::parse("language/x.js  #   \n").unwrap_err();
        assert!(err.contains("empty"), "{err}");
        let err = SkipList::parse("flags:raw  # typo in the kind\n").unwrap_err();
        assert!(err.contains("unknown rule kind"), "{err}");
    }

    #[test]
    fn rules_match_paths_and_frontmatter() {
        let list = SkipList::parse(
            "language/statements/for/*let*.js  # needs closures in loops\nfeature:BigInt  # no BigInt\nnegative:*  # no exceptions\nsource:try {  # no exceptions\n",
        )
        .unwrap();
        let plain = Meta::default();
        let rule = list
            .matching("language/statements/for/scope-body-lex-open.js", &plain, "")
            .map(|r| r.line);
        assert_eq!(rule, None);
        let rule = list.matching("language/statements/for/head-let-closure.js", &plain, "");
        assert_eq!(rule.unwrap().reason, "needs closures in loops");
        let bigint = Meta {
            features: vec!["BigInt".into()],
            ..Meta::default()
        };
        assert_eq!(list.matching("a.js", &bigint, "").unwrap().line, 2);
        let negative = Meta {
            negative: Some(Negative {
                phase: "parse".into(),
                error: "SyntaxError".into(),
            }),
            ..Meta::default()
        };
        assert_eq!(
            list.matching("a.js", &negative, "").unwrap().reason,
            "no exceptions"
        );
        let rule = list.matching("a.js", &plain, "x();\ntry { y(); } catch (e) {}");
        assert_eq!(rule.unwrap().line, 4);
    }

    #[test]
    fn globs() {
        assert!(glob_matches("a/*.js", "a/b/c.js"));
        assert!(glob_matches("a/b.js", "a/b.js"));
        assert!(!glob_matches("a/b.js", "a/b.jsx"));
        assert!(glob_matches("*S11*T1.js", "x/S11.6_T1.js"));
        assert!(!glob_matches("a*a", "a"));
        assert!(glob_matches("a*", "a"));
    }
}
