//! Module-level functions: each called function becomes one wasm function. They are
//! lowered on first call, so functions nobody calls cost nothing, and a function's result
//! type can come from its annotation or from its `return` statements.

use std::cell::RefCell;
use std::rc::Rc;

use oxc_span::Span;

use super::expr::{Ctx, LocalMap, Returns};
use super::plan::{FunctionPlan, GStmt, Ty};
use super::{Instance, Lowerer};
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{Handler, HelperId};

/// An instance for code outside any component (module-level functions, `main`).
pub(crate) const NO_COMPONENT: usize = usize::MAX;

/// The call signature of a lowered function.
#[derive(Clone, Debug)]
pub(crate) struct Signature {
    /// Index into the plan's functions.
    pub index: usize,
    pub params: Vec<Ty>,
    pub ret: Option<Ty>,
}

enum State {
    Todo,
    /// Being lowered; its result type is known only if annotated.
    /// `declared`: `Some(ret)` when the result type is written (`Some(None)` for `void`).
    InProgress {
        index: usize,
        params: Vec<Ty>,
        declared: Option<Option<Ty>>,
        /// What its `return`s have shown so far: a recursive call after a `return value`
        /// can use that type without an annotation.
        returns: Rc<RefCell<Returns>>,
    },
    /// Its result type is written down, so callers need not wait for its body, which is
    /// lowered at the end (this is what lets annotated functions call each other freely).
    Declared(Signature),
    Done(Signature),
}

/// Lowering state of every module-level function.
pub(crate) struct Functions {
    states: RefCell<Vec<State>>,
    /// Declared functions whose bodies still need lowering.
    pending: RefCell<Vec<HelperId>>,
    plans: RefCell<Vec<Option<FunctionPlan>>>,
    /// Argument types of the first call of functions with unannotated parameters.
    inferred: RefCell<std::collections::HashMap<HelperId, Vec<Ty>>>,
    /// The first error met while lowering a function's body (see [`Functions::take`]).
    failed: RefCell<Option<Diagnostic>>,
}

impl Functions {
    pub fn new(helpers: usize) -> Self {
        Functions {
            states: RefCell::new((0..helpers).map(|_| State::Todo).collect()),
            pending: RefCell::new(Vec::new()),
            plans: RefCell::new(Vec::new()),
            inferred: RefCell::new(std::collections::HashMap::new()),
            failed: RefCell::new(None),
        }
    }

    fn reserve(&self) -> usize {
        let mut plans = self.plans.borrow_mut();
        plans.push(None);
        plans.len() - 1
    }

    /// Keeps the first error of a function's body (see [`Functions::take`]).
    fn remember_failure(&self, d: &Diagnostic) {
        self.failed.borrow_mut().get_or_insert_with(|| d.clone());
    }

    /// The lowered functions, in index order. A function whose lowering failed where the
    /// error was not the app's (a call of a function value tries every function of the table
    /// and skips those that cannot take its arguments) has no plan: its error is the app's.
    pub fn take(&self) -> Result<Vec<FunctionPlan>> {
        let failed = self.failed.borrow_mut().take();
        self.plans
            .take()
            .into_iter()
            .map(|p| {
                p.ok_or_else(|| {
                    failed.clone().unwrap_or_else(|| {
                        Diagnostic::new(
                            Code::HandlerStatement,
                            Span::new(0, 0),
                            "a function of this app could not be compiled",
                        )
                    })
                })
            })
            .collect()
    }
}

