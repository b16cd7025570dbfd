//! Token-aware mutation of seed files: each operator makes an edit a programmer (or a
//! keystroke in the playground) could make, so the result is often still parseable and
//! reaches analysis, lowering and emission with shapes the seeds alone never have.

use crate::rng::Rng;
use crate::seeds::Corpus;
use crate::tokens::{KEYWORDS, Kind, Token, jsx_end, matching, opens_jsx, tokenize};

/// Pieces cut from every seed, for edits that bring one file's code into another.
#[derive(Debug, Default)]
pub struct Snippets {
    /// Whole JSX elements (`<li key={t.id}>{t.label}</li>`).
    pub jsx: Vec<String>,
    /// Expressions: initialisers, attribute values, parenthesised groups.
    pub exprs: Vec<String>,
    /// Non-empty lines.
    pub lines: Vec<String>,
    /// Identifiers that are not keywords.
    pub idents: Vec<String>,
}

const MAX_JSX: usize = 400;
const MAX_EXPR: usize = 160;

impl Snippets {
    /// The snippets of every seed of `corpus`.
    pub fn from_corpus(corpus: &Corpus) -> Snippets {
        let mut s = Snippets::default();
        for seed in &corpus.seeds {
            s.add(&seed.text);
        }
        for pool in [&mut s.jsx, &mut s.exprs, &mut s.lines, &mut s.idents] {
            pool.sort();
            pool.dedup();
        }
        s.jsx.retain(|e| parses_as_expression(e));
        s.exprs.retain(|e| parses_as_expression(e));
        s
    }

    fn add(&mut self, src: &str) {
        let tokens = tokenize(src);
        for (i, t) in tokens.iter().enumerate() {
            let text = t.text(src);
            if t.kind == Kind::Ident && !KEYWORDS.contains(&text) {
                self.idents.push(text.to_string());
            }
            if opens_jsx(src, &tokens, i)
                && let Some(end) = jsx_end(src, &tokens, i)
                && tokens[end].end - t.start <= MAX_JSX
            {
                self.jsx.push(src[t.start..tokens[end].end].to_string());
            }
            // `= expr;` and `={expr}` and `(expr)`.
            if text == "=" {
                if let Some(next) = tokens.get(i + 1)
                    && next.text(src) == "{"
                    && let Some(close) = matching(src, &tokens, i + 1)
                    && close > i + 2
                {
                    self.push_expr(&src[tokens[i + 2].start..tokens[close - 1].end]);
                } else if let Some(end) = expression_end(src, &tokens, i + 1) {
                    self.push_expr(&src[tokens[i + 1].start..tokens[end].end]);
                }
            }
            if text == "("
                && let Some(close) = matching(src, &tokens, i)
                && close > i + 1
            {
                self.push_expr(&src[tokens[i + 1].start..tokens[close - 1].end]);
            }
        }
        self.lines.extend(
            src.lines()
                .filter(|l| !l.trim().is_empty() && l.len() <= MAX_EXPR)
                .map(str::to_string),
        );
    }

    fn push_expr(&mut self, e: &str) {
        if e.len() <= MAX_EXPR && !e.contains("//") {
            self.exprs.push(e.to_string());
        }
    }
}

/// Names that mean the same in every file (globals and React's API), kept in snippets.
const GLOBALS: &[&str] = &[
    "Math",
    "JSON",
    "console",
    "Number",
    "String",
    "parseInt",
    "parseFloat",
    "isNaN",
    "Date",
    "localStorage",
    "location",
    "window",
    "document",
    "setTimeout",
    "setInterval",
    "Array",
    "Object",
    "React",
    "Fragment",
    "useState",
    "useEffect",
    "useMemo",
    "useRef",
    "useCallback",
    "effect",
    "performance",
    "e",
    "event",
];

