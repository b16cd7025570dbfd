//! Arrays and records: literals, fields, indexing and array methods. Callbacks of array
//! methods (`items.filter(t => !t.done)`) are inlined into the loop that calls them.

use std::rc::Rc;

use oxc_span::Span;

use super::expr::{Ctx, Returns};
use super::plan::{ArrayOp, Each, EachKind, GExpr, GKind, GStmt, Ty};
use super::{Instance, Lowerer};
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{Expr, ExprKind, Item, LogicalOp};

fn g(kind: GKind, ty: Ty) -> GExpr {
    GExpr { kind, ty }
}

impl Lowerer<'_> {
    /// How `ty` is written in messages.
    pub(crate) fn show(&self, ty: Ty) -> String {
        self.types.borrow().show(ty)
    }

    fn mismatch(&self, span: Span, expected: Ty, found: Ty) -> Diagnostic {
        Diagnostic::new(
            Code::TypeMismatch,
            span,
            format!(
                "expected {}, found {}",
                self.show(expected),
                self.show(found)
            ),
        )
    }

    /// Lowers `e` where a value of type `ty` is expected: empty arrays and object literals
    /// take their type from it.
    pub(crate) fn expr_as(&self, inst: &Instance, e: &Expr, ty: Ty, cx: &mut Ctx) -> Result<GExpr> {
        // A nullable type: a literal of its base, or any value that fits (`null`, a base
        // value, a nullable value).
        if let Ty::Opt(o) = ty {
            let v = match &e.kind {
                ExprKind::Array(_) | ExprKind::Object(_) => self.expr_as(inst, e, o.base(), cx)?,
                ExprKind::Undefined if o.undefined => g(GKind::Null, ty),
                ExprKind::Typed(inner, x) => self.expr_as(inst, x, *inner, cx)?,
                ExprKind::Cond(t, a, b) => {
                    let t = self.condition(inst, t, cx)?;
                    let a = self.expr_as(inst, a, ty, cx)?;
                    let b = self.expr_as(inst, b, ty, cx)?;
                    g(GKind::Cond(Box::new(t), Box::new(a), Box::new(b)), ty)
                }
                _ => self.expr_raw(inst, e, cx)?,
            };
            return self
                .fit(v.clone(), ty)
                .ok_or_else(|| self.mismatch(e.span, ty, v.ty));
        }
        let v = match &e.kind {
            ExprKind::Array(items) => self.array_literal(inst, items, Some(ty), cx, e.span)?,
            ExprKind::Object(fields) => self.object_literal(inst, fields, Some(ty), cx, e.span)?,
            ExprKind::NewCollection {
                kind,
                source,
                ty: written,
            } => self.new_collection(
                inst,
                *kind,
                source.as_deref(),
                written.or(Some(ty)),
                cx,
                e.span,
            )?,
            ExprKind::WithKey { object, key, value } if matches!(ty, Ty::Rec(_)) => {
                self.with_key(inst, object, key, value, Some(ty), cx, e.span)?
            }
            ExprKind::Typed(inner, x) => self.expr_as(inst, x, *inner, cx)?,
            ExprKind::Undefined if matches!(ty, Ty::Rec(_)) => g(GKind::Null, ty),
            ExprKind::Cond(t, a, b) => {
                let t = self.condition(inst, t, cx)?;
                let a = self.expr_as(inst, a, ty, cx)?;
                let b = self.expr_as(inst, b, ty, cx)?;
                g(GKind::Cond(Box::new(t), Box::new(a), Box::new(b)), ty)
            }
            ExprKind::Logical(op @ (LogicalOp::And | LogicalOp::Or), a, b) if ty.is_heap() => {
                let a = self.expr_as(inst, a, ty, cx)?;
                let b = self.expr_as(inst, b, ty, cx)?;
                g(GKind::Logical(*op, Box::new(a), Box::new(b)), ty)
            }
            ExprKind::Builtin {
                name,
                receiver: None,
                args,
            } if name == "JSON.parse" && args.len() == 1 => {
                if !ty.is_heap() && ty != Ty::Num && ty != Ty::Str && ty != Ty::Bool {
                    return Err(self.mismatch(e.span, ty, ty));
                }
                let text = self.expr(inst, &args[0], cx)?;
                if text.ty != Ty::Str {
                    return Err(self.mismatch(args[0].span, Ty::Str, text.ty));
                }
                if self.types.borrow().contains_dict(ty) {
                    return Err(Diagnostic::new(
                        Code::UnsupportedCall,
                        e.span,
                        "`JSON.parse` into an object of keys known only at run time is not supported yet",
                    )
                    .with_hint("parse into an object type with its fields listed"));
                }
                g(GKind::FromJson(Box::new(text)), ty)
            }
            _ => self.expr(inst, e, cx)?,
        };
        if v.ty != ty {
            // A discovery attempt goes on with what the context expects (see `lower::lower`).
            if self.discovery && super::nullable::is_placeholder(&v) {
                return Ok(g(GKind::Trap, ty));
            }
            // A record with some of the wanted fields, an array with (non-)nullable elements.
            let found = v.ty;
            if let Some(converted) = self.value_as(v, ty, false, cx) {
                return Ok(converted);
            }
            return Err(self.mismatch(e.span, ty, found));
        }
        Ok(v)
    }

    /// `[a, ...b]`.
    pub(crate) fn array_literal(
        &self,
        inst: &Instance,
        items: &[Item],
        expected: Option<Ty>,
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        let tuple = match expected {
            Some(Ty::Rec(id)) => {
                let fields = self.types.borrow().fields(id).to_vec();
                crate::types::is_tuple(&fields).then_some((id, fields))
            }
            _ => None,
        };
        // Objects that nest themselves (a forest: `[{ label, children: [...] }, …]`).
        if expected.is_none()
            && let Some(roots) = items
                .iter()
                .map(|i| match &i.value.kind {
                    ExprKind::Object(f) if !i.spread => Some(f.as_slice()),
                    _ => None,
                })
                .collect::<Option<Vec<_>>>()
            && let Some(node) = self.tree_type(inst, &roots, cx, span)?
        {
            let ty = self.types.borrow_mut().array(node);
            return self.array_literal(inst, items, Some(ty), cx, span);
        }
        let (ty, elem) = match expected {
            Some(Ty::Arr(id)) => (Ty::Arr(id), self.types.borrow().elem(id)),
            // `["A", "B"]` where a tuple `[Peg, Peg]` is expected: the record of its items.
            Some(Ty::Rec(id))
                if let Some((_, fields)) = &tuple
                    && fields.len() == items.len()
                    && items.iter().all(|i| !i.spread) =>
            {
                let mut values = Vec::new();
                for (item, (_, t)) in items.iter().zip(fields) {
                    values.push(self.expr_as(inst, &item.value, *t, cx)?);
                }
                return Ok(g(GKind::NewRecord(values), Ty::Rec(id)));
            }
            Some(other) => {
                return Err(Diagnostic::new(
                    Code::TypeMismatch,
                    span,
                    format!("expected {}, found an array", self.show(other)),
                ));
            }
            None if let Some(elem) = self.mixed_element_type(inst, items, cx, span)? => {
                (self.types.borrow_mut().array(elem), elem)
            }
            None if let Some(tuple) = self.tuple_type(inst, items, cx)? => {
                return self.array_literal(inst, items, Some(tuple), cx, span);
            }
            None => {
                let Some(first) = items.first() else {
                    return Err(Diagnostic::new(
                        Code::EmptyArrayType,
                        span,
                        "the type of this empty array is not known",
                    ));
                };
                let mut v = self.value_opt(inst, &first.value, cx)?;
                let mut first = first;
                // A discovery attempt takes the type from the first item it could type.
                if self.discovery && super::nullable::has_placeholder(&v) {
                    for item in &items[1..] {
                        let w = self.value_opt(inst, &item.value, cx)?;
                        if !super::nullable::has_placeholder(&w) {
                            (v, first) = (w, item);
                            break;
                        }
                    }
                }
                if v.ty == Ty::Null && !self.discovery {
                    return Err(super::nullable::untyped_null(first.value.span));
                }
                let elem = match (first.spread, v.ty) {
                    (true, Ty::Arr(id)) => self.types.borrow().elem(id),
                    (true, t) if self.collection(t).is_some() => {
                        self.iterated_elem(t).expect("a collection is iterable")
                    }
                    (true, other) => {
                        return Err(Diagnostic::new(
                            Code::TypeMismatch,
                            first.value.span,
                            format!("only arrays can be spread here, not {}", self.show(other)),
                        ));
                    }
                    (false, Ty::Event) => {
                        return Err(Diagnostic::new(
                            Code::EventOutsideHandler,
                            first.value.span,
                            "an event cannot be stored",
                        ));
                    }
                    (false, t) => t,
                };
                // `[...past, present]` where `past` is an array of no known items yet (a
                // field given `[]`): the other items tell the type.
                let elem = if elem == Ty::Null && first.spread {
                    let held_from = self.pending_held.borrow().len();
                    let mut found = elem;
                    for item in &items[1..] {
                        let w = self.value_opt(inst, &item.value, cx)?;
                        let t = match (item.spread, w.ty) {
                            (true, Ty::Arr(id)) => self.types.borrow().elem(id),
                            (true, _) => Ty::Null,
                            (false, t) => t,
                        };
                        if t != Ty::Null && !super::nullable::has_placeholder(&w) {
                            found = t;
                            break;
                        }
                    }
                    self.pending_held.borrow_mut().truncate(held_from);
                    found
                } else {
                    elem
                };
                (self.types.borrow_mut().array(elem), elem)
            }
        };
        let mut out = Vec::new();
        for item in items {
            let v = if item.spread {
                // `[...set]`, `[...map]`: what JavaScript iterates in them.
                let v = self.expr(inst, &item.value, cx)?;
                if self.collection(v.ty).is_some() {
                    let v = self.iterable_array(v, cx)?;
                    if v.ty != ty {
                        return Err(self.mismatch(item.value.span, ty, v.ty));
                    }
                    v
                } else {
                    self.expr_as(inst, &item.value, ty, cx)?
                }
            } else {
                self.expr_as(inst, &item.value, elem, cx)?
            };
            out.push((item.spread, v));
        }
        Ok(g(GKind::NewArray(out), ty))
    }

    /// `{ a: 1, ...o }`. Fields are evaluated in layout (name) order.
    pub(crate) fn object_literal(
        &self,
        inst: &Instance,
        fields: &[(Option<String>, Expr)],
        expected: Option<Ty>,
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        // Where each field's value comes from, later sources winning (as in JS).
        enum Source {
            Given(GExpr),
            Spread(GExpr, usize),
        }
        // Data that nests itself (`{ name, children: [{ name, children: [] }] }`): one record
        // type that contains itself (`trees.rs`).
        if expected.is_none()
            && let Some(ty) = self.tree_type(inst, &[fields], cx, span)?
        {
            return self.object_literal(inst, fields, Some(ty), cx, span);
        }
        // A dictionary: wanted here, or the object spread first is one (`{ ...done, a: true }`).
        if let Some(ty) = expected.filter(|t| self.dict(*t).is_some()) {
            return self.dict_literal(inst, fields, ty, None, cx, span);
        }
        if expected.is_none()
            && let Some((None, first)) = fields.first()
        {
            let held_from = self.pending_held.borrow().len();
            let v = self.expr(inst, first, cx)?;
            if self.dict(v.ty).is_some() {
                let ty = v.ty;
                return self.dict_literal(inst, &fields[1..], ty, Some(v), cx, span);
            }
            self.pending_held.borrow_mut().truncate(held_from);
        }
        let expected_fields = match expected {
            Some(Ty::Rec(id)) => Some(self.types.borrow().fields(id).to_vec()),
            Some(other) => {
                return Err(Diagnostic::new(
                    Code::TypeMismatch,
                    span,
                    format!("expected {}, found an object", self.show(other)),
                ));
            }
            None => None,
        };
        let mut sources: Vec<(String, Source)> = Vec::new();
        // A name given again keeps its place (JavaScript's key order: `{ ...u, tags }` has
        // `tags` where `u` has it) and takes the later value.
        let set = |sources: &mut Vec<(String, Source)>, name: &str, source: Source| match sources
            .iter_mut()
            .find(|(n, _)| n == name)
        {
            Some(slot) => slot.1 = source,
            None => sources.push((name.to_string(), source)),
        };
        // Values put in locals for this literal (see `held`) are assigned before it is built.
        let held_from = self.pending_held.borrow().len();
        for (name, value) in fields {
            match name {
                Some(name) => {
                    let want = expected_fields
                        .as_ref()
                        .map(|f| f.iter().find(|(n, _)| n == name).map(|(_, t)| *t));
                    let v = match want {
                        Some(None) => {
                            return Err(Diagnostic::new(
                                Code::TypeMismatch,
                                value.span,
                                format!(
                                    "`{name}` is not a field of {}",
                                    self.show(expected.expect("expected"))
                                ),
                            ));
                        }
                        Some(Some(t)) => self.expr_as(inst, value, t, cx)?,
                        None => {
                            // `items: []` takes the type other values of the field have.
                            if matches!(&value.kind, ExprKind::Array(items) if items.is_empty()) {
                                let v = match self.hints.field_types.get(name) {
                                    Some(&t) => self.expr_as(inst, value, t, cx)?,
                                    None => {
                                        let mut learned = self.learned.borrow_mut();
                                        learned.unknown_fields.push((name.clone(), false));
                                        learned.unknown_empty_fields.push(value.span);
                                        drop(learned);
                                        let ty = self.types.borrow_mut().array(Ty::Null);
                                        g(GKind::NewArray(Vec::new()), ty)
                                    }
                                };
                                set(&mut sources, name, Source::Given(v));
                                continue;
                            }
                            let v = self.expr_raw(inst, value, cx)?;
                            // `error: null`: the type another value of the field has
                            // (`Hints::field_types`), else `null` for now.
                            let nullish = match value.kind {
                                ExprKind::Null => Some(false),
                                ExprKind::Undefined => Some(true),
                                _ => None,
                            };
                            let v = match (nullish, self.hints.field_types.get(name)) {
                                (Some(_), Some(&t)) => self.expr_as(inst, value, t, cx)?,
                                (Some(undefined), None) => {
                                    self.learned
                                        .borrow_mut()
                                        .unknown_fields
                                        .push((name.clone(), undefined));
                                    v
                                }
                                _ => v,
                            };
                            if v.ty == Ty::Null && !self.discovery && nullish.is_none() {
                                return Err(super::nullable::untyped_null(value.span));
                            }
                            if v.ty == Ty::Event {
                                return Err(Diagnostic::new(
                                    Code::EventOutsideHandler,
                                    value.span,
                                    "an event cannot be stored",
                                ));
                            }
                            v
                        }
                    };
                    set(&mut sources, name, Source::Given(v));
                }
                None => {
                    let v = self.expr(inst, value, cx)?;
                    let Ty::Rec(id) = v.ty else {
                        return Err(Diagnostic::new(
                            Code::TypeMismatch,
                            value.span,
                            format!("only objects can be spread here, not {}", self.show(v.ty)),
                        ));
                    };
                    // Each of its fields reads it: a computed value is put in a local first,
                    // after the values of the fields written before it (JavaScript's order).
                    let v = if is_simple(&v) {
                        v
                    } else {
                        for (_, source) in sources.iter_mut() {
                            if let Source::Given(earlier) = source {
                                *earlier = self.held(earlier.clone(), cx);
                            }
                        }
                        self.held(v, cx)
                    };
                    let names: Vec<String> = self
                        .types
                        .borrow()
                        .fields(id)
                        .iter()
                        .map(|(n, _)| n.clone())
                        .collect();
                    for (k, n) in names.iter().enumerate() {
                        set(&mut sources, n, Source::Spread(v.clone(), k));
                    }
                }
            }
        }
        let field_type = |s: &Source, types: &crate::types::Types| match s {
            Source::Given(v) => v.ty,
            Source::Spread(v, k) => match v.ty {
                Ty::Rec(id) => types.fields(id)[*k].1,
                _ => unreachable!("spreads are records"),
            },
        };
        let ty = match expected {
            Some(t) => t,
            None => {
                let mut types = self.types.borrow_mut();
                let list = sources
                    .iter()
                    .map(|(n, s)| (n.clone(), field_type(s, &types)))
                    .collect();
                types.record(list)
            }
        };
        let Ty::Rec(id) = ty else { unreachable!() };
        let order: Vec<&str> = sources.iter().map(|(n, _)| n.as_str()).collect();
        self.types.borrow_mut().written_in_order(id, &order);
        for (_, source) in &sources {
            if let Source::Spread(
                GExpr {
                    ty: Ty::Rec(from), ..
                },
                _,
            ) = source
            {
                self.types.borrow_mut().inherit_order(*from, id);
            }
        }
        let layout = self.types.borrow().fields(id).to_vec();
        let mut values = Vec::new();
        for (name, want) in &layout {
            let Some((_, source)) = sources.iter().find(|(n, _)| n == name) else {
                // A missing optional field is `undefined`.
                if let Ty::Opt(o) = want
                    && o.undefined
                {
                    values.push(g(GKind::Null, *want));
                    continue;
                }
                return Err(Diagnostic::new(
                    Code::TypeMismatch,
                    span,
                    format!("field `{name}` of {} is missing", self.show(ty)),
                ));
            };
            let found = field_type(source, &self.types.borrow());
            if found != *want {
                return Err(Diagnostic::new(
                    Code::TypeMismatch,
                    span,
                    format!(
                        "field `{name}` should be {}, found {}",
                        self.show(*want),
                        self.show(found)
                    ),
                ));
            }
            values.push(match source {
                Source::Given(v) => v.clone(),
                Source::Spread(v, k) => g(GKind::Field(Box::new(v.clone()), *k), found),
            });
        }
        let record = g(GKind::NewRecord(values), ty);
        let lets: Vec<GStmt> = self.pending_held.borrow_mut().drain(held_from..).collect();
        Ok(record.after(lets))
    }

    /// `object.name`.
    pub(crate) fn field(
        &self,
        inst: &Instance,
        object: &Expr,
        name: &str,
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        let o = self.expr(inst, object, cx)?;
        if name == "size"
            && let Some(size) = self.collection_size(&o)
        {
            return Ok(size);
        }
        if self.dict(o.ty).is_some() {
            return self.dict_get(o, g(GKind::Str(name.into()), Ty::Str), cx, span);
        }
        if self.empty_object_origin(&o).is_some() {
            return Ok(self.empty_object_read(span));
        }
        let Ty::Rec(id) = o.ty else {
            let d = Diagnostic::new(
                Code::UnsupportedMember,
                span,
                format!("`.{name}` of {} is not supported", self.show(o.ty)),
            );
            return Err(if o.ty == Ty::Event {
                d.with_hint("handlers can read `value`, `checked`, `name`, `type`, `id` and `dataset.x` of `e.target` and `e.currentTarget` (not the element itself or its form), and `e.key`")
            } else {
                d
            });
        };
        let Some((index, ty)) = self.types.borrow().field(id, name) else {
            return Err(Diagnostic::new(
                Code::UnsupportedMember,
                span,
                format!("{} has no field `{name}`", self.show(o.ty)),
            ));
        };
        Ok(g(GKind::Field(Box::new(o), index), ty))
    }

    /// `text[i]`: the code unit at `i` as a string, or `undefined` unless `i` is an integer
    /// in `0..text.length` (JavaScript's string indexing; `charAt` would give "" and
    /// truncate `i`).
    fn string_index(&self, text: GExpr, i: GExpr, cx: &mut Ctx) -> GExpr {
        use crate::builtins::{Receiver, lookup};
        use crate::ir::{BinaryOp, LogicalOp};
        let held_from = self.pending_held.borrow().len();
        let text = self.held(text, cx);
        let i = self.held(i, cx);
        let ty = Ty::Str.nullable(true).expect("strings are nullable");
        let binary =
            |op, a: GExpr, b: GExpr| g(GKind::Binary(op, Box::new(a), Box::new(b)), Ty::Bool);
        let and = |a: GExpr, b: GExpr| {
            g(
                GKind::Logical(LogicalOp::And, Box::new(a), Box::new(b)),
                Ty::Bool,
            )
        };
        let trunc = lookup("Math.trunc", Receiver::Global, 1).expect("Math.trunc row");
        let char_at = lookup("charAt", Receiver::Str, 1).expect("charAt row");
        let length = g(GKind::Length(Box::new(text.clone())), Ty::Num);
        let integer = binary(
            BinaryOp::Eq,
            g(
                GKind::Builtin {
                    id: trunc,
                    args: vec![i.clone()],
                },
                Ty::Num,
            ),
            i.clone(),
        );
        let in_range = and(
            binary(BinaryOp::Ge, i.clone(), g(GKind::Num(0.0), Ty::Num)),
            and(binary(BinaryOp::Lt, i.clone(), length), integer),
        );
        let unit = g(
            GKind::Builtin {
                id: char_at,
                args: vec![text, i],
            },
            Ty::Str,
        );
        let value = g(
            GKind::Cond(
                Box::new(in_range),
                Box::new(g(GKind::Wrap(Box::new(unit)), ty)),
                Box::new(g(GKind::Null, ty)),
            ),
            ty,
        );
        let lets: Vec<GStmt> = self.pending_held.borrow_mut().drain(held_from..).collect();
        value.after(lets)
    }

    /// `array[index]`.
    pub(crate) fn index(
        &self,
        inst: &Instance,
        array: &Expr,
        index: &Expr,
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        let a = self.expr(inst, array, cx)?;
        if let Ty::Rec(_) = a.ty {
            let key = self.value(inst, index, cx)?;
            return self.record_index(a, key, cx, span);
        }
        if a.ty == Ty::Str {
            let i = self.number(inst, index, cx, "an index")?;
            return Ok(self.string_index(a, i, cx));
        }
        let Ty::Arr(id) = a.ty else {
            return Err(Diagnostic::new(
                Code::UnsupportedMember,
                span,
                format!("indexing {} is not supported", self.show(a.ty)),
            ));
        };
        let i = self.number(inst, index, cx, "an index")?;
        let elem = self.types.borrow().elem(id);
        Ok(g(GKind::Index(Box::new(a), Box::new(i)), elem))
    }

    /// `out.push(x)` where `out` holds an empty array of no known type yet (`const out = []`,
    /// see `Lowerer::empty_locals`): the array's type is `x`'s, learned for the next attempt.
    /// This attempt stops here, as the array's earlier uses were lowered without that type.
    fn learn_empty_array(
        &self,
        inst: &Instance,
        array: &GExpr,
        elem: Ty,
        pushed: &Expr,
        cx: &mut Ctx,
        span: Span,
    ) -> Result<()> {
        if elem != Ty::Null {
            return Ok(());
        }
        let GKind::Local(local) = array.kind else {
            return Ok(());
        };
        let Some(&(_, key, _)) = self
            .empty_locals
            .borrow()
            .iter()
            .rev()
            .find(|(l, _, _)| *l == local)
        else {
            return Ok(());
        };
        let v = self.value_opt(inst, pushed, cx)?;
        let typed = !self.types.borrow().contains(v.ty, Ty::Null) && v.ty != Ty::Null;
        if typed {
            let ty = self.types.borrow_mut().array(v.ty);
            self.learned.borrow_mut().empty_arrays.insert(key, ty);
        }
        Err(Diagnostic::new(
            Code::EmptyArrayType,
            span,
            "the type of this empty array is not known",
        ))
    }

    /// A method call on an array.
    pub(crate) fn array_method(
        &self,
        inst: &Instance,
        array: GExpr,
        name: &str,
        args: &[Expr],
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        let Ty::Arr(id) = array.ty else {
            unreachable!("called on arrays")
        };
        let ty = array.ty;
        let elem = self.types.borrow().elem(id);
        let arity = |n: std::ops::RangeInclusive<usize>| -> Result<()> {
            if n.contains(&args.len()) {
                Ok(())
            } else {
                Err(Diagnostic::new(
                    Code::UnsupportedCall,
                    span,
                    format!(
                        "`.{name}()` takes {:?} argument(s) here, not {}",
                        n,
                        args.len()
                    ),
                ))
            }
        };
        let each_kind = match name {
            "map" => Some(EachKind::Map),
            "filter" => Some(EachKind::Filter),
            "find" => Some(EachKind::Find),
            "findIndex" => Some(EachKind::FindIndex),
            "some" => Some(EachKind::Some),
            "every" => Some(EachKind::Every),
            "forEach" => Some(EachKind::ForEach),
            "reduce" => Some(EachKind::Reduce),
            _ => None,
        };
        if let Some(kind) = each_kind {
            return self.each(inst, array, kind, args, cx, span);
        }
        let op = |op: ArrayOp, rest: Vec<GExpr>, ty: Ty| {
            let mut all = vec![array.clone()];
            all.extend(rest);
            Ok(g(GKind::ArrayOp(op, all), ty))
        };
        match name {
            "push" | "unshift" => {
                arity(1..=1)?;
                self.learn_empty_array(inst, &array, elem, &args[0], cx, span)?;
                let v = self.expr_as(inst, &args[0], elem, cx)?;
                let which = if name == "push" {
                    ArrayOp::Push
                } else {
                    ArrayOp::Unshift
                };
                op(which, vec![v], Ty::Num)
            }
            "pop" | "shift" => {
                arity(0..=0)?;
                let which = if name == "pop" {
                    ArrayOp::Pop
                } else {
                    ArrayOp::Shift
                };
                op(which, vec![], elem)
            }
            "slice" => {
                arity(0..=2)?;
                let mut rest = Vec::new();
                for (k, a) in args.iter().enumerate() {
                    let _ = k;
                    rest.push(self.number(inst, a, cx, "`slice`")?);
                }
                if rest.is_empty() {
                    rest.push(g(GKind::Num(0.0), Ty::Num));
                }
                if rest.len() == 1 {
                    rest.push(g(GKind::Num(f64::INFINITY), Ty::Num));
                }
                op(ArrayOp::Slice, rest, ty)
            }
            "concat" => {
                arity(1..=1)?;
                let other = self.expr_as(inst, &args[0], ty, cx)?;
                op(ArrayOp::Concat, vec![other], ty)
            }
            "splice" => {
                if args.is_empty() {
                    return Err(Diagnostic::new(
                        Code::UnsupportedCall,
                        span,
                        "`.splice()` needs a start index",
                    ));
                }
                let mut rest = vec![self.number(inst, &args[0], cx, "`splice`")?];
                rest.push(match args.get(1) {
                    Some(c) => self.number(inst, c, cx, "`splice`")?,
                    None => g(GKind::Num(f64::INFINITY), Ty::Num),
                });
                for a in args.iter().skip(2) {
                    rest.push(self.expr_as(inst, a, elem, cx)?);
                }
                op(ArrayOp::Splice, rest, ty)
            }
            "indexOf" | "includes" => {
                arity(1..=1)?;
                if elem.is_heap() {
                    return Err(Diagnostic::new(
                        Code::UnsupportedCall,
                        span,
                        format!("`.{name}()` compares numbers, strings or booleans"),
                    )
                    .with_hint("use `.findIndex(x => x.id === id)` or `.some(…)` for objects"));
                }
                let v = self.expr_as(inst, &args[0], elem, cx)?;
                if name == "indexOf" {
                    op(ArrayOp::IndexOf, vec![v], Ty::Num)
                } else {
                    op(ArrayOp::Includes, vec![v], Ty::Bool)
                }
            }
            "join" => {
                arity(0..=1)?;
                if elem.is_heap() {
                    return Err(Diagnostic::new(
                        Code::UnsupportedCall,
                        span,
                        "`.join()` of arrays or objects is not supported",
                    ));
                }
                let sep = match args.first() {
                    Some(a) => self.expr_as(inst, a, Ty::Str, cx)?,
                    None => g(GKind::Str(",".into()), Ty::Str),
                };
                op(ArrayOp::Join, vec![sep], Ty::Str)
            }
            "reverse" => {
                arity(0..=0)?;
                op(ArrayOp::Reverse, vec![], ty)
            }
            "at" => {
                arity(1..=1)?;
                let n = self.number(inst, &args[0], cx, "`at`")?;
                self.array_at(array, n, cx, span)
            }
            "flat" => {
                arity(0..=1)?;
                if let Some(depth) = args.first()
                    && !matches!(depth.kind, ExprKind::Num(d) if d == 1.0)
                {
                    return Err(Diagnostic::new(
                        Code::UnsupportedCall,
                        depth.span,
                        "`.flat()` flattens one level here; other depths are not supported yet",
                    ));
                }
                Ok(self.array_flat(array, cx))
            }
            "flatMap" => {
                let mapped = self.each(inst, array, EachKind::Map, args, cx, span)?;
                Ok(self.array_flat(mapped, cx))
            }
            "sort" | "toSorted" => {
                arity(0..=1)?;
                self.sort(inst, array, args.first(), name == "toSorted", cx, span)
            }
            _ => Err(Diagnostic::new(
                Code::UnsupportedCall,
                span,
                format!("`.{name}()` on an array is not supported yet"),
            )
            .with_hint("see docs/support.md for the array methods dx provides")),
        }
    }

    /// `array.kind(callback[, init])` as a loop with the callback inlined.
    fn each(
        &self,
        inst: &Instance,
        array: GExpr,
        kind: EachKind,
        args: &[Expr],
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        let Ty::Arr(id) = array.ty else {
            unreachable!("called on arrays")
        };
        let elem = self.types.borrow().elem(id);
        let (callback, init) = match (kind, args) {
            (EachKind::Reduce, [cb, init]) => (cb, Some(init)),
            (EachKind::Reduce, [cb]) => (cb, None),
            (EachKind::Reduce, _) => {
                return Err(Diagnostic::new(
                    Code::UnsupportedCall,
                    span,
                    "`reduce` takes a function and an initial value",
                ));
            }
            (_, [cb]) => (cb, None),
            _ => {
                return Err(Diagnostic::new(
                    Code::UnsupportedCall,
                    span,
                    "this array method takes one function",
                ));
            }
        };
        let ExprKind::Lambda(lambda) = &callback.kind else {
            return Err(Diagnostic::new(
                Code::UnsupportedCall,
                callback.span,
                "pass the function in place: `items.map(x => …)`",
            ));
        };
        // `reduce(…, {})`: a dictionary once a key set on the accumulator tells its values'
        // type (`Lowerer::empty_objects`).
        let empty_object = init
            .filter(|e| matches!(&e.kind, ExprKind::Object(f) if f.is_empty()))
            .map(|e| e as *const Expr as usize);
        let learned = empty_object.and_then(|k| self.hints.empty_objects.get(&k).copied());
        // An accumulator parameter's annotation types the initial value
        // (`(acc: Record<string, number>, x) => …, {}`).
        let annotated = lambda.param_types.first().copied().flatten();
        let mut init = match (init, learned.or(annotated)) {
            (Some(e), Some(ty)) => Some(self.expr_as(inst, e, ty, cx)?),
            (init, _) => init.map(|e| self.expr(inst, e, cx)).transpose()?,
        };
        // The array, held in a local when the callback names it (its third parameter) or
        // `reduce` starts from its first element.
        let mut before = Vec::new();
        let mut array = array;
        let first_is_init = kind == EachKind::Reduce && init.is_none();
        if first_is_init || lambda.params.len() > 2 + usize::from(init.is_some()) {
            let local = match lambda.params.get(2 + usize::from(kind == EachKind::Reduce)) {
                Some(&p) => cx.scratch_locals().bind(p, array.ty),
                None => cx.scratch_locals().fresh(array.ty),
            };
            before.push(GStmt::Let {
                local,
                value: array.clone(),
            });
            array = g(GKind::Local(local), array.ty);
        }
        // `xs.reduce(f)`: the first element is the start (none is a TypeError in JavaScript,
        // a run-time error here); the loop goes over the rest, so an index parameter would
        // be off by one: refused.
        let skip_first = first_is_init;
        if first_is_init {
            if lambda.params.len() > 2 {
                return Err(Diagnostic::new(
                    Code::UnsupportedCall,
                    span,
                    "give `reduce` an initial value when its callback reads the index: `xs.reduce((sum, x, i) => …, 0)`",
                ));
            }
            let empty = g(
                GKind::Binary(
                    crate::ir::BinaryOp::Eq,
                    Box::new(g(GKind::ArrayLen(Box::new(array.clone())), Ty::Num)),
                    Box::new(g(GKind::Num(0.0), Ty::Num)),
                ),
                Ty::Bool,
            );
            let first = g(
                GKind::Index(
                    Box::new(array.clone()),
                    Box::new(g(GKind::Num(0.0), Ty::Num)),
                ),
                elem,
            );
            init = Some(g(
                GKind::Cond(
                    Box::new(empty),
                    Box::new(g(GKind::Trap, elem)),
                    Box::new(first),
                ),
                elem,
            ));
        }
        // Outside handlers the callback's locals are scratch locals of the function that
        // evaluates the expression.
        let map = cx.scratch_locals();
        let mut params = lambda.params.iter().copied();
        let acc = match &init {
            Some(init) => {
                let p = params.next();
                let id = match p {
                    Some(p) => map.bind(p, init.ty),
                    None => map.fresh(init.ty),
                };
                if let (Some(key), None) = (empty_object, learned) {
                    self.empty_objects.borrow_mut().push((id, key));
                }
                Some((id, init.clone()))
            }
            None => None,
        };
        let elem_local = match params.next() {
            Some(p) => map.bind(p, elem),
            None => map.fresh(elem),
        };
        let index_local = match params.next() {
            Some(p) => map.bind(p, Ty::Num),
            None => map.fresh(Ty::Num),
        };
        // The array parameter is bound above.
        let _ = params.next();
        if params.next().is_some() {
            return Err(Diagnostic::new(
                Code::UnsupportedCall,
                lambda.span,
                "this callback takes more parameters than JavaScript passes it",
            ));
        }
        let offset = usize::from(acc.is_some());
        for (k, declared) in lambda.param_types.iter().enumerate() {
            let actual = match k.checked_sub(offset) {
                None => acc.as_ref().map(|(_, i)| i.ty).expect("acc"),
                Some(0) => elem,
                Some(_) => Ty::Num,
            };
            if let Some(d) = declared
                && *d != actual
            {
                return Err(self.mismatch(lambda.span, *d, actual));
            }
        }
        let declared = acc.as_ref().map(|(_, i)| i.ty);
        let returns = Returns::new(declared, false);
        let saved = cx.returns.replace(returns.clone());
        let mut body = Vec::new();
        let accumulator = empty_object.filter(|_| learned.or(annotated).is_none());
        if let Some(key) = accumulator {
            self.empty_accumulators.borrow_mut().push(key);
        }
        let result = self.stmts(
            &Rc::new(inst.clone()),
            &lambda.body,
            cx,
            &mut body,
            &mut Vec::new(),
        );
        if accumulator.is_some() {
            self.empty_accumulators.borrow_mut().pop();
        }
        cx.returns = saved;
        result?;
        let r = returns.borrow();
        let result_ty = match (kind, r.ty) {
            (EachKind::ForEach, _) => Ty::Bool,
            (_, Some(t)) if r.any_value => t,
            _ => {
                return Err(Diagnostic::new(
                    Code::TypeMismatch,
                    lambda.span,
                    "this callback must return a value",
                ));
            }
        };
        if result_ty == Ty::Event {
            return Err(Diagnostic::new(
                Code::EventOutsideHandler,
                lambda.span,
                "an event cannot be stored",
            ));
        }
        let ty = match kind {
            EachKind::Map => self.types.borrow_mut().array(result_ty),
            EachKind::Filter => array.ty,
            EachKind::Find => {
                if !matches!(elem, Ty::Rec(_)) {
                    return Err(Diagnostic::new(
                        Code::UnsupportedCall,
                        span,
                        "`find` is supported on arrays of objects (it may return undefined)",
                    )
                    .with_hint("for numbers or strings use `findIndex` and check for -1"));
                }
                elem
            }
            EachKind::FindIndex => Ty::Num,
            EachKind::Some | EachKind::Every => Ty::Bool,
            EachKind::ForEach => Ty::Bool,
            EachKind::Reduce => acc.as_ref().expect("acc").1.ty,
        };
        let array = if skip_first {
            let ty = array.ty;
            g(
                GKind::ArrayOp(
                    ArrayOp::Slice,
                    vec![
                        array,
                        g(GKind::Num(1.0), Ty::Num),
                        g(GKind::Num(f64::INFINITY), Ty::Num),
                    ],
                ),
                ty,
            )
        } else {
            array
        };
        Ok(g(
            GKind::Each(Box::new(Each {
                kind,
                array,
                elem: elem_local,
                index: index_local,
                acc,
                body,
                result: result_ty,
            })),
            ty,
        )
        .after(before))
    }
}

/// Cheap and free of effects, so it may be evaluated once per field of a spread.
fn is_simple(e: &GExpr) -> bool {
    match &e.kind {
        GKind::Local(_) | GKind::Slot(_) | GKind::Snapshot(_) => true,
        GKind::Field(x, _) => is_simple(x),
        GKind::Index(a, i) => is_simple(a) && is_simple(i),
        GKind::Num(_) => true,
        _ => false,
    }
}
