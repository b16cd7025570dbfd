//! HTIP: the template table. Each template is the static DOM of one component (or one
//! conditional branch) plus the child paths of its binding slots. The host builds one
//! `<template>` per entry once and instantiates it with `cloneNode(true)`; slot paths are
//! resolved once per instance into node handles.
//!
//! Layout (all integers unsigned LEB128, see [`crate::varint`]):
//! ```text
//! "HTIP" version:u8
//! string_count { len utf8-bytes }           static strings: tags, attribute names/values, texts, event names
//! template_count {
//!   root_count { node }                     node = kind:u8 payload (see NODE_KINDS)
//!   slot_count { depth { child_index } }    path from the template's root list
//! }
//! ```

use crate::varint::{read_u32, write_u32};

/// File magic.
pub const MAGIC: &[u8; 4] = b"HTIP";
/// Format version written by this crate.
pub const VERSION: u8 = 1;

/// One row of the node-kind table.
#[derive(Debug)]
pub struct NodeKindInfo {
    /// Kind byte.
    pub code: u8,
    /// Name (JS constant `NODE_<NAME>`).
    pub name: &'static str,
    /// Payload layout.
    pub doc: &'static str,
}

/// The node-kind table; the JS host's template builder derives its constants from it.
pub const NODE_KINDS: &[NodeKindInfo] = &[
    NodeKindInfo {
        code: 0,
        name: "ELEMENT",
        doc: "tag:str attr_count {name:str value:str} child_count {node}",
    },
    NodeKindInfo {
        code: 1,
        name: "TEXT",
        doc: "text:str",
    },
    NodeKindInfo {
        code: 2,
        name: "ANCHOR",
        doc: "(none) an empty comment marking where conditional content goes",
    },
    NodeKindInfo {
        code: 3,
        name: "SVG_ELEMENT",
        doc: "as ELEMENT, created in the SVG namespace (inside `<svg>`, outside `<foreignObject>`)",
    },
];

/// A static DOM node. String fields index [`TemplateTable::strings`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    /// An element with static attributes and children.
    Element {
        /// Created in the SVG namespace (an `<svg>` and what it holds, up to `<foreignObject>`).
        svg: bool,
        tag: u32,
        attrs: Vec<(u32, u32)>,
        children: Vec<Node>,
    },
    /// A text node (an empty text is a placeholder for a dynamic text slot).
    Text(u32),
    /// A comment node that marks an insertion point.
    Anchor,
}

/// One template: its top-level nodes and the paths of its binding slots.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Template {
    /// Top-level nodes (a template may have several, like a fragment).
    pub roots: Vec<Node>,
    /// Slot paths: first index selects a root, the rest are child indices.
    pub slots: Vec<Vec<u32>>,
}

/// The whole table of one app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TemplateTable {
    /// Interned static strings.
    pub strings: Vec<String>,
    /// Templates, addressed by index in `Clone` ops.
    pub templates: Vec<Template>,
}

impl TemplateTable {
    /// Index of `s` in the string table, adding it if new.
    pub fn intern(&mut self, s: &str) -> u32 {
        if let Some(i) = self.strings.iter().position(|x| x == s) {
            return i as u32;
        }
        self.strings.push(s.to_string());
        (self.strings.len() - 1) as u32
    }