/// The names `src` declares (`const`/`let`/`var`/`function` and destructured state), which
/// a snippet from another file can use instead of its own.
fn declared_names(src: &str, tokens: &[Token]) -> Vec<String> {
    let mut names = Vec::new();
    let mut i = 0;
    while i + 1 < tokens.len() {
        if matches!(tokens[i].text(src), "const" | "let" | "var" | "function") {
            let mut j = i + 1;
            // `const [a, setA]` and `const { a, b }`: every name up to the closing bracket.
            if matches!(tokens[j].text(src), "[" | "{") {
                let close = matching(src, tokens, j).unwrap_or(j);
                names.extend(
                    tokens[j..close]
                        .iter()
                        .filter(|t| t.kind == Kind::Ident)
                        .map(|t| t.text(src).to_string()),
                );
                j = close;
            } else if tokens[j].kind == Kind::Ident {
                names.push(tokens[j].text(src).to_string());
            }
            i = j;
        }
        i += 1;
    }
    // Values only: not components, setters or keywords.
    names.retain(|n| {
        let setter = n.starts_with("set") && n[3..].starts_with(|c: char| c.is_ascii_uppercase());
        !KEYWORDS.contains(&n.as_str())
            && !setter
            && !n.starts_with(|c: char| c.is_ascii_uppercase())
    });
    names
}

/// `snippet` (from another seed) with most of its free names replaced by names `src`
/// declares, so it refers to this file's state and functions instead of being an unknown
/// identifier. Member names, JSX tag and attribute names and object keys stay.
fn adapt(snippet: &str, src: &str, tokens: &[Token], rng: &mut Rng) -> String {
    let names = declared_names(src, tokens);
    if names.is_empty() || rng.one_in(5) {
        return snippet.to_string();
    }
    let own = tokenize(snippet);
    let bound = declared_names(snippet, &own);
    let mut out = String::new();
    let mut last = 0;
    let mut renamed: Vec<(String, String)> = Vec::new();
    for (i, t) in own.iter().enumerate() {
        let text = t.text(snippet);
        let prev = i.checked_sub(1).map_or("", |p| own[p].text(snippet));
        let next = own.get(i + 1).map_or("", |n| n.text(snippet));
        let free = t.kind == Kind::Ident
            && !KEYWORDS.contains(&text)
            && !GLOBALS.contains(&text)
            && !bound.iter().any(|b| b == text)
            && !names.iter().any(|n| n == text)
            && !matches!(prev, "." | "?." | "<" | "/")
            && !matches!(next, ":" | "=" | "=>")
            && !text.starts_with(|c: char| c.is_ascii_uppercase());
        // Arrow parameters of the snippet (`(x) =>`, `x =>`) stay bound.
        let parameter = own[i + 1..]
            .iter()
            .take(6)
            .map(|t| t.text(snippet))
            .take_while(|t| {
                matches!(*t, "," | ")") || t.chars().all(|c| c.is_alphanumeric() || c == '_')
            })
            .any(|t| t == "=>");
        if !free || parameter {
            continue;
        }
        let with = match renamed.iter().find(|(from, _)| from == text) {
            Some((_, to)) => to.clone(),
            None => {
                let to = rng.pick(&names).clone();
                renamed.push((text.to_string(), to.clone()));
                to
            }
        };
        out += &snippet[last..t.start];
        out += &with;
        last = t.end;
    }
    out + &snippet[last..]
}

/// Whether `text` is one expression (not a comma sequence), so it fits wherever one goes.
fn parses_as_expression(text: &str) -> bool {
    let tokens = tokenize(text);
    let mut depth = 0i32;
    for t in &tokens {
        match t.text(text) {
            "(" | "[" | "{" => depth += 1,
            ")" | "]" | "}" => depth -= 1,
            "," if depth == 0 => return false,
            _ => {}
        }
    }
    let allocator = oxc_allocator::Allocator::default();
    oxc_parser::Parser::new(&allocator, text, oxc_span::SourceType::tsx())
        .parse_expression()
        .is_ok()
}

/// The last token of the expression starting at token `from`: up to a `;` or `,` or an
/// unmatched closing bracket at depth 0.
fn expression_end(src: &str, tokens: &[Token], from: usize) -> Option<usize> {
    let mut i = from;
    while i < tokens.len() {
        match tokens[i].text(src) {
            ";" | "," | ")" | "]" | "}" if i > from => return Some(i - 1),
            ";" | "," | ")" | "]" | "}" => return None,
            "(" | "[" | "{" => i = matching(src, tokens, i)? + 1,
            _ => i += 1,
        }
    }
    None
}

