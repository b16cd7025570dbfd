//! [`Value`] → DX text, choosing the smallest form the grammar allows:
//! - a root member per line; an object member at the root as a block `key.a:1^b:2`;
//! - an array of same-shape objects as a table (multi-line at statement level, `[=…]` inline);
//! - other arrays as a stream `key>a|b`; single-member objects as dotted paths `a.b.c:1`;
//! - strings unquoted with `\` escapes, or quoted when that is shorter.

use std::collections::HashSet;

use crate::dict::Dict;
use crate::number::format_float;
use crate::table::{self, ColumnType, TablePlan, write_int};
use crate::text::{Ctx, Typing, write_key, write_quoted, write_text};
use crate::value::{Number, Object, Value};

pub(crate) fn encode_document(value: &Value<'_>, dict: Option<&Dict>, declare: bool) -> String {
    let mut e = Encoder {
        out: String::new(),
        dict: dict.filter(|d| !d.is_empty()),
        blank_pending: false,
    };
    if declare && let Some(dict) = e.dict {
        e.out.push('@');
        for (i, (short, long)) in dict.pairs().enumerate() {
            if i > 0 {
                e.out.push('^');
            }
            e.out.push_str(short);
            e.out.push('=');
            write_key(&mut e.out, long, false, false);
        }
    }
    match value {
        Value::Object(members) => e.object_body("", members),
        Value::Array(items) => {
            e.new_line();
            match table::plan(items) {
                Some(plan) => {
                    e.out.push('=');
                    e.table(&plan, Ctx::CELL);
                }
                None => {
                    e.out.push('>');
                    e.items(items, Ctx::LINE_ITEM);
                }
            }
        }
        scalar => {
            e.new_line();
            let mut text = String::new();
            e.scalar(&mut text, scalar, Ctx::ROOT);
            if starts_like_statement(&text) {
                e.out.push(':');
            }
            e.out.push_str(&text);
        }
    }
    e.out
}

/// Whether bare root text would be read as a statement or a directive instead of a value.
fn starts_like_statement(text: &str) -> bool {
    let b = text.as_bytes();
    matches!(b.first(), Some(b':' | b'>' | b'=' | b'#' | b'@'))
        || crate::text::statement_ahead(b, 0).0
}

struct Encoder<'d> {
    out: String,
    dict: Option<&'d Dict>,
    /// Table rows were just written: the next line must follow a blank line.
    blank_pending: bool,
}

/// Keys that occur more than once in `members`: they are never written as dotted paths, which
/// would merge them when read back.
fn duplicate_keys<'v>(members: &'v Object<'_>) -> HashSet<&'v str> {
    let mut dups = HashSet::new();
    if !members
        .iter()
        .any(|(_, v)| matches!(v, Value::Object(o) if !o.is_empty()))
    {
        return dups;
    }
    if members.len() <= 8 {
        for (i, (k, _)) in members.iter().enumerate() {
            if members[..i].iter().any(|(other, _)| other == k) {
                dups.insert(k.as_ref());
            }
        }
    } else {
        let mut seen = HashSet::with_capacity(members.len());
        for (k, _) in members {
            if !seen.insert(k.as_ref()) {
                dups.insert(k.as_ref());
            }
        }
    }
    dups
}

/// Where an array is written: as a statement at line level (`k=` + rows, or `k>` + items),
/// as a member inside a line or `{…}` (`:[=…]` or `>` + items in that context), or as a value
/// (`[=…]` or `[…]`).
#[derive(Clone, Copy)]
enum Form {
    Block,
    Member(Ctx),
    Value,
}

/// Sparse tables (rows lacking keys) up to this many rows are written both ways and the shorter
/// wins; other arrays that can be tables always are (a dense table never repeats a key).
const COMPARE_ROWS: usize = 16;

