//! The build-time minifier of the JS hosts dx ships. Not a general JS minifier: it is small
//! because it relies on the style of dx's own host sources, and it keeps what it cannot prove
//! safe rather than guessing.
//!
//! - Comments go, and whitespace goes except a space between two words (`let x`) or between
//!   operators that would fuse (`a - -b`), and a newline where automatic semicolon insertion
//!   may need one (after `}` or `)` before a word, say). The sources end their statements with
//!   `;`, so few newlines stay.
//! - Redundant punctuation goes: a trailing `,` (not one that makes an array hole), a `;`
//!   before `}`, the parentheses of a single arrow parameter; and consecutive `const` (or
//!   `let`) declarations of one statement list become one (`const a=1,b=2;`).
//! - Every identifier the code declares (`let`/`const`/`var`/`function` names and parameters)
//!   that is longer than one letter is renamed to the shortest name the code does not use yet,
//!   the most frequent first. The same name gets the same new name in every scope, so no
//!   scope analysis is needed. Names in `keep` (exports) and names that also appear as object
//!   keys (`{ name: … }`, `{ name }`) are not renamed; nor is a word after `.`.
//! - A `/` is always an operator: the hosts have no regular expression literals.
//!
//! The tests parse the minified hosts with oxc and check they mean what their sources mean.

use std::collections::{BTreeMap, BTreeSet};

/// `js` with comments and unneeded whitespace removed and long local names shortened; the
/// identifiers in `keep` keep their names.
pub fn minify(js: &str, keep: &[&str]) -> String {
    let tokens = tokenize(js);
    let renames = renames(&tokens, keep);
    print(&tokens, &renames)
}

/// `js` with only the renames of [`minify`]: whitespace, comments and punctuation as written
/// (for tests that check the other steps change nothing else).
#[cfg(test)]
pub(crate) fn rename_only(js: &str, keep: &[&str]) -> String {
    let tokens = tokenize(js);
    let renames = renames(&tokens, keep);
    let mut out = String::new();
    let mut member = false;
    for t in &tokens {
        match renames.get(t.text) {
            Some(short) if t.kind == Kind::Word && !member => out.push_str(short),
            _ => out.push_str(t.text),
        }
        if !matches!(t.kind, Kind::Gap(_)) {
            member = matches!(t.text, "." | "?.");
        }
    }
    out
}

/// Whether `js` uses the identifier `name` (as a word that is not a property after `.`; words
/// in strings and comments do not count).
pub(crate) fn uses(js: &str, name: &str) -> bool {
    let mut after_dot = false;
    for t in tokenize(js) {
        match t.kind {
            Kind::Gap(_) => continue,
            Kind::Word if t.text == name && !after_dot => return true,
            _ => {}
        }
        after_dot = matches!(t.text, "." | "?.");
    }
    false
}

/// How many brackets `js` leaves open (negative if it closes more than it opens).
pub(crate) fn bracket_depth(js: &str) -> i32 {
    tokenize(js)
        .iter()
        .filter(|t| t.kind == Kind::Punct)
        .map(|t| match t.text {
            "(" | "[" | "{" => 1,
            ")" | "]" | "}" => -1,
            _ => 0,
        })
        .sum()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// An identifier, keyword or number (or part of a number: `1.5` is `1`, `.`, `5`).
    Word,
    /// A string literal, or a piece of a template literal up to or from a `${…}`.
    Str,
    Punct,
    /// Whitespace or a comment; `true` if it contains a line break.
    Gap(bool),
}

#[derive(Clone, Copy, Debug)]
struct Token<'a> {
    kind: Kind,
    text: &'a str,
}

/// Operators of more than one character, longest first.
const PUNCTUATORS: &[&str] = &[
    ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=", "=>", "==", "!=",
    "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
    "<<", ">>", "**",
];

fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c >= 0x80
}