/// Literals a mutation puts in place of another: every type dx knows, and values at its edges.
const LITERALS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "1.5",
    "1e308",
    "-0",
    "NaN",
    "Infinity",
    "0x10",
    "9007199254740993",
    "2 ** 53",
    "\"\"",
    "\"x\"",
    "'a b'",
    "\"<b>&amp;</b>\"",
    "\"\\u{1F600}\"",
    "`t${1}`",
    "true",
    "false",
    "null",
    "undefined",
    "[]",
    "{}",
    "[1, 2]",
    "[\"a\"]",
    "[{ id: 1, text: \"a\" }]",
    "{ a: 1 }",
    "{ id: 2, done: true }",
    "[[1]]",
    "(() => 1)",
    "<b>x</b>",
    "<></>",
];

/// Operators swapped for one another.
const OPERATORS: &[&str] = &[
    "+", "-", "*", "/", "%", "**", "<", ">", "<=", ">=", "===", "!==", "==", "!=", "&&", "||",
    "??", "=", "+=", "-=", "*=", "||=", "??=", "++", "--", "!", "?.", ".", "...", "=>",
];

/// Identifiers dx treats specially, to put in place of a name.
const SPECIAL_IDENTS: &[&str] = &[
    "useState",
    "useEffect",
    "useMemo",
    "useRef",
    "useCallback",
    "effect",
    "children",
    "key",
    "props",
    "map",
    "filter",
    "length",
    "Math",
    "JSON",
    "console",
    "localStorage",
    "document",
    "window",
    "e",
    "event",
    "Fragment",
    "React",
    "undefined",
    "NaN",
    "value",
    "target",
];

/// Every mutation operator, by name, and how often it is chosen: edits that usually keep the
/// file parseable are drawn more often, since a parse error stops the compile at its first
/// stage (and `compiler-wasm/tests/diagnostics.rs` already compiles every prefix and every
/// one-line deletion of the samples).
pub const OPERATORS_WEIGHTED: &[(&str, usize)] = &[
    ("delete-line", 2),
    ("duplicate-line", 2),
    ("swap-lines", 1),
    ("delete-token", 1),
    ("duplicate-token", 1),
    ("swap-tokens", 1),
    ("replace-ident", 10),
    ("replace-literal", 10),
    ("replace-operator", 6),
    ("insert-jsx", 8),
    ("replace-jsx", 6),
    ("delete-jsx", 4),
    ("insert-expr", 6),
    ("replace-with-expr", 8),
    ("insert-line", 1),
    ("wrap", 10),
    ("delete-group", 2),
    ("empty-group", 3),
    ("duplicate-group", 3),
    ("truncate", 1),
];

/// The operators' names, in the order of [`OPERATORS_WEIGHTED`].
pub const OPERATOR_NAMES: [&str; OPERATORS_WEIGHTED.len()] = {
    let mut names = [""; OPERATORS_WEIGHTED.len()];
    let mut i = 0;
    while i < names.len() {
        names[i] = OPERATORS_WEIGHTED[i].0;
        i += 1;
    }
    names
};

/// Applies one mutation (half of the time), two or three, or rarely up to eight to `text`; returns the result and the
/// names of the operators applied.
pub fn mutate(text: &str, rng: &mut Rng, snippets: &Snippets) -> (String, Vec<&'static str>) {
    let rounds = match rng.below(8) {
        0..=3 => 1,
        4 | 5 => 2,
        6 => 3,
        _ => rng.range(4, 8),
    };
    let mut text = text.to_string();
    let mut applied = Vec::new();
    for _ in 0..rounds {
        let weights: Vec<usize> = OPERATORS_WEIGHTED.iter().map(|(_, w)| *w).collect();
        for _attempt in 0..8 {
            let op = rng.weighted(&weights);
            if let Some(next) = apply_operator(op, &text, rng, snippets) {
                text = next;
                applied.push(OPERATOR_NAMES[op]);
                break;
            }
        }
    }
    (text, applied)
}

