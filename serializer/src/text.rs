//! Unquoted text, keys and quoted strings: which bytes end them in each context, how escapes
//! decode, and how the encoder writes a string so that it reads back unchanged.
//!
//! One table ([`CLASS`]) says, for every byte, in which contexts it ends an unquoted text; the
//! parser and the encoder both read it, so they cannot disagree.

/// Ends a text in every context: `\` (escape start) and control characters other than tab.
const ALWAYS: u8 = 1 << 7;
const CARET: u8 = 1 << 0;
const PIPE: u8 = 1 << 1;
const RBRACE: u8 = 1 << 2;
const RBRACKET: u8 = 1 << 3;
const SPACE: u8 = 1 << 4;

const fn class_table() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 0x20 {
        if i != b'\t' as usize {
            t[i] = ALWAYS;
        }
        i += 1;
    }
    t[b'\\' as usize] = ALWAYS;
    t[b'^' as usize] = CARET;
    t[b'|' as usize] = PIPE;
    t[b'}' as usize] = RBRACE;
    t[b']' as usize] = RBRACKET;
    t[b' ' as usize] = SPACE;
    t
}

/// For each byte, the set of contexts (bits) in which it ends an unquoted text.
pub(crate) static CLASS: [u8; 256] = class_table();

const fn key_stop_table() -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = true;
        i += 1;
    }
    let stops = b" .:>=^|{}[]\"\\%";
    let mut j = 0;
    while j < stops.len() {
        t[stops[j] as usize] = true;
        j += 1;
    }
    t
}

/// Bytes that end a bare key (`\` starts an escape inside it).
pub(crate) static KEY_STOP: [bool; 256] = key_stop_table();

/// What a scalar's text means in a context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Typing {
    /// `+ - ~` and numbers are special: pair values, array items, `%a` cells, the root.
    SelfTyped,
    /// Always a string except `~` (null): cells of string columns.
    StringCell,
}

/// Where a text stands: which bytes end it, whether surrounding blanks are dropped, how it types.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ctx {
    pub stop: u8,
    pub trims: bool,
    pub typing: Typing,
    /// A table cell whose unescaped spaces separate words of one string.
    pub absorbs: bool,
    /// An item of `[…]`, where a leading `=` would start an inline table.
    pub leading_eq: bool,
    /// A table cell, where a lone `!` means an absent key.
    pub cell: bool,
}

impl Ctx {
    /// A pair value on a line (`key:value^…`).
    pub const LINE_VALUE: Ctx = Ctx::value(CARET);
    /// A stream item on a line (`key>a|b^…`).
    pub const LINE_ITEM: Ctx = Ctx::value(CARET | PIPE);
    /// A pair value inside `{…}`.
    pub const BRACE_VALUE: Ctx = Ctx::value(CARET | RBRACE);
    /// A stream item inside `{…}`.
    pub const BRACE_ITEM: Ctx = Ctx::value(CARET | PIPE | RBRACE);
    /// An item of an inline array `[…]`.
    pub const ARRAY_ITEM: Ctx = Ctx {
        leading_eq: true,
        ..Ctx::value(PIPE | RBRACKET)
    };
    /// The one value of a root-value document.
    pub const ROOT: Ctx = Ctx::value(0);
    /// A cell of a table row (one per line).
    pub const CELL: u8 = ALWAYS | SPACE;
    /// A cell of an inline table row (`[=h h|r r|…]`).
    pub const INLINE_CELL: u8 = ALWAYS | SPACE | PIPE | RBRACKET;

    const fn value(stop: u8) -> Ctx {
        Ctx {
            stop: stop | ALWAYS,
            trims: true,
            typing: Typing::SelfTyped,
            absorbs: false,
            leading_eq: false,
            cell: false,
        }
    }

    /// A cell in a row whose cells end at the bytes of `stop`.
    pub const fn cell(stop: u8, typing: Typing, absorbs_spaces: bool) -> Ctx {
        Ctx {
            stop: if absorbs_spaces { stop & !SPACE } else { stop },
            trims: absorbs_spaces,
            typing,
            absorbs: absorbs_spaces,
            leading_eq: false,
            cell: true,
        }
    }

    pub fn stops(&self, b: u8) -> bool {
        CLASS[b as usize] & self.stop != 0
    }
}

/// The result of scanning an unquoted run.
pub(crate) struct Scan {
    /// Where the run stopped (a terminator, a control character, or the end).
    pub end: usize,
    /// End of the run without its trailing unescaped blanks.
    pub trimmed_end: usize,
    /// Whether the run contains an escape.
    pub escaped: bool,
}