impl Lowerer<'_> {
    /// The signature of module-level function `id` for a call with arguments `args`: a
    /// parameter without an annotation (plain JavaScript) takes the type of the argument the
    /// first call passes, which is lowered for that (annotations help, never required).
    pub(crate) fn helper_for_call(
        &self,
        id: HelperId,
        call: Span,
        inst: &Instance,
        args: &[crate::ir::Expr],
        cx: &mut Ctx,
    ) -> Result<Signature> {
        let helper = &self.program.helpers[id];
        let defaults = (0..helper.body.params).any(|i| param_default(&helper.body, i).is_some());
        let untyped = helper.body.param_types.iter().any(Option::is_none) || defaults;
        if untyped && matches!(self.functions.states.borrow()[id], State::Todo) {
            let mut types = Vec::new();
            for i in 0..helper.body.params {
                // A parameter with a default (`prefix = "field"`) holds `T | undefined`: a call
                // may leave it out, and the body's default replaces `undefined`.
                if let Some(default) = param_default(&helper.body, i) {
                    let base = match helper.body.param_types[i] {
                        Some(t) => t,
                        None => {
                            // Typed as the default is, which may read the parameters before it
                            // (`plural = singular + "s"`): those get the types found so far.
                            let earlier = Rc::new(RefCell::new(types.clone()));
                            let mut map = LocalMap {
                                map: vec![None; helper.body.first_local],
                                types: earlier,
                            };
                            for j in 0..i {
                                map.map.push(Some(j as u32));
                            }
                            // Earlier parameters with defaults are read through the locals
                            // their defaults are put in (`mark = greeting === "Hello" …`).
                            for s in &helper.body.body {
                                if let crate::ir::Stmt::Let { local, value } = s
                                    && let crate::ir::ExprKind::DefaultIfUndefined(v, _) =
                                        &value.kind
                                    && let crate::ir::ExprKind::Local(p) = v.kind
                                    && p >= helper.body.first_local
                                    && p < helper.body.first_local + i
                                {
                                    let ty = types[p - helper.body.first_local].repr();
                                    let id = map.fresh(ty);
                                    if map.map.len() <= *local {
                                        map.map.resize(*local + 1, None);
                                    }
                                    map.map[*local] = Some(id);
                                }
                            }
                            let mut probe = Ctx {
                                locals: Some(map),
                                snapshot: false,
                                returns: None,
                            };
                            self.value_opt(inst, default, &mut probe)?.ty
                        }
                    };
                    let ty = base.repr().nullable(true).ok_or_else(|| {
                        Diagnostic::new(
                            Code::TypeMismatch,
                            default.span,
                            "a parameter whose default is `null` needs a type annotation",
                        )
                    })?;
                    types.push(ty);
                    continue;
                }
                if let Some(t) = helper.body.param_types[i] {
                    types.push(t);
                    continue;
                }
                let Some(arg) = args.get(i) else {
                    types.push(Ty::Null);
                    continue;
                };
                let mut ty = self.value_opt(inst, arg, cx)?.ty;
                if ty == Ty::Null && !self.discovery {
                    return Err(super::nullable::untyped_null(arg.span));
                }
                // Objects of other shapes passed by other calls (an earlier attempt saw them).
                if let Some(&wider) = self.hints.params.get(&(id, i)) {
                    ty = self
                        .types
                        .borrow_mut()
                        .record_union(wider, ty)
                        .unwrap_or(wider);
                }
                types.push(ty);
            }
            *self.functions.inferred.borrow_mut().entry(id).or_default() = types;
        } else if untyped && let Some(params) = self.lowered_params(id) {
            self.widen_params(id, &params, inst, args, cx)?;
        }
        self.helper(id, call)
    }

    /// The parameter types of a function being lowered or lowered.
    fn lowered_params(&self, id: HelperId) -> Option<Vec<Ty>> {
        match &self.functions.states.borrow()[id] {
            State::Todo => None,
            State::InProgress { params, .. } => Some(params.clone()),
            State::Declared(sig) | State::Done(sig) => Some(sig.params.clone()),
        }
    }

    /// A call that passes an object of another shape than the first call did, to a parameter
    /// without an annotation (actions of a reducer): the parameter becomes the record with
    /// the fields of both (a field one lacks is `T | undefined`, as reading it in JavaScript
    /// gives), and lowering starts again with that type (see `lower::lower`).
    fn widen_params(
        &self,
        id: HelperId,
        params: &[Ty],
        inst: &Instance,
        args: &[crate::ir::Expr],
        cx: &mut Ctx,
    ) -> Result<()> {
        let helper = &self.program.helpers[id];
        for (i, (arg, &param)) in args.iter().zip(params).enumerate() {
            if helper.body.param_types.get(i).is_some_and(Option::is_some)
                || !matches!(param, Ty::Rec(_))
            {
                continue;
            }
            let ty = self.value_opt(inst, arg, cx)?.ty;
            if ty == param || !matches!(ty, Ty::Rec(_)) {
                continue;
            }
            let Some(wider) = self.types.borrow_mut().record_union(param, ty) else {
                continue;
            };
            if wider != param {
                self.learned.borrow_mut().params.insert((id, i), wider);
                return Err(Diagnostic::new(
                    Code::TypeMismatch,
                    arg.span,
                    format!(
                        "`{}` is called with objects of different shapes: {} and {}",
                        helper.name,
                        self.show(param),
                        self.show(ty)
                    ),
                )
                .with_hint("annotate the parameter with one type that has every field"));
            }
        }
        Ok(())
    }

    /// The signature of module-level function `id`, lowering it on first use.
    pub(crate) fn helper(&self, id: HelperId, call: Span) -> Result<Signature> {
        let helper = &self.program.helpers[id];
        let state = std::mem::replace(&mut self.functions.states.borrow_mut()[id], State::Todo);
        match state {
            State::Done(sig) => {
                self.functions.states.borrow_mut()[id] = State::Done(sig.clone());
                Ok(sig)
            }
            State::Declared(sig) => {
                self.functions.states.borrow_mut()[id] = State::Declared(sig.clone());
                Ok(sig)
            }
            State::InProgress {
                index,
                params,
                declared,
                returns,
            } => {
                let seen = returns.borrow().ty;
                self.functions.states.borrow_mut()[id] = State::InProgress {
                    index,
                    params: params.clone(),
                    declared,
                    returns,
                };
                match (declared, seen) {
                    (Some(ret), _) => Ok(Signature { index, params, ret }),
                    (None, Some(ret)) => Ok(Signature { index, params, ret: Some(ret) }),
                    (None, None) => Err(Diagnostic::new(
                        Code::HandlerStatement,
                        call,
                        format!(
                            "`{}` is called again before any of its `return`s shows its result type",
                            helper.name
                        ),
                    )
                    .with_hint(format!(
                        "annotate it: `function {}(…): number {{ … }}` (or string, boolean, void)",
                        helper.name
                    ))),
                }
            }
            State::Todo => {
                let inferred = self.functions.inferred.borrow().get(&id).cloned();
                let params = param_types(&helper.name, &helper.body, inferred.as_deref())
                    .map_err(|d| d.in_file(helper.file))?;
                let index = self.functions.reserve();
                let declared = if helper.body.declared_void {
                    Some(None)
                } else {
                    helper
                        .body
                        .return_type
                        .or_else(|| self.hints.returns.get(&id).copied())
                        .map(Some)
                };
                if let Some(ret) = declared {
                    let sig = Signature { index, params, ret };
                    self.functions.states.borrow_mut()[id] = State::Declared(sig.clone());
                    self.functions.pending.borrow_mut().push(id);
                    return Ok(sig);
                }
                let returns = Returns::new(declared.flatten(), helper.body.declared_void);
                returns.borrow_mut().function = Some(id);
                self.functions.states.borrow_mut()[id] = State::InProgress {
                    index,
                    params: params.clone(),
                    declared,
                    returns: returns.clone(),
                };
                let plan = self
                    .function(&helper.name, &helper.body, params.clone(), returns)
                    .map_err(|d| d.in_file(helper.file))
                    .inspect_err(|d| self.functions.remember_failure(d))?;
                let sig = Signature {
                    index,
                    params,
                    ret: plan.ret,
                };
                self.functions.plans.borrow_mut()[index] = Some(plan);
                self.functions.states.borrow_mut()[id] = State::Done(sig.clone());
                Ok(sig)
            }
        }
    }

    /// Lowers the bodies of declared functions that were called (and what they call).
    pub(crate) fn finish_functions(&self) -> Result<()> {
        loop {
            let Some(id) = self.functions.pending.borrow_mut().pop() else {
                return Ok(());
            };
            let helper = &self.program.helpers[id];
            let State::Declared(sig) =
                std::mem::replace(&mut self.functions.states.borrow_mut()[id], State::Todo)
            else {
                unreachable!("pending functions are declared")
            };
            let returns = Returns::new(sig.ret, helper.body.declared_void);
            self.functions.states.borrow_mut()[id] = State::InProgress {
                index: sig.index,
                params: sig.params.clone(),
                declared: Some(sig.ret),
                returns: returns.clone(),
            };
            let plan = self
                .function(&helper.name, &helper.body, sig.params.clone(), returns)
                .map_err(|d| d.in_file(helper.file))
                .inspect_err(|d| self.functions.remember_failure(d))?;
            self.functions.plans.borrow_mut()[sig.index] = Some(plan);
            self.functions.states.borrow_mut()[id] = State::Done(sig);
        }
    }

    /// Lowers a `.ts` program's `main`.
    pub(crate) fn main(&mut self, main: &Rc<Handler>) -> Result<usize> {
        let index = self.functions.reserve();
        let plan = self.function("main", main, Vec::new(), Returns::new(None, false))?;
        if plan.ret.is_some() {
            return Err(Diagnostic::new(
                Code::HandlerStatement,
                main.span,
                "a program's top level cannot return a value",
            ));
        }
        self.functions.plans.borrow_mut()[index] = Some(plan);
        Ok(index)
    }

    fn function(
        &self,
        name: &str,
        handler: &Handler,
        params: Vec<Ty>,
        returns: Rc<RefCell<Returns>>,
    ) -> Result<FunctionPlan> {
        let types = Rc::new(RefCell::new(params.clone()));
        let map = LocalMap {
            map: (0..params.len()).map(|i| Some(i as u32)).collect(),
            types: types.clone(),
        };
        let mut cx = Ctx {
            locals: Some(map),
            snapshot: false,
            returns: Some(returns.clone()),
        };
        let instance = Rc::new(Instance {
            rest: Rc::default(),
            id: usize::MAX - 2,
            component: NO_COMPONENT,
            slot_base: 0,
            ref_base: 0,
            props: Vec::new(),
            render_deps: Rc::default(),
        });
        let mut body = Vec::new();
        self.stmts(
            &instance,
            &handler.body,
            &mut cx,
            &mut body,
            &mut Vec::new(),
        )?;
        if let Some((span, _)) = returns.borrow().null_first {
            // Only nullish returns: nothing says the type.
            return Err(super::nullable::untyped_null(span));
        }
        let ret = {
            let r = returns.borrow();
            if r.declared || r.any_value {
                r.ty
            } else {
                None
            }
        };
        if ret.is_some()
            && !ends_with_return(&body)
            && handler.return_type.is_some()
            && !matches!(ret, Some(Ty::Opt(o)) if o.undefined)
        {
            // A return type written down that excludes `undefined`: TypeScript has checked
            // that the end is not reached (a `switch` over every member of a union), so
            // reaching it is a run-time error, as the `undefined` it would return becomes one.
            body.push(GStmt::Throw);
        } else if ret.is_some() && !ends_with_return(&body) {
            return Err(Diagnostic::new(
                Code::HandlerStatement,
                handler.span,
                format!("`{name}` can reach its end without returning a value"),
            )
            .with_hint("end every path with `return …;`"));
        }
        let locals = types.borrow().clone();
        Ok(FunctionPlan {
            name: name.to_string(),
            params,
            ret,
            locals,
            body,
        })
    }
}

