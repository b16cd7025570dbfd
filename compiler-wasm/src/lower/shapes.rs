//! The element type of an array literal whose items differ: records of different shapes
//! (`[{ id: 1, team: "Red" }, { id: 2 }]`, a field missing in some items or `null` in some)
//! and primitives mixed with `null` (`[3, null, 5]`). A field missing from some items is
//! `T | undefined`, one that is `null` in some is `T | null` (docs/values.md). And a short
//! literal of items of different types (`[key, count]`, `[name, user]`): a tuple.

use oxc_span::Span;

use super::expr::Ctx;
use super::plan::{GExpr, GKind, GStmt, Ty};
use super::{Instance, Lowerer};
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{ExprKind, Item};

impl Lowerer<'_> {
    /// The element type of `items` when they differ as above; `None` when the first item's
    /// type is every item's type (the usual case, lowered as before).
    pub(crate) fn mixed_element_type(
        &self,
        inst: &Instance,
        items: &[Item],
        cx: &mut Ctx,
        span: Span,
    ) -> Result<Option<Ty>> {
        if items.len() < 2 || items.iter().any(|i| i.spread) {
            return Ok(None);
        }
        let objects: Option<Vec<&Vec<(Option<String>, crate::ir::Expr)>>> = items
            .iter()
            .map(|i| match &i.value.kind {
                ExprKind::Object(fields) if fields.iter().all(|(n, _)| n.is_some()) => Some(fields),
                _ => None,
            })
            .collect();
        match objects {
            Some(objects) => self.merged_record(inst, &objects, cx, span),
            None => {
                let nullish = |k: &ExprKind| matches!(k, ExprKind::Null | ExprKind::Undefined);
                if !items.iter().any(|i| nullish(&i.value.kind)) {
                    return Ok(None);
                }
                let mut ty = None;
                for item in items {
                    let v = self.value_opt(inst, &item.value, cx)?;
                    let t = if matches!(item.value.kind, ExprKind::Undefined) {
                        None
                    } else {
                        Some(v.ty)
                    };
                    ty = match (ty, t) {
                        (None, t) => t,
                        (Some(a), Some(b)) => Some(self.join(a, b).ok_or_else(|| {
                            mixed(span, format!("a {} and a {}", a.name(), b.name()))
                        })?),
                        (a, None) => a,
                    };
                }
                let undefined = items
                    .iter()
                    .any(|i| matches!(i.value.kind, ExprKind::Undefined));
                Ok(match ty {
                    Some(Ty::Null) | None => None,
                    Some(t) if undefined => Some(
                        t.repr()
                            .nullable(true)
                            .filter(|_| !matches!(t, Ty::Opt(_)))
                            .ok_or_else(|| mixed(span, "`null` and `undefined`".into()))?,
                    ),
                    Some(t) => Some(t),
                })
            }
        }
    }

    /// The tuple type of a literal of two or three items of different, known types (`[p.id,
    /// p]`, `[label, 3]`: a pair for `Object.fromEntries` or `new Map`), which JavaScript
    /// keeps as an array; `None` when the items share a type or one is not known here.
    pub(crate) fn tuple_type(
        &self,
        inst: &Instance,
        items: &[Item],
        cx: &mut Ctx,
    ) -> Result<Option<Ty>> {
        if !(2..=3).contains(&items.len()) || items.iter().any(|i| i.spread) {
            return Ok(None);
        }
        let held_from = self.pending_held.borrow().len();
        let mut types = Vec::new();
        for item in items {
            // An item typed only by the others (`[]` of `[[1], []]`) is no tuple's.
            let v = self.value_opt(inst, &item.value, cx);
            let Ok(v) = v else {
                self.pending_held.borrow_mut().truncate(held_from);
                return Ok(None);
            };
            if v.ty == Ty::Null || v.ty == Ty::Event || super::nullable::has_placeholder(&v) {
                self.pending_held.borrow_mut().truncate(held_from);
                return Ok(None);
            }
            types.push(v.ty);
        }
        self.pending_held.borrow_mut().truncate(held_from);
        if types.iter().all(|t| *t == types[0]) {
            return Ok(None);
        }
        let fields = (0..types.len())
            .map(crate::types::tuple_field)
            .zip(types)
            .collect();
        Ok(Some(self.types.borrow_mut().record(fields)))
    }

    /// The record type of object literals whose fields differ; `None` when all have the same
    /// fields and none is `null`.
    fn merged_record(
        &self,
        inst: &Instance,
        objects: &[&Vec<(Option<String>, crate::ir::Expr)>],
        cx: &mut Ctx,
        span: Span,
    ) -> Result<Option<Ty>> {
        let names = |o: &Vec<(Option<String>, crate::ir::Expr)>| -> Vec<String> {
            let mut n: Vec<String> = o.iter().filter_map(|(n, _)| n.clone()).collect();
            n.sort();
            n
        };
        let same_fields = objects.iter().all(|o| names(o) == names(objects[0]));
        let any_null = objects.iter().flat_map(|o| o.iter()).any(|(_, v)| {
            matches!(v.kind, ExprKind::Null | ExprKind::Undefined) || is_empty_array(v)
        });
        if same_fields && !any_null {
            return Ok(None);
        }
        // Field → (joined type of its non-nullish values, seen `null`, seen `undefined` or
        // missing), in first-seen order.
        let mut fields: Vec<(String, Option<Ty>, bool, bool)> = Vec::new();
        for object in objects {
            for (name, value) in object.iter() {
                let name = name.clone().expect("checked: named fields");
                let at = match fields.iter().position(|f| f.0 == name) {
                    Some(i) => i,
                    None => {
                        fields.push((name.clone(), None, false, false));
                        fields.len() - 1
                    }
                };
                // `tags: []` says nothing of the items: the other items' `tags` tell.
                if is_empty_array(value) {
                    continue;
                }
                let v = self.value_opt(inst, value, cx)?;
                let entry = &mut fields[at];
                match (&value.kind, v.ty) {
                    (ExprKind::Undefined, _) => entry.3 = true,
                    (_, Ty::Null) => entry.2 = true,
                    (_, t) => {
                        let (t, nullish) = match t {
                            Ty::Opt(o) => (o.base(), Some(o.undefined)),
                            t => (t, None),
                        };
                        match nullish {
                            Some(true) => entry.3 = true,
                            Some(false) => entry.2 = true,
                            None => {}
                        }
                        entry.1 = Some(match entry.1 {
                            None => t,
                            Some(a) if a == t => a,
                            Some(a) => {
                                return Err(mixed(
                                    value.span,
                                    format!("field `{name}` is a {} and a {}", a.name(), t.name()),
                                ));
                            }
                        });
                    }
                }
            }
        }
        for f in fields.iter_mut() {
            if objects
                .iter()
                .any(|o| !o.iter().any(|(n, _)| n.as_deref() == Some(f.0.as_str())))
            {
                f.3 = true;
            }
        }
        let mut list = Vec::new();
        for (name, ty, null, undefined) in fields {
            let Some(ty) = ty else {
                return Err(mixed(
                    span,
                    format!(
                        "field `{name}` is only ever `null`, `[]` or missing, so its type is not known"
                    ),
                ));
            };
            let empty = objects.iter().any(|o| {
                o.iter()
                    .any(|(n, v)| n.as_deref() == Some(name.as_str()) && is_empty_array(v))
            });
            if empty && !matches!(ty, Ty::Arr(_)) {
                return Err(mixed(
                    span,
                    format!(
                        "field `{name}` is `[]` in some items and a {} in others",
                        ty.name()
                    ),
                ));
            }
            let ty = match (null, undefined) {
                (false, false) => ty,
                (true, true) => {
                    return Err(mixed(
                        span,
                        format!("field `{name}` is `null` in some items and missing in others"),
                    )
                    .with_hint("use one of them in every item: `null`, or leave the field out"));
                }
                (null, _) => ty.nullable(!null).expect("a base type"),
            };
            list.push((name, ty));
        }
        Ok(Some(self.types.borrow_mut().record(list)))
    }
}

