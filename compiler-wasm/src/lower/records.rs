//! Records used as dictionaries: `Object.keys/values/entries(record)`, `record[key]` with a
//! key known only at run time, and `[key, value]` entries (tuples, records whose fields are
//! named "0" and "1"). dx records have a fixed shape, so all of these are compiled from the
//! record's static type: `Object.keys` is the list of its field names, `record[key]` a
//! comparison of the key with each name.

use oxc_span::Span;

use super::build::{counted, eval, g, hold, op};
use super::expr::Ctx;
use super::plan::{ArrayOp, BinaryOp, GExpr, GKind, GStmt, Ty};
use super::{Instance, Lowerer};
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{Expr, ExprKind};

fn text(s: &str) -> GExpr {
    g(GKind::Str(s.into()), Ty::Str)
}

use crate::types::tuple_field;

impl Lowerer<'_> {
    /// `...rest` of `const { id, ...user } = person`: a new record of `person`'s other fields.
    pub(crate) fn without(
        &self,
        inst: &Instance,
        object: &crate::ir::Expr,
        fields: &[String],
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        let object = self.value(inst, object, cx)?;
        let Ty::Rec(id) = object.ty else {
            return Err(Diagnostic::new(
                Code::UnsupportedExpression,
                span,
                format!("`...rest` of {} is not supported yet", self.show(object.ty)),
            )
            .with_hint("name the fields you need: `const { a, b } = object`"));
        };
        if self.dict(object.ty).is_some() || self.collection(object.ty).is_some() {
            return Err(Diagnostic::new(
                Code::UnsupportedExpression,
                span,
                "`...rest` of an object used as a dictionary is not supported yet",
            ));
        }
        let kept: Vec<(usize, String, Ty)> = self
            .types
            .borrow()
            .fields(id)
            .iter()
            .enumerate()
            .filter(|(_, (name, _))| !fields.contains(name))
            .map(|(i, (name, ty))| (i, name.clone(), *ty))
            .collect();
        let ty = self
            .types
            .borrow_mut()
            .record(kept.iter().map(|(_, n, t)| (n.clone(), *t)).collect());
        // In the layout of the record type (an equal one interned earlier may order its fields
        // differently).
        let Ty::Rec(rid) = ty else {
            unreachable!("a record type")
        };
        self.types.borrow_mut().inherit_order(id, rid);
        let layout = self.types.borrow().fields(rid).to_vec();
        let values = layout
            .iter()
            .map(|(name, t)| {
                let (i, _, _) = kept
                    .iter()
                    .find(|(_, n, _)| n == name)
                    .expect("same fields");
                g(GKind::Field(Box::new(object.clone()), *i), *t)
            })
            .collect();
        Ok(g(GKind::NewRecord(values), ty))
    }

    /// `Object.keys(r)` & co.; `None` when `name` is not one of them.
    pub(crate) fn object_function(
        &self,
        inst: &Instance,
        name: &str,
        args: &[Expr],
        cx: &mut Ctx,
        span: Span,
    ) -> Result<Option<GExpr>> {
        if !crate::builtins::TYPED_GLOBALS.contains(&name) {
            return Ok(None);
        }
        if name == "Array.from" {
            return self.array_from(inst, args, cx, span).map(Some);
        }
        if let ("Array.fill", [length, value]) = (name, args) {
            return self.array_fill(inst, length, value, cx).map(Some);
        }
        if name == "Object.is" {
            let [a, b] = args else {
                return Err(Diagnostic::new(
                    Code::UnsupportedCall,
                    span,
                    "`Object.is` takes two arguments",
                ));
            };
            let (a, b) = (self.value(inst, a, cx)?, self.value(inst, b, cx)?);
            return self.object_is(a, b, cx, span).map(Some);
        }
        let [arg] = args else {
            return Err(Diagnostic::new(
                Code::UnsupportedCall,
                span,
                format!("`{name}` takes one argument here"),
            ));
        };
        if name == "localStorage.getItem" {
            // The host's `getItem(key) ?? default` with a null default: `string | null`.
            let key = self.value(inst, arg, cx)?;
            if key.ty != Ty::Str {
                return Err(Diagnostic::new(
                    Code::TypeMismatch,
                    arg.span,
                    "`localStorage.getItem` takes a string key",
                ));
            }
            let id = crate::builtins::lookup(
                "localStorage.getItemOr",
                crate::builtins::Receiver::Global,
                2,
            )
            .expect("getItemOr row");
            let ty = Ty::Str.nullable(false).expect("strings are nullable");
            return Ok(Some(g(
                GKind::Builtin {
                    id,
                    args: vec![key, g(GKind::Null, ty)],
                },
                ty,
            )));
        }
        // `Array.isArray(x)` of a value that may be missing (`children?: Node[]`) tests it
        // without stopping when it is.
        let v = if name == "Array.isArray" {
            self.value_opt(inst, arg, cx)?
        } else {
            self.value(inst, arg, cx)?
        };
        if name == "Object.freeze" {
            return Ok(Some(v));
        }
        if name == "Object.fromEntries" {
            // A Map's entries, or an array of pairs.
            let pairs = self.iterable_array(v, cx)?;
            return self.dict_from_entries(pairs, cx, arg.span).map(Some);
        }
        if self.dict(v.ty).is_some() {
            return Ok(Some(match name {
                "Object.keys" => self.dict_list(v, false),
                "Object.values" => self.dict_list(v, true),
                "Object.entries" => self.dict_entries(v, cx),
                _ => {
                    return Err(Diagnostic::new(
                        Code::UnsupportedCall,
                        arg.span,
                        format!("`{name}` of an object used as a dictionary is not supported yet"),
                    ));
                }
            }));
        }
        if name == "Array.isArray" {
            // `children?: Node[]`: an array unless it is `undefined`/`null`.
            if let Ty::Opt(o) = v.ty
                && matches!(o.base(), Ty::Arr(_))
            {
                return Ok(Some(self.if_some(
                    v,
                    Ty::Bool,
                    |_| g(GKind::Bool(true), Ty::Bool),
                    g(GKind::Bool(false), Ty::Bool),
                )));
            }
            // Known statically; the argument is still evaluated.
            let is_array = matches!(v.ty, Ty::Arr(_));
            return Ok(Some(self.evaluated_then(
                v,
                g(GKind::Bool(is_array), Ty::Bool),
                cx,
            )));
        }
        let Ty::Rec(id) = v.ty else {
            return Err(Diagnostic::new(
                Code::UnsupportedCall,
                arg.span,
                format!("`{name}` of {} is not supported yet", self.show(v.ty)),
            )
            .with_hint("dx supports these on objects of a fixed shape"));
        };
        self.order_reads.borrow_mut().push((arg.span, v.ty));
        let fields = self.types.borrow().fields(id).to_vec();
        // In JavaScript's key order (array-index keys first), each with its layout index.
        let listed: Vec<(usize, &(String, Ty))> = crate::types::js_key_order(&fields)
            .into_iter()
            .map(|k| (k, &fields[k]))
            .collect();
        let object = self.held(v, cx);
        let read = |k: usize, t: Ty| g(GKind::Field(Box::new(object.clone()), k), t);
        let items: Vec<(bool, GExpr)> = match name {
            "Object.keys" => listed.iter().map(|(_, (n, _))| (false, text(n))).collect(),
            "Object.values" => {
                let elem = self.same_field_type(&fields, span)?;
                listed
                    .iter()
                    .map(|(k, _)| (false, read(*k, elem)))
                    .collect()
            }
            _ => {
                let elem = self.same_field_type(&fields, span)?;
                let pair = self
                    .types
                    .borrow_mut()
                    .record(vec![(tuple_field(0), Ty::Str), (tuple_field(1), elem)]);
                listed
                    .iter()
                    .map(|(k, (n, _))| {
                        // Fields of a new record are listed in layout (name) order: "0", "1".
                        (
                            false,
                            g(GKind::NewRecord(vec![text(n), read(*k, elem)]), pair),
                        )
                    })
                    .collect()
            }
        };
        let elem = match name {
            "Object.keys" => Ty::Str,
            "Object.values" => self.same_field_type(&fields, span)?,
            _ => {
                let elem = self.same_field_type(&fields, span)?;
                self.types
                    .borrow_mut()
                    .record(vec![(tuple_field(0), Ty::Str), (tuple_field(1), elem)])
            }
        };
        let ty = self.types.borrow_mut().array(elem);
        Ok(Some(self.with_held(g(GKind::NewArray(items), ty), cx)))
    }

    /// `Array.from(array)` (a copy), `Array.from(array, fn)` (`array.map(fn)`), and
    /// `Array.from({ length: n }, fn)`: `n` `undefined`s, mapped by `fn(undefined, index)`.
    fn array_from(
        &self,
        inst: &Instance,
        args: &[Expr],
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        let (source, map) = match args {
            [source] => (source, None),
            [source, map] => (source, Some(map)),
            _ => {
                return Err(Diagnostic::new(
                    Code::UnsupportedCall,
                    span,
                    "`Array.from` takes an array (or `{ length: n }`) and an optional function",
                ));
            }
        };
        let array = match &source.kind {
            crate::ir::ExprKind::Object(fields)
                if fields.len() == 1 && fields[0].0.as_deref() == Some("length") =>
            {
                let n = self.number(inst, &fields[0].1, cx, "`length`")?;
                let elem = Ty::Num.nullable(true).expect("numbers are nullable");
                let ty = self.types.borrow_mut().array(elem);
                g(GKind::UndefinedArray(Box::new(n)), ty)
            }
            _ => {
                let v = self.value(inst, source, cx)?;
                let v = self.iterable_array(v, cx)?;
                if !matches!(v.ty, Ty::Arr(_)) {
                    return Err(Diagnostic::new(
                        Code::UnsupportedCall,
                        source.span,
                        format!("`Array.from` of {} is not supported yet", self.show(v.ty)),
                    )
                    .with_hint(
                        "dx supports `Array.from(array)` and `Array.from({ length: n }, fn)`",
                    ));
                }
                v
            }
        };
        match map {
            Some(map) => self.array_method(inst, array, "map", std::slice::from_ref(map), cx, span),
            None => {
                let ty = array.ty;
                Ok(g(GKind::NewArray(vec![(true, array)]), ty))
            }
        }
    }

    /// `Array(n).fill(value)`: `value`, evaluated once, `n` times (the same object each time,
    /// as in JS).
    ///
    /// `fill(null)` (the board of React's tutorial) says nothing of the items' type: the first
    /// item assigned tells it (`learn_null_fill`), for the next attempt.
    fn array_fill(
        &self,
        inst: &Instance,
        length: &Expr,
        value: &Expr,
        cx: &mut Ctx,
    ) -> Result<GExpr> {
        let n = self.number(inst, length, cx, "an array length")?;
        let value = if matches!(value.kind, ExprKind::Null | ExprKind::Undefined) {
            let key = value as *const Expr as usize;
            match self.hints.null_fills.get(&key) {
                Some(&ty) => self.expr_as(inst, value, ty, cx)?,
                None => {
                    let site = (key, matches!(value.kind, ExprKind::Undefined));
                    self.null_fills.borrow_mut().push(site);
                    self.learned.borrow_mut().unknown_fills.push(site);
                    g(GKind::Null, Ty::Null)
                }
            }
        } else {
            self.value(inst, value, cx)?
        };
        let ty = self.types.borrow_mut().array(value.ty);
        let mut b = Vec::new();
        let n = hold(&mut b, n, cx);
        let value = hold(&mut b, value, cx);
        let out = hold(&mut b, g(GKind::NewArray(Vec::new()), ty), cx);
        let i = cx.scratch_locals().fresh(Ty::Num);
        let push = eval(op(ArrayOp::Push, vec![out.clone(), value], Ty::Num));
        b.extend(counted(i, n, vec![push], cx));
        Ok(out.after(b))
    }

    /// `items[i] = v` on an array of `null`s of no known type: they were made by
    /// `Array(n).fill(null)` (in this attempt), so their type is `v`'s, or `null`; learned for
    /// the next attempt, which this error ends.
    pub(crate) fn learn_null_fill(&self, value: Ty, span: Span) -> Diagnostic {
        let typed = value != Ty::Null && !self.types.borrow().contains(value, Ty::Null);
        if typed {
            let sites = self.null_fills.borrow();
            let mut learned = self.learned.borrow_mut();
            for &(site, undefined) in sites.iter() {
                if let Some(ty) = value.repr().nullable(undefined) {
                    learned.null_fills.insert(site, ty);
                }
            }
        }
        Diagnostic::new(
            Code::EmptyArrayType,
            span,
            "the type of the items of `Array(n).fill(null)` is not known",
        )
        .with_hint("annotate it: `useState<(string | null)[]>(Array(9).fill(null))`")
    }

    /// `record[key]` with a string key known at run time: the field of that name, or
    /// `undefined` (every field must have one type); `tuple[0]` reads the element.
    pub(crate) fn record_index(
        &self,
        object: GExpr,
        key: GExpr,
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        if self.dict(object.ty).is_some() {
            return self.dict_get(object, key, cx, span);
        }
        if self.empty_object_origin(&object).is_some() {
            return Ok(self.empty_object_read(span));
        }
        let Ty::Rec(id) = object.ty else {
            unreachable!("called on records")
        };
        let fields = self.types.borrow().fields(id).to_vec();
        // A constant index of a tuple (`entry[1]`), or a constant key: a plain field read.
        let constant = match &key.kind {
            GKind::Num(n) if n.fract() == 0.0 && *n >= 0.0 => {
                Some(if crate::types::is_tuple(&fields) {
                    tuple_field(*n as usize)
                } else {
                    format!("{}", *n as u64)
                })
            }
            GKind::Str(s) => Some(s.clone()),
            _ => None,
        };
        if let Some(name) = constant {
            return match fields.iter().position(|(n, _)| *n == name) {
                Some(k) => Ok(g(GKind::Field(Box::new(object), k), fields[k].1)),
                None => Err(Diagnostic::new(
                    Code::UnsupportedMember,
                    span,
                    format!("{} has no field `{name}`", self.show(object.ty)),
                )),
            };
        }
        if key.ty != Ty::Str {
            return Err(Diagnostic::new(
                Code::UnsupportedMember,
                span,
                format!("an object's key is a string, not a {}", key.ty.name()),
            ));
        }
        let elem = self.same_field_type(&fields, span)?;
        // A key known to name a field (`FIELDS.map(f => form[f])`, `Object.keys(r)` rows)
        // always finds one: the read is not `undefined`.
        let always = self
            .known_key_strings(&key)
            .is_some_and(|keys| keys.iter().all(|k| fields.iter().any(|(n, _)| n == k)));
        let ty = if always {
            elem
        } else {
            elem.nullable(true).unwrap_or(elem)
        };
        let object = self.held(object, cx);
        let key = self.held(key, cx);
        // key === "a" ? r.a : key === "b" ? r.b : undefined
        let mut out = if ty == elem {
            g(GKind::Trap, ty)
        } else {
            g(GKind::Null, ty)
        };
        for (k, (name, _)) in fields.iter().enumerate().rev() {
            let test = g(
                GKind::Binary(BinaryOp::Eq, Box::new(key.clone()), Box::new(text(name))),
                Ty::Bool,
            );
            let read = g(GKind::Field(Box::new(object.clone()), k), elem);
            let read = self.fit(read, ty).expect("nullable of its base");
            out = g(
                GKind::Cond(Box::new(test), Box::new(read), Box::new(out)),
                ty,
            );
        }
        Ok(self.with_held(out, cx))
    }

    /// `{ ...object, [key]: value }`: every field is `key === name ? value : object.name`. A
    /// key that names no field would add one, which a record of fixed shape cannot: that
    /// stops with a run-time error rather than dropping the value.
    pub(crate) fn with_key(
        &self,
        inst: &Instance,
        object: &Expr,
        key: &Expr,
        value: &Expr,
        expected: Option<Ty>,
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        let o = match expected {
            Some(ty) => self.expr_as(inst, object, ty, cx)?,
            None => self.value(inst, object, cx)?,
        };
        if let Some(dict) = self.dict(o.ty) {
            let k = self.value(inst, key, cx)?;
            let v = self.expr_as(inst, value, dict.value, cx)?;
            return self.dict_with(o, k, v, cx, span);
        }
        // `{ ...acc, [k]: v }` where `acc` started `{}` (a local, or `useState({})` whose type
        // its setters tell): a dictionary of `v`s.
        if let Some(origin) = self.empty_object_origin(&o) {
            let v = self.value_opt(inst, value, cx)?;
            return Err(self.learn_empty_object(origin, v.ty, span));
        }
        if o.ty == Ty::Null {
            let _ = self.value(inst, key, cx)?;
            let v = self.value_opt(inst, value, cx)?;
            if v.ty != Ty::Null && !self.types.borrow().contains(v.ty, Ty::Null) {
                let ty = self.types.borrow_mut().dict(v.ty);
                return Ok(self.new_dict(ty));
            }
        }
        let Ty::Rec(id) = o.ty else {
            return Err(Diagnostic::new(
                Code::UnsupportedExpression,
                span,
                format!(
                    "a computed key needs an object of known fields, not {}",
                    self.show(o.ty)
                ),
            )
            .with_hint("start from an object whose fields are all listed, e.g. `{ a: 0, b: 0 }`"));
        };
        let k = self.value(inst, key, cx)?;
        if k.ty != Ty::Str {
            return Err(Diagnostic::new(
                Code::TypeMismatch,
                key.span,
                format!(
                    "a computed key must be a string here, not a {}",
                    k.ty.name()
                ),
            ));
        }
        let v = self.value_opt(inst, value, cx)?;
        let fields = self.types.borrow().fields(id).to_vec();
        let (o, k, v) = (self.held(o, cx), self.held(k, cx), self.held(v, cx));
        let mut values = Vec::new();
        let mut known: Option<GExpr> = None;
        for (i, (name, t)) in fields.iter().enumerate() {
            let is = g(
                GKind::Binary(BinaryOp::Eq, Box::new(k.clone()), Box::new(text(name))),
                Ty::Bool,
            );
            let Some(new) = self.fit(v.clone(), *t) else {
                return Err(Diagnostic::new(
                    Code::TypeMismatch,
                    value.span,
                    format!(
                        "this value is a {}, but field `{name}` of {} holds a {}",
                        self.show(v.ty),
                        self.show(o.ty),
                        self.show(*t)
                    ),
                ));
            };
            let old = g(GKind::Field(Box::new(o.clone()), i), *t);
            values.push(g(
                GKind::Cond(Box::new(is.clone()), Box::new(new), Box::new(old)),
                *t,
            ));
            known = Some(match known {
                None => is,
                Some(k) => g(
                    GKind::Logical(crate::ir::LogicalOp::Or, Box::new(k), Box::new(is)),
                    Ty::Bool,
                ),
            });
        }
        let record = g(GKind::NewRecord(values), o.ty);
        let checked = match known {
            Some(known) => g(
                GKind::Cond(
                    Box::new(known),
                    Box::new(record),
                    Box::new(g(GKind::Trap, o.ty)),
                ),
                o.ty,
            ),
            None => {
                self.pending_held.borrow_mut().clear();
                return Err(Diagnostic::new(
                    Code::UnsupportedExpression,
                    span,
                    "adding keys to an empty object is not supported yet",
                )
                .with_hint("list the keys it can have: `{ a: 0, b: 0 }`"));
            }
        };
        Ok(self.with_held(checked, cx))
    }

    /// The strings an array expression holds when they are known here: a literal list of
    /// strings, or a module constant that is one.
    pub(crate) fn known_strings(&self, array: &GExpr) -> Option<Vec<String>> {
        let items = match &array.kind {
            GKind::NewArray(items) => items,
            // A `const` of the module (a `let` could be given other strings).
            GKind::Slot(s) => {
                let k = self
                    .constant_slots
                    .borrow()
                    .iter()
                    .position(|c| *c == Some(*s))?;
                match &self.plan.slots.get(*s)?.init.kind {
                    GKind::NewArray(items) if !self.program.constants[k].mutable => items,
                    _ => return None,
                }
            }
            _ => return None,
        };
        items
            .iter()
            .map(|(spread, e)| match (&e.kind, spread) {
                (GKind::Str(s), false) => Some(s.clone()),
                _ => None,
            })
            .collect()
    }

    /// The strings a key can be, when known: a string literal, or a row of a list over
    /// known strings.
    fn known_key_strings(&self, key: &GExpr) -> Option<Vec<String>> {
        match &key.kind {
            GKind::Str(s) => Some(vec![s.clone()]),
            GKind::RowItem(l) => self.row_strings.borrow().get(l).cloned(),
            _ => None,
        }
    }

    /// The one type of every field of a record used as a dictionary.
    fn same_field_type(&self, fields: &[(String, Ty)], span: Span) -> Result<Ty> {
        let Some((_, first)) = fields.first() else {
            return Err(Diagnostic::new(
                Code::UnsupportedType,
                span,
                "the object has no fields, so the type of its values is not known",
            ));
        };
        if let Some((name, other)) = fields.iter().find(|(_, t)| t != first) {
            return Err(Diagnostic::new(
                Code::UnsupportedType,
                span,
                format!(
                    "the values of this object have different types ({} and `{name}`: {})",
                    self.show(*first),
                    self.show(*other)
                ),
            )
            .with_hint("dx reads objects as dictionaries when all their values have one type"));
        }
        Ok(*first)
    }

    /// `v` as an expression that may be read more than once: itself when reading it again is
    /// free and has no effects (a state, local, constant or a field of one), else a fresh
    /// local that [`Self::with_held`] assigns first.
    pub(crate) fn held(&self, v: GExpr, cx: &mut Ctx) -> GExpr {
        fn pure(e: &GExpr) -> bool {
            match &e.kind {
                GKind::Slot(_)
                | GKind::Snapshot(_)
                | GKind::Local(_)
                | GKind::RowItem(_)
                | GKind::RowIndex(_)
                | GKind::SomeValue(_)
                | GKind::Str(_)
                | GKind::Num(_) => true,
                GKind::Field(x, _) => pure(x),
                _ => false,
            }
        }
        if pure(&v) {
            return v;
        }
        let locals = cx.scratch_locals();
        let id = locals.fresh(v.ty);
        self.pending_held.borrow_mut().push(GStmt::Let {
            local: id,
            value: v.clone(),
        });
        g(GKind::Local(id), v.ty)
    }

    /// `e`, after the assignments of the values [`Self::held`] put in locals for it.
    fn with_held(&self, e: GExpr, _cx: &mut Ctx) -> GExpr {
        let lets: Vec<GStmt> = self.pending_held.borrow_mut().drain(..).collect();
        if lets.is_empty() {
            return e;
        }
        let ty = e.ty;
        let mut body = lets;
        body.push(GStmt::Return { value: Some(e) });
        g(GKind::Block(body), ty)
    }

    /// `v` evaluated for its effects, then `result`.
    fn evaluated_then(&self, v: GExpr, result: GExpr, cx: &mut Ctx) -> GExpr {
        let _ = self.held(v, cx);
        self.with_held(result, cx)
    }
}
