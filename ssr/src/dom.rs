//! A minimal DOM: just enough of the browser's tree for the ops a dx module writes, and an
//! HTML serializer for the result.

use dx_formats::htip::{Node as TemplateNode, TemplateTable};

/// A node of the tree, by index into [`Dom::nodes`].
pub type NodeId = usize;

/// What a node is.
#[derive(Clone, Debug)]
pub enum Kind {
    /// An element with its attributes in insertion order.
    Element {
        tag: String,
        attrs: Vec<(String, String)>,
    },
    /// A text node (UTF-16 like the browser's, so any string the wasm made fits).
    Text(Vec<u16>),
    /// A comment (dx's anchors for conditional content and lists).
    Comment(Vec<u16>),
    /// The mount container or a detached fragment.
    Fragment,
}

#[derive(Clone, Debug)]
struct Node {
    kind: Kind,
    parent: Option<NodeId>,
    children: Vec<NodeId>,
}

/// The tree. Node 0 is the mount container.
#[derive(Debug)]
pub struct Dom {
    nodes: Vec<Node>,
}

impl Default for Dom {
    fn default() -> Self {
        Self {
            nodes: vec![Node {
                kind: Kind::Fragment,
                parent: None,
                children: Vec::new(),
            }],
        }
    }
}

/// The mount container.
pub const CONTAINER: NodeId = 0;

impl Dom {
    fn add(&mut self, kind: Kind) -> NodeId {
        self.nodes.push(Node {
            kind,
            parent: None,
            children: Vec::new(),
        });
        self.nodes.len() - 1
    }

    /// A new detached copy of a template node and its subtree.
    pub fn instantiate(&mut self, table: &TemplateTable, node: &TemplateNode) -> NodeId {
        let text = |i: &u32| table.strings[*i as usize].clone();
        match node {
            // The HTML parser puts what is inside `<svg>` into the SVG namespace by itself.
            TemplateNode::Element {
                svg: _,
                tag,
                attrs,
                children,
            } => {
                let id = self.add(Kind::Element {
                    tag: text(tag),
                    attrs: attrs.iter().map(|(n, v)| (text(n), text(v))).collect(),
                });
                for child in children {
                    let c = self.instantiate(table, child);
                    self.append(id, c);
                }
                id
            }
            TemplateNode::Text(s) => self.add(Kind::Text(text(s).encode_utf16().collect())),
            TemplateNode::Anchor => self.add(Kind::Comment(Vec::new())),
        }
    }

    /// The `index`-th child of `node`, as `firstChild` then `nextSibling` steps find it.
    pub fn child(&self, node: NodeId, index: usize) -> Option<NodeId> {
        self.nodes[node].children.get(index).copied()
    }

    /// A new detached fragment (holds the roots of a list row of several roots).
    pub fn fragment(&mut self) -> NodeId {
        self.add(Kind::Fragment)
    }

    /// The siblings from `first` through `last` (a list row of several roots).
    pub fn range(&self, first: NodeId, last: NodeId) -> Result<Vec<NodeId>, String> {
        let Some(parent) = self.nodes[first].parent else {
            return Ok(vec![first]);
        };
        let siblings = &self.nodes[parent].children;
        let at = |n| siblings.iter().position(|&c| c == n);
        match (at(first), at(last)) {
            (Some(a), Some(b)) if a <= b => Ok(siblings[a..=b].to_vec()),
            _ => Err("a range whose ends are not siblings in order".into()),
        }
    }

    /// Detaches `node` from its parent (`node.remove()`).
    pub fn detach(&mut self, node: NodeId) {
        if let Some(p) = self.nodes[node].parent.take() {
            self.nodes[p].children.retain(|&c| c != node);
        }
    }

    /// Moves `node` to the end of `parent`'s children (`parent.appendChild(node)`).
    pub fn append(&mut self, parent: NodeId, node: NodeId) {
        self.detach(node);
        self.nodes[node].parent = Some(parent);
        self.nodes[parent].children.push(node);
    }

