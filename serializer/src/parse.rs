//! DX text → [`Value`]. A recursive-descent parser over bytes that never panics: every index is
//! checked, nesting stops at [`MAX_DEPTH`], and every failure is an [`Error`] with `line:column`.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::dict::Dict;
use crate::error::{Error, ErrorKind};
use crate::number::{from_base62, is_float_cell, is_json_number, parse_float, parse_json_number};
use crate::table::{Column, ColumnType, Node, build_row, tree};
use crate::text::{Ctx, Typing, scan, scan_key, unescape};
use crate::value::{Number, Object, Value};

/// Deepest nesting of objects and arrays accepted (serde_json's limit too).
pub const MAX_DEPTH: usize = 128;

/// Errors are boxed inside the parser: a small `Result` keeps the hot paths' moves cheap.
type Result<T> = std::result::Result<T, Box<Error>>;

/// Whether a statement sits on a line or inside `{…}`: decides which bytes end its values.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Nest {
    Line,
    Brace,
}

pub(crate) struct Parser<'a, 'd> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    depth: usize,
    external: Option<&'d Dict>,
    declared: HashMap<&'a str, Cow<'a, str>>,
    declared_long: HashMap<Cow<'a, str>, ()>,
    cell_buf: Vec<Cell<'a>>,
    value_buf: Vec<Option<Value<'a>>>,
}

/// Parses a whole document.
pub(crate) fn parse_document<'a>(
    input: &'a [u8],
    dict: Option<&Dict>,
) -> std::result::Result<Value<'a>, Error> {
    let src = std::str::from_utf8(input).map_err(|e| {
        Error::at(
            ErrorKind::InvalidUtf8,
            input,
            e.valid_up_to(),
            Some(format!("byte 0x{:02x}", input[e.valid_up_to()])),
        )
    })?;
    let mut p = Parser {
        src,
        b: input,
        pos: 0,
        depth: 0,
        external: dict.filter(|d| !d.is_empty()),
        declared: HashMap::new(),
        declared_long: HashMap::new(),
        cell_buf: Vec::new(),
        value_buf: Vec::new(),
    };
    p.document().map_err(|e| *e)
}

