//! Applies decoded ops to the [`Dom`], exactly as the JS host's `op_*` functions do.

use dx_formats::htip::TemplateTable;
use dx_formats::ops::{Arg, DecodedOp, Op};

use crate::dom::{CONTAINER, Dom, NodeId, PropValue};

/// The DOM side of a running app: the tree, the template table and the node handle table.
pub struct Document {
    pub dom: Dom,
    pub table: TemplateTable,
    handles: Vec<Option<NodeId>>,
}

impl Document {
    pub fn new(table: TemplateTable) -> Self {
        Self {
            dom: Dom::default(),
            table,
            handles: vec![Some(CONTAINER)],
        }
    }

    fn node(&self, handle: u32) -> Result<NodeId, String> {
        self.handles
            .get(handle as usize)
            .copied()
            .flatten()
            .ok_or_else(|| format!("node handle {handle} is not set"))
    }

    fn set_handle(&mut self, handle: u32, node: NodeId) {
        let i = handle as usize;
        if self.handles.len() <= i {
            self.handles.resize(i + 1, None);
        }
        self.handles[i] = Some(node);
    }

    fn static_string(&self, index: u32) -> Result<&str, String> {
        self.table
            .strings
            .get(index as usize)
            .map(String::as_str)
            .ok_or_else(|| format!("static string {index} is not in the template table"))
    }

    /// The node at `path` below `node` (`path[0]` is already applied), as the host's `walk`.
    fn walk(&self, mut node: NodeId, path: &[u32]) -> Result<NodeId, String> {
        for &i in &path[1..] {
            node = self
                .dom
                .child(node, i as usize)
                .ok_or("a slot path leads outside its template")?;
        }
        Ok(node)
    }

    /// Applies one op. `text` is the string its `Str` argument points at, if it has one.
    pub fn apply(&mut self, op: &DecodedOp, text: Option<Vec<u16>>) -> Result<(), String> {
        let u = |i: usize| match op.args.get(i) {
            Some(Arg::U32(v)) => *v,
            _ => 0,
        };
        let text = || {
            text.clone()
                .ok_or_else(|| format!("{:?} without its string", op.op))
        };
        match op.op {
            Op::Clone => {
                let template = self.template(u(0))?;
                let roots: Vec<NodeId> = template
                    .roots
                    .iter()
                    .map(|r| self.dom.instantiate(&self.table, r))
                    .collect();
                let (base, anchor) = (u(1), u(2));
                for (k, &r) in roots.iter().enumerate() {
                    self.set_handle(base + k as u32, r);
                }
                for (k, path) in template.slots.iter().enumerate() {
                    let root = *roots
                        .get(path[0] as usize)
                        .ok_or("slot of a missing root")?;
                    let n = self.walk(root, path)?;
                    self.set_handle(base + roots.len() as u32 + k as u32, n);
                }
                for r in roots {
                    if anchor == 0 {
                        self.dom.append(CONTAINER, r);
                    } else {
                        let a = self.node(anchor)?;
                        self.dom.insert_before(r, a)?;
                    }
                }
            }
            // Several roots stay together in a detached fragment until `InsertRange`.
            Op::CloneRow => {
                let template = self.template(u(0))?;
                if template.roots.is_empty() {
                    return Err("a row template without a root".into());
                }
                let roots: Vec<NodeId> = template
                    .roots
                    .iter()
                    .map(|r| self.dom.instantiate(&self.table, r))
                    .collect();
                if roots.len() > 1 {
                    let fragment = self.dom.fragment();
                    for &r in &roots {
                        self.dom.append(fragment, r);
                    }
                }
                for (k, &r) in roots.iter().enumerate() {
                    self.set_handle(u(1) + k as u32, r);
                }
                for (k, path) in template.slots.iter().enumerate() {
                    let root = *roots
                        .get(path[0] as usize)
                        .ok_or("slot of a missing root")?;
                    let n = self.walk(root, path)?;
                    self.set_handle(u(1) + roots.len() as u32 + k as u32, n);
                }
            }
            Op::InsertRange => {
                let before = self.node(u(2))?;
                for n in self.dom.range(self.node(u(0))?, self.node(u(1))?)? {
                    self.dom.insert_before(n, before)?;
                }
            }
            Op::RemoveRange => {
                for n in self.dom.range(self.node(u(0))?, self.node(u(1))?)? {
                    self.dom.detach(n);
                }
            }
            Op::Insert => {
                let (n, before) = (self.node(u(0))?, self.node(u(1))?);
                self.dom.insert_before(n, before)?;
            }
            Op::Clear => self.dom.clear_around(self.node(u(0))?)?,
            Op::Remove => self.dom.detach(self.node(u(0))?),
            Op::SetText => self.dom.set_data(self.node(u(0))?, text()?)?,
            Op::SetTextNum => {
                let Some(Arg::F64(v)) = op.args.get(1) else {
                    return Err("SetTextNum without its number".into());
                };
                let s = crate::js_number_string(*v).encode_utf16().collect();
                self.dom.set_data(self.node(u(0))?, s)?;
            }
            // A null value (a nullable attribute that is nullish) removes the attribute.
            Op::SetAttr => {
                let name = self.static_string(u(1))?.to_string();
                let value = text().ok().map(|t| String::from_utf16_lossy(&t));
                self.dom.set_attr(self.node(u(0))?, &name, value)?;
            }
            Op::RemoveAttr => {
                let name = self.static_string(u(1))?.to_string();
                self.dom.set_attr(self.node(u(0))?, &name, None)?;
            }
            Op::ToggleAttr => {
                let name = self.static_string(u(1))?.to_string();
                let on = (u(2) != 0).then(String::new);
                self.dom.set_attr(self.node(u(0))?, &name, on)?;
            }
            Op::SetProp => {
                let name = self.static_string(u(1))?.to_string();
                let value = PropValue::Str(String::from_utf16_lossy(&text()?));
                self.dom.set_prop(self.node(u(0))?, &name, value)?;
            }
            Op::SetPropBool => {
                let name = self.static_string(u(1))?.to_string();
                self.dom
                    .set_prop(self.node(u(0))?, &name, PropValue::Bool(u(2) != 0))?;
            }
            // Events, focus: nothing to render.
            Op::Listen | Op::Focus | Op::TemplateListen => {}
        }
        Ok(())
    }

    fn template(&self, index: u32) -> Result<dx_formats::htip::Template, String> {
        self.table
            .templates
            .get(index as usize)
            .cloned()
            .ok_or_else(|| format!("template {index} is not in the table"))
    }
}
