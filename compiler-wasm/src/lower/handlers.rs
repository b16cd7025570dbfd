//! Handlers: a DOM event's function, with every function it calls inlined, becomes one
//! flat list of typed statements over global slots.

use std::cell::RefCell;
use std::rc::Rc;

use super::expr::{Ctx, LocalMap};
use super::plan::{GExpr, GKind, GStmt, HandlerPlan, Ty};
use super::{Closure, Instance, Lowerer, PropArg};
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{self, HandlerRef, Stmt};

/// The functions being inlined, innermost last; a call to one of them is recursion.
pub(crate) type CallStack = Vec<*const ir::Handler>;

impl Lowerer<'_> {
    /// The function value `h` as written in `inst`.
    pub(crate) fn resolve(&self, inst: &Rc<Instance>, h: &HandlerRef) -> Result<Closure> {
        self.resolve_in(inst, h, &mut Ctx::render())
    }

    /// [`Self::resolve`] where the arguments of `HandlerRef::Applied` are evaluated in `cx`
    /// (inside a handler: they may read its locals).
    pub(crate) fn resolve_in(
        &self,
        inst: &Rc<Instance>,
        h: &HandlerRef,
        cx: &mut Ctx,
    ) -> Result<Closure> {
        match h {
            HandlerRef::Inline(handler) => Ok(Closure {
                handler: handler.clone(),
                instance: inst.clone(),
                made_by: Rc::default(),
            }),
            HandlerRef::Function(id) => Ok(Closure {
                handler: self.program.components[inst.component].functions[*id].clone(),
                instance: inst.clone(),
                made_by: Rc::default(),
            }),
            HandlerRef::Helper(helper, _) => Ok(Closure {
                handler: self.program.helpers[*helper].body.clone(),
                instance: inst.clone(),
                made_by: Rc::default(),
            }),
            HandlerRef::Applied {
                factory,
                args,
                span,
            } => {
                let factory = self.resolve_in(inst, factory, cx)?;
                let Some(Stmt::ReturnCleanup { cleanup, .. }) = factory.handler.body.last() else {
                    return Err(Diagnostic::new(
                        Code::HandlerNotFunction,
                        *span,
                        "this is not a function: it calls a function, which does not return one",
                    )
                    .with_hint("pass the function itself (`onClick={handleClick}`), or wrap the call: `onClick={() => handleClick()}`"));
                };
                if args.len() > factory.handler.params {
                    return Err(Diagnostic::new(
                        Code::UnsupportedCall,
                        *span,
                        format!(
                            "this function takes {} argument(s), the call passes {}",
                            factory.handler.params,
                            args.len()
                        ),
                    ));
                }
                let mut values = Vec::new();
                for arg in args {
                    let value = self.expr_raw(inst, arg, cx)?;
                    if value.ty == Ty::Null && !self.discovery {
                        return Err(super::nullable::untyped_null(arg.span));
                    }
                    values.push(value);
                }
                let made = self.resolve_in(&factory.instance, cleanup, cx)?;
                let mut made_by = (*factory.made_by).clone();
                made_by.push((factory.handler.clone(), values));
                made_by.extend(made.made_by.iter().cloned());
                Ok(Closure {
                    handler: made.handler,
                    instance: made.instance,
                    made_by: Rc::new(made_by),
                })
            }
            HandlerRef::Prop(p, span) => match &inst.props[*p] {
                PropArg::Handler(c) => Ok(c.clone()),
                PropArg::Value(_) | PropArg::Children { .. } => Err(Diagnostic::new(
                    Code::HandlerNotFunction,
                    *span,
                    format!("prop `{}` is not a function", self.prop_name(inst, *p)),
                )),
                PropArg::Missing { call_site, file } => Err(Diagnostic::new(
                    Code::MissingProp,
                    *call_site,
                    format!(
                        "`<{}>` needs the callback prop `{}`",
                        self.program.components[inst.component].name,
                        self.prop_name(inst, *p)
                    ),
                )
                .in_file(*file)),
            },
        }
    }

    /// Compiles `closure` as the handler of a DOM event; returns its handler index.
    pub(crate) fn event_handler(&mut self, closure: &Closure, event: &str) -> Result<usize> {
        let plan = self.handler_plan(closure, event);
        self.drain_hidden_slots()?;
        let plan = plan?;
        self.plan.handlers.push(plan);
        Ok(self.plan.handlers.len() - 1)
    }

    /// Compiles `closure` as a timer callback; returns its index among the callbacks, which
    /// follow the event handlers in the dispatch table.
    pub(crate) fn callback(&self, closure: &Closure) -> Result<usize> {
        let plan = self.handler_plan(closure, "timer")?;
        let mut callbacks = self.callbacks.borrow_mut();
        callbacks.push(plan);
        Ok(callbacks.len() - 1)
    }

    /// The callback of a window listener: one per function and instance, so that
    /// `removeEventListener` with the same function names the one `addEventListener` added
    /// (the host keeps one listener per event type and callback, as the DOM does per function).
    pub(crate) fn listener(&self, closure: &Closure) -> Result<usize> {
        let key = (Rc::as_ptr(&closure.handler) as usize, closure.instance.id);
        if let Some(&callback) = self.listeners.borrow().get(&key) {
            return Ok(callback);
        }
        let callback = self.callback(closure)?;
        self.listeners.borrow_mut().insert(key, callback);
        Ok(callback)
    }

    fn handler_plan(&self, closure: &Closure, event: &str) -> Result<HandlerPlan> {
        let file = self.file_of(closure.instance.component);
        match self.handler_plan_in(closure, event) {
            // A discovery attempt goes on to the next handler (see `super::lower`).
            Err(_) if self.discovery => Ok(HandlerPlan {
                locals: vec![Ty::Event, Ty::Bool],
                body: Vec::new(),
                label: String::new(),
                releases_env: false,
            }),
            result => result.map_err(|d| d.in_file(file)),
        }
    }

    fn handler_plan_in(&self, closure: &Closure, event: &str) -> Result<HandlerPlan> {
        if closure.handler.params > 1 {
            return Err(Diagnostic::new(
                Code::HandlerStatement,
                closure.handler.span,
                "an event handler takes at most one parameter (the event)",
            ));
        }
        // Local 0 is the event, local 1 the list row the event happened in (a pointer; only
        // emitted code reads it, as `RowItem`); the handler's own locals follow.
        let types = Rc::new(RefCell::new(vec![Ty::Event, Ty::Bool]));
        let map = LocalMap {
            map: if closure.handler.params == 1 {
                let mut m = vec![None; closure.handler.first_local + 1];
                m[closure.handler.first_local] = Some(0);
                m
            } else {
                Vec::new()
            },
            types: types.clone(),
        };
        let snapshot = self.reads_snapshots(closure);
        let body = self.inline(closure, map, &mut CallStack::new(), snapshot)?;
        let owner = self
            .program
            .components
            .get(closure.instance.component)
            .map_or("main", |c| c.name.as_str());
        let label = format!("{owner}.on{event}");
        let locals = types.borrow().clone();
        Ok(HandlerPlan {
            locals,
            body,
            label,
            releases_env: false,
        })
    }

    /// Whether `closure` is React code, whose state reads inside a handler see the values
    /// at the handler's start (`.dx` reads are live).
    pub(crate) fn reads_snapshots(&self, closure: &Closure) -> bool {
        self.program
            .components
            .get(closure.instance.component)
            .is_some_and(|c| c.snapshot_reads)
    }

    /// Whether the body of `callee`, inlined where `cx` is evaluated, reads snapshots: only
    /// where its caller does (a function called while rendering reads live state).
    pub(crate) fn inlined_snapshot(&self, callee: &Closure, cx: &Ctx) -> bool {
        cx.snapshot && self.reads_snapshots(callee)
    }

    pub(crate) fn inline(
        &self,
        closure: &Closure,
        map: LocalMap,
        stack: &mut CallStack,
        snapshot: bool,
    ) -> Result<Vec<GStmt>> {
        self.inline_with(closure, map, stack, None, snapshot)
    }

    /// Inlines a function written inside another one where its result is used as a value:
    /// returns the body (its `return value` leaves the enclosing value block) and the type.
    pub(crate) fn inline_value(
        &self,
        closure: &Closure,
        map: LocalMap,
        span: oxc_span::Span,
        snapshot: bool,
    ) -> Result<(Vec<GStmt>, Ty)> {
        let depth = self.inline_depth.get();
        if depth > 16 {
            return Err(Diagnostic::new(
                Code::HandlerStatement,
                span,
                "this function calls itself through functions written inside functions",
            )
            .with_hint("declare recursive functions at the top level of the module"));
        }
        self.inline_depth.set(depth + 1);
        let returns =
            super::expr::Returns::new(closure.handler.return_type, closure.handler.declared_void);
        let result = self.inline_with(
            closure,
            map,
            &mut Vec::new(),
            Some(returns.clone()),
            snapshot,
        );
        self.inline_depth.set(depth);
        let body = result?;
        let r = returns.borrow();
        if r.ty.is_some() && !super::functions::ends_with_return(&body) {
            return Err(Diagnostic::new(
                Code::TypeMismatch,
                closure.handler.span,
                "some paths through this function end without returning a value",
            )
            .with_hint("end every path with `return value;`"));
        }
        match r.ty {
            Some(ty) if r.any_value || r.declared => Ok((body, ty)),
            _ => Err(Diagnostic::new(
                Code::TypeMismatch,
                span,
                "this function returns nothing, so its call has no value",
            )
            .with_hint("call it as a statement, or make it return a value")),
        }
    }

    fn inline_with(
        &self,
        closure: &Closure,
        map: LocalMap,
        stack: &mut CallStack,
        returns: Option<Rc<RefCell<super::expr::Returns>>>,
        snapshot: bool,
    ) -> Result<Vec<GStmt>> {
        let mut cx = Ctx {
            locals: Some(map),
            snapshot,
            returns,
        };
        let mut out = Vec::new();
        // The functions that made this one: their parameters, then their statements up to
        // the `return <function>` (what the function reads of them).
        for (factory, args) in closure.made_by.iter() {
            for (i, value) in args.iter().enumerate() {
                let id = locals(&mut cx).bind(factory.first_local + i, value.ty);
                out.push(GStmt::Let {
                    local: id,
                    value: value.clone(),
                });
            }
            let before_return = &factory.body[..factory.body.len().saturating_sub(1)];
            self.stmts(&closure.instance, before_return, &mut cx, &mut out, stack)?;
        }
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

    pub(crate) fn stmts(
        &self,
        inst: &Rc<Instance>,
        stmts: &[Stmt],
        cx: &mut Ctx,
        out: &mut Vec<GStmt>,
        stack: &mut CallStack,
    ) -> Result<()> {
        for stmt in stmts {
            match stmt {
                Stmt::SetConstant {
                    constant,
                    value,
                    span,
                } => {
                    let slot = self.constant_slot(*constant, *span)?;
                    let value = match self.plan.slots[slot].ty {
                        ty if ty.is_heap() || matches!(ty, Ty::Opt(_)) => {
                            self.expr_as(inst, value, ty, cx)?
                        }
                        _ => self.expr(inst, value, cx)?,
                    };
                    self.check_assign(slot, &value, *span)?;
                    out.push(GStmt::Set { slot, value });
                }
                Stmt::SetState { state, value, span } => {
                    let slot = inst.slot_base + state;
                    let value = match self.plan.slots.get(slot).map(|s| s.ty) {
                        // State that starts nullish, type not known yet: learn it.
                        Some(Ty::Null) => {
                            let v = self.value_opt(inst, value, cx)?;
                            self.learn(inst, *state, &v);
                            v
                        }
                        Some(ty) if ty.is_heap() => match self.expr_as(inst, value, ty, cx) {
                            Ok(v) => v,
                            Err(e) => {
                                if mentions_null(value) {
                                    self.learn_nullable(inst, *state, ty);
                                }
                                return Err(e);
                            }
                        },
                        Some(ty @ Ty::Opt(_)) => self.expr_as(inst, value, ty, cx)?,
                        Some(ty) => {
                            let v = self.expr_raw(inst, value, cx)?;
                            if v.ty == Ty::Null
                                || v.ty.nullable(false) == ty.nullable(false) && v.ty != ty
                            {
                                self.learn_nullable(inst, *state, ty);
                            }
                            v
                        }
                        None => self.expr(inst, value, cx)?,
                    };
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
                    let value = match ty {
                        Ty::Null => {
                            let v = self.value_opt(inst, value, cx)?;
                            self.learn(inst, *state, &v);
                            v
                        }
                        Ty::Opt(_) => self.expr_as(inst, value, ty, cx)?,
                        _ => self.expr(inst, value, cx)?,
                    };
                    let value = match self.value_as(value.clone(), ty, true, cx) {
                        Some(converted) if value.ty != ty => converted,
                        _ => value,
                    };
                    self.check_assign(slot, &value, *span)?;
                    out.push(GStmt::Set { slot, value });
                }
                Stmt::Let { local, value } => {
                    let span = value.span;
                    // `const out = []` of no known type: its first `push` tells (see
                    // `Lowerer::empty_locals`); until then it is an array of `Null`.
                    let key = value as *const crate::ir::Expr as usize;
                    // `const counts = {}`: see `Lowerer::empty_objects`.
                    if matches!(&value.kind, crate::ir::ExprKind::Object(f) if f.is_empty()) {
                        let value = match self.hints.empty_objects.get(&key) {
                            Some(&ty) => self.expr_as(inst, value, ty, cx)?,
                            None => self.expr_raw(inst, value, cx)?,
                        };
                        let known = self.hints.empty_objects.contains_key(&key);
                        let id = locals(cx).bind(*local, value.ty);
                        if !known {
                            self.empty_objects.borrow_mut().push((id, key));
                        }
                        out.push(GStmt::Let { local: id, value });
                        continue;
                    }
                    let empty = matches!(&value.kind, crate::ir::ExprKind::Array(items) if items.is_empty());
                    let learned = self.hints.empty_arrays.get(&key).copied();
                    let value = match (empty, learned) {
                        (true, Some(ty)) => self.expr_as(inst, value, ty, cx)?,
                        (true, None) => {
                            let ty = self.types.borrow_mut().array(Ty::Null);
                            GExpr {
                                kind: GKind::NewArray(Vec::new()),
                                ty,
                            }
                        }
                        _ => self.expr_raw(inst, value, cx)?,
                    };
                    if value.ty == Ty::Null && !self.discovery {
                        return Err(super::nullable::untyped_null(span));
                    }
                    let id = locals(cx).bind(*local, value.ty);
                    if empty && learned.is_none() {
                        self.empty_locals.borrow_mut().push((id, key, span));
                    }
                    out.push(GStmt::Let { local: id, value });
                }
                Stmt::If {
                    test,
                    then,
                    otherwise,
                } => {
                    let test = self.condition(inst, test, cx)?;
                    let (mut t, mut o) = (Vec::new(), Vec::new());
                    self.stmts(inst, then, cx, &mut t, stack)?;
                    self.stmts(inst, otherwise, cx, &mut o, stack)?;
                    out.push(GStmt::If {
                        test,
                        then: t,
                        otherwise: o,
                    });
                }
                Stmt::CallIfGiven { prop, args, span } => {
                    if matches!(inst.props[*prop], PropArg::Handler(_)) {
                        let call = Stmt::Call {
                            callee: HandlerRef::Prop(*prop, *span),
                            args: args.clone(),
                            span: *span,
                        };
                        self.stmts(inst, std::slice::from_ref(&call), cx, out, stack)?;
                    }
                }
                Stmt::Call { callee, args, span } => {
                    let callee = self.resolve_in(inst, callee, cx)?;
                    if stack.contains(&Rc::as_ptr(&callee.handler)) {
                        return Err(Diagnostic::new(
                            Code::HandlerStatement,
                            *span,
                            "this call makes a handler call itself",
                        )
                        .with_hint("recursion is not supported in handlers; use a condition or state instead"));
                    }
                    // The callee sees the caller's locals: a function written inside this
                    // one reads (and writes) the variables it closes over.
                    let caller = locals(cx);
                    let mut map = LocalMap {
                        map: caller.map.clone(),
                        types: caller.types.clone(),
                    };
                    for (i, arg) in args.iter().enumerate() {
                        let value = self.expr_raw(inst, arg, cx)?;
                        // Arguments beyond the callee's parameters are evaluated and dropped,
                        // as in JS (`onClick={save}` where `save()` takes none gets the event).
                        if i >= callee.handler.params {
                            if !matches!(value.kind, GKind::Local(_)) {
                                out.push(GStmt::Eval { value });
                            }
                            continue;
                        }
                        if value.ty == Ty::Null && !self.discovery {
                            return Err(super::nullable::untyped_null(arg.span));
                        }
                        let id = map.bind(callee.handler.first_local + i, value.ty);
                        out.push(GStmt::Let { local: id, value });
                    }
                    let snapshot = self.inlined_snapshot(&callee, cx);
                    out.push(GStmt::Inlined {
                        body: self.inline(&callee, map, stack, snapshot)?,
                    });
                }
                Stmt::Assign { local, value } => {
                    let value = self.expr_raw(inst, value, cx)?;
                    let map = locals(cx);
                    let id = map
                        .map
                        .get(*local)
                        .copied()
                        .flatten()
                        .ok_or_else(|| {
                            // A function value assigning a variable of the function it was
                            // written in, which it cannot reach (`function_values.rs`).
                            Diagnostic::new(
                                Code::HandlerStatement,
                                value_span(stmt),
                                "this assigns a variable of another function, which is not there when this runs",
                            )
                        })?;
                    let ty = map.types.borrow()[id as usize];
                    let value = self.fit(value.clone(), ty).unwrap_or(value);
                    if value.ty != ty {
                        // Not converted (a copy would break the sharing JS has), but looked
                        // at: a field given `null` or `[]` learns its type there (`shapes.rs`).
                        let mark = self.pending_held.borrow().len();
                        let _ = self.value_as(value.clone(), ty, true, cx);
                        self.pending_held.borrow_mut().truncate(mark);
                        return Err(Diagnostic::new(
                            Code::TypeMismatch,
                            value_span(stmt),
                            format!(
                                "this variable holds a {}, but this assigns a {}",
                                ty.name(),
                                value.ty.name()
                            ),
                        ));
                    }
                    out.push(GStmt::Let { local: id, value });
                }
                Stmt::Loop {
                    test,
                    body,
                    update,
                    test_at_end,
                } => {
                    let test = test
                        .as_ref()
                        .map(|t| self.condition(inst, t, cx))
                        .transpose()?;
                    let (mut b, mut u) = (Vec::new(), Vec::new());
                    self.stmts(inst, body, cx, &mut b, stack)?;
                    self.stmts(inst, update, cx, &mut u, stack)?;
                    out.push(GStmt::Loop {
                        test,
                        body: b,
                        update: u,
                        test_at_end: *test_at_end,
                    });
                }
                Stmt::Breakable { body, exhaustive } => {
                    let mut b = Vec::new();
                    self.stmts(inst, body, cx, &mut b, stack)?;
                    out.push(GStmt::Breakable {
                        body: b,
                        exhaustive: *exhaustive,
                    });
                }
                Stmt::Break { .. } => out.push(GStmt::Break),
                Stmt::Throw { .. } => out.push(GStmt::Throw),
                Stmt::Continue { .. } => out.push(GStmt::Continue),
                Stmt::Return {
                    value: Some(v),
                    span: _,
                } if self.is_void_call(v) => {
                    // `return log(x)` in a function returning nothing (an arrow's expression body).
                    self.stmts(
                        inst,
                        std::slice::from_ref(&Stmt::Eval { value: v.clone() }),
                        cx,
                        out,
                        stack,
                    )?;
                    out.push(GStmt::Return { value: None });
                }
                Stmt::Return { value, span } => {
                    let mut value = value
                        .as_ref()
                        .map(|v| self.return_value(inst, v, cx))
                        .transpose()?;
                    // A value whose shape differs from what the function's earlier returns
                    // gave (`shapes.rs::value_as`).
                    if let (Some(returns), Some(v)) = (&cx.returns, &value) {
                        let seen = returns.borrow().ty;
                        if let Some(ty) = seen
                            && ty != v.ty
                            && let Some(converted) = self.value_as(v.clone(), ty, true, cx)
                        {
                            value = Some(converted);
                        }
                    }
                    match (&cx.returns, &value) {
                        // React ignores what an event handler returns: evaluated, dropped.
                        (None, Some(v)) => {
                            out.push(GStmt::Eval { value: v.clone() });
                            out.push(GStmt::Return { value: None });
                            continue;
                        }
                        (None, None) => {}
                        (Some(returns), Some(v)) => {
                            let mut r = returns.borrow_mut();
                            if let Some(bare) = r.bare {
                                return Err(returns_nothing(bare));
                            }
                            match r.ty {
                                None if r.declared => {
                                    return Err(Diagnostic::new(
                                        Code::TypeMismatch,
                                        *span,
                                        "this function is declared `void` but returns a value",
                                    ));
                                }
                                Some(ty) if ty != v.ty => {
                                    return Err(Diagnostic::new(
                                        Code::TypeMismatch,
                                        *span,
                                        format!(
                                            "this returns a {}, but the function returns a {}",
                                            v.ty.name(),
                                            ty.name()
                                        ),
                                    ));
                                }
                                _ => r.ty = Some(v.ty),
                            }
                            r.any_value = true;
                        }
                        (Some(returns), None)
                            if returns.borrow().declared && returns.borrow().ty.is_some() =>
                        {
                            return Err(Diagnostic::new(
                                Code::TypeMismatch,
                                *span,
                                "this function must return a value",
                            ));
                        }
                        (Some(returns), None) => {
                            let mut r = returns.borrow_mut();
                            if r.any_value {
                                return Err(returns_nothing(*span));
                            }
                            r.bare.get_or_insert(*span);
                        }
                    }
                    out.push(GStmt::Return { value });
                }
                Stmt::Eval { value }
                    if matches!(&value.kind, crate::ir::ExprKind::CallValue { .. }) =>
                {
                    let crate::ir::ExprKind::CallValue { callee, args } = &value.kind else {
                        unreachable!("matched above")
                    };
                    self.call_value_stmt(inst, callee, args, cx, out, value.span)?;
                }
                // `commands[i].run(p)` as a statement: a function value in a record's field.
                Stmt::Eval { value }
                    if let crate::ir::ExprKind::Builtin {
                        name,
                        receiver: Some(receiver),
                        args,
                    } = &value.kind
                        && let Ok(r) = self.value(inst, receiver, cx)
                        && let Some(callee) =
                            self.method_value(receiver, r.ty, name, value.span) =>
                {
                    self.call_value_stmt(inst, &callee, args, cx, out, value.span)?;
                }
                Stmt::Eval { value } if void_builtin(value).is_some() => {
                    let (id, args) = void_builtin(value).expect("checked");
                    let row = &crate::builtins::BUILTINS[id];
                    let args = self.arguments(inst, args, row.params, cx, value.span, row.name)?;
                    out.push(GStmt::BuiltinVoid { id, args });
                }
                Stmt::Eval { value }
                    if matches!(&value.kind, crate::ir::ExprKind::CallInner { .. })
                        && self.is_void_call(value) =>
                {
                    let crate::ir::ExprKind::CallInner { callee, args } = &value.kind else {
                        unreachable!("matched above")
                    };
                    let call = Stmt::Call {
                        callee: callee.clone(),
                        args: args.clone(),
                        span: value.span,
                    };
                    self.stmts(inst, std::slice::from_ref(&call), cx, out, stack)?;
                }
                Stmt::Eval { value } => {
                    if let crate::ir::ExprKind::Call { helper, args } = &value.kind {
                        let sig = self.helper_for_call(*helper, value.span, inst, args, cx)?;
                        if sig.ret.is_none() {
                            let name = &self.program.helpers[*helper].name;
                            let args =
                                self.arguments(inst, args, &sig.params, cx, value.span, name)?;
                            out.push(GStmt::CallVoid {
                                function: sig.index,
                                args,
                            });
                            continue;
                        }
                    }
                    // Its value is dropped: a nullish one is no error (`map.clear();`).
                    let value = self.expr_raw(inst, value, cx)?;
                    let changed = match &value.kind {
                        GKind::ArrayOp(op, args) if op.changes_array() => Some(args[0].ty),
                        _ => None,
                    };
                    out.push(GStmt::Eval { value });
                    if let Some(ty) = changed {
                        self.changed_in_place(inst, None, ty, out);
                    }
                }
                Stmt::WindowListen {
                    event,
                    callback,
                    remove,
                    span,
                } => {
                    let closure = self.resolve(inst, callback)?;
                    if closure.handler.params > 1 {
                        return Err(Diagnostic::new(
                            Code::HandlerStatement,
                            *span,
                            "a listener takes at most the event",
                        ));
                    }
                    let callback = self.listener(&closure)?;
                    if !remove && self.reads_snapshots(&closure) {
                        self.capture_render_state(callback, out);
                    }
                    out.push(GStmt::WindowListen {
                        event: event.clone(),
                        callback,
                        remove: *remove,
                    });
                }
                Stmt::Focus { r, .. } => out.push(GStmt::Focus {
                    r: inst.ref_base + r,
                }),
                Stmt::ElementSet {
                    r,
                    name,
                    value,
                    kind,
                    ..
                } => {
                    let ty = super::expr::event_value_ty(*kind);
                    let value = self.expr_as(inst, value, ty, cx)?;
                    out.push(GStmt::ElementSet {
                        r: inst.ref_base + r,
                        name: name.clone(),
                        value,
                    });
                }
                Stmt::ElementCall { r, method, .. } => out.push(GStmt::ElementCall {
                    r: inst.ref_base + r,
                    method,
                }),
                Stmt::ClearTimer { id } => {
                    let id = self.number(inst, id, cx, "a timer id")?;
                    out.push(GStmt::ClearTimer { id });
                }
                Stmt::Log { args } => {
                    let mut values = Vec::new();
                    for a in args {
                        let v = self.expr_raw(inst, a, cx)?;
                        // `null` is printed as the console prints it.
                        let v = match v.ty {
                            Ty::Opt(o) if !o.base().is_heap() => self.show_nullable(v),
                            Ty::Null => self.show_nullable(v),
                            // A nullish array or record is printed as `undefined` (`to_js`).
                            Ty::Opt(_) => v,
                            _ => self.non_null(v, a.span)?,
                        };
                        if v.ty == Ty::Event {
                            return Err(Diagnostic::new(
                                Code::UnsupportedCall,
                                a.span,
                                "logging an event object is not supported",
                            ));
                        }
                        self.refuse_dates_to_js(v.ty, a.span)?;
                        // Arrays and objects become JS values when printed, after every
                        // argument is evaluated (`console.log(xs, xs.pop())` shows the popped xs).
                        values.push(v);
                    }
                    out.push(GStmt::Log { args: values });
                }
                Stmt::SetField {
                    object,
                    field,
                    value,
                    root,
                    span,
                } => {
                    // An object used as a dictionary gains or changes a key.
                    let o = self.expr(inst, object, cx)?;
                    if let Some(origin) = self.empty_object_origin(&o) {
                        let v = self.value_opt(inst, value, cx)?;
                        return Err(self.learn_empty_object(origin, v.ty, *span));
                    }
                    if let Some(dict) = self.dict(o.ty) {
                        let value = self.expr_as(inst, value, dict.value, cx)?;
                        let key = GExpr {
                            kind: GKind::Str(field.clone()),
                            ty: Ty::Str,
                        };
                        let ty = o.ty;
                        out.extend(self.dict_set(o, key, value, cx, *span)?);
                        self.changed_in_place(inst, *root, ty, out);
                        continue;
                    }
                    let target = self.field(inst, object, field, cx, *span)?;
                    let GKind::Field(object, index) = target.kind else {
                        return Err(not_assignable(*span));
                    };
                    let value = self.expr_as(inst, value, target.ty, cx)?;
                    let ty = object.ty;
                    out.push(GStmt::SetField {
                        object: *object,
                        index,
                        value,
                    });
                    self.changed_in_place(inst, *root, ty, out);
                }
                Stmt::SetIndex {
                    array,
                    index,
                    value,
                    root,
                    span,
                } => {
                    let o = self.expr(inst, array, cx)?;
                    if let Some(origin) = self.empty_object_origin(&o) {
                        let v = self.value_opt(inst, value, cx)?;
                        return Err(self.learn_empty_object(origin, v.ty, *span));
                    }
                    if let Some(dict) = self.dict(o.ty) {
                        let key = self.value(inst, index, cx)?;
                        let value = self.expr_as(inst, value, dict.value, cx)?;
                        let ty = o.ty;
                        out.extend(self.dict_set(o, key, value, cx, *span)?);
                        self.changed_in_place(inst, *root, ty, out);
                        continue;
                    }
                    if let Ty::Arr(id) = o.ty
                        && self.types.borrow().elem(id) == Ty::Null
                        && !self.null_fills.borrow().is_empty()
                    {
                        let v = self.value_opt(inst, value, cx)?;
                        return Err(self.learn_null_fill(v.ty, *span));
                    }
                    let target = self.index(inst, array, index, cx, *span)?;
                    let GKind::Index(array, index) = target.kind else {
                        return Err(not_assignable(*span));
                    };
                    let value = self.expr_as(inst, value, target.ty, cx)?;
                    let ty = array.ty;
                    out.push(GStmt::SetIndex {
                        array: *array,
                        index: *index,
                        value,
                    });
                    self.changed_in_place(inst, *root, ty, out);
                }
                Stmt::ReturnCleanup { cleanup, span } => {
                    self.return_cleanup(inst, cleanup, cx, out, *span)?
                }
                Stmt::Touch { state } => out.push(GStmt::Touch {
                    slot: inst.slot_base + state,
                }),
                Stmt::ForOf {
                    local,
                    array,
                    body,
                    span,
                } => {
                    let array = self.expr(inst, array, cx)?;
                    // A Set's items, a Map's `[key, value]` entries.
                    let array = self.iterable_array(array, cx)?;
                    let Ty::Arr(id) = array.ty else {
                        return Err(Diagnostic::new(
                            Code::TypeMismatch,
                            *span,
                            format!("`for … of` needs an array, not a {}", array.ty.name()),
                        )
                        .with_hint("loop over a string with an index: `for (let i = 0; i < s.length; i++)`"));
                    };
                    let elem = self.types.borrow().elem(id);
                    let ty = array.ty;
                    let map = locals(cx);
                    let list = map.fresh(ty);
                    let i = map.fresh(Ty::Num);
                    let x = map.bind(*local, elem);
                    let num = |kind| GExpr { kind, ty: Ty::Num };
                    let local_of = |id, ty| GExpr {
                        kind: GKind::Local(id),
                        ty,
                    };
                    out.push(GStmt::Let {
                        local: list,
                        value: array,
                    });
                    out.push(GStmt::Let {
                        local: i,
                        value: num(GKind::Num(0.0)),
                    });
                    let mut b = vec![GStmt::Let {
                        local: x,
                        value: GExpr {
                            kind: GKind::Index(
                                Box::new(local_of(list, ty)),
                                Box::new(local_of(i, Ty::Num)),
                            ),
                            ty: elem,
                        },
                    }];
                    self.stmts(inst, body, cx, &mut b, stack)?;
                    out.push(GStmt::Loop {
                        test: Some(GExpr {
                            kind: GKind::Binary(
                                super::plan::BinaryOp::Lt,
                                Box::new(local_of(i, Ty::Num)),
                                Box::new(num(GKind::ArrayLen(Box::new(local_of(list, ty))))),
                            ),
                            ty: Ty::Bool,
                        }),
                        body: b,
                        update: vec![GStmt::Let {
                            local: i,
                            value: num(GKind::Binary(
                                super::plan::BinaryOp::Add,
                                Box::new(local_of(i, Ty::Num)),
                                Box::new(num(GKind::Num(1.0))),
                            )),
                        }],
                        test_at_end: false,
                    });
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

    /// A `return`ed value: a nullable value or `null` fits the function's declared (or first
    /// seen) nullable result type; the first `null` returned with nothing known is an error.
    fn return_value(&self, inst: &Instance, e: &crate::ir::Expr, cx: &mut Ctx) -> Result<GExpr> {
        let known = cx.returns.as_ref().and_then(|r| r.borrow().ty);
        // A written return type gives literals their type (`return { lines: [], … }`).
        let declared = cx.returns.as_ref().is_some_and(|r| r.borrow().declared);
        if let Some(ty) = known
            && declared
            && ty.is_heap()
            && matches!(
                e.kind,
                crate::ir::ExprKind::Array(_) | crate::ir::ExprKind::Object(_)
            )
        {
            return self.expr_as(inst, e, ty, cx);
        }
        let nullish = match e.kind {
            crate::ir::ExprKind::Null => Some(false),
            crate::ir::ExprKind::Undefined => Some(true),
            _ => None,
        };
        // `return null` / `return undefined` where the result is known to be nullable.
        if let (Some(_), Some(ty @ Ty::Opt(_))) = (nullish, known) {
            return self.expr_as(inst, e, ty, cx);
        }
        // `return undefined` after returns of a type: the function returns `T | undefined`
        // (earlier returns keep their base values, of the same representation).
        if let (Some(true), Some(ty), false) = (nullish, known, declared)
            && let Some(joined) = ty.nullable(true)
            && let Some(r) = &cx.returns
        {
            r.borrow_mut().ty = Some(joined);
            return Ok(GExpr {
                kind: GKind::Null,
                ty: joined,
            });
        }
        // A module-level function whose first `return` gives `null` (or `undefined`): the
        // type of its first other return, nullable, is its result's, for the next attempt
        // (`Hints::returns`); this attempt stops there.
        if let Some(r) = &cx.returns {
            let (null_first, function) = {
                let r = r.borrow();
                (r.null_first, r.function)
            };
            if let (Some((first, undefined)), Some(f)) = (null_first, function) {
                if nullish.is_some() {
                    return Ok(GExpr {
                        kind: GKind::Null,
                        ty: Ty::Null,
                    });
                }
                let v = self.expr_raw(inst, e, cx)?;
                if v.ty == Ty::Null {
                    return Ok(v);
                }
                if let Some(ty) = v.ty.repr().nullable(undefined) {
                    self.learned.borrow_mut().returns.insert(f, ty);
                }
                return Err(super::nullable::untyped_null(first));
            }
            if let (None, Some(_), Some(undefined)) = (known, function, nullish) {
                r.borrow_mut().null_first = Some((e.span, undefined));
                return Ok(GExpr {
                    kind: GKind::Null,
                    ty: Ty::Null,
                });
            }
        }
        let v = self.expr_raw(inst, e, cx)?;
        Ok(match known {
            Some(ty) => match self.fit(v.clone(), ty) {
                Some(v) => v,
                // `return null` after `return x` (or the other way round): the function
                // returns `T | null`. Earlier returns keep their base values, which have the
                // same representation.
                None => match self.join(ty, v.ty) {
                    Some(joined)
                        if joined != Ty::Null
                            && !cx.returns.as_ref().is_some_and(|r| r.borrow().declared) =>
                    {
                        if let Some(r) = &cx.returns {
                            r.borrow_mut().ty = Some(joined);
                        }
                        self.fit(v.clone(), joined).unwrap_or(v)
                    }
                    _ => v,
                },
            },
            None if v.ty == Ty::Null && !self.discovery => {
                return Err(super::nullable::untyped_null(e.span));
            }
            None => v,
        })
    }

    fn check_assign(&self, slot: usize, value: &GExpr, span: oxc_span::Span) -> Result<()> {
        let ty = self.plan.slots[slot].ty;
        if self.types.borrow().contains_function(ty) {
            self.functions_in_state.set(true);
        }
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

impl Lowerer<'_> {
    /// After an in-place change of a value of type `ty`: mark the state it is rooted in, or,
    /// when that is not known, every state that can hold a `ty` (only where changes in place
    /// re-render, see [`Self::tracks_changes`]).
    fn changed_in_place(&self, inst: &Instance, root: Option<usize>, ty: Ty, out: &mut Vec<GStmt>) {
        match root {
            Some(state) => out.push(GStmt::Touch {
                slot: inst.slot_base + state,
            }),
            None if self.tracks_changes(inst) => out.push(GStmt::TouchType { ty }),
            None => {}
        }
    }

    /// Whether code of `inst` re-renders what it changes in place: `.dx` components do
    /// (compiler-driven reactivity); React re-renders only through setters, and module-level
    /// functions belong to no component.
    fn tracks_changes(&self, inst: &Instance) -> bool {
        self.program
            .components
            .get(inst.component)
            .is_some_and(|c| !c.snapshot_reads)
    }
}

/// Whether `e` is `null`/`undefined` or may yield it directly (a branch of `?:`, a side of
/// `&&`/`||`/`??`).
fn mentions_null(e: &crate::ir::Expr) -> bool {
    use crate::ir::ExprKind;
    match &e.kind {
        ExprKind::Null | ExprKind::Undefined => true,
        ExprKind::Cond(_, a, b) | ExprKind::Logical(_, a, b) => {
            mentions_null(a) || mentions_null(b)
        }
        ExprKind::Typed(_, x) => mentions_null(x),
        _ => false,
    }
}

/// Whether a function body returns a value somewhere (nested blocks included).
fn returns_value(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::Return { value, .. } => value.is_some(),
        Stmt::If {
            then, otherwise, ..
        } => returns_value(then) || returns_value(otherwise),
        Stmt::Loop { body, update, .. } => returns_value(body) || returns_value(update),
        Stmt::Breakable { body, .. } | Stmt::ForOf { body, .. } => returns_value(body),
        _ => false,
    })
}

fn locals(cx: &mut Ctx) -> &mut LocalMap {
    cx.locals
        .as_mut()
        .expect("handler bodies always have locals")
}

/// Where an assignment's value is written (for diagnostics).
fn value_span(stmt: &Stmt) -> oxc_span::Span {
    match stmt {
        Stmt::Assign { value, .. } => value.span,
        _ => oxc_span::Span::new(0, 0),
    }
}

/// The row and arguments of a call of a built-in that returns nothing.
fn void_builtin(
    value: &crate::ir::Expr,
) -> Option<(crate::builtins::BuiltinId, &[crate::ir::Expr])> {
    match &value.kind {
        crate::ir::ExprKind::Builtin {
            name,
            receiver: None,
            args,
        } => {
            let id = crate::builtins::lookup(name, crate::builtins::Receiver::Global, args.len())?;
            crate::builtins::BUILTINS[id]
                .ret
                .is_none()
                .then_some((id, args.as_slice()))
        }
        _ => None,
    }
}

impl Lowerer<'_> {
    /// Whether `e` calls a module-level function that returns nothing.
    fn is_void_call(&self, e: &crate::ir::Expr) -> bool {
        match &e.kind {
            crate::ir::ExprKind::Call { helper, .. } => self
                .helper(*helper, e.span)
                .is_ok_and(|sig| sig.ret.is_none()),
            crate::ir::ExprKind::CallInner { callee, .. } => match callee {
                HandlerRef::Inline(h) => !returns_value(&h.body),
                HandlerRef::Function(_)
                | HandlerRef::Prop(..)
                | HandlerRef::Helper(..)
                | HandlerRef::Applied { .. } => true,
            },
            _ => false,
        }
    }
}

/// A `return;` in a function that returns a value on another path: JavaScript would return
/// `undefined` there, which no dx type holds.
fn returns_nothing(span: oxc_span::Span) -> Diagnostic {
    Diagnostic::new(
        Code::TypeMismatch,
        span,
        "this `return;` gives no value, but the function returns a value elsewhere",
    )
    .with_hint("return a value on every path: a dx value is never `undefined`")
}

/// An assignment to a place that is not a field or element of a dx object (`f()[k] = v` where
/// `f()` yields something else): a diagnostic, never a panic (a fuzz finding).
fn not_assignable(span: oxc_span::Span) -> Diagnostic {
    Diagnostic::new(
        Code::AssignToNonState,
        span,
        "this is not a field or element that can be assigned",
    )
    .with_hint("assign to a field or element of an object or array held in a variable")
}
