//! `array.sort(compare?)` and `array.toSorted(compare?)`: a stable insertion sort with the
//! comparator inlined. JavaScript's sort is stable (ES2019), so for a comparator that is
//! consistent the result is the one order any stable algorithm gives; insertion sort keeps the
//! code small and needs no scratch array, at O(n²) comparisons (fine for the lists a UI sorts;
//! a merge sort is the upgrade path when a benchmark asks for it).
//!
//! Without a comparator JavaScript compares the elements' strings (`[10, 9, 1].sort()` is
//! `[1, 10, 9]`), which dx does too. A comparator must return a number: a boolean one
//! (`(a, b) => a > b`) is inconsistent, and its result depends on the engine's algorithm.

use std::rc::Rc;

use oxc_span::Span;

use super::expr::{Ctx, Returns};
use super::plan::{ArrayOp, BinaryOp, GExpr, GKind, GStmt, Ty};
use super::{Instance, Lowerer};
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{Expr, ExprKind};

impl Lowerer<'_> {
    /// `array.sort(compare)` (in place, `copy` false) or `.toSorted(compare)` (a sorted copy).
    pub(crate) fn sort(
        &self,
        inst: &Instance,
        array: GExpr,
        compare: Option<&Expr>,
        copy: bool,
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        let Ty::Arr(id) = array.ty else {
            return Err(Diagnostic::new(
                Code::UnsupportedCall,
                span,
                "`.sort()` sorts arrays",
            ));
        };
        let ty = array.ty;
        let elem = self.types.borrow().elem(id);
        let locals = cx.scratch_locals();
        let a = locals.fresh(ty);
        let n = locals.fresh(Ty::Num);
        let i = locals.fresh(Ty::Num);
        let j = locals.fresh(Ty::Num);
        let x = locals.fresh(elem);
        let y = locals.fresh(elem);
        let local = |id, t| g(GKind::Local(id), t);
        let num = |v: f64| g(GKind::Num(v), Ty::Num);
        let bin = |op, l: GExpr, r: GExpr, t| g(GKind::Binary(op, Box::new(l), Box::new(r)), t);
        // Whether `y` (before `x`) must move after `x`: compare(y, x) > 0.
        let after = match compare {
            Some(c) => {
                let order = self.comparator(inst, c, local(y, elem), local(x, elem), elem, cx)?;
                bin(BinaryOp::Gt, order, num(0.0), Ty::Bool)
            }
            None => {
                let text = |e: GExpr| match e.ty {
                    Ty::Str => e,
                    _ => g(GKind::ToString(Box::new(e)), Ty::Str),
                };
                if elem.is_heap() {
                    return Err(Diagnostic::new(
                        Code::UnsupportedCall,
                        span,
                        "`.sort()` of objects or arrays needs a comparator",
                    )
                    .with_hint(
                        "sort by a field: `.sort((a, b) => a.name.localeCompare(b.name))`",
                    ));
                }
                bin(
                    BinaryOp::Gt,
                    text(local(y, elem)),
                    text(local(x, elem)),
                    Ty::Bool,
                )
            }
        };
        let source = if copy {
            g(
                GKind::ArrayOp(ArrayOp::Slice, vec![array, num(0.0), num(f64::INFINITY)]),
                ty,
            )
        } else {
            array
        };
        let index = |arr, k| g(GKind::Index(Box::new(arr), Box::new(k)), elem);
        let body = vec![
            GStmt::Let {
                local: a,
                value: source,
            },
            GStmt::Let {
                local: n,
                value: g(GKind::ArrayLen(Box::new(local(a, ty))), Ty::Num),
            },
            GStmt::Let {
                local: i,
                value: num(1.0),
            },
            GStmt::Loop {
                test: Some(bin(
                    BinaryOp::Lt,
                    local(i, Ty::Num),
                    local(n, Ty::Num),
                    Ty::Bool,
                )),
                body: vec![
                    GStmt::Let {
                        local: x,
                        value: index(local(a, ty), local(i, Ty::Num)),
                    },
                    GStmt::Let {
                        local: j,
                        value: bin(BinaryOp::Sub, local(i, Ty::Num), num(1.0), Ty::Num),
                    },
                    GStmt::Loop {
                        test: Some(bin(BinaryOp::Ge, local(j, Ty::Num), num(0.0), Ty::Bool)),
                        body: vec![
                            GStmt::Let {
                                local: y,
                                value: index(local(a, ty), local(j, Ty::Num)),
                            },
                            GStmt::If {
                                test: g(
                                    GKind::Unary(super::plan::UnaryOp::Not, Box::new(after)),
                                    Ty::Bool,
                                ),
                                then: vec![GStmt::Break],
                                otherwise: Vec::new(),
                            },
                            GStmt::SetIndex {
                                array: local(a, ty),
                                index: bin(BinaryOp::Add, local(j, Ty::Num), num(1.0), Ty::Num),
                                value: local(y, elem),
                            },
                            GStmt::Let {
                                local: j,
                                value: bin(BinaryOp::Sub, local(j, Ty::Num), num(1.0), Ty::Num),
                            },
                        ],
                        update: Vec::new(),
                        test_at_end: false,
                    },
                    GStmt::SetIndex {
                        array: local(a, ty),
                        index: bin(BinaryOp::Add, local(j, Ty::Num), num(1.0), Ty::Num),
                        value: local(x, elem),
                    },
                ],
                update: vec![GStmt::Let {
                    local: i,
                    value: bin(BinaryOp::Add, local(i, Ty::Num), num(1.0), Ty::Num),
                }],
                test_at_end: false,
            },
            GStmt::Return {
                value: Some(local(a, ty)),
            },
        ];
        Ok(g(GKind::Block(body), ty))
    }

    /// The comparator's result for `(first, second)`: its body inlined with its parameters
    /// bound to those two values; a number.
    fn comparator(
        &self,
        inst: &Instance,
        compare: &Expr,
        first: GExpr,
        second: GExpr,
        elem: Ty,
        cx: &mut Ctx,
    ) -> Result<GExpr> {
        let ExprKind::Lambda(lambda) = &compare.kind else {
            return Err(Diagnostic::new(
                Code::UnsupportedCall,
                compare.span,
                "pass the comparator in place: `.sort((a, b) => a - b)`",
            ));
        };
        if lambda.params.len() != 2 {
            return Err(Diagnostic::new(
                Code::UnsupportedCall,
                lambda.span,
                "a comparator takes two parameters: `(a, b) => …`",
            ));
        }
        let map = cx.scratch_locals();
        let mut body = Vec::new();
        for (p, v) in lambda.params.iter().zip([first, second]) {
            let id = map.bind(*p, elem);
            body.push(GStmt::Let {
                local: id,
                value: v,
            });
        }
        let returns = Returns::new(None, false);
        let saved = cx.returns.replace(returns.clone());
        let result = self.stmts(
            &Rc::new(inst.clone()),
            &lambda.body,
            cx,
            &mut body,
            &mut Vec::new(),
        );
        cx.returns = saved;
        result?;
        let ty = returns.borrow().ty;
        match ty {
            Some(Ty::Num) => Ok(g(GKind::Block(body), Ty::Num)),
            Some(Ty::Bool) => Err(Diagnostic::new(
                Code::TypeMismatch,
                lambda.span,
                "a comparator returns a number (negative, zero or positive), not a boolean",
            )
            .with_hint(
                "for ascending order write `(a, b) => a - b`; for strings `a.localeCompare(b)`",
            )),
            _ => Err(Diagnostic::new(
                Code::TypeMismatch,
                lambda.span,
                "a comparator returns a number: `(a, b) => a - b`",
            )),
        }
    }
}

fn g(kind: GKind, ty: Ty) -> GExpr {
    GExpr { kind, ty }
}
