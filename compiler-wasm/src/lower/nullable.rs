//! `null` and `undefined`: nullable types (`string | null`, `useState(null)` set to a number,
//! optional fields) and what JS does with their nullish value. A nullable value is stored as
//! its base type with one reserved value (docs/values.md); every operation here is built from
//! `GKind::IfSome`, which evaluates the value once and branches on it.
//!
//! Reading a nullable value where JS reads its base (`x.f`, `x.length`, `x.trim()`) goes
//! through [`Lowerer::non_null`]: a nullish value stops with a run-time error there, as the
//! `TypeError` JS throws. Operations JS defines on `null` (`===`, `??`, truthiness, `+`,
//! `String(x)`, rendering) have their own lowering below.

use oxc_span::Span;

use super::Lowerer;
use super::plan::{BinaryOp, GExpr, GKind, Ty};
use crate::diagnostics::{Code, Diagnostic, Result};

fn g(kind: GKind, ty: Ty) -> GExpr {
    GExpr { kind, ty }
}

fn text(s: &str) -> GExpr {
    g(GKind::Str(s.into()), Ty::Str)
}

/// What an expression that failed becomes in a discovery attempt (see [`super::lower`]).
pub(crate) fn placeholder() -> GExpr {
    g(GKind::Trap, Ty::Null)
}

/// Whether `e` is a value of unknown type: a discovery placeholder, or a read of a local or
/// state whose type is not known yet (the literal `null` is known to be `null`).
pub(crate) fn is_placeholder(e: &GExpr) -> bool {
    e.ty == Ty::Null && !matches!(e.kind, GKind::Null)
}

/// Whether `e` contains a value of unknown type (its type says nothing then).
pub(crate) fn has_placeholder(e: &GExpr) -> bool {
    let mut found = false;
    e.visit(&mut |x| found |= is_placeholder(x));
    found
}

/// The error for a `null` whose type nothing says.
pub(crate) fn untyped_null(span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::UnsupportedExpression,
        span,
        "the type of this `null` is not known here",
    )
    .with_hint(
        "use `null` where a typed value is expected (state with a setter, `x ?? \"\"`, `c ? x : null`), or annotate: `useState<string | null>(null)`",
    )
}

