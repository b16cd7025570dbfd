//! Functions as values: a function stored in an object, an array or a variable and called
//! later (`{ add: (a, b) => a + b }`, `const rules = [required, minLength(3)]`,
//! `operations[op].fn(x, y)`, `rule(value)`).
//!
//! Every function used as a value gets a number, its index in the app's table of function
//! values (`Lowerer::function_values`); the value is a record holding that number (the type
//! `Types::function`, so function values go wherever records go: arrays, objects, state,
//! props). A call of a function value compares the number with each function of the table
//! that can take the call's arguments and runs the matching one inlined — defunctionalization:
//! no indirect calls and no closure objects, as dx inlines the functions it calls anyway.
//!
//! The table must be complete at every call: a call lowered before a later function value
//! was made saw too few, so lowering starts again knowing the whole table (`Hints::functions`,
//! see `lower::lower`).
//!
//! What a function value may read: its parameters, module-level values, and the state and
//! props of the component it is written in (a function written in a component body reads the
//! values of the render that made it, as the calls happen within that render or its handlers).
//! A function written inside another function may not read that function's variables, which
//! are gone when it is called later (the call is refused at compile time), except the
//! parameters of a function that made it (`minLength(3)`), whose values are kept with it.

use std::rc::Rc;

use oxc_span::Span;

use super::expr::{Ctx, LocalMap};
use super::plan::{BinaryOp, GExpr, GKind, GStmt, Ty};
use super::{Closure, Instance, Lowerer};
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{Expr, HandlerRef};

/// More functions than this at one call would make every such call large.
const MAX_CANDIDATES: usize = 64;

