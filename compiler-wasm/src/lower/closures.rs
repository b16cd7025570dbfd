//! Timer callbacks that read the variables of the code that made them.
//!
//! `const id = seq++; setTimeout(() => setMessages((m) => [...m, `#${id} sent`]), 20)`: the
//! callback runs long after the handler that made it returned, with that handler's `id`. Each
//! creation of the timer makes a record of the values the callback reads (its environment),
//! the host hands it back when the timer fires (as the callback's local 1, where an event
//! handler has its list row), and the callback starts by reading the values into locals of
//! its own. Two timers made by two clicks keep their own values, as two JavaScript closures do.
//! A `setTimeout` callback lets go of its record when it runs; a `setInterval`'s keeps it (a
//! cleared interval's record is not freed: a few bytes per interval).

use super::expr::{Ctx, LocalMap};
use super::plan::{GExpr, GKind, GStmt, LocalId, Ty};
use super::{Closure, Lowerer};
use crate::diagnostics::Result;
use std::rc::Rc;

/// A timer callback being lowered: the locals of the code creating it, and those the
/// callback read so far.
pub(crate) struct Capture {
    /// The creating code's map: IR local → its wasm local.
    outer: Vec<Option<LocalId>>,
    /// The creating code's local types.
    outer_types: Vec<Ty>,
    /// The callback's local types (set at its first read of a creating code's local).
    inner: Option<Rc<std::cell::RefCell<Vec<Ty>>>>,
    /// (IR local, creating code's wasm local, callback's wasm local, type), in read order.
    taken: Vec<(usize, LocalId, LocalId, Ty)>,
}

impl Lowerer<'_> {
    /// Lowers the callback of a timer made where `cx` is evaluated; returns its index and,
    /// when it reads locals of the creating code, the record of their values to make.
    pub(crate) fn timer_callback(
        &self,
        closure: &Closure,
        cx: &Ctx,
        repeat: bool,
    ) -> Result<(usize, Option<GExpr>)> {
        let Some(outer) = cx.locals.as_ref() else {
            return Ok((self.callback(closure)?, None));
        };
        self.captures.borrow_mut().push(Capture {
            outer: outer.map.clone(),
            outer_types: outer.types.borrow().clone(),
            inner: None,
            taken: Vec::new(),
        });
        let callback = self.callback(closure);
        let capture = self.captures.borrow_mut().pop().expect("pushed above");
        let callback = callback?;
        if capture.taken.is_empty() {
            return Ok((callback, None));
        }
        let fields = (capture.taken.iter().enumerate())
            .map(|(i, t)| (format!("#{i}"), t.3))
            .collect();
        let env_ty = self.types.borrow_mut().record(fields);
        let env = GExpr {
            kind: GKind::Local(1),
            ty: env_ty,
        };
        let mut callbacks = self.callbacks.borrow_mut();
        let plan = &mut callbacks[callback];
        plan.locals[1] = env_ty;
        plan.releases_env = !repeat;
        let reads = (capture.taken.iter().enumerate()).map(|(i, &(_, _, inner, ty))| GStmt::Let {
            local: inner,
            value: GExpr {
                kind: GKind::Field(Box::new(env.clone()), i),
                ty,
            },
        });
        plan.body.splice(0..0, reads);
        let values = (capture.taken.iter())
            .map(|&(_, outer, _, ty)| GExpr {
                kind: GKind::Local(outer),
                ty,
            })
            .collect();
        Ok((
            callback,
            Some(GExpr {
                kind: GKind::NewRecord(values),
                ty: env_ty,
            }),
        ))
    }

    /// A read of IR local `local`, which `map` (a timer callback's) does not have: the local
    /// of the code creating the timer, if it is one, as a local of the callback.
    pub(crate) fn captured_local(&self, map: &LocalMap, local: usize) -> Option<(LocalId, Ty)> {
        let mut captures = self.captures.borrow_mut();
        let capture = captures.last_mut()?;
        let outer = capture.outer.get(local).copied().flatten()?;
        let ty = *capture.outer_types.get(outer as usize)?;
        match &capture.inner {
            Some(inner) if !Rc::ptr_eq(inner, &map.types) => return None,
            Some(_) => {}
            None => capture.inner = Some(map.types.clone()),
        }
        if let Some(&(_, _, inner, ty)) = capture.taken.iter().find(|t| t.0 == local) {
            return Some((inner, ty));
        }
        let inner = {
            let mut types = map.types.borrow_mut();
            types.push(ty);
            (types.len() - 1) as LocalId
        };
        capture.taken.push((local, outer, inner, ty));
        Some((inner, ty))
    }
}