    /// Moves `node` before `before` in `before`'s parent (`insertBefore`).
    pub fn insert_before(&mut self, node: NodeId, before: NodeId) -> Result<(), String> {
        let parent = self.nodes[before]
            .parent
            .ok_or("insert before a node that is not in the tree")?;
        self.detach(node);
        let at = self.nodes[parent]
            .children
            .iter()
            .position(|&c| c == before)
            .expect("a child of its parent");
        self.nodes[node].parent = Some(parent);
        self.nodes[parent].children.insert(at, node);
        Ok(())
    }

    /// Empties `node`'s parent except for `node` (the list `CLEAR` op).
    pub fn clear_around(&mut self, node: NodeId) -> Result<(), String> {
        let parent = self.nodes[node]
            .parent
            .ok_or("clear around a detached node")?;
        for c in std::mem::take(&mut self.nodes[parent].children) {
            self.nodes[c].parent = None;
        }
        self.append(parent, node);
        Ok(())
    }

    /// Sets a text or comment node's data.
    pub fn set_data(&mut self, node: NodeId, data: Vec<u16>) -> Result<(), String> {
        match &mut self.nodes[node].kind {
            Kind::Text(d) | Kind::Comment(d) => {
                *d = data;
                Ok(())
            }
            _ => Err("set text of an element".into()),
        }
    }

    /// Sets (`Some`) or removes (`None`) an attribute.
    pub fn set_attr(
        &mut self,
        node: NodeId,
        name: &str,
        value: Option<String>,
    ) -> Result<(), String> {
        let Kind::Element { attrs, .. } = &mut self.nodes[node].kind else {
            return Err(format!(
                "attribute `{name}` on a node that is not an element"
            ));
        };
        let at = attrs.iter().position(|(n, _)| n == name);
        match (at, value) {
            (Some(i), Some(v)) => attrs[i].1 = v,
            // As the hosts: an empty `style` on an element without one is left out (React sets
            // style properties one by one, none when all are `undefined`).
            (None, Some(v)) if name == "style" && !has_declaration(&v) => {}
            (None, Some(v)) => attrs.push((name.to_string(), v)),
            (Some(i), None) => {
                attrs.remove(i);
            }
            (None, None) => {}
        }
        Ok(())
    }

    /// Sets a DOM property the way it shows in the first paint: `value` and `checked` of form
    /// controls and the reflected `className`/`htmlFor` become their attributes (a textarea's
    /// value is its text). Other properties have no HTML form and are left to the live page.
    pub fn set_prop(&mut self, node: NodeId, name: &str, value: PropValue) -> Result<(), String> {
        let is_textarea = matches!(&self.nodes[node].kind, Kind::Element { tag, .. } if tag.eq_ignore_ascii_case("textarea"));
        match (name, value) {
            ("value" | "defaultValue", PropValue::Str(v)) if is_textarea => {
                for c in std::mem::take(&mut self.nodes[node].children) {
                    self.nodes[c].parent = None;
                }
                let text = self.add(Kind::Text(v.encode_utf16().collect()));
                self.append(node, text);
                Ok(())
            }
            // A select's value is the option that carries `selected` in HTML.
            ("value" | "defaultValue", PropValue::Str(v)) if self.is_element(node, "select") => {
                self.select_option(node, &v);
                Ok(())
            }
            ("value" | "className" | "htmlFor", PropValue::Str(v)) => {
                let attr = match name {
                    "className" => "class",
                    "htmlFor" => "for",
                    other => other,
                };
                self.set_attr(node, attr, Some(v))
            }
            ("checked" | "selected" | "disabled" | "hidden", PropValue::Bool(on)) => {
                self.set_attr(node, name, on.then(String::new))
            }
            _ => Ok(()),
        }
    }

    fn is_element(&self, node: NodeId, name: &str) -> bool {
        matches!(&self.nodes[node].kind, Kind::Element { tag, .. } if tag.eq_ignore_ascii_case(name))
    }