impl Lowerer<'_> {
    /// `none` if `value` (nullable) is nullish, else `some(v)` where `v` reads its base value;
    /// the result has type `ty`.
    pub(crate) fn if_some(
        &self,
        value: GExpr,
        ty: Ty,
        some: impl FnOnce(GExpr) -> GExpr,
        none: GExpr,
    ) -> GExpr {
        let base = value.ty.repr();
        let id = self.some_ids.get();
        self.some_ids.set(id + 1);
        let some = some(g(GKind::SomeValue(id), base));
        g(
            GKind::IfSome {
                id,
                value: Box::new(value),
                some: Box::new(some),
                none: Box::new(none),
            },
            ty,
        )
    }

    /// A value read as its base type: a nullable one stops with a run-time error when it is
    /// nullish (JS throws a `TypeError` reading a field or calling a method of `null`).
    pub(crate) fn non_null(&self, v: GExpr, span: Span) -> Result<GExpr> {
        match v.ty {
            Ty::Opt(o) => {
                let base = o.base();
                Ok(self.if_some(v, base, |s| s, g(GKind::Trap, base)))
            }
            // A discovery placeholder goes on as it is (see `super::lower`).
            Ty::Null if self.discovery && is_placeholder(&v) => Ok(v),
            Ty::Null => Err(untyped_null(span)),
            _ => Ok(v),
        }
    }

    /// An attribute value that may be nullish (`className={active ? "on" : undefined}`):
    /// React leaves the attribute out then. A nullable string is written as is (the hosts
    /// remove the attribute for a null string), a number as its text, a boolean as
    /// `false`. Properties (`value`, `checked`) cannot be nullish yet.
    pub(crate) fn nullable_attribute(
        &self,
        value: GExpr,
        name: &str,
        tag: &str,
        span: Span,
    ) -> Result<GExpr> {
        let Ty::Opt(o) = value.ty else {
            return Ok(value);
        };
        let live = super::view::is_live_property(tag, name);
        let nullable_str = Ty::Str.nullable(false).expect("strings are nullable");
        match o.base() {
            Ty::Str if !live => Ok(value),
            Ty::Num if !live => Ok(self.if_some(
                value,
                nullable_str,
                |s| g(GKind::Wrap(Box::new(as_string(s))), nullable_str),
                g(GKind::Null, nullable_str),
            )),
            Ty::Bool => Ok(self.if_some(value, Ty::Bool, |s| s, g(GKind::Bool(false), Ty::Bool))),
            _ => Err(Diagnostic::new(
                Code::UnsupportedExpression,
                span,
                format!(
                    "`{name}` given a value that can be {} is not supported yet",
                    self.show(value.ty)
                ),
            )
            .with_hint("give it a value in every case, e.g. `x ?? \"\"`")),
        }
    }

    /// `object?.read`: `undefined` when `object` is nullish (a nullable value, or a record
    /// that `find` did not find), else `read` of it.
    pub(crate) fn optional(
        &self,
        inst: &super::Instance,
        object: &crate::ir::Expr,
        read: &crate::ir::Expr,
        cx: &mut super::expr::Ctx,
        span: Span,
    ) -> Result<GExpr> {
        let o = self.value_opt(inst, object, cx)?;
        let nullable = matches!(o.ty, Ty::Opt(_) | Ty::Rec(_));
        let id = self.some_ids.get();
        self.some_ids.set(id + 1);
        let subject = if nullable {
            g(GKind::SomeValue(id), o.ty.repr())
        } else {
            o.clone()
        };
        self.optional_objects.borrow_mut().push(subject);
        let r = self.value_opt(inst, read, cx);
        self.optional_objects.borrow_mut().pop();
        let r = r?;
        if !nullable {
            return Ok(r);
        }
        let ty = match r.ty {
            Ty::Opt(x) if x.undefined => r.ty,
            t => t.nullable(true).ok_or_else(|| {
                Diagnostic::new(
                    Code::UnsupportedType,
                    span,
                    format!(
                        "`?.` here gives `undefined` or a {}, which dx cannot hold yet",
                        t.name()
                    ),
                )
            })?,
        };
        let some = self.fit(r, ty).expect("nullable of its own base");
        Ok(g(
            GKind::IfSome {
                id,
                value: Box::new(o),
                some: Box::new(some),
                none: Box::new(g(GKind::Null, ty)),
            },
            ty,
        ))
    }

    /// `v` where a value of type `want` is expected: the same type, a base value where its
    /// nullable type is expected, or `null`/`undefined` of a nullable type. `None` when the
    /// types do not fit.
    pub(crate) fn fit(&self, v: GExpr, want: Ty) -> Option<GExpr> {
        if v.ty == want {
            return Some(v);
        }
        match (v.ty, want) {
            (Ty::Null, Ty::Opt(o)) if !o.undefined => Some(g(GKind::Null, want)),
            (base, Ty::Opt(o)) if base == o.base() => Some(g(GKind::Wrap(Box::new(v)), want)),
            _ => None,
        }
    }

    /// The type both branches of `c ? a : b` (or both sides of `a || b`) fit: equal types, or
    /// `T` with `null` / `T | null` → `T | null`.
    pub(crate) fn join(&self, a: Ty, b: Ty) -> Option<Ty> {
        if a == b {
            return Some(a);
        }
        match (a, b) {
            (Ty::Null, Ty::Opt(o)) | (Ty::Opt(o), Ty::Null) if !o.undefined => Some(Ty::Opt(o)),
            (Ty::Null, t) | (t, Ty::Null) => t.nullable(false),
            (Ty::Opt(o), t) | (t, Ty::Opt(o)) if t == o.base() => Some(Ty::Opt(o)),
            _ => None,
        }
    }

    /// The two branches of `c ? a : b` where one is `undefined` (`active ? "on" : undefined`):
    /// both as the other branch's type made `| undefined`. `None` when neither is.
    pub(crate) fn undefined_branches(
        &self,
        inst: &super::Instance,
        a: &crate::ir::Expr,
        b: &crate::ir::Expr,
        cx: &mut super::expr::Ctx,
        span: Span,
    ) -> Result<Option<(GExpr, GExpr)>> {
        use crate::ir::ExprKind;
        let undefined = |e: &crate::ir::Expr| matches!(e.kind, ExprKind::Undefined);
        let (value, value_first) = match (undefined(a), undefined(b)) {
            (true, false) => (b, false),
            (false, true) => (a, true),
            _ => return Ok(None),
        };
        let v = self.value_opt(inst, value, cx)?;
        let ty = match v.ty {
            Ty::Opt(o) if o.undefined => v.ty,
            t => t.nullable(true).ok_or_else(|| {
                Diagnostic::new(
                    Code::UnsupportedType,
                    span,
                    format!("a branch is `undefined` and the other a {}, which dx cannot hold together yet", t.name()),
                )
            })?,
        };
        let v = self.fit(v, ty).expect("nullable of its base");
        let u = g(GKind::Null, ty);
        Ok(Some(if value_first { (v, u) } else { (u, v) }))
    }

    /// JS truthiness of a value of any type: nullish is falsy.
    pub(crate) fn truthy_any(&self, v: GExpr) -> GExpr {
        match v.ty {
            Ty::Null => g(GKind::Bool(false), Ty::Bool),
            _ => super::expr::truthy(v),
        }
    }

    /// `a ?? b`: `b` when `a` is nullish. The result is `b`'s type when `a`'s base fits it,
    /// else `a`'s type.
    pub(crate) fn coalesce(&self, a: GExpr, b: GExpr, span: Span) -> Result<GExpr> {
        match a.ty {
            // Values of other types are never nullish: `b` is not evaluated.
            Ty::Opt(o) => {
                let base = o.base();
                let ty = self.join(base, b.ty).ok_or_else(|| {
                    Diagnostic::new(
                        Code::TypeMismatch,
                        span,
                        format!(
                            "the two sides of `??` are a {} and a {}",
                            a.ty.name(),
                            b.ty.name()
                        ),
                    )
                })?;
                let b = self.fit(b, ty).expect("joined");
                Ok(self.if_some(a, ty, |s| self.fit(s, ty).expect("joined"), b))
            }
            Ty::Null => Ok(b),
            _ => Ok(a),
        }
    }

    /// How JS writes a nullable value in a string (`"" + x`, `String(x)`, a template):
    /// `"null"` / `"undefined"` for nullish.
    pub(crate) fn show_nullable(&self, v: GExpr) -> GExpr {
        match v.ty {
            Ty::Opt(o) => {
                let name = text(o.nullish_name());
                self.if_some(v, Ty::Str, as_string, name)
            }
            Ty::Null => text("null"),
            _ => as_string(v),
        }
    }

    /// `String(e)` where `e` is `c ? a : b` or `a ?? b`: each possible value written as JS
    /// writes it (`"null"` for null), so the branches need no common type.
    pub(crate) fn string_of(
        &self,
        inst: &super::Instance,
        e: &crate::ir::Expr,
        cx: &mut super::expr::Ctx,
    ) -> Result<GExpr> {
        use crate::ir::{ExprKind, LogicalOp};
        let to_string = |this: &Self, e: &crate::ir::Expr, cx: &mut super::expr::Ctx| {
            let s = crate::ir::Expr::new(ExprKind::ToString(Box::new(e.clone())), e.span);
            this.expr_raw(inst, &s, cx)
        };
        match &e.kind {
            ExprKind::Cond(t, a, b) => {
                let t = self.condition(inst, t, cx)?;
                let (a, b) = (to_string(self, a, cx)?, to_string(self, b, cx)?);
                Ok(g(
                    GKind::Cond(Box::new(t), Box::new(a), Box::new(b)),
                    Ty::Str,
                ))
            }
            ExprKind::Logical(LogicalOp::Coalesce, a, b) => {
                let v = self.value_opt(inst, a, cx)?;
                match v.ty {
                    Ty::Opt(o) if !o.base().is_heap() => {
                        let b = to_string(self, b, cx)?;
                        Ok(self.if_some(v, Ty::Str, as_string, b))
                    }
                    Ty::Null => to_string(self, b, cx),
                    // Never nullish: `b` is not evaluated.
                    _ => to_string(self, a, cx),
                }
            }
            _ => to_string(self, e, cx),
        }
    }

    /// What React renders for a child value: nothing for nullish (and booleans), else its
    /// text.
    pub(crate) fn rendered_text(&self, v: GExpr) -> GExpr {
        match v.ty {
            Ty::Opt(o) if o.base() == Ty::Bool => text(""),
            Ty::Opt(_) => self.if_some(v, Ty::Str, as_string, text("")),
            Ty::Null => text(""),
            _ => v,
        }
    }

    /// A child value as the text React renders for it, whatever its type: nothing for
    /// booleans and nullish values.
    pub(crate) fn child_text(&self, v: GExpr) -> GExpr {
        match v.ty {
            Ty::Bool => text(""),
            Ty::Opt(_) | Ty::Null => self.rendered_text(v),
            _ => as_string(v),
        }
    }

    /// A JSX child `{…}` whose two possible values have different types (`{n ?? "none"}`,
    /// `{ok ? count : "-"}`): each is rendered as text on its own. Anything else is lowered as
    /// a value.
    pub(crate) fn child(
        &self,
        inst: &super::Instance,
        e: &crate::ir::Expr,
        cx: &mut super::expr::Ctx,
    ) -> Result<GExpr> {
        use crate::ir::{ExprKind, LogicalOp};
        match &e.kind {
            ExprKind::Cond(t, a, b) => {
                let test = self.condition(inst, t, cx)?;
                if let Some((a, b)) = self.undefined_branches(inst, a, b, cx, e.span)? {
                    let ty = a.ty;
                    return Ok(g(GKind::Cond(Box::new(test), Box::new(a), Box::new(b)), ty));
                }
                let (a, b) = (self.child(inst, a, cx)?, self.child(inst, b, cx)?);
                let (a, b) = match self.join(a.ty, b.ty) {
                    Some(ty) if !a.ty.is_heap() || a.ty == b.ty => (
                        self.fit(a, ty).expect("joined"),
                        self.fit(b, ty).expect("joined"),
                    ),
                    _ if !a.ty.is_heap() && !b.ty.is_heap() => {
                        (self.child_text(a), self.child_text(b))
                    }
                    _ => {
                        return Err(Diagnostic::new(
                            Code::TypeMismatch,
                            e.span,
                            format!("the branches are a {} and a {}", a.ty.name(), b.ty.name()),
                        ));
                    }
                };
                let ty = a.ty;
                Ok(g(GKind::Cond(Box::new(test), Box::new(a), Box::new(b)), ty))
            }
            ExprKind::Logical(LogicalOp::Coalesce, a, b) => {
                let (a, b) = (self.value_opt(inst, a, cx)?, self.child(inst, b, cx)?);
                match (a.ty, self.coalesce(a.clone(), b.clone(), e.span)) {
                    (_, Ok(v)) => Ok(v),
                    (Ty::Opt(_), Err(_)) if !a.ty.is_heap() && !b.ty.is_heap() => {
                        let b = self.child_text(b);
                        Ok(self.if_some(a, Ty::Str, |s| self.child_text(s), b))
                    }
                    (_, Err(err)) => Err(err),
                }
            }
            _ => self.expr_raw(inst, e, cx),
        }
    }

    /// A nullable number in arithmetic: `null` is 0 and `undefined` is NaN, as JS's
    /// `ToNumber`.
    pub(crate) fn to_number(&self, v: GExpr) -> GExpr {
        match v.ty {
            Ty::Opt(o) if o.base() == Ty::Num => {
                let nullish = if o.undefined { f64::NAN } else { 0.0 };
                self.if_some(v, Ty::Num, |s| s, g(GKind::Num(nullish), Ty::Num))
            }
            _ => v,
        }
    }

    /// `a === b` / `a !== b` (`a == b` on these types is the same) where either side may be
    /// nullable or `null`; `None` when neither is.
    pub(crate) fn nullable_equality(
        &self,
        op: BinaryOp,
        a: GExpr,
        b: GExpr,
        span: Span,
    ) -> Result<Option<GExpr>> {
        let eq = op == BinaryOp::Eq;
        let bool_ = |v: bool| g(GKind::Bool(v), Ty::Bool);
        let is_nullish = |v: GExpr| self.if_some(v, Ty::Bool, |_| bool_(!eq), bool_(eq));
        Ok(Some(match (a.ty, b.ty) {
            (Ty::Null, Ty::Null) => bool_(eq),
            // `x === null`: nullish of a `| null` type. A `| undefined` value is never `null`
            // (dx keeps the two apart by type).
            (Ty::Opt(o), Ty::Null) | (Ty::Null, Ty::Opt(o)) => {
                let v = if a.ty == Ty::Null { b } else { a };
                if o.undefined {
                    self.if_some(v, Ty::Bool, |_| bool_(!eq), bool_(!eq))
                } else {
                    is_nullish(v)
                }
            }
            (Ty::Null, other) | (other, Ty::Null) => {
                if matches!(other, Ty::Event) {
                    return Err(Diagnostic::new(
                        Code::TypeMismatch,
                        span,
                        "an event is never null",
                    ));
                }
                let v = if a.ty == Ty::Null { b } else { a };
                // A value of a base type is never null: evaluate it for its effects.
                self.if_some(
                    g(
                        GKind::Wrap(Box::new(v.clone())),
                        v.ty.nullable(false).unwrap_or(v.ty),
                    ),
                    Ty::Bool,
                    |_| bool_(!eq),
                    bool_(!eq),
                )
            }
            (Ty::Opt(x), Ty::Opt(y)) if x == y => {
                if x.base() != Ty::Num {
                    // Same representation, and nullish equals nullish: compare as stored.
                    return Ok(Some(g(
                        GKind::Binary(op, Box::new(a), Box::new(b)),
                        Ty::Bool,
                    )));
                }
                // Numbers: the nullish NaN is not equal to itself, so branch.
                let b2 = b.clone();
                self.if_some(
                    a,
                    Ty::Bool,
                    |x| {
                        self.if_some(
                            b,
                            Ty::Bool,
                            |y| g(GKind::Binary(op, Box::new(x), Box::new(y)), Ty::Bool),
                            bool_(!eq),
                        )
                    },
                    is_nullish(b2),
                )
            }
            (Ty::Opt(o), other) | (other, Ty::Opt(o)) if other == o.base() => {
                let (v, other_v) = if matches!(a.ty, Ty::Opt(_)) {
                    (a, b)
                } else {
                    (b, a)
                };
                self.if_some(
                    v,
                    Ty::Bool,
                    |x| g(GKind::Binary(op, Box::new(x), Box::new(other_v)), Ty::Bool),
                    bool_(!eq),
                )
            }
            (Ty::Opt(_), _) | (_, Ty::Opt(_)) => {
                return Err(Diagnostic::new(
                    Code::TypeMismatch,
                    span,
                    format!("comparing a {} with a {}", a.ty.name(), b.ty.name()),
                )
                .with_hint("compare values of the same type; dx does not apply JS coercions in comparisons"));
            }
            _ => return Ok(None),
        }))
    }
}

/// A number, boolean or string as a string.
fn as_string(v: GExpr) -> GExpr {
    if v.ty == Ty::Str {
        v
    } else {
        g(GKind::ToString(Box::new(v)), Ty::Str)
    }
}
