//! Data that nests itself, written without a type: `{ name: "src", children: [{ name:
//! "index.ts" }, { name: "lib", children: [] }] }` (a file tree, a comment thread, a menu).
//! Each level is an object of the same kind, so its type is one record that contains itself:
//! `{ name: string; children?: Node[] }` — what TypeScript code would declare. Without it, every
//! level would be a type of its own (and an empty `children: []` of no known type).
//!
//! The evidence is in the literal: a field (the *link*) holds an array of object literals, and
//! some of those objects have the link field too. All objects reached through the link form the
//! family; the record has every field any of them has (missing in some: `T | undefined`; `null`
//! in some: `T | null`), the link being an array of the record itself.

use oxc_span::Span;

use super::expr::Ctx;
use super::plan::Ty;
use super::{Instance, Lowerer};
use crate::diagnostics::Result;
use crate::ir::{Expr, ExprKind};

type Fields = [(Option<String>, Expr)];

/// The objects of an array literal, if all its items are object literals with named fields.
fn objects(e: &Expr) -> Option<Vec<&Fields>> {
    let ExprKind::Array(items) = &e.kind else {
        return None;
    };
    items
        .iter()
        .map(|i| match &i.value.kind {
            ExprKind::Object(fields) if !i.spread && fields.iter().all(|(n, _)| n.is_some()) => {
                Some(fields.as_slice())
            }
            _ => None,
        })
        .collect()
}

fn field<'e>(object: &'e Fields, name: &str) -> Option<&'e Expr> {
    object
        .iter()
        .find(|(n, _)| n.as_deref() == Some(name))
        .map(|(_, v)| v)
}

/// The family of `roots` through link field `link`: every object reached, and whether an
/// object below the roots has the link too (the evidence of nesting). `None` when some
/// object's link is not an array of object literals.
fn family<'e>(roots: &[&'e Fields], link: &str) -> Option<(Vec<&'e Fields>, bool)> {
    let mut members: Vec<&Fields> = roots.to_vec();
    let mut nested = false;
    let mut next = 0;
    while next < members.len() {
        let member = members[next];
        let is_root = next < roots.len();
        next += 1;
        let Some(value) = field(member, link) else {
            continue;
        };
        if !is_root {
            nested = true;
        }
        members.extend(objects(value)?);
        if members.len() > 10_000 {
            return None;
        }
    }
    Some((members, nested))
}