    /// Marks the options under `node` (directly or in an `<optgroup>`) whose value is `value`
    /// as `selected`, and no other.
    fn select_option(&mut self, node: NodeId, value: &str) {
        for c in self.nodes[node].children.clone() {
            if self.is_element(c, "optgroup") {
                self.select_option(c, value);
            } else if self.is_element(c, "option") {
                let own = match &self.nodes[c].kind {
                    Kind::Element { attrs, .. } => attrs
                        .iter()
                        .find(|(n, _)| n == "value")
                        .map(|(_, v)| v.clone()),
                    _ => None,
                };
                // An option without a value attribute has its text as its value.
                let own = own.unwrap_or_else(|| self.text_content(c));
                let _ = self.set_attr(c, "selected", (own == value).then(String::new));
            }
        }
    }

    fn text_content(&self, node: NodeId) -> String {
        match &self.nodes[node].kind {
            Kind::Text(data) => String::from_utf16_lossy(data),
            _ => self.nodes[node]
                .children
                .iter()
                .map(|&c| self.text_content(c))
                .collect(),
        }
    }

    /// The HTML of `node`'s children (`innerHTML`).
    pub fn inner_html(&self, node: NodeId) -> String {
        let mut out = String::new();
        for &c in &self.nodes[node].children {
            self.write_html(c, false, &mut out);
        }
        out
    }

    fn write_html(&self, node: NodeId, raw_text: bool, out: &mut String) {
        match &self.nodes[node].kind {
            Kind::Text(data) => {
                let text = String::from_utf16_lossy(data);
                if raw_text {
                    out.push_str(&text);
                } else {
                    escape(&text, false, out);
                }
            }
            Kind::Comment(data) => {
                out.push_str("<!--");
                // `-->` would end the comment early; dx's comments are empty anchors anyway.
                out.push_str(&String::from_utf16_lossy(data).replace("-->", "--&gt;"));
                out.push_str("-->");
            }
            Kind::Fragment => {
                for &c in &self.nodes[node].children {
                    self.write_html(c, raw_text, out);
                }
            }
            Kind::Element { tag, attrs } => {
                out.push('<');
                out.push_str(tag);
                for (name, value) in attrs {
                    out.push(' ');
                    out.push_str(name);
                    if !value.is_empty() {
                        out.push_str("=\"");
                        escape(value, true, out);
                        out.push('"');
                    }
                }
                out.push('>');
                if VOID_ELEMENTS.contains(&tag.to_ascii_lowercase().as_str()) {
                    return;
                }
                let raw = RAW_TEXT_ELEMENTS.contains(&tag.to_ascii_lowercase().as_str());
                for &c in &self.nodes[node].children {
                    self.write_html(c, raw, out);
                }
                out.push_str("</");
                out.push_str(tag);
                out.push('>');
            }
        }
    }
}

/// A property value as the ops carry it.
pub enum PropValue {
    Str(String),
    Bool(bool),
}

/// Elements without an end tag or children.
const VOID_ELEMENTS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Elements whose text the HTML parser takes literally.
const RAW_TEXT_ELEMENTS: &[&str] = &["script", "style"];

/// HTML-escapes text (`&`, `<`, `>`, and `"` inside attribute values; no-break spaces are
/// written as `&nbsp;` so the serializer matches the browser's `innerHTML`).
fn escape(s: &str, attribute: bool, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            '"' if attribute => out.push_str("&quot;"),
            '<' if !attribute => out.push_str("&lt;"),
            '>' if !attribute => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

/// Whether a `style` text sets some property (`color: red;`): dx writes `name: ;` for a
/// property whose value is `undefined`, which the browser drops.
fn has_declaration(style: &str) -> bool {
    style.split(';').any(|d| {
        d.split_once(':')
            .is_some_and(|(_, value)| !value.trim().is_empty())
    })
}
