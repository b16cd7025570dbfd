//! The human view: indented JSON (valid JSON, so any tool reads it back) with short arrays on
//! one line and arrays of same-shape objects as aligned rows, one object per line.

use crate::value::{Number, Value};

const WIDTH: usize = 100;

pub(crate) fn format(value: &Value<'_>) -> String {
    let mut out = String::new();
    write(&mut out, value, 0);
    out.push('\n');
    out
}

fn write(out: &mut String, v: &Value<'_>, indent: usize) {
    let inline = compact(v);
    if inline.len() + indent <= WIDTH {
        out.push_str(&inline);
        return;
    }
    match v {
        Value::Object(members) => {
            out.push_str("{\n");
            for (i, (k, v)) in members.iter().enumerate() {
                push_indent(out, indent + 2);
                out.push_str(&json_string(k));
                out.push_str(": ");
                write(out, v, indent + 2);
                if i + 1 < members.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            push_indent(out, indent);
            out.push('}');
        }
        Value::Array(items) => {
            out.push_str("[\n");
            let rows = aligned_rows(items, indent + 2);
            for (i, item) in items.iter().enumerate() {
                push_indent(out, indent + 2);
                match &rows {
                    Some(rows) => out.push_str(&rows[i]),
                    None => write(out, item, indent + 2),
                }
                if i + 1 < items.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            push_indent(out, indent);
            out.push(']');
        }
        _ => out.push_str(&inline),
    }
}

/// Objects with the same keys, each fitting on a line: `{ "k": v, … }` padded into columns.
fn aligned_rows(items: &[Value<'_>], indent: usize) -> Option<Vec<String>> {
    let first = match items.first()? {
        Value::Object(m) if !m.is_empty() => m,
        _ => return None,
    };
    let mut cells: Vec<Vec<String>> = Vec::with_capacity(items.len());
    for item in items {
        let Value::Object(m) = item else { return None };
        if m.len() != first.len() || m.iter().zip(first).any(|((a, _), (b, _))| a != b) {
            return None;
        }
        cells.push(
            m.iter()
                .map(|(k, v)| format!("{}: {}", json_string(k), compact(v)))
                .collect(),
        );
    }
    let widths: Vec<usize> = (0..first.len())
        .map(|j| {
            cells
                .iter()
                .map(|row| row[j].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let rows: Vec<String> = cells
        .iter()
        .map(|row| {
            let mut line = String::from("{ ");
            for (j, cell) in row.iter().enumerate() {
                line.push_str(cell);
                if j + 1 < row.len() {
                    line.push(',');
                    let pad = widths[j] - cell.chars().count() + 1;
                    line.extend(std::iter::repeat_n(' ', pad));
                }
            }
            line.push_str(" }");
            line
        })
        .collect();
    let longest = rows.iter().map(|r| r.chars().count()).max().unwrap_or(0);
    (longest + indent < WIDTH * 2).then_some(rows)
}

/// One-line JSON with a space after `:` and `,`.
fn compact(v: &Value<'_>) -> String {
    let mut out = String::new();
    compact_into(&mut out, v);
    out
}

fn compact_into(out: &mut String, v: &Value<'_>) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&number(*n)),
        Value::String(s) => out.push_str(&json_string(s)),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                compact_into(out, item);
            }
            out.push(']');
        }
        Value::Object(members) => {
            if members.is_empty() {
                out.push_str("{}");
                return;
            }
            out.push_str("{ ");
            for (i, (k, v)) in members.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&json_string(k));
                out.push_str(": ");
                compact_into(out, v);
            }
            out.push_str(" }");
        }
    }
}

fn number(n: Number) -> String {
    n.to_string()
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

fn push_indent(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}
