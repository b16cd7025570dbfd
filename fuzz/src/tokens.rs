//! A forgiving lexer for TS/JSX source: just enough structure (identifiers, literals,
//! punctuation, balanced brackets, JSX elements) for token-aware mutations. It never fails:
//! whatever it does not recognise becomes a one-character punctuation token.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An identifier or keyword.
    Ident,
    /// A number literal.
    Number,
    /// A `'…'` or `"…"` string literal.
    Str,
    /// A template literal, `${…}` parts included.
    Template,
    /// An operator or bracket.
    Punct,
}

/// One token: its kind and byte range in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// What it is.
    pub kind: Kind,
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset after its last character.
    pub end: usize,
}

impl Token {
    /// Its text.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }

    /// Whether it is a literal (number, string, template).
    pub fn is_literal(&self) -> bool {
        matches!(self.kind, Kind::Number | Kind::Str | Kind::Template)
    }
}

/// Multi-character operators, longest first.
const PUNCT: &[&str] = &[
    "...", "===", "!==", "**=", "&&=", "||=", "??=", ">>>", "=>", "==", "!=", "<=", ">=", "&&",
    "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "**",
];

/// Keywords that are never a variable's name (used to pick identifiers worth replacing).
pub const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "default",
    "do",
    "else",
    "export",
    "false",
    "for",
    "from",
    "function",
    "if",
    "import",
    "in",
    "interface",
    "let",
    "new",
    "null",
    "of",
    "return",
    "switch",
    "this",
    "true",
    "type",
    "typeof",
    "undefined",
    "var",
    "void",
    "while",
    "as",
    "number",
    "string",
    "boolean",
];

/// The tokens of `src`; comments and whitespace are skipped.
pub fn tokenize(src: &str) -> Vec<Token> {
    let bytes = src.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        let kind = if c.is_ascii_whitespace() {
            i += 1;
            continue;
        } else if src[i..].starts_with("//") {
            i = src[i..].find('\n').map_or(bytes.len(), |n| i + n);
            continue;
        } else if src[i..].starts_with("/*") {
            i = src[i + 2..]
                .find("*/")
                .map_or(bytes.len(), |n| i + 2 + n + 2);
            continue;
        } else if c == b'"' || c == b'\'' {
            i += 1;
            while i < bytes.len() && bytes[i] != c && bytes[i] != b'\n' {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            i = (i + 1).min(bytes.len());
            Kind::Str
        } else if c == b'`' {
            i += 1;
            while i < bytes.len() && bytes[i] != b'`' {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            i = (i + 1).min(bytes.len());
            Kind::Template
        } else if c.is_ascii_digit()
            || (c == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            while i < bytes.len()
                && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'.' || bytes[i] == b'_')
            {
                i += 1;
            }
            Kind::Number
        } else if is_ident_start(c) {
            while i < bytes.len() && (is_ident_start(bytes[i]) || bytes[i].is_ascii_digit()) {
                i += 1;
            }
            Kind::Ident
        } else {
            i += PUNCT
                .iter()
                .find(|p| src[i..].starts_with(**p))
                .map_or_else(
                    || src[i..].chars().next().map_or(1, char::len_utf8),
                    |p| p.len(),
                );
            Kind::Punct
        };
        // Escapes may step past the end or into a multi-byte character.
        i = i.min(bytes.len());
        while !src.is_char_boundary(i) {
            i += 1;
        }
        tokens.push(Token {
            kind,
            start,
            end: i,
        });
    }
    tokens
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c >= 0x80
}

/// The index of the bracket closing the one at `open` (`(`, `[` or `{`), if balanced.
pub fn matching(src: &str, tokens: &[Token], open: usize) -> Option<usize> {
    let (o, c) = match tokens[open].text(src) {
        "(" => ("(", ")"),
        "[" => ("[", "]"),
        "{" => ("{", "}"),
        _ => return None,
    };
    let mut depth = 0usize;
    for (i, t) in tokens.iter().enumerate().skip(open) {
        if t.kind != Kind::Punct {
            continue;
        }
        let s = t.text(src);
        if s == o {
            depth += 1;
        } else if s == c {
            depth -= 1;
            if depth == 0 {
                return Some(i);
            }
        }
    }
    None
}

/// Whether the `<` at token `i` opens a JSX element (not a comparison or type argument).
pub fn opens_jsx(src: &str, tokens: &[Token], i: usize) -> bool {
    if tokens[i].text(src) != "<" || tokens.get(i + 1).is_none_or(|t| t.kind != Kind::Ident) {
        return false;
    }
    match i.checked_sub(1).map(|p| tokens[p]) {
        None => false,
        Some(p) if p.kind == Kind::Punct => {
            matches!(
                p.text(src),
                "(" | ">" | "}" | "?" | ":" | "&&" | "||" | "=>" | "{" | "," | "=" | "["
            )
        }
        Some(p) => p.kind == Kind::Ident && p.text(src) == "return",
    }
}

/// The index of the last token of the JSX element opened at token `open` (see
/// [`opens_jsx`]): its `/>` or the `>` of its closing tag.
pub fn jsx_end(src: &str, tokens: &[Token], open: usize) -> Option<usize> {
    let tag = tokens.get(open + 1)?.text(src);
    let mut depth = 0usize;
    let mut i = open;
    while i < tokens.len() {
        let t = tokens[i].text(src);
        if t == "{" {
            i = matching(src, tokens, i)? + 1;
            continue;
        }
        if t == "<" && tokens.get(i + 1).is_some_and(|n| n.text(src) == tag) {
            // An opening tag of the same name: find its end, self-closing or not.
            let mut j = i + 2;
            while j < tokens.len() && tokens[j].text(src) != ">" {
                j = if tokens[j].text(src) == "{" {
                    matching(src, tokens, j)? + 1
                } else {
                    j + 1
                };
            }
            if j >= tokens.len() {
                return None;
            }
            if tokens[j - 1].text(src) != "/" {
                depth += 1;
            } else if depth == 0 {
                return Some(j);
            }
            i = j + 1;
            continue;
        }
        if t == "<"
            && tokens.get(i + 1).is_some_and(|n| n.text(src) == "/")
            && tokens.get(i + 2).is_some_and(|n| n.text(src) == tag)
            && tokens.get(i + 3).is_some_and(|n| n.text(src) == ">")
        {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                return Some(i + 3);
            }
            i += 4;
            continue;
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexes_and_matches() {
        let src =
            "const x = a.map((y) => <li key={y.id}><b>{y.t}</b></li>); // c\nlet s = 'it''s';";
        let t = tokenize(src);
        let texts: Vec<&str> = t.iter().map(|t| t.text(src)).collect();
        assert_eq!(&texts[..6], &["const", "x", "=", "a", ".", "map"]);
        let open = texts.iter().position(|s| *s == "<").unwrap();
        assert!(opens_jsx(src, &t, open));
        let end = jsx_end(src, &t, open).unwrap();
        assert_eq!(
            &src[t[open].start..t[end].end],
            "<li key={y.id}><b>{y.t}</b></li>"
        );
        let paren = texts.iter().position(|s| *s == "(").unwrap();
        assert_eq!(texts[matching(src, &t, paren).unwrap() + 1], ";");
        assert!(t.iter().all(|t| t.end > t.start));
    }
}