    /// Encodes the table.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        write_u32(&mut out, self.strings.len() as u32);
        for s in &self.strings {
            write_u32(&mut out, s.len() as u32);
            out.extend_from_slice(s.as_bytes());
        }
        write_u32(&mut out, self.templates.len() as u32);
        for t in &self.templates {
            write_u32(&mut out, t.roots.len() as u32);
            for n in &t.roots {
                encode_node(&mut out, n);
            }
            write_u32(&mut out, t.slots.len() as u32);
            for path in &t.slots {
                write_u32(&mut out, path.len() as u32);
                for &i in path {
                    write_u32(&mut out, i);
                }
            }
        }
        out
    }

    /// Decodes and checks a table: every string index and slot path must resolve.
    pub fn decode(bytes: &[u8]) -> Result<TemplateTable, HtipError> {
        let mut r = Reader { bytes, pos: 0 };
        if bytes.get(..4) != Some(MAGIC.as_slice()) {
            return Err(HtipError::at(0, "not an HTIP table (bad magic)"));
        }
        r.pos = 4;
        let version = r.byte()?;
        if version != VERSION {
            return Err(HtipError::at(
                4,
                format!("unsupported HTIP version {version}"),
            ));
        }
        let string_count = r.count()?;
        let mut strings = Vec::with_capacity(string_count.min(4096));
        for _ in 0..string_count {
            let len = r.count()?;
            let start = r.pos;
            let raw = bytes
                .get(start..start + len)
                .ok_or_else(|| HtipError::at(start, "string runs past the end"))?;
            let s = std::str::from_utf8(raw)
                .map_err(|_| HtipError::at(start, "string is not UTF-8"))?;
            strings.push(s.to_string());
            r.pos += len;
        }
        let template_count = r.count()?;
        let mut templates = Vec::with_capacity(template_count.min(4096));
        for _ in 0..template_count {
            let root_count = r.count()?;
            let mut roots = Vec::new();
            for _ in 0..root_count {
                roots.push(r.node(strings.len(), 0)?);
            }
            let slot_count = r.count()?;
            let mut slots = Vec::new();
            for _ in 0..slot_count {
                let at = r.pos;
                let depth = r.count()?;
                let mut path = Vec::new();
                for _ in 0..depth {
                    path.push(r.u32()?);
                }
                if resolve(&roots, &path).is_none() {
                    return Err(HtipError::at(at, "slot path does not lead to a node"));
                }
                slots.push(path);
            }
            templates.push(Template { roots, slots });
        }
        if r.pos != bytes.len() {
            return Err(HtipError::at(
                r.pos,
                "trailing bytes after the last template",
            ));
        }
        Ok(TemplateTable { strings, templates })
    }

    /// A readable rendering of every template, marking slots as `@k` (k = handle offset).
    pub fn dump(&self) -> String {
        let mut out = String::new();
        for (i, t) in self.templates.iter().enumerate() {
            out.push_str(&format!(
                "template {i}: {} root(s), {} slot(s)\n",
                t.roots.len(),
                t.slots.len()
            ));
            for (r, node) in t.roots.iter().enumerate() {
                self.dump_node(&mut out, t, node, &mut vec![r as u32], 1);
            }
        }
        out
    }

    fn dump_node(
        &self,
        out: &mut String,
        t: &Template,
        node: &Node,
        path: &mut Vec<u32>,
        depth: usize,
    ) {
        let indent = "  ".repeat(depth);
        let mark = match t.slots.iter().position(|p| p == path) {
            Some(k) => format!(" @{}", t.roots.len() + k),
            None if path.len() == 1 => format!(" @{}", path[0]),
            None => String::new(),
        };
        let s = |i: &u32| {
            self.strings
                .get(*i as usize)
                .map(String::as_str)
                .unwrap_or("?")
        };
        match node {
            Node::Element {
                svg,
                tag,
                attrs,
                children,
            } => {
                let attrs: String = attrs
                    .iter()
                    .map(|(n, v)| format!(" {}={:?}", s(n), s(v)))
                    .collect();
                let ns = if *svg { "svg:" } else { "" };
                out.push_str(&format!("{indent}<{ns}{}{attrs}>{mark}\n", s(tag)));
                for (c, child) in children.iter().enumerate() {
                    path.push(c as u32);
                    self.dump_node(out, t, child, path, depth + 1);
                    path.pop();
                }
            }
            Node::Text(i) => out.push_str(&format!("{indent}{:?}{mark}\n", s(i))),
            Node::Anchor => out.push_str(&format!("{indent}<!---->{mark}\n")),
        }
    }
}

/// The node at `path` within `roots`.
pub fn resolve<'a>(roots: &'a [Node], path: &[u32]) -> Option<&'a Node> {
    let (first, rest) = path.split_first()?;
    let mut node = roots.get(*first as usize)?;
    for &i in rest {
        match node {
            Node::Element { children, .. } => node = children.get(i as usize)?,
            _ => return None,
        }
    }
    Some(node)
}

fn encode_node(out: &mut Vec<u8>, node: &Node) {
    match node {
        Node::Element {
            svg,
            tag,
            attrs,
            children,
        } => {
            out.push(if *svg { 3 } else { 0 });
            write_u32(out, *tag);
            write_u32(out, attrs.len() as u32);
            for (n, v) in attrs {
                write_u32(out, *n);
                write_u32(out, *v);
            }
            write_u32(out, children.len() as u32);
            for c in children {
                encode_node(out, c);
            }
        }
        Node::Text(s) => {
            out.push(1);
            write_u32(out, *s);
        }
        Node::Anchor => out.push(2),
    }
}

/// A malformed HTIP table: what is wrong and at which byte.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HtipError {
    /// Byte offset of the problem.
    pub offset: usize,
    /// What is wrong.
    pub message: String,
}

