//! Records used as dictionaries: `Object.keys/values/entries(record)`, `record[key]` with a
//! key known only at run time, and `[key, value]` entries (tuples, records whose fields are
//! named "0" and "1"). dx records have a fixed shape, so all of these are compiled from the
//! record's static type: `Object.keys` is the list of its field names, `record[key]` a
//! comparison of the key with each name.

use oxc_span::Span;

use super::expr::{Ctx, LocalMap};
use super::plan::{BinaryOp, GExpr, GKind, GStmt, Ty};
use super::{Instance, Lowerer};
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::Expr;

fn g(kind: GKind, ty: Ty) -> GExpr {
    GExpr { kind, ty }
}

fn text(s: &str) -> GExpr {
    g(GKind::Str(s.into()), Ty::Str)
}

/// The field name of tuple element `i`.
pub(crate) fn tuple_field(i: usize) -> String {
    i.to_string()
}

impl Lowerer<'_> {
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
        let v = self.value(inst, arg, cx)?;
        if name == "Object.freeze" {
            return Ok(Some(v));
        }
        if name == "Array.isArray" {
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
        let fields = self.types.borrow().fields(id).to_vec();
        let object = self.held(v, cx);
        let read = |k: usize, t: Ty| g(GKind::Field(Box::new(object.clone()), k), t);
        let items: Vec<(bool, GExpr)> = match name {
            "Object.keys" => fields.iter().map(|(n, _)| (false, text(n))).collect(),
            "Object.values" => {
                let elem = self.same_field_type(&fields, span)?;
                fields
                    .iter()
                    .enumerate()
                    .map(|(k, _)| (false, read(k, elem)))
                    .collect()
            }
            _ => {
                let elem = self.same_field_type(&fields, span)?;
                let pair = self
                    .types
                    .borrow_mut()
                    .record(vec![(tuple_field(0), Ty::Str), (tuple_field(1), elem)]);
                fields
                    .iter()
                    .enumerate()
                    .map(|(k, (n, _))| {
                        // Fields of a new record are listed in layout (name) order: "0", "1".
                        (
                            false,
                            g(GKind::NewRecord(vec![text(n), read(k, elem)]), pair),
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

    /// `record[key]` with a string key known at run time: the field of that name, or
    /// `undefined` (every field must have one type); `tuple[0]` reads the element.
    pub(crate) fn record_index(
        &self,
        object: GExpr,
        key: GExpr,
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        let Ty::Rec(id) = object.ty else {
            unreachable!("called on records")
        };
        let fields = self.types.borrow().fields(id).to_vec();
        // A constant index of a tuple (`entry[1]`), or a constant key: a plain field read.
        let constant = match &key.kind {
            GKind::Num(n) if n.fract() == 0.0 && *n >= 0.0 => Some(format!("{}", *n as u64)),
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
        let ty = elem.nullable(true).unwrap_or(elem);
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
    fn held(&self, v: GExpr, cx: &mut Ctx) -> GExpr {
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
        let locals = cx.locals.get_or_insert_with(|| LocalMap {
            map: Vec::new(),
            types: Default::default(),
        });
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
