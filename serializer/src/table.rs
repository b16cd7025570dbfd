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

/// Builds a row object from one value per column (in header order). An absent cell (`None`)
/// leaves its key out; a dotted branch whose cells are all absent is left out too.
pub(crate) fn build_row<'a>(nodes: &[Node<'a>], values: &mut [Option<Value<'a>>]) -> Object<'a> {
    let mut row = Vec::with_capacity(nodes.len());
    for n in nodes {
        match &n.kind {
            NodeKind::Leaf(i) => {
                if let Some(value) = values.get_mut(*i).and_then(Option::take) {
                    row.push((n.key.clone(), value));
                }
            }
            NodeKind::Branch(children) => {
                if children_present(children, values) {
                    row.push((n.key.clone(), Value::Object(build_row(children, values))));
                }
            }
        }
    }
    row
}

fn children_present(nodes: &[Node<'_>], values: &[Option<Value<'_>>]) -> bool {
    nodes.iter().any(|n| match &n.kind {
        NodeKind::Leaf(i) => values.get(*i).is_some_and(Option::is_some),
        NodeKind::Branch(children) => children_present(children, values),
    })
}

/// How the encoder writes an array of objects as a table.
pub(crate) struct TablePlan<'v, 'a> {
    pub columns: Vec<PlanColumn<'v>>,
    /// Column-major: each column's value in every row; `None` where the row lacks the key.
    pub values: Vec<Vec<Option<&'v Value<'a>>>>,
    pub rows: usize,
}

pub(crate) struct PlanColumn<'v> {
    pub path: Vec<&'v str>,
    pub ty: ColumnType,
    /// The first string column: its cells may hold unescaped spaces.
    pub absorbs_spaces: bool,
}

/// Integers use base62 only when that saves at least this share of the column's digits (on
/// the comparison datasets base62 also saved o200k tokens at this threshold).
const BASE62_MIN_SAVING: f64 = 0.25;

/// The columns of a table of `rows`: every key of every row, in an order in which each row's
/// keys appear in their own order. `None` when rows are not objects, repeat a key, order keys
/// inconsistently, or leave more than half the cells absent.
fn union_keys<'v>(rows: &'v [Value<'_>]) -> Option<Vec<&'v str>> {
    if rows.len() < 2 {
        return None;
    }
    let mut union: Vec<&'v str> = Vec::new();
    let mut present = 0;
    for row in rows {
        let Value::Object(members) = row else {
            return None;
        };
        if !unique_keys(members) {
            return None;
        }
        present += members.len();
        // Merge: keys already in `union` must come in increasing positions; new keys go just
        // after the previous key of this row.
        let mut at = 0;
        for (k, _) in members {
            match union.iter().position(|u| *u == k.as_ref()) {
                Some(p) if p >= at => at = p + 1,
                Some(_) => return None,
                None => {
                    union.insert(at, k.as_ref());
                    at += 1;
                }
            }
        }
    }
    let cells = union.len() * rows.len();
    (!union.is_empty() && (cells - present) * 2 <= cells).then_some(union)
}

/// Whether [`plan`] would make a table of `rows`, without planning it.
pub(crate) fn is_table(rows: &[Value<'_>]) -> bool {
    union_keys(rows).is_some()
}

/// A plan when `rows` are two or more objects whose keys fit one column list.
pub(crate) fn plan<'v, 'a>(rows: &'v [Value<'a>]) -> Option<TablePlan<'v, 'a>> {
    let union = union_keys(rows)?;
    let objects: Vec<Option<&'v Object<'a>>> = rows
        .iter()
        .map(|r| match r {
            Value::Object(o) => Some(o),
            _ => None,
        })
        .collect();
    let mut leaves: Vec<(Vec<&'v str>, Vec<Option<&'v Value<'a>>>)> = Vec::new();
    flatten(&mut Vec::new(), &union, &objects, &mut leaves, 0);
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

fn get<'v, 'a>(members: &'v Object<'a>, key: &str) -> Option<&'v Value<'a>> {
    members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// Splits rows into leaf columns, one per key of `keys`, descending into a key whose value is,
/// in every row that has it, a non-empty object with the same keys in the same order.
fn flatten<'v, 'a>(
    prefix: &mut Vec<&'v str>,
    keys: &[&'v str],
    objects: &[Option<&'v Object<'a>>],
    out: &mut Vec<(Vec<&'v str>, Vec<Option<&'v Value<'a>>>)>,
    depth: usize,
) {
    for &key in keys {
        prefix.push(key);
        let values: Vec<Option<&'v Value<'a>>> = objects
            .iter()
            .map(|o| o.and_then(|o| get(o, key)))
            .collect();
        let mut shape: Option<&'v Object<'a>> = None;
        let nested = depth < 16
            && values.iter().any(Option::is_some)
            && values.iter().flatten().all(|v| match v {
                Value::Object(o) if !o.is_empty() && unique_keys(o) => match shape {
                    None => {
                        shape = Some(o);
                        true
                    }
                    Some(s) => s.len() == o.len() && s.iter().zip(o).all(|((a, _), (b, _))| a == b),
                },
                _ => false,
            });
        match (nested, shape) {
            (true, Some(shape)) => {
                let inner_keys: Vec<&'v str> = shape.iter().map(|(k, _)| k.as_ref()).collect();
                let inner: Vec<Option<&'v Object<'a>>> = values
                    .iter()
                    .map(|v| match v {
                        Some(Value::Object(o)) => Some(o),
                        _ => None,
                    })
                    .collect();
                flatten(prefix, &inner_keys, &inner, out, depth + 1);
            }
            _ => out.push((prefix.clone(), values)),
        }
        prefix.pop();
    }
}

/// The narrowest type that holds every present value of a column.
fn infer(values: &[Option<&Value<'_>>]) -> ColumnType {
    let mut ty: Option<ColumnType> = None;
    for v in values.iter().flatten() {
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
            let decimal: usize = values.iter().flatten().map(|v| int_len(v, 10)).sum();
            let base62: usize = values.iter().flatten().map(|v| int_len(v, 62)).sum();
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

fn is_sequence(values: &[Option<&Value<'_>>]) -> bool {
    values
        .iter()
        .enumerate()
        .all(|(i, v)| matches!(v, Some(Value::Number(Number::PosInt(n))) if *n == i as u64 + 1))
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
