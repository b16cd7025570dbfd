//! Errors: one catalogue of codes, each with a one-line message and a hint; parse errors carry
//! the `line:column` where they were found (both 1-based, the column counted in characters).

use std::fmt;

macro_rules! catalogue {
    ($($name:ident = $code:literal, $message:literal, $hint:literal;)*) => {
        /// What went wrong. Each kind has a stable code (`DXS…`), a message and a hint.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum ErrorKind { $(#[doc = $message] $name,)* }

        impl ErrorKind {
            /// Every kind, in catalogue order (docs/dx-format.md lists them).
            pub const ALL: &'static [ErrorKind] = &[$(ErrorKind::$name,)*];

            /// The stable code, e.g. `DXS0101`.
            pub fn code(self) -> &'static str { match self { $(ErrorKind::$name => $code,)* } }

            /// The one-line message.
            pub fn message(self) -> &'static str { match self { $(ErrorKind::$name => $message,)* } }

            /// How to fix it.
            pub fn hint(self) -> &'static str { match self { $(ErrorKind::$name => $hint,)* } }
        }
    };
}

catalogue! {
    InvalidUtf8 = "DXS0001", "the input is not valid UTF-8", "save the file as UTF-8";
    ControlCharacter = "DXS0002", "raw control character", "write it as an escape such as `\\n` or `\\t`";
    TooDeep = "DXS0003", "nesting is deeper than 128 levels", "flatten the data; DX, like serde_json, stops at 128 levels";
    ExpectedKey = "DXS0101", "expected a key", "a line starts with a key (or a dotted path) followed by `:`, `>` or `=`";
    ExpectedSeparator = "DXS0102", "expected `:`, `>` or `=` after the key", "write `key:value`, `key>item|item` or `key=columns` (no space before the separator)";
    ExpectedValue = "DXS0103", "expected a value", "write `\"\"` for an empty string and `~` for null";
    TrailingCharacters = "DXS0104", "unexpected text after the value", "join statements with `^`, array items with `|`; escape the character with `\\` if it belongs to the text";
    UnterminatedString = "DXS0105", "unterminated quoted string", "close it with `\"` on the same line";
    InvalidEscape = "DXS0106", "invalid escape sequence", "use `\\n`, `\\t`, `\\r`, `\\b`, `\\f`, `\\uXXXX`, or `\\` before a character to take it literally";
    InvalidNumber = "DXS0107", "number out of range", "floats must be finite; quote or escape the text (`\\1e999`) to keep it a string";
    UnclosedBracket = "DXS0108", "unclosed `{` or `[`", "an inline object or array must be closed on the same line";
    NotAnObject = "DXS0109", "this path goes through a key that does not hold an object", "a dotted path can only extend an object; rename one of the keys";
    RootValueNotAlone = "DXS0110", "a root value must be the whole document", "a document is either statements (an object) or one value";
    DictAfterStatements = "DXS0111", "abbreviations must come before the first statement", "move the `@short=long` lines to the top";
    DictConflict = "DXS0112", "an abbreviation is declared twice", "each short key and each long key may appear once";
    ExpectedColumn = "DXS0201", "expected a column name in the table header", "a header is `key=col col%i col%f #`";
    UnknownType = "DXS0202", "unknown column type", "types are `%i` int, `%f` float, `%x` base62 int, `%b` bool, `%a` any; no type means string";
    DuplicateColumn = "DXS0203", "a column appears twice in the table header", "column names of one table must differ";
    CellCount = "DXS0204", "the row does not have one cell per column", "separate cells with one space; escape spaces inside a cell (`\\ `) or quote it";
    BadCell = "DXS0205", "the cell does not fit its column's type", "check the column type in the header; `~` is null in any column";
    InvalidJson = "DXS0900", "invalid JSON", "check the JSON syntax at the given position";
    Serde = "DXS0901", "cannot convert the value", "the value does not have the shape the Rust type expects";
}

/// A position in the input: line and column, both 1-based; the column counts characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// 1-based line number.
    pub line: u32,
    /// 1-based column (characters, not bytes).
    pub column: u32,
}

/// An error with its kind, an optional detail and, for parse errors, where it happened.
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    /// What went wrong.
    pub kind: ErrorKind,
    /// Specifics, e.g. the character found.
    pub detail: Option<String>,
    /// Where, for errors found in DX text.
    pub position: Option<Position>,
}

impl Error {
    pub(crate) fn at(kind: ErrorKind, src: &[u8], offset: usize, detail: Option<String>) -> Error {
        Error {
            kind,
            detail,
            position: Some(position_of(src, offset)),
        }
    }

    pub(crate) fn serde(message: impl fmt::Display) -> Error {
        Error {
            kind: ErrorKind::Serde,
            detail: Some(message.to_string()),
            position: None,
        }
    }

    /// `line`, or 0 when the error has no position.
    pub fn line(&self) -> u32 {
        self.position.map_or(0, |p| p.line)
    }

    /// `column`, or 0 when the error has no position.
    pub fn column(&self) -> u32 {
        self.position.map_or(0, |p| p.column)
    }
}

/// The line and column of byte `offset` in `src`.
pub fn position_of(src: &[u8], offset: usize) -> Position {
    let offset = offset.min(src.len());
    let before = &src[..offset];
    let line = memchr::memchr_iter(b'\n', before).count() + 1;
    let line_start = memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    Position {
        line: u32::try_from(line).unwrap_or(u32::MAX),
        column: u32::try_from(column).unwrap_or(u32::MAX),
    }
}

impl fmt::Display for Error {
    /// `error[DXS0102]: expected ... (found `x`) at 3:7` followed by `hint: ...`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error[{}]: {}", self.kind.code(), self.kind.message())?;
        if let Some(detail) = &self.detail {
            write!(f, " ({detail})")?;
        }
        if let Some(p) = self.position {
            write!(f, " at {}:{}", p.line, p.column)?;
        }
        write!(f, "\n  = hint: {}", self.kind.hint())
    }
}

impl std::error::Error for Error {}

impl serde::ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error::serde(msg)
    }
}

impl serde::de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error::serde(msg)
    }
}
