//! Small constructors of plan expressions and statements, shared by the lowerings that build
//! loops and conditions of their own (`collections.rs`, `dicts.rs`, `array_extras.rs`).

use super::expr::Ctx;
use super::plan::{ArrayOp, BinaryOp, GExpr, GKind, GStmt, LocalId, Ty, UnaryOp};
use crate::ir::LogicalOp;

pub(super) fn g(kind: GKind, ty: Ty) -> GExpr {
    GExpr { kind, ty }
}

pub(super) fn num(v: f64) -> GExpr {
    g(GKind::Num(v), Ty::Num)
}

pub(super) fn bin(o: BinaryOp, a: GExpr, b: GExpr) -> GExpr {
    g(GKind::Binary(o, Box::new(a), Box::new(b)), Ty::Bool)
}

pub(super) fn and(a: GExpr, b: GExpr) -> GExpr {
    g(
        GKind::Logical(LogicalOp::And, Box::new(a), Box::new(b)),
        Ty::Bool,
    )
}

pub(super) fn or(a: GExpr, b: GExpr) -> GExpr {
    g(
        GKind::Logical(LogicalOp::Or, Box::new(a), Box::new(b)),
        Ty::Bool,
    )
}

pub(super) fn not(e: GExpr) -> GExpr {
    g(GKind::Unary(UnaryOp::Not, Box::new(e)), Ty::Bool)
}

pub(super) fn cond(test: GExpr, a: GExpr, b: GExpr, ty: Ty) -> GExpr {
    g(GKind::Cond(Box::new(test), Box::new(a), Box::new(b)), ty)
}

pub(super) fn op(which: ArrayOp, args: Vec<GExpr>, ty: Ty) -> GExpr {
    g(GKind::ArrayOp(which, args), ty)
}

/// A copy of an array (`slice(0, Infinity)`).
pub(super) fn copy(array: GExpr) -> GExpr {
    let ty = array.ty;
    op(
        ArrayOp::Slice,
        vec![array, num(0.0), num(f64::INFINITY)],
        ty,
    )
}

pub(super) fn eval(value: GExpr) -> GStmt {
    GStmt::Eval { value }
}

/// `for (local = 0; local < len; local++) body`, with `len` evaluated once (before the loop,
/// so `body` may change the array it measures only as JavaScript's loop over a held length).
pub(super) fn counted(local: LocalId, len: GExpr, body: Vec<GStmt>, cx: &mut Ctx) -> Vec<GStmt> {
    let n = cx.scratch_locals().fresh(Ty::Num);
    let get = g(GKind::Local(local), Ty::Num);
    vec![
        GStmt::Let {
            local: n,
            value: len,
        },
        GStmt::Let {
            local,
            value: num(0.0),
        },
        GStmt::Loop {
            test: Some(bin(BinaryOp::Lt, get.clone(), g(GKind::Local(n), Ty::Num))),
            body,
            update: vec![GStmt::Let {
                local,
                value: g(
                    GKind::Binary(BinaryOp::Add, Box::new(get), Box::new(num(1.0))),
                    Ty::Num,
                ),
            }],
            test_at_end: false,
        },
    ]
}

/// `v` in a new local unless it is one: statements for `stmts`, and the read.
pub(super) fn hold(stmts: &mut Vec<GStmt>, v: GExpr, cx: &mut Ctx) -> GExpr {
    if matches!(v.kind, GKind::Local(_)) {
        return v;
    }
    let ty = v.ty;
    let local = cx.scratch_locals().fresh(ty);
    stmts.push(GStmt::Let { local, value: v });
    g(GKind::Local(local), ty)
}
