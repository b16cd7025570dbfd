//! Effect cleanups: `useEffect(() => { const id = setInterval(tick, 1000); return () =>
//! clearInterval(id); }, [])`. The cleanup runs later (before the effect runs again, and when
//! its component unmounts), when the effect's locals are gone, so `return cleanup` saves the
//! effect's locals in slots of their own and notes which cleanup is due; the cleanup is a
//! callback whose body starts by reading them back. React runs a cleanup once: the note is
//! cleared before it runs.

use std::cell::RefCell;
use std::rc::Rc;

use oxc_span::Span;

use super::expr::{Ctx, LocalMap};
use super::handlers::CallStack;
use super::plan::{BinaryOp, GExpr, GKind, GStmt, HandlerPlan, Slot, SlotId, Ty};
use super::{Instance, Lowerer};
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::HandlerRef;

fn g(kind: GKind, ty: Ty) -> GExpr {
    GExpr { kind, ty }
}

impl Lowerer<'_> {
    /// `return cleanup` in an effect's body.
    pub(crate) fn return_cleanup(
        &self,
        inst: &Rc<Instance>,
        cleanup: &HandlerRef,
        cx: &mut Ctx,
        out: &mut Vec<GStmt>,
        span: Span,
    ) -> Result<()> {
        let Some((scope, which)) = self
            .current_effect
            .borrow()
            .as_ref()
            .map(|e| (e.scope, e.which))
        else {
            return Err(Diagnostic::new(
                Code::HandlerStatement,
                span,
                "a function can be returned only by an effect, as its cleanup",
            ));
        };
        let name = &self.program.components[inst.component].name;
        let which = match which {
            Some(w) => w,
            None => {
                let w = self.new_hidden_slot(scope, format!("{name}.cleanup_due"), Ty::Num);
                if let Some(e) = self.current_effect.borrow_mut().as_mut() {
                    e.which = Some(w);
                }
                w
            }
        };
        // The effect's locals, saved for the cleanup.
        let captured: Vec<(usize, Ty, SlotId)> = {
            let map = cx.locals.as_ref().ok_or_else(|| {
                Diagnostic::new(
                    Code::HandlerStatement,
                    span,
                    "a cleanup belongs in an effect",
                )
            })?;
            let types = map.types.borrow();
            map.map
                .iter()
                .enumerate()
                .filter_map(|(ir, id)| id.map(|id| (ir, id, types[id as usize])))
                .filter(|(_, _, ty)| !matches!(ty, Ty::Event | Ty::Null))
                .map(|(ir, id, ty)| {
                    let slot = self.new_hidden_slot(scope, format!("{name}.cleanup_local{ir}"), ty);
                    out.push(GStmt::Set {
                        slot,
                        value: g(GKind::Local(id), ty),
                    });
                    (ir, ty, slot)
                })
                .collect()
        };
        let closure = self.resolve(inst, cleanup)?;
        if closure.handler.params > 0 {
            return Err(Diagnostic::new(
                Code::HandlerStatement,
                closure.handler.span,
                "a cleanup takes no parameters",
            ));
        }
        let types = Rc::new(RefCell::new(vec![Ty::Event, Ty::Bool]));
        let mut map = LocalMap {
            map: Vec::new(),
            types: types.clone(),
        };
        let mut body = Vec::new();
        for (ir, ty, slot) in &captured {
            let id = map.bind(*ir, *ty);
            body.push(GStmt::Let {
                local: id,
                value: g(GKind::Slot(*slot), *ty),
            });
        }
        let snapshot = cx.snapshot;
        body.extend(self.inline(&closure, map, &mut CallStack::new(), snapshot)?);
        let callback = {
            let mut callbacks = self.callbacks.borrow_mut();
            callbacks.push(HandlerPlan {
                locals: types.borrow().clone(),
                body,
                label: format!("{name}.cleanup"),
                releases_env: false,
            });
            callbacks.len() - 1
        };
        let k = {
            let mut effect = self.current_effect.borrow_mut();
            let e = effect.as_mut().expect("checked above");
            e.callbacks.push(callback);
            e.callbacks.len()
        };
        out.push(GStmt::Set {
            slot: which,
            value: g(GKind::Num(k as f64), Ty::Num),
        });
        out.push(GStmt::Return { value: None });
        Ok(())
    }

    /// A callback that outlives the run that created it (a timer, a window listener, an
    /// effect's cleanup) sees, in React, the state of the render its closure comes from,
    /// however long it runs: `setInterval(() => setCount(count + 1), 1000)` in an effect
    /// keeps adding to the count of that render. The state callback `callback` reads (as
    /// render values, `Snapshot`) is saved in slots of its own where it is created (`out`,
    /// which reads it as the creating code does), and the callback reads those. Functional
    /// updates (`setCount((c) => c + 1)`) still read the latest value.
    pub(crate) fn capture_render_state(&self, callback: usize, out: &mut Vec<GStmt>) {
        let mut read: Vec<(SlotId, Ty)> = Vec::new();
        {
            let callbacks = self.callbacks.borrow();
            super::plan::visit_body_exprs(&callbacks[callback].body, &mut |e| {
                if let GKind::Snapshot(s) = e.kind
                    && !read.iter().any(|(r, _)| *r == s)
                {
                    read.push((s, e.ty));
                }
            });
        }
        if read.is_empty() {
            return;
        }
        let mut saved = Vec::new();
        for (slot, ty) in read {
            let name = format!(
                "{}.as_rendered",
                self.plan.slots.get(slot).map_or("?", |s| &s.name)
            );
            let hidden = self.new_hidden_slot(0, name, ty);
            out.push(GStmt::Set {
                slot: hidden,
                value: g(GKind::Snapshot(slot), ty),
            });
            saved.push((slot, hidden));
        }
        let mut callbacks = self.callbacks.borrow_mut();
        super::plan::visit_body_mut(&mut callbacks[callback].body, &mut |e| {
            if let GKind::Snapshot(s) = e.kind
                && let Some((_, hidden)) = saved.iter().find(|(r, _)| *r == s)
            {
                e.kind = GKind::Slot(*hidden);
            }
        });
    }

    /// Adds the slots made while lowering a handler or effect to the plan (see
    /// [`Self::new_hidden_slot`]).
    pub(crate) fn drain_hidden_slots(&mut self) -> Result<()> {
        let hidden = self.hidden_slots.take();
        if let (Some(base), false) = (self.hidden_base.take(), hidden.is_empty())
            && base != self.plan.slots.len()
        {
            return Err(Diagnostic::new(
                Code::Internal,
                Span::new(0, 0),
                "slots were added while a callback's saved state was being numbered",
            ));
        }
        for (owner, slot) in hidden {
            self.plan.scopes[owner]
                .owned_slots
                .push(self.plan.slots.len());
            self.plan.slots.push(slot);
        }
        Ok(())
    }

    /// The start of an effect with cleanups: the one its previous run left due runs first.
    pub(crate) fn run_due_cleanup(
        &mut self,
        handler: usize,
        which: SlotId,
        callbacks: &[usize],
    ) -> Vec<GStmt> {
        let locals = &mut self.plan.handlers[handler].locals;
        locals.push(Ty::Num);
        let due = (locals.len() - 1) as u32;
        let num = |v: f64| g(GKind::Num(v), Ty::Num);
        let mut then = vec![GStmt::Set {
            slot: which,
            value: num(0.0),
        }];
        for (k, callback) in callbacks.iter().enumerate() {
            then.push(GStmt::If {
                test: g(
                    GKind::Binary(
                        BinaryOp::Eq,
                        Box::new(g(GKind::Local(due), Ty::Num)),
                        Box::new(num((k + 1) as f64)),
                    ),
                    Ty::Bool,
                ),
                then: vec![GStmt::RunCallback {
                    callback: *callback,
                }],
                otherwise: Vec::new(),
            });
        }
        vec![
            GStmt::Let {
                local: due,
                value: g(GKind::Slot(which), Ty::Num),
            },
            GStmt::If {
                test: g(
                    GKind::Binary(
                        BinaryOp::Ne,
                        Box::new(g(GKind::Local(due), Ty::Num)),
                        Box::new(num(0.0)),
                    ),
                    Ty::Bool,
                ),
                then,
                otherwise: Vec::new(),
            },
        ]
    }

    /// A state slot no code names, owned by `scope` (set up again when it mounts).
    fn new_hidden_slot(&self, scope: usize, name: String, ty: Ty) -> SlotId {
        let init = match ty.repr() {
            Ty::Num => g(GKind::Num(0.0), Ty::Num),
            Ty::Bool => g(GKind::Bool(false), Ty::Bool),
            Ty::Str => g(GKind::Str(String::new()), Ty::Str),
            _ => g(GKind::Null, ty),
        };
        let init = GExpr { ty, ..init };
        // Handlers are lowered through `&self`: the slots join the plan after the effect
        // (`Lowerer::effects`), numbered from the plan's slots (none are added meanwhile).
        let mut hidden = self.hidden_slots.borrow_mut();
        if hidden.is_empty() {
            self.hidden_base.set(Some(self.plan.slots.len()));
        }
        hidden.push((
            scope,
            Slot {
                name,
                ty,
                init,
                is_ref: false,
            },
        ));
        self.plan.slots.len() + hidden.len() - 1
    }
}
