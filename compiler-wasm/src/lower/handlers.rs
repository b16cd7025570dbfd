//! Handlers: a DOM event's function, with every function it calls inlined, becomes one
//! flat list of typed statements over global slots.

use std::cell::RefCell;
use std::rc::Rc;

use super::expr::{Ctx, LocalMap, truthy};
use super::plan::{GExpr, GKind, GStmt, HandlerPlan, Ty};
use super::{Closure, Instance, Lowerer, PropArg};
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{self, HandlerRef, Stmt};

/// The functions being inlined, innermost last; a call to one of them is recursion.
type CallStack = Vec<*const ir::Handler>;

impl Lowerer<'_> {
    /// The function value `h` as written in `inst`.
    pub(crate) fn resolve(&self, inst: &Rc<Instance>, h: &HandlerRef) -> Result<Closure> {
        match h {
            HandlerRef::Inline(handler) => Ok(Closure {
                handler: handler.clone(),
                instance: inst.clone(),
            }),
            HandlerRef::Function(id) => Ok(Closure {
                handler: self.program.components[inst.component].functions[*id].clone(),
                instance: inst.clone(),
            }),
            HandlerRef::Prop(p, span) => match &inst.props[*p] {
                PropArg::Handler(c) => Ok(c.clone()),
                PropArg::Value(_) => Err(Diagnostic::new(
                    Code::HandlerNotFunction,
                    *span,
                    format!("prop `{}` is not a function", self.prop_name(inst, *p)),
                )),
                PropArg::Missing { call_site } => Err(Diagnostic::new(
                    Code::MissingProp,
                    *call_site,
                    format!(
                        "`<{}>` needs the callback prop `{}`",
                        self.program.components[inst.component].name,
                        self.prop_name(inst, *p)
                    ),
                )),
            },
        }
    }

    /// Compiles `closure` as the handler of a DOM event; returns its handler index.
    pub(crate) fn event_handler(&mut self, closure: &Closure, event: &str) -> Result<usize> {
        if closure.handler.params > 1 {
            return Err(Diagnostic::new(
                Code::HandlerStatement,
                closure.handler.span,
                "an event handler takes at most one parameter (the event)",
            ));
        }
        let types = Rc::new(RefCell::new(vec![Ty::Event]));
        let map = LocalMap {
            map: if closure.handler.params == 1 {
                vec![Some(0)]
            } else {
                Vec::new()
            },
            types: types.clone(),
        };
        let body = self.inline(closure, map, &mut CallStack::new())?;
        let label = format!(
            "{}.on{event}",
            self.program.components[closure.instance.component].name
        );
        let locals = types.borrow().clone();
        self.plan.handlers.push(HandlerPlan {
            locals,
            body,
            label,
        });
        Ok(self.plan.handlers.len() - 1)
    }

    fn inline(
        &self,
        closure: &Closure,
        map: LocalMap,
        stack: &mut CallStack,
    ) -> Result<Vec<GStmt>> {
        let snapshot = self.program.components[closure.instance.component].snapshot_reads;
        let mut cx = Ctx {
            locals: Some(map),
            snapshot,
        };
        let mut out = Vec::new();
        stack.push(Rc::as_ptr(&closure.handler));
        let result = self.stmts(
            &closure.instance,
            &closure.handler.body,
            &mut cx,
            &mut out,
            stack,
        );
        stack.pop();
        result.map(|()| out)
    }

    fn stmts(
        &self,
        inst: &Rc<Instance>,
        stmts: &[Stmt],
        cx: &mut Ctx,
        out: &mut Vec<GStmt>,
        stack: &mut CallStack,
    ) -> Result<()> {
        for stmt in stmts {
            match stmt {
                Stmt::SetState { state, value, span } => {
                    let slot = inst.slot_base + state;
                    let value = self.expr(inst, value, cx)?;
                    self.check_assign(slot, &value, *span)?;
                    out.push(GStmt::Set { slot, value });
                }
                Stmt::UpdateState {
                    state,
                    local,
                    value,
                    span,
                } => {
                    let slot = inst.slot_base + state;
                    let ty = self.plan.slots[slot].ty;
                    let id = locals(cx).bind(*local, ty);
                    out.push(GStmt::Let {
                        local: id,
                        value: GExpr {
                            kind: GKind::Slot(slot),
                            ty,
                        },
                    });
                    let value = self.expr(inst, value, cx)?;
                    self.check_assign(slot, &value, *span)?;
                    out.push(GStmt::Set { slot, value });
                }
                Stmt::Let { local, value } => {
                    let value = self.expr(inst, value, cx)?;
                    let id = locals(cx).bind(*local, value.ty);
                    out.push(GStmt::Let { local: id, value });
                }
                Stmt::If {
                    test,
                    then,
                    otherwise,
                } => {
                    let test = truthy(self.expr(inst, test, cx)?);
                    let (mut t, mut o) = (Vec::new(), Vec::new());
                    self.stmts(inst, then, cx, &mut t, stack)?;
                    self.stmts(inst, otherwise, cx, &mut o, stack)?;
                    out.push(GStmt::If {
                        test,
                        then: t,
                        otherwise: o,
                    });
                }
                Stmt::Call { callee, args, span } => {
                    let callee = self.resolve(inst, callee)?;
                    if stack.contains(&Rc::as_ptr(&callee.handler)) {
                        return Err(Diagnostic::new(
                            Code::HandlerStatement,
                            *span,
                            "this call makes a handler call itself",
                        )
                        .with_hint("recursion is not supported in handlers; use a condition or state instead"));
                    }
                    let types = locals(cx).types.clone();
                    let mut map = LocalMap {
                        map: Vec::new(),
                        types,
                    };
                    for (i, arg) in args.iter().enumerate() {
                        let value = self.expr(inst, arg, cx)?;
                        let id = map.bind(i, value.ty);
                        out.push(GStmt::Let { local: id, value });
                    }
                    out.extend(self.inline(&callee, map, stack)?);
                }
                Stmt::PreventDefault { local, span } => {
                    let id = locals(cx).map.get(*local).copied().flatten();
                    match id {
                        Some(id) if locals(cx).types.borrow()[id as usize] == Ty::Event => {
                            out.push(GStmt::PreventDefault { local: id })
                        }
                        _ => {
                            return Err(Diagnostic::new(
                                Code::UnsupportedCall,
                                *span,
                                "`preventDefault` needs the event object",
                            ));
                        }
                    }
                }
            }
        }
        Ok(())
    }

    fn check_assign(&self, slot: usize, value: &GExpr, span: oxc_span::Span) -> Result<()> {
        let ty = self.plan.slots[slot].ty;
        if value.ty != ty {
            return Err(Diagnostic::new(
                Code::TypeMismatch,
                span,
                format!(
                    "`{}` holds a {}, but this assigns a {}",
                    self.plan.slots[slot].name,
                    ty.name(),
                    value.ty.name()
                ),
            ));
        }
        Ok(())
    }
}

fn locals(cx: &mut Ctx) -> &mut LocalMap {
    cx.locals
        .as_mut()
        .expect("handler bodies always have locals")
}