fn tokenize(js: &str) -> Vec<Token<'_>> {
    let b = js.as_bytes();
    let mut tokens = Vec::new();
    // Brace depth at each `${` of the template literals being read.
    let mut templates: Vec<usize> = Vec::new();
    let mut depth = 0;
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let c = b[i];
        let kind = if c.is_ascii_whitespace() {
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            Kind::Gap(js[start..i].contains('\n'))
        } else if js[i..].starts_with("//") {
            i = js[i..].find('\n').map_or(b.len(), |n| i + n);
            Kind::Gap(false)
        } else if js[i..].starts_with("/*") {
            i = js[i + 2..].find("*/").map_or(b.len(), |n| i + 2 + n + 2);
            Kind::Gap(js[start..i].contains('\n'))
        } else if c == b'"' || c == b'\'' {
            i += 1;
            while i < b.len() && b[i] != c {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i = (i + 1).min(b.len());
            Kind::Str
        } else if c == b'`' || (c == b'}' && templates.last() == Some(&depth)) {
            // A template literal, or its continuation after a `${…}`.
            if c == b'}' {
                templates.pop();
            }
            i += 1;
            loop {
                match b.get(i) {
                    None => break,
                    Some(b'\\') => i += 2,
                    Some(b'`') => {
                        i += 1;
                        break;
                    }
                    Some(b'$') if b.get(i + 1) == Some(&b'{') => {
                        i += 2;
                        templates.push(depth);
                        break;
                    }
                    Some(_) => i += 1,
                }
            }
            i = i.min(b.len());
            Kind::Str
        } else if is_word(c) {
            while i < b.len() && is_word(b[i]) {
                i += 1;
            }
            Kind::Word
        } else {
            let len = PUNCTUATORS
                .iter()
                .find(|p| js[i..].starts_with(*p))
                .map_or(1, |p| p.len());
            i += len;
            match c {
                b'{' => depth += 1,
                b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
            Kind::Punct
        };
        tokens.push(Token {
            kind,
            text: &js[start..i],
        });
    }
    tokens
}

/// Short names for the long identifiers the code declares.
fn renames<'a>(tokens: &[Token<'a>], keep: &[&str]) -> BTreeMap<&'a str, String> {
    let code: Vec<Token<'a>> = tokens
        .iter()
        .copied()
        .filter(|t| !matches!(t.kind, Kind::Gap(_)))
        .collect();
    let text = |i: usize| code.get(i).map_or("", |t| t.text);
    let is_name = |i: usize| {
        code.get(i).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.text.as_bytes()[0].is_ascii_digit()
                && !matches!(text(i.wrapping_sub(1)), "." | "?.")
        })
    };

    // The innermost open bracket before each token.
    let mut open: Vec<&str> = Vec::new();
    let mut enclosing = Vec::with_capacity(code.len());
    for t in &code {
        enclosing.push(open.last().copied().unwrap_or(""));
        match t.text {
            "(" | "[" | "{" if t.kind == Kind::Punct => open.push(t.text),
            ")" | "]" | "}" if t.kind == Kind::Punct => {
                open.pop();
            }
            _ => {}
        }
    }
    let mut declared = BTreeSet::new();
    let mut excluded: BTreeSet<&str> = keep.iter().copied().collect();
    for i in 0..code.len() {
        if !is_name(i) {
            continue;
        }
        let (before, after) = (text(i.wrapping_sub(1)), text(i + 1));
        // `{ name: … }` and `{ name }`: a property key as well as (perhaps) a variable.
        if enclosing[i] == "{" && matches!(before, "{" | ",") && matches!(after, ":" | "," | "}") {
            excluded.insert(code[i].text);
        }
        match code[i].text {
            "let" | "const" | "var" => declarations(&code, i + 1, &mut declared),
            "function" | "catch" => {
                let mut j = i + 1;
                if is_name(j) {
                    declared.insert(code[j].text);
                    j += 1;
                }
                if text(j) == "(" {
                    bindings(&code, j + 1, &mut declared);
                }
            }
            _ => {}
        }
        if after == "=>" {
            declared.insert(code[i].text);
        }
    }
    // Parenthesised arrow parameters: `(a, [b, c] = d) =>`.
    for i in 0..code.len() {
        if code[i].text == "=>" && text(i.wrapping_sub(1)) == ")" {
            let mut level = 0;
            let mut j = i - 1;
            loop {
                match code[j].text {
                    ")" => level += 1,
                    "(" => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j -= 1;
            }
            bindings(&code, j + 1, &mut declared);
        }
    }

    let mut used: BTreeSet<&str> = code
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .map(|t| t.text)
        .collect();
    let mut count: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (i, t) in code.iter().enumerate() {
        if is_name(i)
            && t.text.len() > 1
            && declared.contains(t.text)
            && !excluded.contains(t.text)
            && !RESERVED.contains(&t.text)
        {
            let entry = count.entry(t.text).or_insert((0, i));
            entry.0 += 1;
        }
    }
    let mut order: Vec<(&str, (usize, usize))> = count.into_iter().collect();
    order.sort_by_key(|&(_, (n, first))| (std::cmp::Reverse(n), first));
    let mut names = short_names();
    let mut renames = BTreeMap::new();
    for (name, _) in order {
        let short = names
            .by_ref()
            .find(|s| !used.contains(s.as_str()) && !RESERVED.contains(&s.as_str()))
            .expect("endless names");
        if short.len() < name.len() {
            used.insert(name);
            renames.insert(name, short);
        }
    }
    renames
}