impl Lowerer<'_> {
    /// `v` as a value of type `want` when the two differ only in shape (see docs/values.md):
    /// - a record where a record with more fields is wanted (an action object passed to a
    ///   reducer whose parameter has the fields of every action, see `Types::record_union`):
    ///   a new record with its fields, `undefined` for those it lacks;
    /// - `T` where `T | null` / `T | undefined` is wanted: the same value;
    /// - with `checked`, `T | undefined` where `T` is wanted (a reducer returning
    ///   `{ ...state, plan: action.plan }`, where only some actions have `plan`): the value,
    ///   and a run-time error if it is nullish (reading it as `T` later would throw in
    ///   JavaScript). Only where the value is stored as state or returned;
    /// - arrays and records of such values, element by element and field by field (a copy).
    ///
    /// `None` when no such conversion exists.
    pub(crate) fn value_as(
        &self,
        v: GExpr,
        want: Ty,
        checked: bool,
        cx: &mut Ctx,
    ) -> Option<GExpr> {
        if v.ty == want {
            return Some(v);
        }
        // Types that contain themselves (`trees.rs`) would convert without end.
        if self.value_as_depth.get() > 32 {
            return None;
        }
        self.value_as_depth.set(self.value_as_depth.get() + 1);
        let converted = self.value_as_inner(v, want, checked, cx);
        self.value_as_depth.set(self.value_as_depth.get() - 1);
        converted
    }

    fn value_as_inner(&self, v: GExpr, want: Ty, checked: bool, cx: &mut Ctx) -> Option<GExpr> {
        match (v.ty, want) {
            (Ty::Opt(o), t) if o.base() == t && checked => {
                Some(self.if_some(v, t, |s| s, g(GKind::Trap, t)))
            }
            (t, Ty::Opt(o)) if o.base() == t => Some(g(GKind::Wrap(Box::new(v)), want)),
            // A field that is always nullish (`error: null`) where a nullable value is wanted.
            (Ty::Null, Ty::Opt(_)) if matches!(v.kind, GKind::Null | GKind::Field(..)) => {
                Some(g(GKind::Null, want))
            }
            (Ty::Arr(have), Ty::Arr(wanted)) => self.elements_as(v, have, wanted, checked, cx),
            (Ty::Rec(have), Ty::Rec(wanted)) => self.fields_as(v, have, wanted, checked, cx),
            _ => None,
        }
    }

    /// An array whose elements convert (see [`Self::value_as`]). Elements of a type and of
    /// its nullable type share their representation, so such an array is the same array
    /// (still shared, as in JavaScript), checked when `checked`; others are copied.
    fn elements_as(
        &self,
        v: GExpr,
        have: u32,
        wanted: u32,
        checked: bool,
        cx: &mut Ctx,
    ) -> Option<GExpr> {
        let (from, to) = {
            let types = self.types.borrow();
            (types.elem(have), types.elem(wanted))
        };
        let want = Ty::Arr(wanted);
        let locals = cx.scratch_locals();
        let elem = locals.fresh(from);
        let index = locals.fresh(Ty::Num);
        if matches!(to, Ty::Opt(o) if o.base() == from) {
            return Some(g(GKind::Wrap(Box::new(v)), want));
        }
        if matches!(from, Ty::Opt(o) if o.base() == to) {
            if !checked {
                return None;
            }
            // Every element is there, else a run-time error.
            let mark = self.pending_held.borrow().len();
            let array = self.held(v, cx);
            let present = self.if_some(
                g(GKind::Local(elem), from),
                Ty::Bool,
                |_| g(GKind::Bool(true), Ty::Bool),
                g(GKind::Bool(false), Ty::Bool),
            );
            let every = g(
                GKind::Each(Box::new(super::plan::Each {
                    kind: super::plan::EachKind::Every,
                    array: array.clone(),
                    elem,
                    index,
                    acc: None,
                    body: vec![GStmt::Return {
                        value: Some(present),
                    }],
                    result: Ty::Bool,
                })),
                Ty::Bool,
            );
            let checked = g(
                GKind::Cond(
                    Box::new(every),
                    Box::new(g(GKind::Wrap(Box::new(array)), want)),
                    Box::new(g(GKind::Trap, want)),
                ),
                want,
            );
            let lets: Vec<GStmt> = self.pending_held.borrow_mut().drain(mark..).collect();
            return Some(checked.after(lets));
        }
        // An array of no known items (`[]` given to a field, `past` in `[...past, present]`):
        // its items are nullish where a nullable type is wanted; where a value is wanted there
        // is none to convert in an array only ever given `[]`, and any other
        // (`xs.map(() => null)`) stops with a run-time error, never a wrong value.
        let value = if from == Ty::Null && to != Ty::Null {
            match to {
                Ty::Opt(_) => g(GKind::Null, to),
                _ => g(GKind::Trap, to),
            }
        } else {
            self.value_as(g(GKind::Local(elem), from), to, checked, cx)?
        };
        Some(g(
            GKind::Each(Box::new(super::plan::Each {
                kind: super::plan::EachKind::Map,
                array: v,
                elem,
                index,
                acc: None,
                body: vec![GStmt::Return { value: Some(value) }],
                result: to,
            })),
            want,
        ))
    }

    /// A record whose fields convert, and lacks only fields that may be `undefined` (see
    /// [`Self::value_as`]): a new record.
    fn fields_as(
        &self,
        v: GExpr,
        have: u32,
        wanted: u32,
        checked: bool,
        cx: &mut Ctx,
    ) -> Option<GExpr> {
        let (from, to) = {
            let types = self.types.borrow();
            (types.fields(have).to_vec(), types.fields(wanted).to_vec())
        };
        if from.iter().any(|(n, _)| !to.iter().any(|(m, _)| m == n)) {
            return None;
        }
        let mark = self.pending_held.borrow().len();
        let object = self.held(v, cx);
        let mut values = Vec::new();
        for (name, t) in &to {
            let value = match from.iter().position(|(n, _)| n == name) {
                Some(k) => {
                    match (from[k].1, *t) {
                        (Ty::Null, Ty::Null) | (Ty::Null, Ty::Opt(_)) => {}
                        (Ty::Null, other) | (other, Ty::Null) => self.learn_null_field(name, other),
                        (Ty::Arr(a), Ty::Arr(b)) => {
                            let (a, b) = {
                                let types = self.types.borrow();
                                (types.elem(a), types.elem(b))
                            };
                            match (a, b) {
                                (Ty::Null, Ty::Null) => {}
                                (Ty::Null, _) => self.learn_empty_field(name, *t),
                                (_, Ty::Null) => self.learn_empty_field(name, from[k].1),
                                _ => {}
                            }
                        }
                        _ => {}
                    }
                    let field = g(GKind::Field(Box::new(object.clone()), k), from[k].1);
                    self.value_as(field, *t, checked, cx)
                }
                None if matches!(t, Ty::Opt(o) if o.undefined) => Some(g(GKind::Null, *t)),
                None => None,
            };
            match value {
                Some(value) => values.push(value),
                None => {
                    self.pending_held.borrow_mut().truncate(mark);
                    return None;
                }
            }
        }
        let want = Ty::Rec(wanted);
        let record = g(GKind::NewRecord(values), want);
        let lets: Vec<GStmt> = self.pending_held.borrow_mut().drain(mark..).collect();
        Some(record.after(lets))
    }
}

