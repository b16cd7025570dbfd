//! A light check of regular expression literals: unbalanced groups and classes, a quantifier
//! with nothing to repeat, a trailing backslash. The parser does not validate patterns (its
//! full regular expression parser is left out of the browser compiler to keep it small); the
//! browser's `RegExp` checks the rest when the app makes one.

/// What is wrong with `pattern`, if this check sees something.
pub(crate) fn problem(pattern: &str) -> Option<&'static str> {
    let mut depth = 0usize;
    let mut in_class = false;
    // Whether the previous token can be repeated by a quantifier.
    let mut repeatable = false;
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if chars.next().is_none() {
                    return Some("it ends with a backslash");
                }
                repeatable = true;
            }
            _ if in_class => {
                if c == ']' {
                    in_class = false;
                    repeatable = true;
                }
            }
            '[' => in_class = true,
            '(' => {
                depth += 1;
                repeatable = false;
                // `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`, `(?<name>`: the group's prefix.
                if chars.peek() == Some(&'?') {
                    chars.next();
                }
            }
            ')' => {
                if depth == 0 {
                    return Some("a `)` closes no group");
                }
                depth -= 1;
                repeatable = true;
            }
            '*' | '+' | '?' => {
                if !repeatable {
                    return Some("a quantifier has nothing to repeat");
                }
                // `a*?`, `a??` (lazy) are one quantifier; `a**` is not.
                repeatable = false;
                if chars.peek() == Some(&'?') {
                    chars.next();
                }
            }
            '|' | '^' => repeatable = false,
            _ => repeatable = true,
        }
    }
    if in_class {
        return Some("a `[` class is not closed");
    }
    if depth > 0 {
        return Some("a `(` group is not closed");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::problem;

    #[test]
    fn valid_patterns_pass() {
        for p in [
            r"\d+",
            r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$",
            r"(?:ab)+?",
            r"a*?b",
            r"[()]",
            r"\(",
            r"(?<year>\d{4})",
            r"x|y",
            r"[\]]",
            r"(a)(b)",
            r"\s*,\s*",
            r"a??",
        ] {
            assert_eq!(problem(p), None, "{p}");
        }
    }

    #[test]
    fn broken_patterns_are_found() {
        for p in ["(ab", "ab)", "[a-z", "*a", "a|+", "ab\\", "(?:a", "a**"] {
            assert!(problem(p).is_some(), "{p}");
        }
    }
}
