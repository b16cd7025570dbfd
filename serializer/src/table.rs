//! Tables: arrays of objects that share one shape, written as a header of column paths with type
//! hints and one row of cells per object. Nested objects of one shape become dotted columns.

use std::borrow::Cow;

use crate::number::{format_float, write_base62};
use crate::value::{Number, Object, Value};

/// A column's type hint. No hint means string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ColumnType {
    /// No hint (or `%s`): cells are strings; `~` is null.
    Str,
    /// `%i`: decimal integers.
    Int,
    /// `%f`: floats; `7` means `7.0`, `.5` means `0.5`.
    Float,
    /// `%x`: base62 integers (`5A` = 320).
    Base62,
    /// `%b`: `+` / `-`.
    Bool,
    /// `%a`: any value, self-typed like a pair value (inline `{…}` / `[…]` allowed).
    Any,
    /// `#` (named `id`) or `#name`: 1, 2, 3, … by row; not stored.
    Auto,
}

impl ColumnType {
    pub(crate) fn from_letter(c: u8) -> Option<ColumnType> {
        Some(match c {
            b's' => ColumnType::Str,
            b'i' => ColumnType::Int,
            b'f' => ColumnType::Float,
            b'x' => ColumnType::Base62,
            b'b' => ColumnType::Bool,
            b'a' => ColumnType::Any,
            _ => return None,
        })
    }

    /// The hint as written after a column name.
    pub(crate) fn hint(self) -> &'static str {
        match self {
            ColumnType::Str | ColumnType::Auto => "",
            ColumnType::Int => "%i",
            ColumnType::Float => "%f",
            ColumnType::Base62 => "%x",
            ColumnType::Bool => "%b",
            ColumnType::Any => "%a",
        }
    }
}

/// A parsed header column.
pub(crate) struct Column<'a> {
    pub path: Vec<Cow<'a, str>>,
    pub ty: ColumnType,
}

impl Column<'_> {
    /// Whether two columns would write the same key (one path is a prefix of the other).
    pub(crate) fn conflicts_with(&self, other: &Column<'_>) -> bool {
        self.path.iter().zip(&other.path).all(|(a, b)| a == b)
    }
}

/// The nesting of a header's columns: dotted columns sharing a prefix share an object.
pub(crate) struct Node<'a> {
    key: Cow<'a, str>,
    kind: NodeKind<'a>,
}

enum NodeKind<'a> {
    Leaf(usize),
    Branch(Vec<Node<'a>>),
}

/// Builds the column tree once per table.
pub(crate) fn tree<'a>(columns: &[Column<'a>]) -> Vec<Node<'a>> {
    let mut nodes = Vec::new();
    for (i, column) in columns.iter().enumerate() {
        insert(&mut nodes, &column.path, i);
    }
    nodes
}

fn insert<'a>(nodes: &mut Vec<Node<'a>>, path: &[Cow<'a, str>], column: usize) {
    let Some((first, rest)) = path.split_first() else {
        return;
    };
    if rest.is_empty() {
        nodes.push(Node {
            key: first.clone(),
            kind: NodeKind::Leaf(column),
        });
        return;
    }
    let index = match nodes
        .iter()
        .rposition(|n| n.key == *first && matches!(n.kind, NodeKind::Branch(_)))
    {
        Some(i) => i,
        None => {
            nodes.push(Node {
                key: first.clone(),
                kind: NodeKind::Branch(Vec::new()),
            });
            nodes.len() - 1
        }
    };
    if let NodeKind::Branch(children) = &mut nodes[index].kind {
        insert(children, rest, column);
    }
}

/// Builds a row object from one value per column (in header order).
pub(crate) fn build_row<'a>(nodes: &[Node<'a>], values: &mut [Value<'a>]) -> Object<'a> {
    nodes
        .iter()
        .map(|n| {
            let value = match &n.kind {
                NodeKind::Leaf(i) => values.get_mut(*i).map(std::mem::take).unwrap_or_default(),
                NodeKind::Branch(children) => Value::Object(build_row(children, values)),
            };
            (n.key.clone(), value)
        })
        .collect()
}

/// How the encoder writes an array of objects as a table.
pub(crate) struct TablePlan<'v, 'a> {
    pub columns: Vec<PlanColumn<'v>>,
    /// Column-major: each column's value in every row (for `Auto` columns too).
    pub values: Vec<Vec<&'v Value<'a>>>,
    pub rows: usize,
}

pub(crate) struct PlanColumn<'v> {
    pub path: Vec<&'v str>,
    pub ty: ColumnType,
    /// The first string column: its cells may hold unescaped spaces.
    pub absorbs_spaces: bool,
}

/// Integers use base62 only when that saves at least this share of the column's digits: base62
/// words cost more LLM tokens than decimal ones, so small savings are not worth it.
const BASE62_MIN_SAVING: f64 = 0.25;