impl Lowerer<'_> {
    /// A new node of a tree the app already has (`{ id: nextId, text, children: [] }` added
    /// to a comment thread): a single object with the fields of one of its trees' records,
    /// the link an empty array.
    fn known_tree_node(&self, roots: &[&Fields]) -> Option<Ty> {
        let [object] = roots else { return None };
        let known: Vec<Ty> = self
            .hints
            .trees
            .values()
            .chain(self.learned.borrow().trees.values())
            .copied()
            .collect();
        let types = self.types.borrow();
        known.into_iter().find(|&tree| {
            let Ty::Rec(id) = tree else { return false };
            let fields = types.fields(id);
            let link = fields.iter().find(|(_, t)| {
                let t = t.repr();
                matches!(t, Ty::Arr(a) if types.elem(a) == tree)
            });
            let Some((link, _)) = link else { return false };
            let empty_link = matches!(
                field(object, link).map(|v| &v.kind),
                Some(ExprKind::Array(items)) if items.is_empty()
            );
            let names_known = object
                .iter()
                .all(|(n, _)| fields.iter().any(|(f, _)| Some(f) == n.as_ref()));
            let required_given = fields
                .iter()
                .all(|(f, t)| matches!(t, Ty::Opt(o) if o.undefined) || field(object, f).is_some());
            empty_link && names_known && required_given
        })
    }

    /// The record type of `roots` (object literals of one literal) when they nest themselves
    /// as above; `None` otherwise (the literal is typed as before).
    pub(crate) fn tree_type(
        &self,
        inst: &Instance,
        roots: &[&Fields],
        cx: &mut Ctx,
        _span: Span,
    ) -> Result<Option<Ty>> {
        if roots.is_empty() || roots.iter().any(|o| o.iter().any(|(n, _)| n.is_none())) {
            return Ok(None);
        }
        // One type per literal, kept across attempts (types learned for state may name it).
        let key = roots[0].as_ptr() as usize;
        if let Some(&known) = self.hints.trees.get(&key) {
            return Ok(Some(known));
        }
        if let Some(&known) = self.learned.borrow().trees.get(&key) {
            return Ok(Some(known));
        }
        let ty = self.new_tree_type(inst, roots, cx)?;
        if let Some(ty) = ty {
            self.learned.borrow_mut().trees.insert(key, ty);
        }
        Ok(ty)
    }

    fn new_tree_type(
        &self,
        inst: &Instance,
        roots: &[&Fields],
        cx: &mut Ctx,
    ) -> Result<Option<Ty>> {
        // The first field that links to objects nesting through it.
        let mut found = None;
        for (name, value) in roots.iter().flat_map(|o| o.iter()) {
            let name = name.as_deref().expect("checked: named fields");
            if objects(value).is_none_or(|o| o.is_empty()) {
                continue;
            }
            if let Some((members, true)) = family(roots, name) {
                found = Some((name.to_string(), members));
                break;
            }
        }
        let Some((link, members)) = found else {
            return Ok(self.known_tree_node(roots));
        };
        // Field → (joined type of its non-nullish values, seen null, seen undefined/missing).
        let mut fields: Vec<(String, Option<Ty>, bool, bool)> = Vec::new();
        for member in &members {
            for (name, value) in member.iter() {
                let name = name.clone().expect("checked: named fields");
                if !fields.iter().any(|f| f.0 == name) {
                    fields.push((name.clone(), None, false, false));
                }
                if name == link {
                    continue;
                }
                let entry_at = fields.iter().position(|f| f.0 == name).expect("pushed");
                let v = match &value.kind {
                    ExprKind::Undefined => {
                        fields[entry_at].3 = true;
                        continue;
                    }
                    // An array of no element type here: the record cannot be typed from it.
                    ExprKind::Array(items) if items.is_empty() => return Ok(None),
                    _ => match self.value_opt(inst, value, cx) {
                        Ok(v) => v,
                        Err(_) => return Ok(None),
                    },
                };
                let entry = &mut fields[entry_at];
                let (t, nullish) = match v.ty {
                    Ty::Null => {
                        entry.2 = true;
                        continue;
                    }
                    Ty::Opt(o) => (o.base(), Some(o.undefined)),
                    t => (t, None),
                };
                match nullish {
                    Some(true) => entry.3 = true,
                    Some(false) => entry.2 = true,
                    None => {}
                }
                entry.1 = match entry.1 {
                    None => Some(t),
                    Some(a) if a == t => Some(a),
                    // Values of different types: not a family dx can type this way.
                    Some(_) => return Ok(None),
                };
            }
        }
        for f in fields.iter_mut() {
            if members.iter().any(|m| field(m, &f.0).is_none()) {
                f.3 = true;
            }
        }
        let id = self.types.borrow_mut().reserve_record();
        let mut list = Vec::new();
        for (name, ty, null, undefined) in fields {
            let ty = if name == link {
                Some(self.types.borrow_mut().array(Ty::Rec(id)))
            } else {
                ty
            };
            let ty = match (ty, null, undefined) {
                (None, ..) | (_, true, true) => {
                    self.types.borrow_mut().define_record(id, Vec::new());
                    return Ok(None);
                }
                (Some(t), false, false) => t,
                (Some(t), null, _) => match t.nullable(!null) {
                    Some(t) => t,
                    None => {
                        self.types.borrow_mut().define_record(id, Vec::new());
                        return Ok(None);
                    }
                },
            };
            list.push((name, ty));
        }
        self.types.borrow_mut().define_record(id, list);
        Ok(Some(Ty::Rec(id)))
    }
}