/// Scans unquoted text from `start` until a byte in `stop`. `Err(offset)` for a `\` at the end.
pub(crate) fn scan(b: &[u8], start: usize, stop: u8) -> Result<Scan, usize> {
    let mut i = start;
    let mut trimmed_end = start;
    let mut escaped = false;
    while i < b.len() {
        let c = b[i];
        if CLASS[c as usize] & stop != 0 {
            if c != b'\\' {
                break;
            }
            let next = *b.get(i + 1).ok_or(i)?;
            if next < 0x20 && next != b'\t' {
                return Err(i);
            }
            escaped = true;
            i += 1 + utf8_len(next);
            trimmed_end = i;
            continue;
        }
        i += 1;
        if c != b' ' && c != b'\t' {
            trimmed_end = i;
        }
    }
    Ok(Scan {
        end: i,
        trimmed_end,
        escaped,
    })
}

/// Scans a bare key from `start`; same contract as [`scan`].
pub(crate) fn scan_key(b: &[u8], start: usize) -> Result<Scan, usize> {
    let mut i = start;
    let mut escaped = false;
    while i < b.len() {
        let c = b[i];
        if KEY_STOP[c as usize] {
            if c != b'\\' {
                break;
            }
            let next = *b.get(i + 1).ok_or(i)?;
            if next < 0x20 && next != b'\t' {
                return Err(i);
            }
            escaped = true;
            i += 1 + utf8_len(next);
            continue;
        }
        i += 1;
    }
    Ok(Scan {
        end: i,
        trimmed_end: i,
        escaped,
    })
}

/// Whether the text at `start` begins with a path followed by `:`, `>` or `=` (a statement),
/// and where the path scan stopped. Allocates nothing; used to tell a root value from
/// statements.
pub(crate) fn statement_ahead(b: &[u8], start: usize) -> (bool, usize) {
    let mut i = start;
    loop {
        if b.get(i) == Some(&b'"') {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' && b[j] != b'\n' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            if b.get(j) != Some(&b'"') {
                return (false, i);
            }
            i = j + 1;
        } else {
            match scan_key(b, i) {
                Ok(s) if s.end > i => i = s.end,
                _ => return (false, i),
            }
        }
        match b.get(i) {
            Some(b'.') => i += 1,
            Some(b':' | b'>' | b'=') => return (true, i),
            _ => return (false, i),
        }
    }
}

fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// Decodes the escapes of `raw` (unquoted text or a quoted string's body). `Err(offset)` points
/// at a bad escape.
pub(crate) fn unescape(raw: &str) -> Result<String, usize> {
    let b = raw.as_bytes();
    let mut out = String::with_capacity(raw.len());
    let mut i = 0;
    while let Some(rel) = memchr::memchr(b'\\', &b[i..]) {
        out.push_str(&raw[i..i + rel]);
        let at = i + rel;
        let next = *b.get(at + 1).ok_or(at)?;
        i = at + 2;
        match next {
            b'n' => out.push('\n'),
            b't' => out.push('\t'),
            b'r' => out.push('\r'),
            b'b' => out.push('\u{8}'),
            b'f' => out.push('\u{c}'),
            b'u' => {
                let hi = hex4(b, at + 2).ok_or(at)?;
                i = at + 6;
                let c = if (0xD800..0xDC00).contains(&hi) {
                    if b.get(i) != Some(&b'\\') || b.get(i + 1) != Some(&b'u') {
                        return Err(at);
                    }
                    let lo = hex4(b, i + 2).ok_or(at)?;
                    if !(0xDC00..0xE000).contains(&lo) {
                        return Err(at);
                    }
                    i += 6;
                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                } else {
                    hi
                };
                out.push(char::from_u32(c).ok_or(at)?);
            }
            _ => {
                let ch = raw[at + 1..].chars().next().ok_or(at)?;
                if (ch as u32) < 0x20 && ch != '\t' {
                    return Err(at);
                }
                out.push(ch);
                i = at + 1 + ch.len_utf8();
            }
        }
    }
    out.push_str(&raw[i..]);
    Ok(out)
}

fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let digits = b.get(at..at + 4)?;
    let mut n = 0;
    for &d in digits {
        n = n * 16 + (d as char).to_digit(16)?;
    }
    Some(n)
}

/// The escape for a control character, or `None` for any other character.
fn control_escape(c: char) -> Option<&'static str> {
    Some(match c {
        '\n' => "\\n",
        '\t' => "\\t",
        '\r' => "\\r",
        '\u{8}' => "\\b",
        '\u{c}' => "\\f",
        _ => return None,
    })
}

fn push_control(out: &mut String, c: char) {
    match control_escape(c) {
        Some(e) => out.push_str(e),
        None => out.push_str(&format!("\\u{:04x}", c as u32)),
    }
}

/// Writes `s` as a JSON-style quoted string.
pub(crate) fn write_quoted(out: &mut String, s: &str) {
    out.push('"');
    let mut run = 0;
    for (i, &c) in s.as_bytes().iter().enumerate() {
        if c == b'"' || c == b'\\' || c < 0x20 {
            out.push_str(&s[run..i]);
            run = i + 1;
            if c < 0x20 {
                push_control(out, c as char);
            } else {
                out.push('\\');
                out.push(c as char);
            }
        }
    }
    out.push_str(&s[run..]);
    out.push('"');
}