/// Operator `op` (an index into [`OPERATOR_NAMES`]) on `src`; `None` if it does not apply.
pub fn apply_operator(op: usize, src: &str, rng: &mut Rng, snippets: &Snippets) -> Option<String> {
    let tokens = tokenize(src);
    let lines: Vec<&str> = src.lines().collect();
    let pick_at = |rng: &mut Rng, pred: &dyn Fn(usize) -> bool| -> Option<usize> {
        let candidates: Vec<usize> = (0..tokens.len()).filter(|&i| pred(i)).collect();
        (!candidates.is_empty()).then(|| *rng.pick(&candidates))
    };
    let pick_token =
        |rng: &mut Rng, pred: &dyn Fn(&Token) -> bool| pick_at(rng, &|i| pred(&tokens[i]));
    // An expression put where a JSX attribute's string was needs braces.
    let in_braces = |i: usize, e: &str| {
        if jsx_attribute_value(src, &tokens, i) {
            format!("{{{e}}}")
        } else {
            e.to_string()
        }
    };
    let replace = |start: usize, end: usize, with: &str| -> String {
        format!("{}{with}{}", &src[..start], &src[end..])
    };
    let is_name = |t: &Token| t.kind == Kind::Ident && !KEYWORDS.contains(&t.text(src));
    let jsx_elements: Vec<(usize, usize)> = (0..tokens.len())
        .filter(|&i| opens_jsx(src, &tokens, i))
        .filter_map(|i| Some((i, jsx_end(src, &tokens, i)?)))
        .collect();
    // Closing tags `</`: a place where a child can be inserted.
    let closing = || -> Vec<usize> {
        (0..tokens.len().saturating_sub(1))
            .filter(|&i| tokens[i].text(src) == "<" && tokens[i + 1].text(src) == "/")
            .collect()
    };
    let declared = declared_names(src, &tokens);
    // A value the file declares (for conditions), else any name in it.
    let value_in_file = |rng: &mut Rng| -> Option<String> {
        if declared.is_empty() {
            let i = pick_token(rng, &is_name)?;
            return Some(tokens[i].text(src).to_string());
        }
        Some(rng.pick(&declared).clone())
    };
    let name_in_file = |rng: &mut Rng| -> Option<String> {
        let i = pick_token(rng, &is_name)?;
        Some(tokens[i].text(src).to_string())
    };
    match OPERATOR_NAMES[op] {
        "delete-line" | "duplicate-line" | "swap-lines" | "insert-line" if lines.len() > 1 => {
            let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            let i = rng.below(out.len());
            match OPERATOR_NAMES[op] {
                "delete-line" => {
                    out.remove(i);
                }
                "duplicate-line" => out.insert(i, out[i].clone()),
                "swap-lines" => {
                    let j = (i + rng.range(1, 4)).min(out.len() - 1);
                    out.swap(i, j);
                }
                _ => out.insert(i, rng.pick(&snippets.lines).clone()),
            }
            Some(out.join("\n") + "\n")
        }
        "delete-token" => {
            let i = pick_token(rng, &|_| true)?;
            Some(replace(tokens[i].start, tokens[i].end, ""))
        }
        "duplicate-token" => {
            let t = tokens[pick_token(rng, &|_| true)?];
            Some(replace(t.end, t.end, &format!(" {}", t.text(src))))
        }
        "swap-tokens" if tokens.len() > 2 => {
            let i = rng.below(tokens.len() - 1);
            let j = (i + rng.range(1, 6)).min(tokens.len() - 1);
            let (a, b) = (tokens[i], tokens[j]);
            Some(format!(
                "{}{}{}{}{}",
                &src[..a.start],
                b.text(src),
                &src[a.end..b.start],
                a.text(src),
                &src[b.end..]
            ))
        }
        "replace-ident" => {
            let t = tokens[pick_token(rng, &is_name)?];
            let with = if rng.one_in(4) {
                rng.pick(SPECIAL_IDENTS).to_string()
            } else if rng.one_in(6) {
                rng.pick(&snippets.idents).clone()
            } else {
                name_in_file(rng)?
            };
            Some(replace(t.start, t.end, &with))
        }
        "replace-literal" => {
            let literal = |i: usize| {
                let t = tokens[i];
                (t.is_literal() || matches!(t.text(src), "true" | "false" | "null" | "undefined"))
                    && !in_import_line(src, &tokens, i)
            };
            let i = pick_at(rng, &literal)?;
            let literal = *rng.pick(LITERALS);
            let with = in_braces(i, literal);
            Some(replace(tokens[i].start, tokens[i].end, &with))
        }
        "replace-operator" => {
            let i = pick_at(rng, &|i| operator_class(src, &tokens, i).is_some())?;
            let class = operator_class(src, &tokens, i)?;
            // Mostly one of the same class (still parses), sometimes any.
            let with = if rng.one_in(5) {
                rng.pick(OPERATORS)
            } else {
                rng.pick(class)
            };
            Some(replace(tokens[i].start, tokens[i].end, with))
        }
        "insert-jsx" => {
            let places = closing();
            if places.is_empty() {
                return None;
            }
            let at = tokens[*rng.pick(&places)].start;
            let element = adapt(&rng.pick(&snippets.jsx).clone(), src, &tokens, rng);
            let element = if rng.one_in(3) {
                format!("{{{} && {element}}}", value_in_file(rng)?)
            } else {
                element
            };
            Some(replace(at, at, &element))
        }
        "replace-jsx" | "delete-jsx" if !jsx_elements.is_empty() => {
            let (open, end) = *rng.pick(&jsx_elements);
            let child_context = matches!(tokens[open - 1].text(src), ">" | "}");
            let with = match OPERATOR_NAMES[op] {
                "delete-jsx" if child_context => String::new(),
                // Where an expression is needed (`return`, `? :`, `=>`).
                "delete-jsx" => "null".to_string(),
                _ => adapt(&rng.pick(&snippets.jsx).clone(), src, &tokens, rng),
            };
            Some(replace(tokens[open].start, tokens[end].end, &with))
        }
        "insert-expr" => {
            let places = closing();
            if places.is_empty() {
                return None;
            }
            let at = tokens[*rng.pick(&places)].start;
            Some(replace(
                at,
                at,
                &format!(
                    "{{{}}}",
                    adapt(&rng.pick(&snippets.exprs).clone(), src, &tokens, rng)
                ),
            ))
        }
        "replace-with-expr" => {
            let i = pick_at(rng, &|i| expression_operand(src, &tokens, i))?;
            let expr = adapt(&rng.pick(&snippets.exprs).clone(), src, &tokens, rng);
            let with = in_braces(i, &format!("({expr})"));
            Some(replace(tokens[i].start, tokens[i].end, &with))
        }
        "wrap" => {
            let cond = value_in_file(rng)?;
            wrap(src, &tokens, &jsx_elements, rng, cond)
        }
        "delete-group" | "empty-group" | "duplicate-group" => {
            let open = pick_token(rng, &|t| matches!(t.text(src), "(" | "[" | "{"))?;
            let close = matching(src, &tokens, open)?;
            let (start, end) = (tokens[open].start, tokens[close].end);
            Some(match OPERATOR_NAMES[op] {
                "delete-group" => replace(start, end, ""),
                "empty-group" => replace(tokens[open].end, tokens[close].start, ""),
                _ => {
                    let inner = &src[tokens[open].end..tokens[close].start];
                    replace(
                        tokens[close].start,
                        tokens[close].start,
                        &format!(", {inner}"),
                    )
                }
            })
        }
        "truncate" => {
            let t = tokens[pick_token(rng, &|_| true)?];
            Some(src[..t.end].to_string())
        }
        _ => None,
    }
}