/// Reserved words and contextual keywords no renamed identifier may become or be.
const RESERVED: &[&str] = &[
    "as",
    "do",
    "if",
    "in",
    "of",
    "for",
    "get",
    "let",
    "new",
    "set",
    "try",
    "var",
    "case",
    "else",
    "enum",
    "eval",
    "null",
    "this",
    "true",
    "void",
    "with",
    "async",
    "await",
    "break",
    "catch",
    "class",
    "const",
    "false",
    "super",
    "throw",
    "while",
    "yield",
    "delete",
    "export",
    "import",
    "return",
    "static",
    "switch",
    "typeof",
    "default",
    "extends",
    "finally",
    "package",
    "private",
    "continue",
    "debugger",
    "function",
    "arguments",
    "interface",
    "protected",
    "implements",
    "instanceof",
    "undefined",
];

/// `a`…`z`, `A`…`Z`, `_`, `$`, then two characters, three, …
fn short_names() -> impl Iterator<Item = String> {
    const FIRST: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$";
    const REST: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$0123456789";
    (0usize..).map(|mut n| {
        let mut s = String::new();
        s.push(FIRST[n % FIRST.len()] as char);
        n /= FIRST.len();
        while n > 0 {
            n -= 1;
            s.push(REST[n % REST.len()] as char);
            n /= REST.len();
        }
        s
    })
}

/// The names a `let`/`const`/`var` starting at `start` declares, up to its `;` (or the `)`
/// of a `for (…)` head): the first word of each declarator, or the names in its pattern.
fn declarations<'a>(code: &[Token<'a>], start: usize, declared: &mut BTreeSet<&'a str>) {
    let mut level = 0i32;
    let mut declarator_start = true;
    let mut i = start;
    while let Some(t) = code.get(i) {
        match t.text {
            "(" | "[" | "{" if level == 0 && declarator_start => {
                i = bindings(code, i + 1, declared);
                declarator_start = false;
                continue;
            }
            "(" | "[" | "{" => level += 1,
            ")" | "]" | "}" => {
                level -= 1;
                if level < 0 {
                    return;
                }
            }
            ";" if level == 0 => return,
            "of" | "in" if level == 0 => return,
            "," if level == 0 => {
                declarator_start = true;
                i += 1;
                continue;
            }
            _ => {
                if declarator_start && t.kind == Kind::Word {
                    declared.insert(t.text);
                }
            }
        }
        declarator_start = false;
        i += 1;
    }
}

/// The names bound by a parameter list or a destructuring pattern whose opening bracket is
/// just before `start`: words right after `(`, `[`, `{`, `,` or `...` at any depth (default
/// values come after `=` and are skipped). Returns the index after the closing bracket.
fn bindings<'a>(code: &[Token<'a>], start: usize, declared: &mut BTreeSet<&'a str>) -> usize {
    let mut level = 1;
    let mut i = start;
    while let Some(t) = code.get(i) {
        match t.text {
            "(" | "[" | "{" => level += 1,
            ")" | "]" | "}" => {
                level -= 1;
                if level == 0 {
                    return i + 1;
                }
            }
            _ => {
                let before = code[i - 1].text;
                if t.kind == Kind::Word && matches!(before, "(" | "[" | "{" | "," | "...") {
                    declared.insert(t.text);
                }
            }
        }
        i += 1;
    }
    i
}