fn quoted_len(s: &str) -> usize {
    2 + s.len()
        + s.bytes()
            .map(|c| match c {
                b'"' | b'\\' | b'\n' | b'\t' | b'\r' | 0x08 | 0x0c => 1,
                0..0x20 => 5,
                _ => 0,
            })
            .sum::<usize>()
}

/// Whether a self-typed reader would see something other than this string in its bare text.
pub(crate) fn looks_typed(s: &str) -> bool {
    matches!(s, "+" | "-" | "~") || crate::number::is_json_number(s.as_bytes())
}

/// Writes `s` so that the parser reads exactly `s` back in context `ctx`: unquoted with `\`
/// escapes, or quoted when that is shorter.
pub(crate) fn write_text(out: &mut String, s: &str, ctx: Ctx) {
    if s.is_empty() {
        out.push_str("\"\"");
        return;
    }
    let b = s.as_bytes();
    let first_special = matches!(b[0], b'"' | b'{' | b'[')
        || (ctx.leading_eq && b[0] == b'=')
        || (ctx.cell && s == "!")
        || (ctx.trims && matches!(b[0], b' ' | b'\t'))
        || match ctx.typing {
            Typing::SelfTyped => matches!(b[0], b'-' | b'+' | b'~' | b'0'..=b'9') && looks_typed(s),
            Typing::StringCell => s == "~",
        };
    let last = b.len() - 1;
    let last_blank = ctx.trims && matches!(b[last], b' ' | b'\t');
    // One pass over the bytes (every special character is ASCII): copy runs, escape the rest;
    // fall back to quotes when they turn out shorter.
    let start = out.len();
    let mut run = 0;
    let mut after_space = false;
    for (i, &c) in b.iter().enumerate() {
        if c >= 0x80 {
            after_space = false;
            continue;
        }
        // In a cell that absorbs spaces, each word is read as a cell first: a word must not
        // start like a quoted string or an inline value.
        let special = ctx.stops(c)
            || c == b'\t'
            || (i == 0 && first_special)
            || (i == last && last_blank)
            || (after_space && ctx.absorbs && matches!(c, b'"' | b'{' | b'['));
        after_space = c == b' ';
        if !special {
            continue;
        }
        out.push_str(&s[run..i]);
        run = i + 1;
        if c < 0x20 {
            push_control(out, c as char);
        } else {
            out.push('\\');
            out.push(c as char);
        }
    }
    out.push_str(&s[run..]);
    if run > 0 && quoted_len(s) < out.len() - start {
        out.truncate(start);
        write_quoted(out, s);
    }
}

/// Writes a key: bare with `\` escapes, or quoted when shorter or when `force_quote` (a literal
/// key that equals an abbreviation). `line_start` escapes a leading `#` or `@`.
pub(crate) fn write_key(out: &mut String, k: &str, line_start: bool, force_quote: bool) {
    if k.is_empty() || force_quote {
        write_quoted(out, k);
        return;
    }
    let b = k.as_bytes();
    let lead = line_start && matches!(b[0], b'#' | b'@');
    if !lead && !b.iter().any(|&c| KEY_STOP[c as usize]) {
        out.push_str(k);
        return;
    }
    let mut escaped = String::with_capacity(k.len() + 4);
    for (i, c) in k.char_indices() {
        if (c as u32) < 0x20 {
            push_control(&mut escaped, c);
            continue;
        }
        if (c.is_ascii() && KEY_STOP[c as usize]) || (i == 0 && lead) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    if quoted_len(k) < escaped.len() {
        write_quoted(out, k);
    } else {
        out.push_str(&escaped);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_decode() {
        assert_eq!(
            unescape(r"a\^b\|c\n\u00e9\uD83D\uDE00\\").unwrap(),
            "a^b|c\né😀\\"
        );
        assert!(unescape(r"\uD83D").is_err());
        assert!(unescape("a\\").is_err());
    }

    #[test]
    fn text_is_escaped_per_context() {
        let mut out = String::new();
        write_text(&mut out, "^18.2.0", Ctx::LINE_VALUE);
        assert_eq!(out, r"\^18.2.0");
        out.clear();
        write_text(&mut out, "42", Ctx::LINE_VALUE);
        assert_eq!(out, r"\42");
        out.clear();
        write_text(&mut out, "a|b", Ctx::LINE_VALUE);
        assert_eq!(out, "a|b");
        out.clear();
        write_text(&mut out, "a|b", Ctx::LINE_ITEM);
        assert_eq!(out, r"a\|b");
        out.clear();
        write_text(
            &mut out,
            "a b c d",
            Ctx::cell(Ctx::CELL, Typing::StringCell, false),
        );
        assert_eq!(out, "\"a b c d\"");
    }
}