impl<'a> Parser<'a, '_> {
    fn err(&self, kind: ErrorKind, at: usize) -> Box<Error> {
        let detail = match self.src.get(at..).and_then(|s| s.chars().next()) {
            None => Some("found the end of the input".to_string()),
            Some('\n' | '\r') => Some("found the end of the line".to_string()),
            Some(c) if (c as u32) < 0x20 => Some(format!("found U+{:04X}", c as u32)),
            Some(c) => Some(format!("found `{c}`")),
        };
        Box::new(Error::at(kind, self.b, at, detail))
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn skip_blanks(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
    }

    /// At `\n`, `\r\n` or the end.
    fn at_eol(&self) -> bool {
        match self.peek() {
            None | Some(b'\n') => true,
            Some(b'\r') => self.b.get(self.pos + 1) == Some(&b'\n'),
            _ => false,
        }
    }

    /// Consumes a line end; errors on anything else (a stray control character, say).
    fn eat_eol(&mut self) -> Result<()> {
        match self.peek() {
            None => Ok(()),
            Some(b'\n') => {
                self.pos += 1;
                Ok(())
            }
            Some(b'\r') if self.b.get(self.pos + 1) == Some(&b'\n') => {
                self.pos += 2;
                Ok(())
            }
            Some(c) if c < 0x20 && c != b'\t' => {
                Err(self.err(ErrorKind::ControlCharacter, self.pos))
            }
            Some(_) => Err(self.err(ErrorKind::TrailingCharacters, self.pos)),
        }
    }

    fn skip_line(&mut self) {
        self.pos =
            memchr::memchr(b'\n', &self.b[self.pos..]).map_or(self.b.len(), |i| self.pos + i + 1);
    }

    fn enter(&mut self, levels: usize) -> Result<()> {
        self.depth += levels;
        if self.depth > MAX_DEPTH {
            return Err(self.err(ErrorKind::TooDeep, self.pos));
        }
        Ok(())
    }

    fn document(&mut self) -> Result<Value<'a>> {
        let mut root: Object<'a> = Vec::new();
        let mut started = false;
        loop {
            self.skip_blanks();
            match self.peek() {
                None => break,
                Some(b'\n' | b'\r') => self.eat_eol()?,
                Some(b'#') => self.skip_line(),
                Some(b'@') => {
                    if started {
                        return Err(self.err(ErrorKind::DictAfterStatements, self.pos));
                    }
                    self.dict_line()?;
                }
                Some(_) if !started => {
                    started = true;
                    if let Some(value) = self.root_value()? {
                        return Ok(value);
                    }
                    self.line(&mut root)?;
                }
                Some(_) => self.line(&mut root)?,
            }
        }
        Ok(Value::Object(root))
    }

    /// A document that is one value rather than statements: `:v`, `>a|b`, `=cols` + rows, an
    /// inline `{…}`/`[…]`, or a bare scalar that does not start like a statement.
    fn root_value(&mut self) -> Result<Option<Value<'a>>> {
        let start = self.pos;
        let value = match self.peek() {
            Some(b':') => {
                self.pos += 1;
                self.value(Ctx::ROOT)?
            }
            Some(b'>') => {
                self.pos += 1;
                self.stream(Nest::Line)?
            }
            Some(b'=') => {
                self.pos += 1;
                self.table_block()?
            }
            Some(b'{' | b'[') => self.value(Ctx::ROOT)?,
            _ => {
                let (looks_like_statement, key_end) = crate::text::statement_ahead(self.b, start);
                if looks_like_statement {
                    return Ok(None);
                }
                let value = self.value(Ctx::ROOT)?;
                if !self.rest_is_empty() {
                    return Err(self.err(ErrorKind::ExpectedSeparator, key_end));
                }
                return Ok(Some(value));
            }
        };
        self.skip_blanks();
        if !self.rest_is_empty() {
            return Err(self.err(ErrorKind::RootValueNotAlone, self.pos));
        }
        Ok(Some(value))
    }

    /// Whether only blank lines and comments remain (consumes them).
    fn rest_is_empty(&mut self) -> bool {
        loop {
            self.skip_blanks();
            match self.peek() {
                None => return true,
                Some(b'#') => self.skip_line(),
                _ if self.at_eol() => {
                    let _ = self.eat_eol();
                }
                _ => return false,
            }
        }
    }

    /// `@short=long^short=long`: abbreviations for the rest of the document.
    fn dict_line(&mut self) -> Result<()> {
        self.pos += 1;
        loop {
            let at = self.pos;
            let short = self.raw_key()?;
            if self.peek() != Some(b'=') {
                return Err(self.err(ErrorKind::ExpectedSeparator, self.pos));
            }
            self.pos += 1;
            let long = self.raw_key()?;
            let Cow::Borrowed(short) = short else {
                return Err(self.err(ErrorKind::ExpectedKey, at));
            };
            if self.declared.contains_key(short) || self.declared_long.contains_key(&long) {
                return Err(self.err(ErrorKind::DictConflict, at));
            }
            self.declared_long.insert(long.clone(), ());
            self.declared.insert(short, long);
            self.skip_blanks();
            if self.peek() == Some(b'^') {
                self.pos += 1;
                continue;
            }
            return self.eat_eol();
        }
    }

    /// A key as written: quoted, or bare with escapes decoded. No abbreviation is expanded.
    fn raw_key(&mut self) -> Result<Cow<'a, str>> {
        if self.peek() == Some(b'"') {
            return self.quoted();
        }
        let start = self.pos;
        let s = scan_key(self.b, start).map_err(|at| self.err(ErrorKind::InvalidEscape, at))?;
        if s.end == start {
            return Err(self.err(ErrorKind::ExpectedKey, start));
        }
        self.pos = s.end;
        let raw = &self.src[start..s.end];
        if s.escaped {
            let text =
                unescape(raw).map_err(|at| self.err(ErrorKind::InvalidEscape, start + at))?;
            return Ok(Cow::Owned(text));
        }
        Ok(Cow::Borrowed(raw))
    }

    /// A key, with a bare unescaped abbreviation expanded.
    fn key(&mut self) -> Result<Cow<'a, str>> {
        let bare = !matches!(self.peek(), Some(b'"'));
        let key = self.raw_key()?;
        if bare && let Cow::Borrowed(raw) = key {
            if !self.declared.is_empty()
                && let Some(long) = self.declared.get(raw)
            {
                return Ok(long.clone());
            }
            if let Some(long) = self.external.and_then(|d| d.expand(raw)) {
                return Ok(Cow::Owned(long.to_string()));
            }
        }
        Ok(key)
    }

    /// `key(.key)*`. `extra_depth` is the nesting the path is placed under (for the depth limit).
    fn path(&mut self, extra_depth: usize) -> Result<Vec<Cow<'a, str>>> {
        let (mut parents, last) = self.split_path(extra_depth)?;
        parents.push(last);
        Ok(parents)
    }

    /// A path as its parent keys and its last key; allocates only for dotted paths.
    fn split_path(&mut self, extra_depth: usize) -> Result<(Vec<Cow<'a, str>>, Cow<'a, str>)> {
        let mut last = self.key()?;
        let mut parents = Vec::new();
        while self.peek() == Some(b'.') {
            self.pos += 1;
            parents.push(std::mem::replace(&mut last, self.key()?));
            if parents.len() + 1 + self.depth + extra_depth > MAX_DEPTH {
                return Err(self.err(ErrorKind::TooDeep, self.pos));
            }
        }
        Ok((parents, last))
    }

    /// One line of statements: `path sep value ('^' relpath sep value)*`. Later statements are
    /// relative to the first one's parent object. A table statement ends the line.
    fn line(&mut self, root: &mut Object<'a>) -> Result<()> {
        let at = self.pos;
        let (path, last) = self.split_path(0)?;
        let base = navigate(root, &path).ok_or_else(|| self.err(ErrorKind::NotAnObject, at))?;
        let depth = path.len() + 1;
        if self.statement(base, last, depth, Nest::Line)? {
            return Ok(());
        }
        loop {
            self.skip_blanks();
            match self.peek() {
                Some(b'^') => {
                    self.pos += 1;
                    self.skip_blanks();
                    let at = self.pos;
                    let (rel, last) = self.split_path(depth)?;
                    let target =
                        navigate(base, &rel).ok_or_else(|| self.err(ErrorKind::NotAnObject, at))?;
                    if self.statement(target, last, depth + rel.len() + 1, Nest::Line)? {
                        return Ok(());
                    }
                }
                _ => return self.eat_eol(),
            }
        }
    }

    /// The separator and value of a statement whose key is `key`; pushes the member into `obj`.
    /// Returns whether it was a table (which consumed its rows and the line end).
    fn statement(
        &mut self,
        obj: &mut Object<'a>,
        key: Cow<'a, str>,
        depth: usize,
        nest: Nest,
    ) -> Result<bool> {
        let saved = self.depth;
        self.enter(depth)?;
        let result = match self.peek() {
            Some(b':') => {
                self.pos += 1;
                let ctx = if nest == Nest::Line {
                    Ctx::LINE_VALUE
                } else {
                    Ctx::BRACE_VALUE
                };
                self.value(ctx).map(|v| (v, false))
            }
            Some(b'>') => {
                self.pos += 1;
                self.stream(nest).map(|v| (v, false))
            }
            Some(b'=') if nest == Nest::Line => {
                self.pos += 1;
                self.table_block().map(|v| (v, true))
            }
            _ => Err(self.err(ErrorKind::ExpectedSeparator, self.pos)),
        };
        self.depth = saved;
        let (value, table) = result?;
        obj.push((key, value));
        Ok(table)
    }

    /// A value: quoted string, inline object/array/table, or unquoted self-typed scalar.
    fn value(&mut self, ctx: Ctx) -> Result<Value<'a>> {
        self.skip_blanks();
        match self.peek() {
            Some(b'"') => {
                let s = self.quoted()?;
                self.skip_blanks();
                Ok(Value::String(s))
            }
            Some(b'{') => {
                let v = self.inline_object()?;
                self.skip_blanks();
                Ok(v)
            }
            Some(b'[') => {
                let v = self.inline_array()?;
                self.skip_blanks();
                Ok(v)
            }
            _ => {
                let start = self.pos;
                let s = scan(self.b, start, ctx.stop)
                    .map_err(|at| self.err(ErrorKind::InvalidEscape, at))?;
                if s.trimmed_end == start {
                    return Err(self.err(ErrorKind::ExpectedValue, start));
                }
                self.pos = s.end;
                self.scalar(start, s.trimmed_end, s.escaped, ctx.typing)
            }
        }
    }

    /// The meaning of unquoted text `start..end`.
    fn scalar(&self, start: usize, end: usize, escaped: bool, typing: Typing) -> Result<Value<'a>> {
        let raw = &self.src[start..end];
        if escaped {
            let text =
                unescape(raw).map_err(|at| self.err(ErrorKind::InvalidEscape, start + at))?;
            return Ok(Value::String(Cow::Owned(text)));
        }
        if typing == Typing::StringCell {
            return Ok(if raw == "~" {
                Value::Null
            } else {
                Value::String(Cow::Borrowed(raw))
            });
        }
        Ok(match raw.as_bytes() {
            b"+" => Value::Bool(true),
            b"-" => Value::Bool(false),
            b"~" => Value::Null,
            [b'-' | b'0'..=b'9', ..] if is_json_number(raw.as_bytes()) => Value::Number(
                parse_json_number(raw).ok_or_else(|| self.err(ErrorKind::InvalidNumber, start))?,
            ),
            _ => Value::String(Cow::Borrowed(raw)),
        })
    }

    /// A JSON-style quoted string starting at `"`.
    fn quoted(&mut self) -> Result<Cow<'a, str>> {
        let open = self.pos;
        let start = open + 1;
        let mut i = start;
        let mut escaped = false;
        loop {
            let Some(rel) = memchr::memchr3(b'"', b'\\', b'\n', &self.b[i..]) else {
                return Err(self.err(ErrorKind::UnterminatedString, open));
            };
            i += rel;
            match self.b[i] {
                b'"' => break,
                b'\\' => {
                    escaped = true;
                    i += 2;
                    if i > self.b.len() {
                        return Err(self.err(ErrorKind::UnterminatedString, open));
                    }
                }
                _ => return Err(self.err(ErrorKind::UnterminatedString, open)),
            }
        }
        let raw = &self.src[start..i];
        if let Some(c) = raw.bytes().position(|c| c < 0x20 && c != b'\t') {
            return Err(self.err(ErrorKind::ControlCharacter, start + c));
        }
        self.pos = i + 1;
        if escaped {
            let text =
                unescape(raw).map_err(|at| self.err(ErrorKind::InvalidEscape, start + at))?;
            return Ok(Cow::Owned(text));
        }
        Ok(Cow::Borrowed(raw))
    }

    /// `key>item|item|…` after the `>`; empty when the statement ends right away.
    fn stream(&mut self, nest: Nest) -> Result<Value<'a>> {
        self.skip_blanks();
        let ends = match self.peek() {
            Some(b'^') => true,
            Some(b'}') => nest == Nest::Brace,
            _ => self.at_eol(),
        };
        if ends {
            return Ok(Value::Array(Vec::new()));
        }
        let ctx = if nest == Nest::Line {
            Ctx::LINE_ITEM
        } else {
            Ctx::BRACE_ITEM
        };
        let mut items = Vec::new();
        loop {
            items.push(self.value(ctx)?);
            if self.peek() != Some(b'|') {
                return Ok(Value::Array(items));
            }
            self.pos += 1;
        }
    }

    /// `{statement^statement…}`.
    fn inline_object(&mut self) -> Result<Value<'a>> {
        let open = self.pos;
        self.pos += 1;
        self.enter(1)?;
        let mut obj: Object<'a> = Vec::new();
        self.skip_blanks();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(Value::Object(obj));
        }
        loop {
            self.skip_blanks();
            let at = self.pos;
            let (path, last) = self.split_path(0)?;
            let target =
                navigate(&mut obj, &path).ok_or_else(|| self.err(ErrorKind::NotAnObject, at))?;
            self.statement(target, last, path.len(), Nest::Brace)?;
            self.skip_blanks();
            match self.peek() {
                Some(b'^') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    break;
                }
                _ if self.at_eol() => return Err(self.err(ErrorKind::UnclosedBracket, open)),
                _ => return Err(self.err(ErrorKind::TrailingCharacters, self.pos)),
            }
        }
        self.depth -= 1;
        Ok(Value::Object(obj))
    }

    /// `[item|item…]`, or an inline table `[=header|row|row…]`.
    fn inline_array(&mut self) -> Result<Value<'a>> {
        let open = self.pos;
        self.pos += 1;
        self.enter(1)?;
        self.skip_blanks();
        let value = match self.peek() {
            Some(b']') => {
                self.pos += 1;
                Value::Array(Vec::new())
            }
            Some(b'=') => {
                self.pos += 1;
                let columns = self.header(Ctx::INLINE_CELL)?;
                let tree = tree(&columns);
                let mut rows = Vec::new();
                while self.peek() == Some(b'|') {
                    self.pos += 1;
                    let index = rows.len();
                    rows.push(self.row(&columns, &tree, Ctx::INLINE_CELL, index)?);
                }
                if self.peek() != Some(b']') {
                    return Err(self.close_error(open));
                }
                self.pos += 1;
                Value::Array(rows)
            }
            _ => {
                let mut items = Vec::new();
                loop {
                    items.push(self.value(Ctx::ARRAY_ITEM)?);
                    match self.peek() {
                        Some(b'|') => self.pos += 1,
                        Some(b']') => {
                            self.pos += 1;
                            break;
                        }
                        _ => return Err(self.close_error(open)),
                    }
                }
                Value::Array(items)
            }
        };
        self.depth -= 1;
        Ok(value)
    }

    fn close_error(&self, open: usize) -> Box<Error> {
        if self.at_eol() {
            self.err(ErrorKind::UnclosedBracket, open)
        } else {
            self.err(ErrorKind::TrailingCharacters, self.pos)
        }
    }

    /// A table header `col col%t #…`, up to the end of the line (or `|`/`]` inline).
    fn header(&mut self, cell_stop: u8) -> Result<Vec<Column<'a>>> {
        let mut columns: Vec<Column<'a>> = Vec::new();
        loop {
            let at = self.pos;
            let column = if self.peek() == Some(b'#') {
                self.pos += 1;
                let named = self
                    .peek()
                    .is_some_and(|c| !crate::text::KEY_STOP[c as usize] || c == b'"' || c == b'\\');
                let path = if named {
                    self.path(0)?
                } else {
                    vec![Cow::Borrowed("id")]
                };
                Column {
                    path,
                    ty: ColumnType::Auto,
                }
            } else {
                let path = self.path(0).map_err(|e| match e.kind {
                    ErrorKind::ExpectedKey => self.err(ErrorKind::ExpectedColumn, at),
                    _ => e,
                })?;
                let ty = if self.peek() == Some(b'%') {
                    self.pos += 1;
                    let ty = self.peek().and_then(ColumnType::from_letter);
                    let ty = ty.ok_or_else(|| self.err(ErrorKind::UnknownType, self.pos))?;
                    self.pos += 1;
                    ty
                } else {
                    ColumnType::Str
                };
                Column { path, ty }
            };
            if columns.iter().any(|c| c.conflicts_with(&column)) {
                return Err(self.err(ErrorKind::DuplicateColumn, at));
            }
            if column.path.len() + self.depth + 1 > MAX_DEPTH {
                return Err(self.err(ErrorKind::TooDeep, at));
            }
            columns.push(column);
            if self.peek() == Some(b' ') {
                self.pos += 1;
                continue;
            }
            break;
        }
        if columns.iter().all(|c| c.ty == ColumnType::Auto) {
            return Err(self.err(ErrorKind::ExpectedColumn, self.pos));
        }
        let ends = if cell_stop == Ctx::CELL {
            self.at_eol()
        } else {
            matches!(self.peek(), Some(b'|' | b']'))
        };
        if !ends {
            return Err(self.err(ErrorKind::ExpectedColumn, self.pos));
        }
        Ok(columns)
    }

    /// A multi-line table after `=`: the header, then one row per line up to a blank line or the
    /// end of the document.
    fn table_block(&mut self) -> Result<Value<'a>> {
        let columns = self.header(Ctx::CELL)?;
        let tree = tree(&columns);
        self.eat_eol()?;
        let mut rows = Vec::new();
        loop {
            let line_start = self.pos;
            self.skip_blanks();
            if self.at_eol() {
                let _ = self.eat_eol();
                break;
            }
            self.pos = line_start;
            let index = rows.len();
            rows.push(self.row(&columns, &tree, Ctx::CELL, index)?);
            self.eat_eol()?;
            if self.peek().is_none() {
                break;
            }
        }
        Ok(Value::Array(rows))
    }

    /// One row: cells separated by single spaces. The first string column takes any extra
    /// space-separated words, so one column of multi-word text needs no quotes.
    fn row(
        &mut self,
        columns: &[Column<'a>],
        tree: &[Node<'a>],
        cell_stop: u8,
        index: usize,
    ) -> Result<Value<'a>> {
        let row_start = self.pos;
        let mut cells: Vec<Cell<'a>> = std::mem::take(&mut self.cell_buf);
        cells.clear();
        loop {
            let start = self.pos;
            let cell = match self.peek() {
                Some(b'"') => Cell::Quoted(self.quoted()?),
                Some(b'{') => Cell::Value(self.inline_object()?),
                Some(b'[') => Cell::Value(self.inline_array()?),
                _ => {
                    let s = scan(self.b, start, cell_stop)
                        .map_err(|at| self.err(ErrorKind::InvalidEscape, at))?;
                    self.pos = s.end;
                    Cell::Text {
                        start,
                        end: s.end,
                        escaped: s.escaped,
                    }
                }
            };
            cells.push(cell);
            if self.peek() == Some(b' ') {
                self.pos += 1;
                continue;
            }
            break;
        }
        let stored = columns.iter().filter(|c| c.ty != ColumnType::Auto).count();
        let extra = cells.len().checked_sub(stored).ok_or_else(|| {
            Box::new(Error::at(
                ErrorKind::CellCount,
                self.b,
                row_start,
                Some(format!("{} cells for {stored} columns", cells.len())),
            ))
        })?;
        let absorbing = if extra > 0 {
            columns
                .iter()
                .filter(|c| c.ty != ColumnType::Auto)
                .position(|c| c.ty == ColumnType::Str)
                .ok_or_else(|| {
                    Box::new(Error::at(
                        ErrorKind::CellCount,
                        self.b,
                        row_start,
                        Some(format!("{} cells for {stored} columns", cells.len())),
                    ))
                })?
        } else {
            usize::MAX
        };
        let mut values: Vec<Option<Value<'a>>> = std::mem::take(&mut self.value_buf);
        values.clear();
        let mut next = 0;
        let mut stored_index = 0;
        for column in columns {
            if column.ty == ColumnType::Auto {
                values.push(Some(Value::Number(Number::PosInt(index as u64 + 1))));
                continue;
            }
            let cell = if stored_index == absorbing {
                let taken = &cells[next..next + extra + 1];
                next += extra + 1;
                Some(self.absorb(taken, row_start)?)
            } else {
                match cells.get_mut(next) {
                    Some(cell) => {
                        next += 1;
                        let cell = std::mem::replace(
                            cell,
                            Cell::Text {
                                start: 0,
                                end: 0,
                                escaped: false,
                            },
                        );
                        self.cell(cell, column.ty)?
                    }
                    None => return Err(self.err(ErrorKind::CellCount, row_start)),
                }
            };
            values.push(cell);
            stored_index += 1;
        }
        let row = build_row(tree, &mut values);
        values.clear();
        cells.clear();
        self.value_buf = values;
        self.cell_buf = cells;
        Ok(Value::Object(row))
    }

    /// Joins `count` text cells with single spaces into one string.
    fn absorb(&self, cells: &[Cell<'a>], row_start: usize) -> Result<Value<'a>> {
        // Cells are separated by exactly one space, so unescaped words are the source slice.
        let plain = cells
            .iter()
            .all(|c| matches!(c, Cell::Text { escaped: false, .. }));
        if let (true, Some(Cell::Text { start, .. }), Some(Cell::Text { end, .. })) =
            (plain, cells.first(), cells.last())
        {
            return Ok(Value::String(Cow::Borrowed(&self.src[*start..*end])));
        }
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let &Cell::Text {
                start,
                end,
                escaped,
            } = cell
            else {
                return Err(self.err(ErrorKind::CellCount, row_start));
            };
            if i > 0 {
                text.push(' ');
            }
            let raw = &self.src[start..end];
            if escaped {
                text.push_str(
                    &unescape(raw).map_err(|at| self.err(ErrorKind::InvalidEscape, start + at))?,
                );
            } else {
                text.push_str(raw);
            }
        }
        Ok(Value::String(Cow::Owned(text)))
    }

    /// A cell's value under its column type; `None` for `!` (the row lacks this key).
    fn cell(&self, cell: Cell<'a>, ty: ColumnType) -> Result<Option<Value<'a>>> {
        if let Cell::Text {
            start,
            end,
            escaped: false,
        } = cell
            && &self.src[start..end] == "!"
        {
            return Ok(None);
        }
        self.cell_value(cell, ty).map(Some)
    }

    fn cell_value(&self, cell: Cell<'a>, ty: ColumnType) -> Result<Value<'a>> {
        let (start, end, escaped) = match cell {
            Cell::Quoted(s) if matches!(ty, ColumnType::Str | ColumnType::Any) => {
                return Ok(Value::String(s));
            }
            Cell::Value(v) if ty == ColumnType::Any => return Ok(v),
            Cell::Text {
                start,
                end,
                escaped,
            } => (start, end, escaped),
            Cell::Quoted(_) | Cell::Value(_) => return Err(self.err(ErrorKind::BadCell, self.pos)),
        };
        if start == end {
            return Err(self.err(ErrorKind::ExpectedValue, start));
        }
        let raw = &self.src[start..end];
        let bad = || self.err(ErrorKind::BadCell, start);
        if !escaped && raw == "~" {
            return Ok(Value::Null);
        }
        match ty {
            ColumnType::Str => self.scalar(start, end, escaped, Typing::StringCell),
            ColumnType::Any => self.scalar(start, end, escaped, Typing::SelfTyped),
            _ if escaped => Err(bad()),
            ColumnType::Int if !is_json_number(raw.as_bytes()) => Err(bad()),
            ColumnType::Int => match parse_json_number(raw) {
                Some(n @ (Number::PosInt(_) | Number::NegInt(_))) => Ok(Value::Number(n)),
                _ => Err(bad()),
            },
            ColumnType::Float => {
                if !is_float_cell(raw.as_bytes()) {
                    return Err(bad());
                }
                let x =
                    parse_float(raw).ok_or_else(|| self.err(ErrorKind::InvalidNumber, start))?;
                Ok(Value::Number(Number::Float(x)))
            }
            ColumnType::Base62 => from_base62(raw.as_bytes())
                .map(Value::Number)
                .ok_or_else(bad),
            ColumnType::Bool => match raw {
                "+" => Ok(Value::Bool(true)),
                "-" => Ok(Value::Bool(false)),
                _ => Err(bad()),
            },
            ColumnType::Auto => Err(bad()),
        }
    }
}

/// A cell before its column is known.
enum Cell<'a> {
    Text {
        start: usize,
        end: usize,
        escaped: bool,
    },
    Quoted(Cow<'a, str>),
    Value(Value<'a>),
}

/// The object at `path` under `obj`, creating empty objects on the way; `None` if a key on the
/// way holds something else. Looks keys up from the end: documents written by the encoder
/// revisit the object they just wrote.
fn navigate<'m, 'a>(obj: &'m mut Object<'a>, path: &[Cow<'a, str>]) -> Option<&'m mut Object<'a>> {
    let mut current = obj;
    for segment in path {
        let index = match current.iter().rposition(|(k, _)| k == segment) {
            Some(i) => i,
            None => {
                current.push((segment.clone(), Value::Object(Vec::new())));
                current.len() - 1
            }
        };
        match &mut current[index].1 {
            Value::Object(inner) => current = inner,
            _ => return None,
        }
    }
    Some(current)
}