impl Encoder<'_> {
    /// The table plan for `items` if a table is the smaller way to write them in `form`.
    fn table_if_smaller<'v, 'a>(
        &mut self,
        items: &'v [Value<'a>],
        form: Form,
    ) -> Option<TablePlan<'v, 'a>> {
        let plan = table::plan(items)?;
        let sparse = plan.values.iter().any(|column| column.contains(&None));
        if items.len() > COMPARE_ROWS || !sparse {
            return Some(plan);
        }
        let saved = std::mem::take(&mut self.out);
        let saved_blank = self.blank_pending;
        let (stop, table_extra, stream_ctx, stream_extra) = match form {
            // `=` and the empty line after the rows, vs `>`.
            Form::Block => (Ctx::CELL, 2, Ctx::LINE_ITEM, 1),
            // `:[=` and `]`, vs `>`.
            Form::Member(ctx) => (Ctx::INLINE_CELL, 4, ctx, 1),
            // `[=` and `]`, vs `[` and `]`.
            Form::Value => (Ctx::INLINE_CELL, 3, Ctx::ARRAY_ITEM, 2),
        };
        self.table(&plan, stop);
        let table_len = self.out.len() + table_extra;
        self.out.clear();
        self.items(items, stream_ctx);
        let stream_len = self.out.len() + stream_extra;
        self.out = saved;
        self.blank_pending = saved_blank;
        (table_len <= stream_len).then_some(plan)
    }

    fn new_line(&mut self) {
        if !self.out.is_empty() {
            self.out.push('\n');
            if self.blank_pending {
                self.out.push('\n');
            }
        }
        self.blank_pending = false;
    }

    fn key(&mut self, k: &str, line_start: bool) {
        Self::write_key_to(&mut self.out, self.dict, k, line_start);
    }

    fn write_key_to(out: &mut String, dict: Option<&Dict>, k: &str, line_start: bool) {
        match dict {
            Some(d) => match d.abbreviate(k) {
                Some(short) => out.push_str(short),
                None => write_key(out, k, line_start, d.is_short(k)),
            },
            None => write_key(out, k, line_start, false),
        }
    }

    /// Members of an object whose encoded path (with a trailing `.`, or empty at the root) is
    /// `prefix`, as lines.
    fn object_body(&mut self, prefix: &str, members: &Object<'_>) {
        let dups = duplicate_keys(members);
        let mut line_open = false;
        for (k, v) in members {
            let unique = !dups.contains(k.as_ref());
            match v {
                Value::Array(items)
                    if let Some(plan) = self.table_if_smaller(items, Form::Block) =>
                {
                    self.statement_start(prefix, k, line_open);
                    self.out.push('=');
                    self.table(&plan, Ctx::CELL);
                    self.blank_pending = true;
                    line_open = false;
                }
                Value::Object(inner)
                    if unique
                        && !inner.is_empty()
                        && (prefix.is_empty() || has_block_table(inner)) =>
                {
                    let mut nested = prefix.to_string();
                    Self::write_key_to(&mut nested, self.dict, k, prefix.is_empty());
                    nested.push('.');
                    self.object_body(&nested, inner);
                    line_open = false;
                }
                _ => {
                    let first = !line_open;
                    self.statement_start(prefix, k, line_open);
                    let compressed = self.member_tail(v, unique, false);
                    // At the root a new line costs what `^` costs and reads better.
                    line_open = !(prefix.is_empty() || first && compressed);
                }
            }
        }
    }

    /// Starts a statement for key `k`: `^k` on an open line, else a new line with the full path.
    fn statement_start(&mut self, prefix: &str, k: &str, line_open: bool) {
        if line_open {
            self.out.push('^');
            self.key(k, false);
        } else {
            self.new_line();
            self.out.push_str(prefix);
            self.key(k, prefix.is_empty());
        }
    }

    /// The separator and value after a key. Returns whether the path was extended with `.`.
    fn member_tail(&mut self, v: &Value<'_>, unique: bool, in_brace: bool) -> bool {
        match v {
            Value::Object(inner) if unique && inner.len() == 1 => {
                let (k, inner_v) = &inner[0];
                self.out.push('.');
                self.key(k, false);
                self.member_tail(inner_v, true, in_brace);
                true
            }
            Value::Array(items) if items.is_empty() => {
                self.out.push('>');
                false
            }
            Value::Array(items) => {
                let form = Form::Member(if in_brace {
                    Ctx::BRACE_ITEM
                } else {
                    Ctx::LINE_ITEM
                });
                if let Some(plan) = self.table_if_smaller(items, form) {
                    self.out.push_str(":[=");
                    self.table(&plan, Ctx::INLINE_CELL);
                    self.out.push(']');
                } else {
                    self.out.push('>');
                    self.items(
                        items,
                        if in_brace {
                            Ctx::BRACE_ITEM
                        } else {
                            Ctx::LINE_ITEM
                        },
                    );
                }
                false
            }
            _ => {
                self.out.push(':');
                let mut out = std::mem::take(&mut self.out);
                self.value(
                    &mut out,
                    v,
                    if in_brace {
                        Ctx::BRACE_VALUE
                    } else {
                        Ctx::LINE_VALUE
                    },
                );
                self.out = out;
                false
            }
        }
    }

    fn items(&mut self, items: &[Value<'_>], ctx: Ctx) {
        let mut out = std::mem::take(&mut self.out);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push('|');
            }
            self.value(&mut out, item, ctx);
        }
        self.out = out;
    }

    /// Any value in one piece (no line breaks): scalars, `{…}`, `[…]`, `[=…]`.
    fn value(&mut self, out: &mut String, v: &Value<'_>, ctx: Ctx) {
        match v {
            Value::Object(members) => {
                out.push('{');
                let saved = std::mem::replace(&mut self.out, std::mem::take(out));
                let dups = duplicate_keys(members);
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        self.out.push('^');
                    }
                    self.key(k, false);
                    self.member_tail(v, !dups.contains(k.as_ref()), true);
                }
                *out = std::mem::replace(&mut self.out, saved);
                out.push('}');
            }
            Value::Array(items) => {
                let saved = std::mem::replace(&mut self.out, std::mem::take(out));
                match self.table_if_smaller(items, Form::Value) {
                    Some(plan) => {
                        self.out.push_str("[=");
                        self.table(&plan, Ctx::INLINE_CELL);
                    }
                    None => {
                        self.out.push('[');
                        self.items(items, Ctx::ARRAY_ITEM);
                    }
                }
                self.out.push(']');
                *out = std::mem::replace(&mut self.out, saved);
            }
            scalar => self.scalar(out, scalar, ctx),
        }
    }

    fn scalar(&self, out: &mut String, v: &Value<'_>, ctx: Ctx) {
        match v {
            Value::Null => out.push('~'),
            Value::Bool(true) => out.push('+'),
            Value::Bool(false) => out.push('-'),
            Value::Number(Number::Float(x)) => format_float(out, *x, true),
            Value::Number(Number::PosInt(n)) => out.push_str(itoa::Buffer::new().format(*n)),
            Value::Number(Number::NegInt(n)) => out.push_str(itoa::Buffer::new().format(*n)),
            Value::String(s) => write_text(out, s, ctx),
            Value::Array(_) | Value::Object(_) => write_quoted(out, ""),
        }
    }

    /// A table's header and rows into `self.out`: rows on their own lines (`stop` = CELL) or
    /// `|`-separated for an inline table.
    fn table(&mut self, plan: &TablePlan<'_, '_>, stop: u8) {
        for (i, column) in plan.columns.iter().enumerate() {
            if i > 0 {
                self.out.push(' ');
            }
            if column.ty == ColumnType::Auto {
                self.out.push('#');
                if column.path == ["id"] {
                    continue;
                }
            }
            for (j, segment) in column.path.iter().enumerate() {
                if j > 0 {
                    self.out.push('.');
                }
                self.key(segment, j == 0);
            }
            self.out.push_str(column.ty.hint());
        }
        let row_sep = if stop == Ctx::CELL { '\n' } else { '|' };
        let stored: Vec<(&table::PlanColumn<'_>, &Vec<Option<&Value<'_>>>)> = plan
            .columns
            .iter()
            .zip(&plan.values)
            .filter(|(c, _)| c.ty != ColumnType::Auto)
            .collect();
        let mut out = std::mem::take(&mut self.out);
        for row in 0..plan.rows {
            out.push(row_sep);
            for (i, (column, values)) in stored.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                match values[row] {
                    Some(v) => self.cell(&mut out, v, column.ty, column.absorbs_spaces, stop),
                    None => out.push('!'),
                }
            }
        }
        self.out = out;
    }

    fn cell(&mut self, out: &mut String, v: &Value<'_>, ty: ColumnType, absorbs: bool, stop: u8) {
        if matches!(v, Value::Null) {
            out.push('~');
            return;
        }
        match ty {
            ColumnType::Str => match v {
                Value::String(s) => {
                    write_text(out, s, Ctx::cell(stop, Typing::StringCell, absorbs))
                }
                _ => out.push('~'),
            },
            ColumnType::Int => write_int(out, v, false),
            ColumnType::Base62 => write_int(out, v, true),
            ColumnType::Float => match v {
                Value::Number(n) => format_float(out, n.as_f64(), false),
                _ => out.push('~'),
            },
            ColumnType::Bool => out.push(if matches!(v, Value::Bool(true)) {
                '+'
            } else {
                '-'
            }),
            ColumnType::Any | ColumnType::Auto => {
                self.value(out, v, Ctx::cell(stop, Typing::SelfTyped, false))
            }
        }
    }
}

/// Whether an object holds, directly or through nested objects, an array that will be written
/// as a multi-line table (then it must be written as lines, not inline).
fn has_block_table(members: &Object<'_>) -> bool {
    members.iter().any(|(_, v)| match v {
        Value::Array(items) => table::is_table(items),
        Value::Object(inner) => has_block_table(inner),
        _ => false,
    })
}