impl Lowerer<'_> {
    /// `ExprKind::Function`: the value of a function.
    pub(crate) fn function_value(
        &self,
        inst: &Rc<Instance>,
        h: &HandlerRef,
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        let closure = self.resolve_in(inst, h, cx)?;
        // A function written inside another one may read that one's variables: where it is
        // called it gets a map of locals of its own (`inline_candidate`), so such a read is
        // refused there ("this parameter has no value here"), never a read of other locals.
        let _ = span;
        let reads_locals = closure.made_by.iter().any(|(_, args)| {
            let mut found = false;
            for a in args {
                a.visit(&mut |e| found |= matches!(e.kind, GKind::Local(_)));
            }
            found
        });
        if reads_locals {
            return Err(Diagnostic::new(
                Code::UnsupportedExpression,
                span,
                "a function made from the variables of a function cannot be stored as a value yet",
            )
            .with_hint("make it in the component body, from state, props or constants"));
        }
        let number = self.function_number(closure);
        let ty = self.types.borrow_mut().function();
        Ok(g(
            GKind::NewRecord(vec![g(GKind::Num(number as f64), Ty::Num)]),
            ty,
        ))
    }

    /// The number of `closure` in the table of function values, adding it when new. The
    /// table is rebuilt in the same order by every attempt, so numbers are stable.
    fn function_number(&self, closure: Closure) -> usize {
        let mut table = self.function_values.borrow_mut();
        let same = |c: &Closure| {
            Rc::ptr_eq(&c.handler, &closure.handler)
                && c.instance.id == closure.instance.id
                && c.made_by.is_empty()
                && closure.made_by.is_empty()
        };
        if let Some(i) = table.iter().position(same) {
            return i;
        }
        table.push(closure);
        table.len() - 1
    }

    /// The functions a call of a function value may run: the table as this attempt knows it,
    /// or as the previous attempt left it, whichever is longer.
    fn call_candidates(&self) -> Vec<Closure> {
        let table = self.function_values.borrow();
        let known = &self.hints.functions;
        let all = if known.len() > table.len() {
            known.clone()
        } else {
            table.clone()
        };
        let seen = self
            .fewest_seen
            .get()
            .map_or(all.len(), |n| n.min(all.len()));
        self.fewest_seen.set(Some(seen));
        all
    }

    /// `ExprKind::CallValue` used as a value: the result of the function whose number the
    /// callee holds.
    pub(crate) fn call_value(
        &self,
        inst: &Instance,
        callee: &Expr,
        args: &[Expr],
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        let (number, lets, values) = self.call_parts(inst, callee, args, cx, span)?;
        let mut arms: Vec<(usize, Vec<GStmt>, Ty)> = Vec::new();
        let mut first_error = None;
        for (i, closure) in self.call_candidates().iter().enumerate() {
            match self.inline_candidate(closure, &values, cx, span, true) {
                Ok((body, Some(ty))) => arms.push((i, body, ty)),
                Ok((_, None)) => {}
                Err(e) if reads_gone_variable(&e) => return Err(e),
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        let Some(ty) = arms.first().map(|a| a.2) else {
            return Err(first_error.unwrap_or_else(|| no_function(span)));
        };
        if let Some(other) = arms.iter().find(|a| a.2 != ty) {
            return Err(Diagnostic::new(
                Code::TypeMismatch,
                span,
                format!(
                    "the functions this call may run return different types: {} and {}",
                    self.show(ty),
                    self.show(other.2)
                ),
            ));
        }
        // number == i ? arm_i : … : a run-time error (a function that cannot take these
        // arguments, as calling it would fail in JavaScript).
        let mut value = g(GKind::Trap, ty);
        for (i, body, ty) in arms.into_iter().rev() {
            let test = g(
                GKind::Binary(
                    BinaryOp::Eq,
                    Box::new(number.clone()),
                    Box::new(g(GKind::Num(i as f64), Ty::Num)),
                ),
                Ty::Bool,
            );
            value = g(
                GKind::Cond(
                    Box::new(test),
                    Box::new(g(GKind::Block(body), ty)),
                    Box::new(value),
                ),
                ty,
            );
        }
        let mut block = lets;
        block.push(GStmt::Return { value: Some(value) });
        Ok(g(GKind::Block(block), ty))
    }

    /// `ExprKind::CallValue` as a statement: runs the function, whatever it returns.
    pub(crate) fn call_value_stmt(
        &self,
        inst: &Instance,
        callee: &Expr,
        args: &[Expr],
        cx: &mut Ctx,
        out: &mut Vec<GStmt>,
        span: Span,
    ) -> Result<()> {
        let (number, lets, values) = self.call_parts(inst, callee, args, cx, span)?;
        let mut arms = Vec::new();
        let mut first_error = None;
        for (i, closure) in self.call_candidates().iter().enumerate() {
            match self.inline_candidate(closure, &values, cx, span, false) {
                Ok((body, _)) => arms.push((i, body)),
                Err(e) if reads_gone_variable(&e) => return Err(e),
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        if arms.is_empty() {
            return Err(first_error.unwrap_or_else(|| no_function(span)));
        }
        out.extend(lets);
        let mut otherwise = vec![GStmt::Throw];
        for (i, body) in arms.into_iter().rev() {
            let test = g(
                GKind::Binary(
                    BinaryOp::Eq,
                    Box::new(number.clone()),
                    Box::new(g(GKind::Num(i as f64), Ty::Num)),
                ),
                Ty::Bool,
            );
            otherwise = vec![GStmt::If {
                test,
                then: vec![GStmt::Inlined { body }],
                otherwise,
            }];
        }
        out.extend(otherwise);
        Ok(())
    }

    /// The callee's function number and the arguments, each put in a local first (every
    /// candidate reads them): (number, the assignments, the argument locals).
    fn call_parts(
        &self,
        inst: &Instance,
        callee: &Expr,
        args: &[Expr],
        cx: &mut Ctx,
        span: Span,
    ) -> Result<(GExpr, Vec<GStmt>, Vec<GExpr>)> {
        if self
            .function_values
            .borrow()
            .len()
            .max(self.hints.functions.len())
            > MAX_CANDIDATES
        {
            return Err(Diagnostic::new(
                Code::UnsupportedCall,
                span,
                format!(
                    "this app has more than {MAX_CANDIDATES} functions used as values, which dx does not call yet"
                ),
            ));
        }
        let f = self.expr(inst, callee, cx)?;
        if !self.types.borrow().is_function(f.ty) {
            return Err(Diagnostic::new(
                Code::UnsupportedCall,
                span,
                format!("this calls a {}, which is not a function", self.show(f.ty)),
            ));
        }
        let locals = cx.scratch_locals();
        let mut lets = Vec::new();
        let number_local = locals.fresh(Ty::Num);
        lets.push(GStmt::Let {
            local: number_local,
            value: g(GKind::Field(Box::new(f), 0), Ty::Num),
        });
        let mut values = Vec::new();
        for a in args {
            // The event a handler passes on (`onClick={shortcuts[key]}`) may be an argument.
            let v = self.expr_raw(inst, a, cx)?;
            if v.ty == Ty::Null && !self.discovery {
                return Err(super::nullable::untyped_null(a.span));
            }
            let locals = cx.scratch_locals();
            let id = locals.fresh(v.ty);
            values.push(g(GKind::Local(id), v.ty));
            lets.push(GStmt::Let {
                local: id,
                value: v,
            });
        }
        Ok((g(GKind::Local(number_local), Ty::Num), lets, values))
    }

    /// One candidate inlined with the call's arguments (extra arguments are ignored, missing
    /// ones are refused): its statements and, when `value`, the type it returns.
    fn inline_candidate(
        &self,
        closure: &Closure,
        values: &[GExpr],
        cx: &mut Ctx,
        span: Span,
        value: bool,
    ) -> Result<(Vec<GStmt>, Option<Ty>)> {
        if closure.handler.params > values.len() {
            return Err(Diagnostic::new(
                Code::UnsupportedCall,
                span,
                format!(
                    "a function this call may run takes {} argument(s), the call passes {}",
                    closure.handler.params,
                    values.len()
                ),
            ));
        }
        let caller = cx.scratch_locals();
        // A function value reads no variable of the caller: a map of its own.
        let mut map = LocalMap {
            map: Vec::new(),
            types: caller.types.clone(),
        };
        let mut body = Vec::new();
        for (i, v) in values.iter().take(closure.handler.params).enumerate() {
            let id = map.bind(closure.handler.first_local + i, v.ty);
            body.push(GStmt::Let {
                local: id,
                value: v.clone(),
            });
        }
        let snapshot = self.inlined_snapshot(closure, cx);
        let ty = if value {
            let (inlined, ty) = self.inline_value(closure, map, span, snapshot)?;
            body.extend(inlined);
            Some(ty)
        } else {
            body.extend(self.inline(closure, map, &mut Vec::new(), snapshot)?);
            None
        };
        // A function that reads component state, run where it may have been stored in state
        // (checked once lowering is done: `check_stored_functions`). Reads of the latest value
        // are the same whenever the function was made: a ref's `.current`, and in a React
        // handler (which reads the render's values as `Snapshot`s) the live reads of
        // functional updates (`setN((n) => n + 1)`).
        let constants = self.constant_slots.borrow().clone();
        let mut reads_state = false;
        super::plan::visit_body_exprs(&body, &mut |e| {
            reads_state |= match e.kind {
                GKind::Snapshot(s) => !constants.contains(&Some(s)),
                GKind::Slot(s) => {
                    !constants.contains(&Some(s))
                        && !snapshot
                        && !self.plan.slots.get(s).is_some_and(|x| x.is_ref)
                }
                _ => false,
            };
        });
        if reads_state {
            self.calls_reading_state.borrow_mut().push(span);
        }
        Ok((body, ty))
    }

    /// A function value stored in state (or a module variable) is called later, when React
    /// would have it read the state of the render that made it; dx reads the state of the
    /// render that calls it. Refused where both happen: some state holds function values and
    /// a call of a function value reads state.
    pub(crate) fn check_stored_functions(&self) -> Result<()> {
        if !self.functions_in_state.get() {
            return Ok(());
        }
        match self.calls_reading_state.borrow().first() {
            Some(&span) => Err(Diagnostic::new(
                Code::UnsupportedExpression,
                span,
                "this calls a function that reads state, and this app keeps functions in state: React would have it read the state of the render that made it, which dx does not keep yet",
            )
            .with_hint("pass the values the function needs as arguments when you call it")),
            None => Ok(()),
        }
    }

    /// `receiver.name` when `receiver` (of type `ty`) is a record whose field `name` holds
    /// function values: the callee of `receiver.name(…)`.
    pub(crate) fn method_value(
        &self,
        receiver: &Expr,
        ty: Ty,
        name: &str,
        span: Span,
    ) -> Option<Expr> {
        let Ty::Rec(id) = ty else { return None };
        let field = self.types.borrow().field(id, name).map(|(_, t)| t)?;
        self.types.borrow().is_function(field).then(|| {
            Expr::new(
                crate::ir::ExprKind::Field(Box::new(receiver.clone()), name.to_string()),
                span,
            )
        })
    }

    /// After a lowering: whether some call saw fewer function values than the app has, so
    /// lowering must start again with the whole table (see `lower::lower`).
    pub(crate) fn function_table_incomplete(&self) -> bool {
        let total = self.function_values.borrow().len();
        self.fewest_seen.get().is_some_and(|seen| seen < total)
    }
}

/// Whether a candidate failed because it reads (or assigns) a variable of the function it
/// was written in: that is an error of the program as dx compiles it, not a sign that this
/// call cannot run that candidate, so it is reported rather than skipped.
fn reads_gone_variable(d: &Diagnostic) -> bool {
    matches!(d.code, Code::EventOutsideHandler | Code::HandlerStatement)
}

fn no_function(span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::UnsupportedCall,
        span,
        "no function of this app can take these arguments",
    )
}

fn g(kind: GKind, ty: Ty) -> GExpr {
    GExpr { kind, ty }
}