/// Parameter types of a module-level function: its annotations, else the types of the
/// arguments of its first call.
fn param_types(name: &str, handler: &Handler, first_call: Option<&[Ty]>) -> Result<Vec<Ty>> {
    handler
        .param_types
        .iter()
        .enumerate()
        .map(|(i, t)| {
            // A parameter with a default: the type worked out at the first call (`T | undefined`).
            let inferred = first_call
                .and_then(|args| args.get(i).copied())
                .filter(|t| *t != Ty::Null);
            let t = if param_default(handler, i).is_some() {
                inferred.or(*t)
            } else {
                *t
            };
            t.or(inferred).ok_or_else(|| {
                Diagnostic::new(
                    Code::TypeMismatch,
                    handler.span,
                    format!("parameter {} of `{name}` needs a type annotation", i + 1),
                )
                .with_hint("write `x: number`, `s: string` or `b: boolean`")
            })
        })
        .collect()
}

/// The default of parameter `i` (`prefix = "field"`): what the body's first statements
/// put in its place when it is `undefined` (see `analyze/patterns.rs`).
pub(crate) fn param_default(handler: &Handler, i: usize) -> Option<&crate::ir::Expr> {
    use crate::ir::{ExprKind, Stmt};
    let param = handler.first_local + i;
    handler.body.iter().find_map(|s| match s {
        Stmt::Let { value, .. } => match &value.kind {
            ExprKind::DefaultIfUndefined(v, default)
                if matches!(v.kind, ExprKind::Local(l) if l == param) =>
            {
                Some(&**default)
            }
            _ => None,
        },
        _ => None,
    })
}