/// Operator classes: an operator is mostly replaced by one of its class, which keeps the
/// file parseable.
const OPERATOR_CLASSES: &[&[&str]] = &[
    &[
        "+", "-", "*", "/", "%", "**", "<=", ">=", "===", "!==", "==", "!=", "&&", "||", "??",
    ],
    &["=", "+=", "-=", "*=", "||=", "??=", "&&="],
    &["++", "--"],
    &[".", "?."],
];

/// The class of the operator at token `i`, if it is one. `<` and `>` are left alone: most of
/// them are JSX tags.
fn operator_class(src: &str, tokens: &[Token], i: usize) -> Option<&'static [&'static str]> {
    let t = tokens[i];
    if t.kind != Kind::Punct {
        return None;
    }
    let text = t.text(src);
    let prev = i.checked_sub(1).map_or("", |p| tokens[p].text(src));
    let next = tokens.get(i + 1).map_or("", |n| n.text(src));
    let jsx_equals = text == "="
        && (next == "{" || tokens.get(i + 1).is_some_and(|n| n.kind == Kind::Str))
        && i >= 2
        && tokens[i - 1].kind == Kind::Ident
        && !matches!(
            tokens[i - 2].text(src),
            "const" | "let" | "var" | "type" | "."
        );
    let tag_slash = text == "/" && (prev == "<" || next == ">");
    // `=` becomes `+=` only in an assignment statement, not a declaration or a default.
    let not_assignment = text == "="
        && !(i >= 2
            && tokens[i - 1].kind == Kind::Ident
            && matches!(tokens[i - 2].text(src), ";" | "{" | "}" | "." | "=>"));
    if jsx_equals || tag_slash || not_assignment {
        return None;
    }
    OPERATOR_CLASSES
        .iter()
        .copied()
        .find(|class| class.contains(&text))
}