fn print(tokens: &[Token<'_>], renames: &BTreeMap<&str, String>) -> String {
    // The code tokens, each with the gap before it (`Some(true)` if it holds a line break).
    let mut code: Vec<(Token<'_>, Option<bool>)> = Vec::new();
    let mut gap: Option<bool> = None;
    for t in tokens {
        match t.kind {
            Kind::Gap(newline) => gap = Some(gap.unwrap_or(false) || newline),
            _ => {
                code.push((*t, gap));
                gap = None;
            }
        }
    }
    // Single arrow parameters lose their parentheses: `(x) =>` → `x=>`.
    let mut skip = vec![false; code.len()];
    for i in 0..code.len().saturating_sub(3) {
        if code[i].0.text == "("
            && code[i + 1].0.kind == Kind::Word
            && code[i + 2].0.text == ")"
            && code[i + 3].0.text == "=>"
        {
            skip[i] = true;
            skip[i + 2] = true;
            code[i + 1].1 = code[i].1;
        }
    }
    let text = |i: usize| code.get(i).map_or("", |(t, _)| t.text);
    let mut out = String::new();
    // The last token printed, and what was printed for it.
    let mut prev: Option<(Token<'_>, &str)> = None;
    // For each open `(`: whether it is the head of `if`/`for`/`while`/`switch`/`catch` or a
    // function's parameters, whose `)` cannot end a statement.
    let mut parens: Vec<bool> = Vec::new();
    let mut head_closed = false;
    // For each open `{`: whether it is a block statement (a body, not an object or an arrow's
    // body), whose `}` cannot end an expression statement.
    let mut braces: Vec<bool> = Vec::new();
    let mut block_closed = false;
    let mut before_prev = "";
    // Per bracket depth: `const` or `let` while the statement being printed at that depth is
    // such a declaration (`const a = 1; const b = 2;` prints as `const a=1,b=2;`).
    let mut depth = 0;
    let mut declaration: Vec<Option<&str>> = vec![None];
    let mut line_break = false;
    let mut i = 0;
    while i < code.len() {
        let (t, gap) = code[i];
        let at_start = line_break
            || prev.is_none_or(|(p, _)| p.kind == Kind::Punct && matches!(p.text, ";" | "{" | "}"));
        if at_start && !matches!(t.text, ")" | "]" | "}" | ";" | ",") {
            declaration[depth] =
                (t.kind == Kind::Word && matches!(t.text, "const" | "let")).then_some(t.text);
        }
        if t.kind == Kind::Punct
            && t.text == ";"
            && declaration[depth].is_some_and(|kw| text(i + 1) == kw)
        {
            out.push(',');
            prev = Some((
                Token {
                    kind: Kind::Punct,
                    text: ",",
                },
                ",",
            ));
            line_break = false;
            i += 2;
            continue;
        }
        // Redundant: a trailing `,` in an object, a call or an array (but not after a hole:
        // `[a, ,]` has two elements), and a `;` before `}` (not after a statement head:
        // `if (x);`).
        let after_hole = prev.is_some_and(|(p, _)| matches!(p.text, "," | "["));
        let redundant = t.kind == Kind::Punct
            && match t.text {
                "," => matches!(text(i + 1), "}" | ")") || (text(i + 1) == "]" && !after_hole),
                ";" => text(i + 1) == "}" && !head_closed,
                _ => false,
            };
        if skip[i] || redundant {
            i += 1;
            continue;
        }
        let member = matches!(prev, Some((p, _)) if matches!(p.text, "." | "?."));
        let printed = match renames.get(t.text) {
            Some(short) if t.kind == Kind::Word && !member => short.as_str(),
            _ => t.text,
        };
        if let (Some((p, p_text)), Some(newline)) = (prev, gap) {
            let ends = may_end_statement(p)
                && !(p.text == ")" && head_closed)
                && !(p.text == "}" && block_closed);
            line_break = newline && ends && cannot_continue(t);
            if line_break {
                out.push('\n');
            } else if fuse(p_text, printed) {
                out.push(' ');
            }
        } else if let Some((_, p_text)) = prev
            && fuse(p_text, printed)
        {
            // Tokens that touched in the source may touch a dropped token's neighbour now.
            out.push(' ');
        }
        let after = prev.map_or("", |(p, _)| p.text);
        let (mut closes_head, mut closes_block) = (false, false);
        if t.kind == Kind::Punct {
            match t.text {
                "(" => parens.push(
                    matches!(
                        after,
                        "if" | "for" | "while" | "switch" | "catch" | "with" | "function"
                    ) || before_prev == "function",
                ),
                ")" => closes_head = parens.pop().unwrap_or(false),
                "{" => braces.push(
                    (after == ")" && head_closed)
                        || matches!(
                            after,
                            "else" | "try" | "finally" | "do" | ";" | "{" | "}" | ""
                        ),
                ),
                "}" => closes_block = braces.pop().unwrap_or(false),
                _ => {}
            }
        }
        match t.text {
            "(" | "[" | "{" if t.kind == Kind::Punct => {
                depth += 1;
                declaration.truncate(depth);
                declaration.push(None);
            }
            ")" | "]" | "}" if t.kind == Kind::Punct => depth = depth.saturating_sub(1),
            _ => {}
        }
        head_closed = closes_head;
        block_closed = closes_block;
        before_prev = after;
        out.push_str(printed);
        prev = Some((t, printed));
        i += 1;
    }
    out.push('\n');
    out
}

/// Whether an expression statement can end after `t` (so a line break after it may be a
/// semicolon); `)` and `}` of statement heads and blocks cannot, the caller checks those.
fn may_end_statement(t: Token<'_>) -> bool {
    match t.kind {
        Kind::Word | Kind::Str => true,
        _ => matches!(t.text, ")" | "]" | "}" | "++" | "--"),
    }
}

/// Whether `t` cannot continue an expression (so a line break before it may be a semicolon).
fn cannot_continue(t: Token<'_>) -> bool {
    match t.kind {
        Kind::Word => true,
        Kind::Str => !t.text.starts_with('`'),
        _ => matches!(t.text, "{" | "!" | "~" | "++" | "--"),
    }
}

/// Whether `a` and `b` written without a space would read as other tokens.
fn fuse(a: &str, b: &str) -> bool {
    let (Some(x), Some(y)) = (a.bytes().last(), b.bytes().next()) else {
        return false;
    };
    (is_word(x) && is_word(y))
        || (x == b'+' && y == b'+')
        || (x == b'-' && y == b'-')
        || (x == b'/' && (y == b'/' || y == b'*'))
        || (x == b'.' && y.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::minify;

    #[test]
    fn drops_comments_and_whitespace_but_keeps_words_apart() {
        assert_eq!(
            minify(
                "// doc\nlet a = 1; /* block */\nconst b = a + +a - -a; return typeof b;\n",
                &[]
            ),
            "let a=1;const b=a+ +a- -a;return typeof b;\n"
        );
    }

    #[test]
    fn keeps_strings_and_templates_verbatim() {
        assert_eq!(
            minify(
                "x = \"a  // b\" + 'c\\' /* d' + `e ${ y + `f ${z}` } g`;",
                &[]
            ),
            "x=\"a  // b\"+'c\\' /* d'+`e ${y+`f ${z}`} g`;\n"
        );
    }

    #[test]
    fn keeps_line_breaks_where_a_semicolon_may_be_inserted() {
        // A statement ends at the line break (`a()` / `b()`), or cannot (`(` / `+` / `.`).
        assert_eq!(
            minify("a()\nb()\nc\n(d)\ne\n+ f\ng\n.h", &[]),
            "a()\nb()\nc(d)\ne+f\ng.h\n"
        );
        assert_eq!(minify("x++\ny\nreturn\nz", &[]), "x++\ny\nreturn\nz\n");
        assert_eq!(
            minify("if (a)\n  b();\nfor (;;)\n  c();\nf(a)\n{}", &[]),
            "if(a)b();for(;;)c();f(a)\n{}\n"
        );
        // A block's `}` ends no expression; an arrow's body or an object's may.
        assert_eq!(
            minify(
                "if (a) {\n  b();\n}\nc();\nf = () => {\n}\ng();\nfunction h() {}\ni();",
                &[]
            ),
            "if(a){b()}c();f=()=>{}\ng();function h(){}i();\n"
        );
    }

    #[test]
    fn drops_trailing_commas_last_semicolons_and_single_parameter_parentheses() {
        assert_eq!(
            minify(
                "f({\n  a: (x) => { x(); },\n  b: [1, 2,],\n}, 3,);\nif (a);\nreturn (y) => y;",
                &[]
            ),
            "f({a:x=>{x()},b:[1,2]},3);if(a);return y=>y;\n"
        );
        assert_eq!(minify("[a, , ]; [, ];", &[]), "[a,,];[,];\n");
    }

    #[test]
    fn merges_consecutive_declarations_of_one_kind() {
        assert_eq!(
            minify(
                "const a = {};\nconst b = () => { let c; let d = 1; f(); let e; };\nlet g;\nconst h = 1;\nfunction i() {}\nj();\nconst k = 2;\nfor (let l = 0; ; ) {}\n",
                &[]
            ),
            "const a={},b=()=>{let c,d=1;f();let e};let g;const h=1;function i(){}j();const k=2;for(let l=0;;){}\n"
        );
    }

    #[test]
    fn renames_declared_names_but_not_properties_keys_or_kept_names() {
        let js = "let wasm, nodes = [];\nconst walk = (node, [first, ...rest] = []) => node.walk(first, rest);\nexport const start = (target) => walk(nodes, { wasm, node: target.node });\nfunction delegate(type) { nodes.push(type); }\n";
        assert_eq!(
            minify(js, &["start"]),
            "let wasm,a=[];const b=(node,[c,...d]=[])=>node.walk(c,d);export const start=e=>b(a,{wasm,node:e.node});function g(f){a.push(f)}\n"
        );
    }
}