impl Lowerer<'_> {
    /// A field typed `null` by a literal (`error: null`, `Hints::field_types`) is given a value
    /// of type `given`: the field's type is `given` or nullish, for the next attempt.
    /// A field given `[]` by a literal (`items: []`) is given an array of a known type: the
    /// field's type, for the next attempt.
    fn learn_empty_field(&self, name: &str, given: Ty) {
        if !self.types.borrow().contains(given, Ty::Null) {
            self.learned
                .borrow_mut()
                .field_types
                .insert(name.to_string(), given);
        }
    }

    fn learn_null_field(&self, name: &str, given: Ty) {
        if self.types.borrow().contains(given, Ty::Null) {
            return;
        }
        let mut learned = self.learned.borrow_mut();
        let undefined = learned
            .unknown_fields
            .iter()
            .any(|(n, undefined)| n == name && *undefined);
        if let Some(ty) = given.repr().nullable(undefined) {
            learned.field_types.insert(name.to_string(), ty);
        }
    }
}

fn g(kind: GKind, ty: Ty) -> GExpr {
    GExpr { kind, ty }
}

/// `[]`: an array literal that says nothing of its items' type.
fn is_empty_array(e: &crate::ir::Expr) -> bool {
    matches!(&e.kind, ExprKind::Array(items) if items.is_empty())
}

fn mixed(span: Span, what: String) -> Diagnostic {
    Diagnostic::new(
        Code::UnsupportedType,
        span,
        format!("the items of this array differ: {what}"),
    )
}
