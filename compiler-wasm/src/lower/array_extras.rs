//! Array methods built from the others: `at(i)`, `flat()`, `flatMap(fn)`, and `Object.is`.
//! Each is a small loop or expression over the typed array, with JavaScript's edge cases
//! (`at(-1)`, `at(NaN)` is `at(0)`, an index out of range reads `undefined`; `Object.is(NaN,
//! NaN)` is true and `Object.is(0, -0)` false).

use oxc_span::Span;

use super::Lowerer;
use super::build::{and, bin, cond, counted, g, hold, num, or};
use super::expr::Ctx;
use super::plan::{ArrayOp, BinaryOp, GExpr, GKind, GStmt, Ty};
use crate::diagnostics::{Code, Diagnostic, Result};

impl Lowerer<'_> {
    /// `array.at(n)`: the element at `n` (from the end when negative), or `undefined`.
    pub(crate) fn array_at(
        &self,
        array: GExpr,
        n: GExpr,
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        use crate::builtins::{Receiver, lookup};
        let Ty::Arr(id) = array.ty else {
            unreachable!("called on arrays")
        };
        let elem = self.types.borrow().elem(id);
        let ty = elem.nullable(true).ok_or_else(|| {
            Diagnostic::new(
                Code::UnsupportedCall,
                span,
                "`.at()` of an array whose elements may be `null` is not supported yet",
            )
        })?;
        let trunc = lookup("Math.trunc", Receiver::Global, 1).expect("Math.trunc row");
        let mut b = Vec::new();
        let a = hold(&mut b, array, cx);
        let len = hold(&mut b, g(GKind::ArrayLen(Box::new(a.clone())), Ty::Num), cx);
        let t = hold(
            &mut b,
            g(
                GKind::Builtin {
                    id: trunc,
                    args: vec![n],
                },
                Ty::Num,
            ),
            cx,
        );
        // ToIntegerOrInfinity: NaN is 0.
        let k = hold(
            &mut b,
            cond(
                bin(BinaryOp::Ne, t.clone(), t.clone()),
                num(0.0),
                t,
                Ty::Num,
            ),
            cx,
        );
        let k = hold(
            &mut b,
            cond(
                bin(BinaryOp::Lt, k.clone(), num(0.0)),
                g(
                    GKind::Binary(BinaryOp::Add, Box::new(len.clone()), Box::new(k.clone())),
                    Ty::Num,
                ),
                k,
                Ty::Num,
            ),
            cx,
        );
        let inside = and(
            bin(BinaryOp::Ge, k.clone(), num(0.0)),
            bin(BinaryOp::Lt, k.clone(), len),
        );
        let read = g(GKind::Index(Box::new(a), Box::new(k)), elem);
        let read = if ty == elem {
            read
        } else {
            g(GKind::Wrap(Box::new(read)), ty)
        };
        Ok(cond(inside, read, g(GKind::Null, ty), ty).after(b))
    }

    /// `array.flat()`: the elements of its element arrays, in order (a copy when the elements
    /// are not arrays).
    pub(crate) fn array_flat(&self, array: GExpr, cx: &mut Ctx) -> GExpr {
        let Ty::Arr(id) = array.ty else {
            unreachable!("called on arrays")
        };
        let stored_ty = self.types.borrow().elem(id);
        // Rows that may be missing (`flatMap(d => byDay[d])` over a dictionary): a missing one
        // stops with a run-time error, where JS would keep `undefined` as an item.
        let inner_ty = match stored_ty {
            Ty::Opt(o) if matches!(o.base(), Ty::Arr(_)) => o.base(),
            other => other,
        };
        let Ty::Arr(inner) = inner_ty else {
            let ty = array.ty;
            return g(
                GKind::ArrayOp(ArrayOp::Slice, vec![array, num(0.0), num(f64::INFINITY)]),
                ty,
            );
        };
        let item = self.types.borrow().elem(inner);
        let out_ty = self.types.borrow_mut().array(item);
        let mut b = Vec::new();
        let outer = hold(&mut b, array, cx);
        let out = hold(&mut b, g(GKind::NewArray(Vec::new()), out_ty), cx);
        let i = cx.scratch_locals().fresh(Ty::Num);
        let row = cx.scratch_locals().fresh(inner_ty);
        let row_get = g(GKind::Local(row), inner_ty);
        let j = cx.scratch_locals().fresh(Ty::Num);
        let inner_loop = counted(
            j,
            g(GKind::ArrayLen(Box::new(row_get.clone())), Ty::Num),
            vec![GStmt::Eval {
                value: g(
                    GKind::ArrayOp(
                        ArrayOp::Push,
                        vec![
                            out.clone(),
                            g(
                                GKind::Index(
                                    Box::new(row_get.clone()),
                                    Box::new(g(GKind::Local(j), Ty::Num)),
                                ),
                                item,
                            ),
                        ],
                    ),
                    Ty::Num,
                ),
            }],
            cx,
        );
        let stored = g(
            GKind::Index(
                Box::new(outer.clone()),
                Box::new(g(GKind::Local(i), Ty::Num)),
            ),
            stored_ty,
        );
        let value = if stored_ty == inner_ty {
            stored
        } else {
            self.if_some(stored, inner_ty, |v| v, g(GKind::Trap, inner_ty))
        };
        let mut body = vec![GStmt::Let { local: row, value }];
        body.extend(inner_loop);
        b.extend(counted(
            i,
            g(GKind::ArrayLen(Box::new(outer)), Ty::Num),
            body,
            cx,
        ));
        out.after(b)
    }

    /// `Object.is(a, b)`: `===`, except that `NaN` is itself and `0` is not `-0`.
    pub(crate) fn object_is(&self, a: GExpr, b: GExpr, cx: &mut Ctx, span: Span) -> Result<GExpr> {
        if a.ty != b.ty {
            return Err(Diagnostic::new(
                Code::TypeMismatch,
                span,
                format!(
                    "`Object.is` of {} and {} is not supported yet",
                    self.show(a.ty),
                    self.show(b.ty)
                ),
            ));
        }
        if a.ty != Ty::Num {
            return Ok(bin(BinaryOp::Eq, a, b));
        }
        let mut s = Vec::new();
        let a = hold(&mut s, a, cx);
        let b = hold(&mut s, b, cx);
        let recip = |x: GExpr| {
            g(
                GKind::Binary(BinaryOp::Div, Box::new(num(1.0)), Box::new(x)),
                Ty::Num,
            )
        };
        let same = and(
            bin(BinaryOp::Eq, a.clone(), b.clone()),
            or(
                bin(BinaryOp::Ne, a.clone(), num(0.0)),
                bin(BinaryOp::Eq, recip(a.clone()), recip(b.clone())),
            ),
        );
        let both_nan = and(
            bin(BinaryOp::Ne, a.clone(), a),
            bin(BinaryOp::Ne, b.clone(), b),
        );
        Ok(or(same, both_nan).after(s))
    }
}