/// Whether token `i` is on an `import` line (whose names and path are not expressions).
fn in_import_line(src: &str, tokens: &[Token], i: usize) -> bool {
    let start = tokens[i].start;
    let line_start = src[..start].rfind('\n').map_or(0, |n| n + 1);
    let line = src[line_start..].trim_start();
    line.starts_with("import") || (line.starts_with("export") && line.contains(" from "))
}

/// Whether token `i` is a string that is a JSX attribute's value (`title="x"`), where an
/// expression needs braces.
fn jsx_attribute_value(src: &str, tokens: &[Token], i: usize) -> bool {
    i >= 3
        && tokens[i].kind == Kind::Str
        && tokens[i - 1].text(src) == "="
        && tokens[i - 2].kind == Kind::Ident
        && !matches!(tokens[i - 3].text(src), "const" | "let" | "var" | "type")
        && (tokens[i - 3].kind != Kind::Punct || matches!(tokens[i - 3].text(src), "}" | "<"))
}

/// Whether token `i` is a name or literal in an expression, so an expression may replace it
/// (not a declared name, a member name, a type, a key, a tag or an attribute name).
fn expression_operand(src: &str, tokens: &[Token], i: usize) -> bool {
    let t = tokens[i];
    let text = t.text(src);
    let operand = t.is_literal()
        || (t.kind == Kind::Ident && !KEYWORDS.contains(&text))
        || matches!(text, "true" | "false" | "null");
    if !operand {
        return false;
    }
    let prev = i.checked_sub(1).map_or("", |p| tokens[p].text(src));
    let next = tokens.get(i + 1).map_or("", |n| n.text(src));
    if matches!(
        prev,
        "." | "?."
            | "function"
            | "const"
            | "let"
            | "var"
            | "import"
            | "type"
            | "interface"
            | "class"
            | "<"
            | "/"
            | "as"
            | "from"
            | "export"
    ) || matches!(next, "=" | ":" | "=>")
        || (t.kind == Kind::Ident && prev == ":" && next != "}" && next != ")")
    {
        return false;
    }
    // A line of an import, or a name in a destructuring or parameter list.
    if in_import_line(src, tokens, i) {
        return false;
    }
    let mut j = i;
    while j > 0 && i - j < 16 {
        j -= 1;
        match tokens[j].text(src) {
            "const" | "let" | "var" => return false,
            "(" => {
                // `function name(` starts a parameter list.
                let before = j.checked_sub(2).map(|b| tokens[b].text(src));
                if before == Some("function") || (j >= 1 && tokens[j - 1].text(src) == "function") {
                    return false;
                }
                break;
            }
            "," | "[" | "{" | ":" | "=" => {}
            _ if tokens[j].kind == Kind::Ident => {}
            _ => break,
        }
    }
    let mut k = i + 1;
    while k < tokens.len() && k - i < 16 {
        match tokens[k].text(src) {
            ")" => return tokens.get(k + 1).is_none_or(|n| n.text(src) != "=>"),
            "," | ":" | "?" | "}" | "]" => {}
            _ if tokens[k].kind == Kind::Ident => {}
            _ => break,
        }
        k += 1;
    }
    true
}