/// Conservatively: every path through `body` ends in `return` (or `throw`, which never falls
/// off the end either).
pub(crate) fn ends_with_return(body: &[GStmt]) -> bool {
    match body.last() {
        Some(GStmt::Return { .. } | GStmt::Throw) => true,
        Some(GStmt::If {
            then, otherwise, ..
        }) => ends_with_return(then) && ends_with_return(otherwise),
        Some(GStmt::Loop {
            test,
            body,
            test_at_end,
            ..
        }) => {
            let forever = match test {
                None => true,
                Some(t) => matches!(t.kind, super::plan::GKind::Bool(true)),
            };
            // A loop that never ends returns or runs forever; a do-while body runs at least once.
            !leaves(body) && (forever || (*test_at_end && ends_with_return(body)))
        }
        // A switch with `default` whose last case returns and that nothing breaks out of.
        Some(GStmt::Breakable {
            body,
            exhaustive: true,
        }) => {
            !leaves(body)
                && matches!(body.last(), Some(GStmt::If { then, .. }) if ends_with_return(then))
        }
        _ => false,
    }
}

/// Whether `body` has a `break` or `continue` for the loop or switch it belongs to
/// (those inside nested loops and switches leave only those).
fn leaves(body: &[GStmt]) -> bool {
    body.iter().any(|s| match s {
        GStmt::Break | GStmt::Continue => true,
        GStmt::If {
            then, otherwise, ..
        } => leaves(then) || leaves(otherwise),
        GStmt::Inlined { body } => leaves(body),
        _ => false,
    })
}