impl HtipError {
    fn at(offset: usize, message: impl Into<String>) -> Self {
        HtipError {
            offset,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for HtipError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HTIP byte {}: {}", self.offset, self.message)
    }
}

impl std::error::Error for HtipError {}

/// Nesting limit: deeper input is rejected instead of overflowing the stack.
const MAX_DEPTH: usize = 256;

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, HtipError> {
        let b = *self
            .bytes
            .get(self.pos)
            .ok_or_else(|| HtipError::at(self.pos, "unexpected end"))?;
        self.pos += 1;
        Ok(b)
    }

    fn u32(&mut self) -> Result<u32, HtipError> {
        let at = self.pos;
        read_u32(self.bytes, &mut self.pos)
            .ok_or_else(|| HtipError::at(at, "bad or truncated integer"))
    }

    /// A count, bounded by the bytes left (each counted item takes at least one byte).
    fn count(&mut self) -> Result<usize, HtipError> {
        let at = self.pos;
        let n = self.u32()? as usize;
        if n > self.bytes.len() - self.pos {
            return Err(HtipError::at(
                at,
                format!("count {n} exceeds the remaining bytes"),
            ));
        }
        Ok(n)
    }

    fn string_index(&mut self, string_count: usize) -> Result<u32, HtipError> {
        let at = self.pos;
        let i = self.u32()?;
        if i as usize >= string_count {
            return Err(HtipError::at(at, format!("string index {i} out of range")));
        }
        Ok(i)
    }

    fn node(&mut self, string_count: usize, depth: usize) -> Result<Node, HtipError> {
        if depth > MAX_DEPTH {
            return Err(HtipError::at(self.pos, "nodes nested too deeply"));
        }
        let at = self.pos;
        match self.byte()? {
            kind @ (0 | 3) => {
                let tag = self.string_index(string_count)?;
                let attr_count = self.count()?;
                let mut attrs = Vec::new();
                for _ in 0..attr_count {
                    attrs.push((
                        self.string_index(string_count)?,
                        self.string_index(string_count)?,
                    ));
                }
                let child_count = self.count()?;
                let mut children = Vec::new();
                for _ in 0..child_count {
                    children.push(self.node(string_count, depth + 1)?);
                }
                Ok(Node::Element {
                    svg: kind == 3,
                    tag,
                    attrs,
                    children,
                })
            }
            1 => Ok(Node::Text(self.string_index(string_count)?)),
            2 => Ok(Node::Anchor),
            k => Err(HtipError::at(at, format!("unknown node kind {k}"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> TemplateTable {
        let mut t = TemplateTable::default();
        let (div, p, class, c, hello, empty) = (
            t.intern("div"),
            t.intern("p"),
            t.intern("class"),
            t.intern("c"),
            t.intern("Hello "),
            t.intern(""),
        );
        t.templates.push(Template {
            roots: vec![Node::Element {
                svg: false,
                tag: div,
                attrs: vec![(class, c)],
                children: vec![
                    Node::Element {
                        svg: false,
                        tag: p,
                        attrs: vec![],
                        children: vec![Node::Text(hello), Node::Text(empty)],
                    },
                    Node::Anchor,
                ],
            }],
            slots: vec![vec![0, 0, 1], vec![0, 1]],
        });
        t
    }

    #[test]
    fn round_trip_and_dump() {
        let t = sample();
        let bytes = t.encode();
        assert_eq!(TemplateTable::decode(&bytes).unwrap(), t);
        assert_eq!(
            t.dump(),
            "template 0: 1 root(s), 2 slot(s)\n  <div class=\"c\"> @0\n    <p>\n      \"Hello \"\n      \"\" @1\n    <!----> @2\n"
        );
    }

    #[test]
    fn every_truncation_is_an_error_not_a_panic() {
        let bytes = sample().encode();
        for len in 0..bytes.len() {
            assert!(
                TemplateTable::decode(&bytes[..len]).is_err(),
                "prefix {len}"
            );
        }
    }

    #[test]
    fn every_single_byte_corruption_is_handled() {
        let bytes = sample().encode();
        for i in 0..bytes.len() {
            for b in [0u8, 1, 2, 0x7f, 0x80, 0xff] {
                let mut c = bytes.clone();
                c[i] = b;
                let _ = TemplateTable::decode(&c);
            }
        }
    }

    #[test]
    fn bad_slot_path_is_rejected() {
        let mut t = sample();
        t.templates[0].slots.push(vec![0, 5]);
        let err = TemplateTable::decode(&t.encode()).unwrap_err();
        assert!(err.message.contains("slot path"), "{err}");
    }
}
