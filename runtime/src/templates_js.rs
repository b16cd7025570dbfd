//! An app's HTIP template table as JavaScript, for the tiny host: the browser's JS parser does
//! the decoding, so a Micro app ships no `app.htip` and its host no binary decoder.
//!
//! Each template becomes a function `(slot) => [roots]` that builds a fresh instance with the
//! host's `element(tag, { name: value, … }, ...children)` (a string child is a text node) and
//! hands every node that gets a handle to `slot(offset, node)`: root `r` at offset `r`, slot
//! `k` at `roots + k`, as `op_CLONE` numbers them. The strings that ops name by their index (attributes, properties
//! and events bound at run time) are an object from index to string.

use std::fmt::Write;

use dx_formats::htip::{Node, Template, TemplateTable};

/// `const strings = {…}` (the strings `static_strings` that ops name, by index) and
/// `const templates = […]`, each tagged so the host keeps it only when used.
pub fn templates_js(table: &TemplateTable, static_strings: &[u32]) -> String {
    let strings: Vec<Literal> = table
        .strings
        .iter()
        .map(|s| Literal {
            raw: s,
            js: js_string(s),
        })
        .collect();
    let named: Vec<String> = static_strings
        .iter()
        .filter_map(|&i| Some(format!("{i}: {}", strings.get(i as usize)?.js)))
        .collect();
    let mut js = format!(
        "const strings = {{ {} }}; //@if-used:strings\nconst templates = [ //@if-used:templates\n",
        named.join(", ")
    );
    for (i, template) in table.templates.iter().enumerate() {
        let _ = writeln!(js, "  // template {i}\n  {},", builder(template, &strings));
    }
    js.push_str("];\n");
    js
}

/// `(slot) => [roots]` for one template.
fn builder(template: &Template, strings: &[Literal<'_>]) -> String {
    let roots = template.roots.len() as u32;
    let mut out = String::from("(slot) => [");
    for (r, node) in template.roots.iter().enumerate() {
        if r > 0 {
            out.push_str(", ");
        }
        let mut path = vec![r as u32];
        write_node(&mut out, node, &mut path, true, template, roots, strings);
    }
    out.push(']');
    out
}

fn write_node(
    out: &mut String,
    node: &Node,
    path: &mut Vec<u32>,
    root: bool,
    template: &Template,
    roots: u32,
    strings: &[Literal<'_>],
) {
    // The node's handle offsets: a root's own, then every slot at it (bindings may share one).
    let root_offset = root.then(|| path[0]);
    let slots: Vec<u32> = root_offset
        .into_iter()
        .chain(
            (0..)
                .zip(&template.slots)
                .filter(|(_, p)| *p == path)
                .map(|(k, _)| roots + k),
        )
        .collect();
    for k in &slots {
        let _ = write!(out, "slot({k}, ");
    }
    let string = |i: u32| strings.get(i as usize).map_or("\"\"", |s| s.js.as_str());
    match node {
        Node::Element {
            svg,
            tag,
            attrs,
            children,
        } => {
            let builder = if *svg { "svgElement" } else { "element" };
            let _ = write!(out, "{builder}({}, {{", string(*tag));
            for (a, (name, value)) in attrs.iter().enumerate() {
                let sep = if a > 0 { ", " } else { " " };
                let name = strings.get(*name as usize).map_or("", |s| s.raw);
                let _ = write!(out, "{sep}{}: {}", property_key(name), string(*value));
            }
            out.push_str(if attrs.is_empty() { "}" } else { " }" });
            for (c, child) in children.iter().enumerate() {
                out.push_str(", ");
                path.push(c as u32);
                write_node(out, child, path, false, template, roots, strings);
                path.pop();
            }
            out.push(')');
        }
        // A string child becomes a text node; a root or a slot must be a node already.
        Node::Text(s) if slots.is_empty() && !root => out.push_str(string(*s)),
        Node::Text(s) if strings.get(*s as usize).is_none_or(|t| t.raw.is_empty()) => {
            out.push_str("new Text")
        }
        Node::Text(s) => {
            let _ = write!(out, "new Text({})", string(*s));
        }
        Node::Anchor => out.push_str("new Comment"),
    }
    for _ in &slots {
        out.push(')');
    }
}

/// A table string and its JS literal.
struct Literal<'a> {
    raw: &'a str,
    js: String,
}

/// `name` as an object literal key: bare when it is an identifier (`class`, reserved words
/// included), quoted otherwise, computed for `__proto__` (which as a plain key would set the
/// object's prototype instead).
fn property_key(name: &str) -> String {
    let identifier = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    match name {
        "__proto__" => "[\"__proto__\"]".to_owned(),
        _ if identifier => name.to_owned(),
        _ => js_string(name),
    }
}

/// `s` as a double-quoted JS string literal that is also safe inside an HTML `<script>`: `<` is
/// escaped, so no `</script` or `<!--` can appear.
fn js_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '<' => out.push_str("\\x3c"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> TemplateTable {
        let mut t = TemplateTable::default();
        let [div, class, counter, p, count, empty, b, lt, aria, proto] = [
            "div",
            "class",
            "counter",
            "p",
            "Count: ",
            "",
            "b",
            "</script> \"x\"\n",
            "aria-hidden",
            "__proto__",
        ]
        .map(|s| t.intern(s));
        t.templates.push(Template {
            roots: vec![Node::Element {
                svg: false,
                tag: div,
                attrs: vec![(class, counter), (aria, empty), (proto, p)],
                children: vec![
                    Node::Element {
                        svg: false,
                        tag: p,
                        attrs: vec![],
                        children: vec![Node::Text(count), Node::Text(empty)],
                    },
                    Node::Anchor,
                    Node::Element {
                        svg: false,
                        tag: b,
                        attrs: vec![],
                        children: vec![Node::Text(lt)],
                    },
                ],
            }],
            slots: vec![vec![0, 0, 1], vec![0, 1], vec![0, 0, 1]],
        });
        t.templates.push(Template {
            roots: vec![Node::Text(count), Node::Anchor],
            slots: vec![vec![1]],
        });
        t
    }

    #[test]
    fn templates_are_builders_that_hand_out_their_slots() {
        assert_eq!(
            templates_js(&table(), &[1, 7]),
            "const strings = { 1: \"class\", 7: \"\\x3c/script> \\\"x\\\"\\n\" }; //@if-used:strings\n\
             const templates = [ //@if-used:templates\n  \
             // template 0\n  \
             (slot) => [slot(0, element(\"div\", { class: \"counter\", \"aria-hidden\": \"\", [\"__proto__\"]: \"p\" }, element(\"p\", {}, \"Count: \", slot(1, slot(3, new Text))), slot(2, new Comment), element(\"b\", {}, \"\\x3c/script> \\\"x\\\"\\n\")))],\n  \
             // template 1\n  \
             (slot) => [slot(0, new Text(\"Count: \")), slot(1, slot(2, new Comment))],\n\
             ];\n"
        );
    }
}