/// Whether [`plan`] would make a table of `rows`, without planning it.
pub(crate) fn is_table(rows: &[Value<'_>]) -> bool {
    let Some(Value::Object(first)) = rows.first() else {
        return false;
    };
    rows.len() >= 2
        && !first.is_empty()
        && unique_keys(first)
        && rows[1..].iter().all(|r| match r {
            Value::Object(o) => {
                o.len() == first.len() && o.iter().zip(first).all(|((a, _), (b, _))| a == b)
            }
            _ => false,
        })
}

/// A plan when `rows` are two or more objects with the same keys in the same order.
pub(crate) fn plan<'v, 'a>(rows: &'v [Value<'a>]) -> Option<TablePlan<'v, 'a>> {
    if !is_table(rows) {
        return None;
    }
    let objects: Vec<&'v Object<'a>> = rows
        .iter()
        .filter_map(|r| match r {
            Value::Object(o) => Some(o),
            _ => None,
        })
        .collect();
    let mut leaves: Vec<(Vec<&'v str>, Vec<&'v Value<'a>>)> = Vec::new();
    flatten(&mut Vec::new(), &objects, &mut leaves, 0);
    let mut columns: Vec<PlanColumn<'v>> = leaves
        .iter()
        .map(|(path, values)| PlanColumn {
            path: path.clone(),
            ty: infer(values),
            absorbs_spaces: false,
        })
        .collect();
    // `#` only if another column is stored (a row cannot be empty).
    let mut kept_auto = false;
    for (i, column) in columns.iter_mut().enumerate() {
        if column.ty == ColumnType::Int
            && is_sequence(&leaves[i].1)
            && !kept_auto
            && leaves.len() > 1
        {
            column.ty = ColumnType::Auto;
            kept_auto = true;
        }
    }
    if let Some(first) = columns.iter_mut().find(|c| c.ty == ColumnType::Str) {
        first.absorbs_spaces = true;
    }
    let values = leaves.into_iter().map(|(_, values)| values).collect();
    Some(TablePlan {
        columns,
        values,
        rows: rows.len(),
    })
}

fn unique_keys(members: &Object<'_>) -> bool {
    if members.len() <= 16 {
        members
            .iter()
            .enumerate()
            .all(|(i, (k, _))| members[..i].iter().all(|(o, _)| o != k))
    } else {
        let mut seen = std::collections::HashSet::with_capacity(members.len());
        members.iter().all(|(k, _)| seen.insert(k.as_ref()))
    }
}

/// Whether all objects have the same keys in the same order, with no key repeated.
fn same_keys(objects: &[&Object<'_>]) -> bool {
    let first = objects[0];
    unique_keys(first)
        && objects[1..]
            .iter()
            .all(|o| o.len() == first.len() && o.iter().zip(first).all(|((a, _), (b, _))| a == b))
}

/// Splits objects of one shape into leaf columns, descending into members that are non-empty
/// objects of one shape in every row.
fn flatten<'v, 'a>(
    prefix: &mut Vec<&'v str>,
    objects: &[&'v Object<'a>],
    out: &mut Vec<(Vec<&'v str>, Vec<&'v Value<'a>>)>,
    depth: usize,
) {
    for (j, (key, _)) in objects[0].iter().enumerate() {
        prefix.push(key);
        let values: Vec<&'v Value<'a>> = objects.iter().map(|o| &o[j].1).collect();
        let nested: Option<Vec<&'v Object<'a>>> = values
            .iter()
            .map(|v| match v {
                Value::Object(o) if !o.is_empty() => Some(o),
                _ => None,
            })
            .collect();
        match nested {
            Some(inner) if depth < 16 && same_keys(&inner) => {
                flatten(prefix, &inner, out, depth + 1)
            }
            _ => out.push((prefix.clone(), values)),
        }
        prefix.pop();
    }
}

/// The narrowest type that holds every value of a column.
fn infer(values: &[&Value<'_>]) -> ColumnType {
    let mut ty: Option<ColumnType> = None;
    for v in values {
        let this = match v {
            Value::Null => continue,
            Value::String(_) => ColumnType::Str,
            Value::Bool(_) => ColumnType::Bool,
            Value::Number(Number::Float(_)) => ColumnType::Float,
            Value::Number(_) => ColumnType::Int,
            Value::Array(_) | Value::Object(_) => return ColumnType::Any,
        };
        match ty {
            None => ty = Some(this),
            Some(t) if t == this => {}
            Some(_) => return ColumnType::Any,
        }
    }
    match ty {
        Some(ColumnType::Int) => {
            let decimal: usize = values.iter().map(|v| int_len(v, 10)).sum();
            let base62: usize = values.iter().map(|v| int_len(v, 62)).sum();
            if (base62 as f64) <= (decimal as f64) * (1.0 - BASE62_MIN_SAVING) {
                ColumnType::Base62
            } else {
                ColumnType::Int
            }
        }
        Some(t) => t,
        None => ColumnType::Str,
    }
}

fn is_sequence(values: &[&Value<'_>]) -> bool {
    values
        .iter()
        .enumerate()
        .all(|(i, v)| matches!(v, Value::Number(Number::PosInt(n)) if *n == i as u64 + 1))
}

/// Length of an integer cell's text in `radix` (10 or 62), sign included; 1 for `~`.
fn int_len(v: &Value<'_>, radix: u128) -> usize {
    let Some(n) = (match v {
        Value::Number(n) => n.as_i128(),
        _ => None,
    }) else {
        return 1;
    };
    let mut m = n.unsigned_abs() as u64;
    let radix = radix as u64;
    let mut len = usize::from(n < 0) + 1;
    while m >= radix {
        m /= radix;
        len += 1;
    }
    len
}

/// Writes an integer cell (`~` for null) in decimal or base62.
pub(crate) fn write_int(out: &mut String, v: &Value<'_>, base62: bool) {
    match v {
        Value::Number(n) => match n.as_i128() {
            Some(i) if base62 => write_base62(out, i),
            Some(i) => out.push_str(itoa::Buffer::new().format(i)),
            None => format_float(out, n.as_f64(), false),
        },
        _ => out.push('~'),
    }
}