/// Wraps an expression (a name with its member/call chain, a literal or a JSX element) in a
/// function, a `.map`, a conditional or an `&&`.
fn wrap(
    src: &str,
    tokens: &[Token],
    jsx_elements: &[(usize, usize)],
    rng: &mut Rng,
    cond: String,
) -> Option<String> {
    let (start, end, child_context) = if !jsx_elements.is_empty() && rng.one_in(2) {
        let (open, end) = *rng.pick(jsx_elements);
        let prev = tokens[open - 1].text(src);
        (
            tokens[open].start,
            tokens[end].end,
            prev == ">" || prev == "}",
        )
    } else {
        let candidates: Vec<usize> = (0..tokens.len())
            .filter(|&i| expression_operand(src, tokens, i))
            .collect();
        if candidates.is_empty() {
            return None;
        }
        let first = *rng.pick(&candidates);
        // Extend over `.name` and `(…)` / `[…]` so a call or member chain is wrapped whole.
        let mut last = first;
        loop {
            match tokens.get(last + 1).map(|t| t.text(src)) {
                Some("." | "?.") if tokens.get(last + 2).is_some_and(|t| t.kind == Kind::Ident) => {
                    last += 2
                }
                Some("(" | "[") => last = matching(src, tokens, last + 1)?,
                _ => break,
            }
        }
        let attribute = jsx_attribute_value(src, tokens, first);
        (tokens[first].start, tokens[last].end, attribute)
    };
    let x = &src[start..end];
    let wrapped = match rng.below(12) {
        0 => format!("(() => {x})"),
        1 => format!("(() => {x})()"),
        2 => format!("({x}).map((x) => x)"),
        3 => format!("[{x}].map((x, i) => <li key={{i}}>{{x}}</li>)"),
        4 => format!("({cond} ? {x} : {x})"),
        5 => format!("({cond} && {x})"),
        6 => format!("({cond} ? {x} : null)"),
        7 => format!("({x} ?? {x})"),
        8 => format!("[{x}, {x}]"),
        9 => format!("{{ v: {x} }}.v"),
        10 => format!("`${{{x}}}`"),
        _ => format!("(!{cond} ? {x} : undefined)"),
    };
    let wrapped = if child_context {
        format!("{{{wrapped}}}")
    } else {
        wrapped
    };
    Some(format!("{}{wrapped}{}", &src[..start], &src[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutations_are_deterministic_and_change_the_text() {
        let src = "import { useState } from \"react\";\nexport default function App() {\n  const [n, setN] = useState(0);\n  return <div><p>{n}</p><button onClick={() => setN(n + 1)}>+</button></div>;\n}\n";
        let mut snippets = Snippets::default();
        snippets.add(src);
        assert!(snippets.jsx.iter().any(|j| j == "<p>{n}</p>"));
        assert!(snippets.exprs.iter().any(|e| e == "() => setN(n + 1)"));
        let mut changed = 0;
        for seed in 0..200 {
            let a = mutate(src, &mut Rng::new(seed), &snippets);
            let b = mutate(src, &mut Rng::new(seed), &snippets);
            assert_eq!(a, b);
            changed += usize::from(a.0 != src);
        }
        assert!(
            changed > 150,
            "only {changed} of 200 mutations changed the text"
        );
        for op in 0..OPERATOR_NAMES.len() {
            for seed in 0..20 {
                let _ = apply_operator(op, src, &mut Rng::new(seed), &snippets);
            }
        }
    }
}
