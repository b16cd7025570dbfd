//! Typing and instantiation of expressions: component-local IR → typed global expressions.

use std::cell::RefCell;
use std::rc::Rc;

use oxc_span::Span;

use super::plan::{BinaryOp, GExpr, GKind, LocalId, LogicalOp, Ty, UnaryOp};
use super::{Instance, Lowerer, PropArg};
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{EventField, Expr, ExprKind};

/// Where an expression is evaluated.
pub(crate) struct Ctx {
    /// Inside a handler: locals are available.
    pub locals: Option<LocalMap>,
    /// State reads see the value at handler start (React) instead of the live value.
    pub snapshot: bool,
    /// In a module-level function: what its `return`s have established (`None` in handlers,
    /// whose `return` carries no value).
    pub returns: Option<Rc<RefCell<Returns>>>,
}

impl Returns {
    /// The state before the body: the declared type, if any (`void` counts as declared).
    pub fn new(declared: Option<Ty>, void: bool) -> Rc<RefCell<Returns>> {
        Rc::new(RefCell::new(Returns {
            ty: declared,
            declared: declared.is_some() || void,
            any_value: false,
            bare: None,
            function: None,
            null_first: None,
        }))
    }
}

/// The result type of the function being lowered.
pub(crate) struct Returns {
    /// The module-level function being lowered (a `HelperId`), whose result type an attempt
    /// may learn (`Hints::returns`).
    pub function: Option<usize>,
    /// A `return null` (or `undefined`) before any return said the result's type: the later
    /// returns tell it, for the next attempt (`return_value`).
    /// (Its span, and whether it was `undefined`.)
    pub null_first: Option<(oxc_span::Span, bool)>,
    /// Declared or first seen result type.
    pub ty: Option<Ty>,
    /// Whether `ty` comes from an annotation.
    pub declared: bool,
    /// Whether some `return` carries a value.
    pub any_value: bool,
    /// The first `return;` without a value: with a value elsewhere, it would return
    /// `undefined`, which no dx type holds.
    pub bare: Option<Span>,
}

/// Handler locals of one inlined function body → the entry handler's wasm locals.
pub(crate) struct LocalMap {
    pub map: Vec<Option<LocalId>>,
    pub types: Rc<RefCell<Vec<Ty>>>,
}

impl LocalMap {
    /// A fresh wasm local of type `ty` for IR local `local`.
    pub fn bind(&mut self, local: usize, ty: Ty) -> LocalId {
        let mut types = self.types.borrow_mut();
        types.push(ty);
        let id = (types.len() - 1) as LocalId;
        if self.map.len() <= local {
            self.map.resize(local + 1, None);
        }
        self.map[local] = Some(id);
        id
    }

    /// A fresh wasm local of type `ty` that no IR local names.
    pub fn fresh(&mut self, ty: Ty) -> LocalId {
        let mut types = self.types.borrow_mut();
        types.push(ty);
        (types.len() - 1) as LocalId
    }
}

impl Ctx {
    /// The locals values are put in while an expression is built: the handler's or function's
    /// own, or (rendering) scratch locals of the function that evaluates the expression.
    pub fn scratch_locals(&mut self) -> &mut LocalMap {
        self.locals.get_or_insert_with(|| LocalMap {
            map: Vec::new(),
            types: Default::default(),
        })
    }

    /// Rendering: no locals, live reads.
    pub fn render() -> Self {
        Ctx {
            locals: None,
            snapshot: false,
            returns: None,
        }
    }
}

fn g(kind: GKind, ty: Ty) -> GExpr {
    GExpr { kind, ty }
}

fn sep_span(args: &[Expr]) -> Span {
    args.first().map_or(Span::new(0, 0), |a| a.span)
}

fn mismatch(span: Span, message: String) -> Diagnostic {
    Diagnostic::new(Code::TypeMismatch, span, message)
}

/// JS truthiness as a boolean expression.
pub(crate) fn truthy(e: GExpr) -> GExpr {
    if e.ty == Ty::Bool {
        e
    } else {
        g(GKind::Truthy(Box::new(e)), Ty::Bool)
    }
}

/// Rewrites every live slot read of `e`, at any depth (inlined callbacks and function bodies
/// too), as a snapshot read: a prop value is computed by the render that created the React
/// handler reading it, so the handler sees that render's state even after it called setters.
/// A timer callback in `e` is a handler of its own and keeps its reads.
fn snapshot(e: &GExpr) -> GExpr {
    let mut e = e.clone();
    e.visit_mut(&mut |x| {
        if let GKind::Slot(s) = x.kind {
            x.kind = GKind::Snapshot(s);
        }
    });
    e
}

impl Lowerer<'_> {
    /// `x++` / `--x` as a value, on a slot holding a number (a module `let`, a ref).
    fn slot_update(
        &self,
        slot: super::SlotId,
        delta: f64,
        prefix: bool,
        span: Span,
    ) -> Result<GExpr> {
        if self.plan.slots.get(slot).map(|s| s.ty) != Some(Ty::Num) {
            return Err(mismatch(span, "`++`/`--` needs a number".into()));
        }
        Ok(g(
            GKind::SlotUpdate {
                slot,
                delta,
                prefix,
            },
            Ty::Num,
        ))
    }

    /// Lowers and types `e` as written in `inst`, read as a value of its base type: a
    /// nullable value stops with a run-time error when it is nullish (see
    /// [`Self::non_null`]). Where JS defines what `null` does, callers use [`Self::expr_raw`].
    pub(crate) fn expr(&self, inst: &Instance, e: &Expr, cx: &mut Ctx) -> Result<GExpr> {
        let v = self.expr_raw(inst, e, cx)?;
        self.non_null(v, e.span)
    }

    /// Lowers and types `e`, whose type may be nullable (`T | null`) or `null` itself. In a
    /// discovery attempt an error becomes a placeholder (see [`super::lower`]).
    pub(crate) fn expr_raw(&self, inst: &Instance, e: &Expr, cx: &mut Ctx) -> Result<GExpr> {
        match self.expr_kind(inst, e, cx) {
            Err(_) if self.discovery => Ok(super::nullable::placeholder()),
            result => result,
        }
    }

    fn expr_kind(&self, inst: &Instance, e: &Expr, cx: &mut Ctx) -> Result<GExpr> {
        let span = e.span;
        Ok(match &e.kind {
            ExprKind::Null => g(GKind::Null, Ty::Null),
            ExprKind::Optional { object, read } => self.optional(inst, object, read, cx, span)?,
            ExprKind::WithKey { object, key, value } => {
                self.with_key(inst, object, key, value, None, cx, span)?
            }
            ExprKind::Without { object, fields } => self.without(inst, object, fields, cx, span)?,
            ExprKind::ElementOrUndefined(array, index) => {
                let a = self.value(inst, array, cx)?;
                // `[key, value]` of an entry (a tuple record).
                if let Ty::Rec(_) = a.ty {
                    let i = g(GKind::Num(*index as f64), Ty::Num);
                    return self.record_index(a, i, cx, span);
                }
                let Ty::Arr(id) = a.ty else {
                    return Err(mismatch(
                        span,
                        format!(
                            "only arrays can be destructured with `[…]`, not {}",
                            self.show(a.ty)
                        ),
                    ));
                };
                let elem = self.types.borrow().elem(id);
                let i = g(GKind::Num(*index as f64), Ty::Num);
                let read = g(GKind::Index(Box::new(a.clone()), Box::new(i.clone())), elem);
                match elem.nullable(true) {
                    // `index < length ? xs[index] : undefined`; `xs` is a local or a read.
                    Some(ty) => {
                        let inside = g(
                            GKind::Binary(
                                BinaryOp::Lt,
                                Box::new(i),
                                Box::new(g(GKind::ArrayLen(Box::new(a)), Ty::Num)),
                            ),
                            Ty::Bool,
                        );
                        let read = self.fit(read, ty).expect("nullable of its base");
                        g(
                            GKind::Cond(
                                Box::new(inside),
                                Box::new(read),
                                Box::new(g(GKind::Null, ty)),
                            ),
                            ty,
                        )
                    }
                    None => read,
                }
            }
            ExprKind::OptionalValue => self
                .optional_objects
                .borrow()
                .last()
                .cloned()
                .expect("OptionalValue inside an Optional read"),
            ExprKind::NewCollection { kind, source, ty } => {
                return self.new_collection(inst, *kind, source.as_deref(), *ty, cx, span);
            }
            ExprKind::Regex { pattern, flags } => {
                return self.regex(inst, pattern, flags, cx);
            }
            ExprKind::Function(h) => {
                return self.function_value(&Rc::new(inst.clone()), h, cx, span);
            }
            ExprKind::CallValue { callee, args } => {
                return self.call_value(inst, callee, args, cx, span);
            }
            ExprKind::TypeOf(x) => return self.type_of(inst, x, cx),
            ExprKind::Spread(_) => {
                return Err(Diagnostic::new(
                    Code::UnsupportedCall,
                    span,
                    "a spread argument is supported in `Math.min` and `Math.max` only",
                ));
            }
            ExprKind::DefaultIfUndefined(value, default) => {
                let v = self.value_opt(inst, value, cx)?;
                match v.ty {
                    Ty::Opt(o) if o.undefined => {
                        // `moves: Move[] = []`: a literal default takes the parameter's type.
                        let d = match &default.kind {
                            ExprKind::Array(_) | ExprKind::Object(_) => {
                                self.expr_as(inst, default, o.base(), cx)?
                            }
                            _ => self.value_opt(inst, default, cx)?,
                        };
                        self.coalesce(v, d, span)?
                    }
                    _ => v,
                }
            }
            ExprKind::Num(n) => g(GKind::Num(*n), Ty::Num),
            ExprKind::Str(s) => g(GKind::Str(s.clone()), Ty::Str),
            ExprKind::Bool(b) => g(GKind::Bool(*b), Ty::Bool),
            ExprKind::ElementProp { r, name, value } => g(
                GKind::ElementGet {
                    r: inst.ref_base + r,
                    name,
                },
                event_value_ty(*value),
            ),
            ExprKind::RefAttached(r) => g(GKind::RefAttached(inst.ref_base + r), Ty::Bool),
            // A ref is one box for every render: read live, never the render's snapshot.
            ExprKind::State(s) | ExprKind::RefCurrent(s) => {
                let is_ref = matches!(e.kind, ExprKind::RefCurrent(_));
                let slot = inst.slot_base + s;
                let ty = self.plan.slots.get(slot).map(|s| s.ty).ok_or_else(|| {
                    Diagnostic::new(Code::StateType, span, "state is read before it is declared")
                        .with_hint("declare state before the values that use it")
                })?;
                if ty == Ty::Null {
                    let name = &self.program.components[inst.component].states[*s].name;
                    let (message, hint) = if is_ref {
                        (
                            format!(
                                "the type of `{name}.current` is not known: it starts as `null` or `undefined`, and nothing assigned to it gives it a value dx can type"
                            ),
                            format!(
                                "annotate it, e.g. `useRef<number | null>(null)`, or assign `{name}.current` a value"
                            ),
                        )
                    } else {
                        (format!("the type of `{name}` is not known: it starts as `null`, `undefined` or `[]`, and no setter call gives it a value dx can type"),
                         "annotate it, e.g. `useState<string | null>(null)` or `useState<Todo[]>([])`, or call its setter with a value".to_string())
                    };
                    return Err(Diagnostic::new(Code::StateType, span, message).with_hint(hint));
                }
                g(
                    if cx.snapshot && !is_ref {
                        GKind::Snapshot(slot)
                    } else {
                        GKind::Slot(slot)
                    },
                    ty,
                )
            }
            ExprKind::RefUpdate {
                state,
                delta,
                prefix,
            } => self.slot_update(inst.slot_base + state, *delta, *prefix, span)?,
            ExprKind::Prop(p) => match &inst.props[*p] {
                PropArg::Value(v) => {
                    let mut v = if cx.snapshot { snapshot(v) } else { v.clone() };
                    self.adopt_locals(&mut v, cx);
                    v
                }
                PropArg::Handler(_) => {
                    return Err(mismatch(
                        span,
                        format!("prop `{}` is a function here", self.prop_name(inst, *p)),
                    ));
                }
                PropArg::Children { .. } => {
                    return Err(mismatch(
                        span,
                        "`children` is markup: render it with `{children}`".into(),
                    ));
                }
                PropArg::Missing { call_site, file } => {
                    // Not passed here, passed a value elsewhere: `undefined` of its type, as
                    // React gives it.
                    let passed = self.passed_prop_type(inst.component, *p);
                    if let Some(ty) = passed.and_then(|t| match t {
                        Ty::Opt(o) if o.undefined => Some(t),
                        Ty::Opt(_) => None,
                        t => t.nullable(true),
                    }) {
                        return Ok(g(GKind::Null, ty));
                    }
                    self.learned.borrow_mut().untyped_missing_props = true;
                    if self.discovery {
                        return Ok(super::nullable::placeholder());
                    }
                    let comp = &self.program.components[inst.component];
                    return Err(Diagnostic::new(
                        Code::MissingProp,
                        *call_site,
                        format!(
                            "`<{}>` needs the prop `{}`",
                            comp.name,
                            self.prop_name(inst, *p)
                        ),
                    )
                    .in_file(*file));
                }
            },
            ExprKind::Local(l) => {
                let (id, ty) = self.local(cx, *l, span)?;
                g(GKind::Local(id), ty)
            }
            // `action.type`, `item.key`: a field of a local that is not the event.
            ExprKind::EventField(field @ (EventField::Key | EventField::Property(..)), l)
                if self.local(cx, *l, span)?.1 != Ty::Event =>
            {
                let object = Expr::new(ExprKind::Local(*l), span);
                let name = match field {
                    EventField::Property(name, _) => name,
                    _ => "key",
                };
                self.field(inst, &object, name, cx, span)?
            }
            ExprKind::EventField(field, l) => {
                let (id, ty) = self.local(cx, *l, span)?;
                if ty != Ty::Event {
                    return Err(mismatch(
                        span,
                        format!("this is a {}, not an event", ty.name()),
                    ));
                }
                let ty = match field {
                    EventField::TargetValue | EventField::Key => Ty::Str,
                    EventField::TargetChecked => Ty::Bool,
                    EventField::Property(_, value) => event_value_ty(*value),
                };
                g(GKind::EventField(*field, id), ty)
            }
            // `${c ? n : "-"}`, `${x ?? "none"}`: each possible value is written on its own,
            // so the two need no common type.
            ExprKind::ToString(x)
                if matches!(
                    x.kind,
                    ExprKind::Cond(..) | ExprKind::Logical(LogicalOp::Coalesce, ..)
                ) =>
            {
                self.string_of(inst, x, cx)?
            }
            ExprKind::ToString(x) => {
                let x = self.value_opt(inst, x, cx)?;
                if matches!(x.ty, Ty::Opt(_) | Ty::Null) {
                    return Ok(self.show_nullable(x));
                }
                if let Some(text) = self.date_string(&x) {
                    return Ok(text);
                }
                if x.ty.is_heap() {
                    return Err(mismatch(
                        span,
                        format!(
                            "converting {} to a string is not supported",
                            self.show(x.ty)
                        ),
                    )
                    .with_hint("use `.join(\", \")` for arrays, `JSON.stringify(x)` for objects"));
                }
                if x.ty == Ty::Str {
                    x
                } else {
                    g(GKind::ToString(Box::new(x)), Ty::Str)
                }
            }
            // `padding: bordered ? 12 : ""`: each branch written as CSS (the branches may be a
            // number and a string; both become text).
            ExprKind::CssValue { unitless, value }
                if let ExprKind::Cond(t, a, b) = &value.kind
                    && !matches!(a.kind, ExprKind::Undefined | ExprKind::Null)
                    && !matches!(b.kind, ExprKind::Undefined | ExprKind::Null) =>
            {
                self.css_branches(inst, *unitless, t, a, b, cx)?
            }
            ExprKind::CssValue { unitless, value } => {
                let text = |s: &str| g(GKind::Str(s.into()), Ty::Str);
                // React leaves out a style property whose value is `undefined` or `null`; an
                // empty value makes the browser drop the declaration the same way.
                let x = self.value_opt(inst, value, cx)?;
                let x = match x.ty {
                    Ty::Opt(o) if o.base() == Ty::Str => self.coalesce(x, text(""), span)?,
                    Ty::Opt(_) | Ty::Null => {
                        return Err(mismatch(
                            span,
                            "a style value that may be `undefined` must be a string here".into(),
                        )
                        .with_hint("write the value as a string, e.g. `c ? \"4px\" : undefined`"));
                    }
                    _ => x,
                };
                match x.ty {
                    Ty::Str => x,
                    Ty::Num if *unitless => g(GKind::ToString(Box::new(x)), Ty::Str),
                    // React: `value + "px"` for every number but 0.
                    Ty::Num => {
                        let is_zero = g(
                            GKind::Binary(
                                BinaryOp::Eq,
                                Box::new(x.clone()),
                                Box::new(g(GKind::Num(0.0), Ty::Num)),
                            ),
                            Ty::Bool,
                        );
                        let with_px = g(
                            GKind::Binary(
                                BinaryOp::Add,
                                Box::new(g(GKind::ToString(Box::new(x)), Ty::Str)),
                                Box::new(text("px")),
                            ),
                            Ty::Str,
                        );
                        g(
                            GKind::Cond(Box::new(is_zero), Box::new(text("0")), Box::new(with_px)),
                            Ty::Str,
                        )
                    }
                    // React leaves a property with a boolean value unset; an empty value is
                    // a declaration the browser drops.
                    Ty::Bool => text(""),
                    other => {
                        return Err(mismatch(
                            span,
                            format!(
                                "a style value must be a number or a string, not {}",
                                self.show(other)
                            ),
                        ));
                    }
                }
            }
            ExprKind::Length(x) => {
                let x = self.value(inst, x, cx)?;
                if let Ty::Arr(_) = x.ty {
                    return Ok(g(GKind::ArrayLen(Box::new(x)), Ty::Num));
                }
                if let (Ty::Rec(_), ExprKind::Length(object)) = (x.ty, &e.kind) {
                    return self.field(inst, object, "length", cx, span);
                }
                if x.ty != Ty::Str {
                    return Err(mismatch(span, format!("`.length` of a {}", x.ty.name())));
                }
                g(GKind::Length(Box::new(x)), Ty::Num)
            }
            ExprKind::Unary(UnaryOp::Not, x) => {
                let x = self.condition(inst, x, cx)?;
                g(GKind::Unary(UnaryOp::Not, Box::new(x)), Ty::Bool)
            }
            ExprKind::Unary(op, x) => {
                let x = self.unary_operand(inst, x, cx)?;
                if *op == UnaryOp::Plus {
                    x
                } else {
                    g(GKind::Unary(*op, Box::new(x)), Ty::Num)
                }
            }
            ExprKind::Binary(op, a, b) => self.binary(inst, *op, a, b, cx, span)?,
            ExprKind::Logical(op, a, b) => {
                let a = self.value_opt(inst, a, cx)?;
                let b = self.fallback(inst, &a, b, cx)?;
                if *op == LogicalOp::Coalesce && !matches!(a.ty, Ty::Rec(_)) {
                    return self.coalesce(a, b, span);
                }
                // `x || fallback` with a nullable `x`: a falsy (or nullish) `x` gives the
                // fallback, so the result has the fallback's type.
                if *op == LogicalOp::Or
                    && let Ty::Opt(o) = a.ty
                    && b.ty == o.base()
                {
                    let ty = b.ty;
                    return Ok(g(GKind::Logical(*op, Box::new(a), Box::new(b)), ty));
                }
                if a.ty != b.ty
                    && let Some(ty) = self.join(a.ty, b.ty)
                    && ty != Ty::Null
                {
                    let (a, b) = (
                        self.fit(a, ty).expect("joined"),
                        self.fit(b, ty).expect("joined"),
                    );
                    return Ok(g(GKind::Logical(*op, Box::new(a), Box::new(b)), ty));
                }
                if a.ty != b.ty {
                    return Err(mismatch(
                        span,
                        format!("the two sides are a {} and a {}", a.ty.name(), b.ty.name()),
                    )
                    .with_hint("make both sides the same type, e.g. `cond ? \"a\" : \"\"`"));
                }
                if *op == LogicalOp::Coalesce && !matches!(a.ty, Ty::Rec(_)) {
                    // Values of these types are never null or undefined.
                    return Ok(a);
                }
                let ty = a.ty;
                g(GKind::Logical(*op, Box::new(a), Box::new(b)), ty)
            }
            ExprKind::Call { helper, args } => {
                let sig = self.helper_for_call(*helper, span, inst, args, cx)?;
                let args = self.arguments(
                    inst,
                    args,
                    &sig.params,
                    cx,
                    span,
                    &self.program.helpers[*helper].name,
                )?;
                let Some(ret) = sig.ret else {
                    return Err(mismatch(
                        span,
                        format!("`{}` returns nothing", self.program.helpers[*helper].name),
                    )
                    .with_hint("call it as a statement, or make it return a value"));
                };
                g(
                    GKind::Call {
                        function: sig.index,
                        args,
                    },
                    ret,
                )
            }
            ExprKind::Builtin {
                name,
                receiver,
                args,
            } => self.builtin(inst, name, receiver.as_deref(), args, cx, span)?,
            ExprKind::CallInner { callee, args } => {
                let callee = self.resolve_in(&Rc::new(inst.clone()), callee, cx)?;
                if callee.handler.params != args.len() {
                    return Err(Diagnostic::new(
                        Code::UnsupportedCall,
                        span,
                        format!(
                            "this function takes {} argument(s), the call passes {}",
                            callee.handler.params,
                            args.len()
                        ),
                    ));
                }
                let mut stmts = Vec::new();
                let mut values = Vec::new();
                for a in args {
                    let v = self.value_opt(inst, a, cx)?;
                    if v.ty == Ty::Null {
                        return Err(super::nullable::untyped_null(a.span));
                    }
                    values.push(v);
                }
                let caller = cx.scratch_locals();
                let mut map = LocalMap {
                    map: caller.map.clone(),
                    types: caller.types.clone(),
                };
                for (i, value) in values.into_iter().enumerate() {
                    let id = map.bind(callee.handler.first_local + i, value.ty);
                    stmts.push(super::plan::GStmt::Let { local: id, value });
                }
                let snapshot = self.inlined_snapshot(&callee, cx);
                let (body, ty) = self.inline_value(&callee, map, span, snapshot)?;
                stmts.extend(body);
                g(GKind::Block(stmts), ty)
            }
            ExprKind::Timer {
                callback,
                ms,
                repeat,
            } => {
                let closure = self.resolve(&Rc::new(inst.clone()), callback)?;
                if closure.handler.params > 0 {
                    return Err(Diagnostic::new(
                        Code::HandlerStatement,
                        closure.handler.span,
                        "a timer callback takes no parameters",
                    ));
                }
                let ms = self.number(inst, ms, cx, "a timer delay")?;
                let (callback, env) = self.timer_callback(&closure, cx, *repeat)?;
                let timer = g(
                    GKind::Timer {
                        callback,
                        ms: Box::new(ms),
                        repeat: *repeat,
                        env: env.map(Box::new),
                    },
                    Ty::Num,
                );
                // React: the callback sees the state of the render it was created in.
                let mut saves = Vec::new();
                if self.reads_snapshots(&closure) && cx.locals.is_some() {
                    self.capture_render_state(callback, &mut saves);
                }
                if saves.is_empty() {
                    timer
                } else {
                    saves.push(super::plan::GStmt::Return { value: Some(timer) });
                    g(GKind::Block(saves), Ty::Num)
                }
            }
            ExprKind::RowItem(list) | ExprKind::RowIndex(list) => {
                let key = (inst.id, *list);
                let Some(&(l, item)) = self.rows.borrow().get(&key) else {
                    return Err(Diagnostic::new(
                        Code::ListsNotSupported,
                        span,
                        "a list row's item is only available inside the row",
                    ));
                };
                match e.kind {
                    ExprKind::RowItem(_) => g(GKind::RowItem(l), item),
                    _ => g(GKind::RowIndex(l), Ty::Num),
                }
            }
            ExprKind::Constant(k) => {
                let slot = self.constant_slot(*k, span)?;
                g(GKind::Slot(slot), self.plan.slots[slot].ty)
            }
            ExprKind::ConstantUpdate {
                constant,
                delta,
                prefix,
            } => self.slot_update(self.constant_slot(*constant, span)?, *delta, *prefix, span)?,
            ExprKind::Array(items) => self.array_literal(inst, items, None, cx, span)?,
            ExprKind::Object(fields) => self.object_literal(inst, fields, None, cx, span)?,
            ExprKind::Field(object, name) => self.field(inst, object, name, cx, span)?,
            ExprKind::Index(array, index) => self.index(inst, array, index, cx, span)?,
            ExprKind::Typed(ty, x) => self.expr_as(inst, x, *ty, cx)?,
            ExprKind::Lambda(_) => {
                return Err(Diagnostic::new(
                    Code::UnsupportedExpression,
                    span,
                    "a function cannot be used as a value here",
                )
                .with_hint(
                    "functions can be passed to array methods (`map`, `filter`, …) and event props",
                ));
            }
            // A render that throws stops where it is evaluated (a wasm trap: a run-time error).
            ExprKind::Throw => g(GKind::Trap, Ty::Str),
            ExprKind::NewDate(args) => self.new_date(inst, args, cx, span)?,
            ExprKind::Undefined => {
                return Err(Diagnostic::new(
                    Code::UnsupportedExpression,
                    span,
                    "`undefined` is only supported when comparing objects (`found === undefined`)",
                ));
            }
            ExprKind::Cond(t, a, b) => {
                let t = self.condition(inst, t, cx)?;
                if let Some((a, b)) = self.undefined_branches(inst, a, b, cx, span)? {
                    let ty = a.ty;
                    return Ok(g(GKind::Cond(Box::new(t), Box::new(a), Box::new(b)), ty));
                }
                let (a, b) = self.branches(inst, a, b, cx)?;
                let Some(ty) = self.join(a.ty, b.ty) else {
                    return Err(mismatch(
                        span,
                        format!("the branches are a {} and a {}", a.ty.name(), b.ty.name()),
                    ));
                };
                let (a, b) = (
                    self.fit(a, ty).expect("joined"),
                    self.fit(b, ty).expect("joined"),
                );
                g(GKind::Cond(Box::new(t), Box::new(a), Box::new(b)), ty)
            }
        })
    }

    // Kept out of `expr_kind`, whose stack frame every level of a nested expression pays.

    /// The operand of unary `+`/`-` as a number: `+input.value` converts a string as
    /// `Number(s)` does.
    #[inline(never)]
    fn unary_operand(&self, inst: &Instance, x: &Expr, cx: &mut Ctx) -> Result<GExpr> {
        match self.value_opt(inst, x, cx)? {
            v if v.ty == Ty::Str => {
                let id = crate::builtins::lookup("Number", crate::builtins::Receiver::Global, 1)
                    .expect("Number row");
                Ok(g(GKind::Builtin { id, args: vec![v] }, Ty::Num))
            }
            _ => self.number(inst, x, cx, "unary minus/plus"),
        }
    }

    /// The right side of `a || b` / `a ?? b`: an empty literal takes `a`'s type
    /// (`(s.match(re) || []).length`).
    #[inline(never)]
    fn fallback(&self, inst: &Instance, a: &GExpr, b: &Expr, cx: &mut Ctx) -> Result<GExpr> {
        let empty = matches!(&b.kind, ExprKind::Array(items) if items.is_empty())
            || matches!(&b.kind, ExprKind::Object(fields) if fields.is_empty());
        let base = match a.ty {
            Ty::Opt(o) => o.base(),
            t => t,
        };
        if empty && matches!(base, Ty::Arr(_) | Ty::Rec(_)) {
            return self.expr_as(inst, b, base, cx);
        }
        self.value_opt(inst, b, cx)
    }

    /// The two branches of `c ? a : b`; an empty literal takes the other branch's type
    /// (`valid ? collatz(n) : []`).
    #[inline(never)]
    fn branches(
        &self,
        inst: &Instance,
        a: &Expr,
        b: &Expr,
        cx: &mut Ctx,
    ) -> Result<(GExpr, GExpr)> {
        let literal = |e: &Expr| {
            matches!(&e.kind, ExprKind::Array(items) if items.is_empty())
                || matches!(&e.kind, ExprKind::Object(fields) if fields.is_empty())
        };
        Ok(match (literal(a), literal(b)) {
            (false, true) => {
                let a = self.value_opt(inst, a, cx)?;
                let b = self.expr_as(inst, b, a.ty, cx)?;
                (a, b)
            }
            (true, false) => {
                let b = self.value_opt(inst, b, cx)?;
                (self.expr_as(inst, a, b.ty, cx)?, b)
            }
            _ => (self.value_opt(inst, a, cx)?, self.value_opt(inst, b, cx)?),
        })
    }

    /// Lowers call arguments and checks them against parameter types.
    pub(crate) fn arguments(
        &self,
        inst: &Instance,
        args: &[Expr],
        params: &[Ty],
        cx: &mut Ctx,
        span: Span,
        callee: &str,
    ) -> Result<Vec<GExpr>> {
        // Arguments left out are `undefined`, which only a parameter with a default (of type
        // `T | undefined`) takes.
        let missing_ok = args.len() < params.len()
            && params[args.len()..]
                .iter()
                .all(|t| matches!(t, Ty::Opt(o) if o.undefined));
        if args.len() != params.len() && !missing_ok {
            return Err(Diagnostic::new(
                Code::UnsupportedCall,
                span,
                format!(
                    "`{callee}` takes {} argument(s), this call passes {}",
                    params.len(),
                    args.len()
                ),
            ));
        }
        let missing: Vec<GExpr> = params[args.len().min(params.len())..]
            .iter()
            .map(|t| g(GKind::Null, *t))
            .collect();
        let given: Result<Vec<GExpr>> = args
            .iter()
            .zip(params)
            .map(|(a, ty)| {
                let v = if ty.is_heap() || matches!(ty, Ty::Opt(_)) {
                    self.expr_as(inst, a, *ty, cx)?
                } else {
                    let v = self.value_opt(inst, a, cx)?;
                    self.fit(v.clone(), *ty).unwrap_or(v)
                };
                if v.ty != *ty {
                    return Err(mismatch(
                        a.span,
                        format!(
                            "`{callee}` expects a {} here, not a {}",
                            ty.name(),
                            v.ty.name()
                        ),
                    ));
                }
                Ok(v)
            })
            .collect();
        let mut values = given?;
        values.extend(missing);
        Ok(values)
    }

    fn builtin(
        &self,
        inst: &Instance,
        name: &str,
        receiver: Option<&Expr>,
        args: &[Expr],
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        use crate::builtins::{self, BUILTINS, Receiver};
        // `JSON.stringify(v, null, 2)`: the one-argument text, indented (no replacer).
        if receiver.is_none()
            && name == "JSON.stringify"
            && let [value, replacer, indent] = args
            && matches!(replacer.kind, ExprKind::Null | ExprKind::Undefined)
        {
            let text = self.builtin(inst, name, None, std::slice::from_ref(value), cx, span)?;
            let indent = self.expr_as(inst, indent, Ty::Num, cx)?;
            let id =
                builtins::lookup("#json_indent", Receiver::Global, 2).expect("a row of the table");
            return Ok(g(
                GKind::Builtin {
                    id,
                    args: vec![text, indent],
                },
                Ty::Str,
            ));
        }
        if receiver.is_none() && name == "JSON.stringify" && args.len() == 1 {
            let v = self.value(inst, &args[0], cx)?;
            self.order_reads.borrow_mut().push((args[0].span, v.ty));
            self.refuse_dates_to_js(v.ty, args[0].span)?;
            let v = if v.ty.is_heap() {
                g(GKind::ToJs(Box::new(v)), Ty::Event)
            } else {
                v
            };
            let v = if v.ty == Ty::Event || v.ty == Ty::Str {
                v
            } else {
                g(GKind::ToJs(Box::new(v)), Ty::Event)
            };
            return Ok(g(GKind::Json(Box::new(v)), Ty::Str));
        }
        if receiver.is_none() && name == "JSON.parse" {
            return Err(Diagnostic::new(
                Code::UnsupportedCall,
                span,
                "say what `JSON.parse` reads: `JSON.parse(text) as Todo[]`",
            ));
        }
        if receiver.is_none()
            && let Some(v) = self.object_function(inst, name, args, cx, span)?
        {
            return Ok(v);
        }
        let recv = receiver.map(|r| self.value(inst, r, cx)).transpose()?;
        // `strategies[key].apply(items)`: a function value in a field of a record.
        if let (Some(receiver), Some(r)) = (receiver, &recv)
            && let Some(callee) = self.method_value(receiver, r.ty, name, span)
        {
            return self.call_value(inst, &callee, args, cx, span);
        }
        // `Set` and `Map` (`collections.rs`), `Date` (`dates.rs`).
        if let Some(r) = &recv
            && let Some(v) = self.collection_method(inst, r, name, args, cx, span)?
        {
            return Ok(v);
        }
        if let Some(r) = &recv
            && let Some(v) = self.date_method(inst, r, name, args, cx, span)?
        {
            return Ok(v);
        }
        // Regular expressions (`regex.rs`).
        if let (Some(receiver), Some(r)) = (receiver, &recv) {
            if let Some(v) = self.regex_method(inst, receiver, r, name, args, cx, span)? {
                return Ok(v);
            }
            if let Some(v) = self.string_regex_method(inst, r, name, args, cx, span)? {
                return Ok(v);
            }
        }
        // `Number.isNaN(x)`, `Number.isFinite(x)` of a number that may be missing: `false` for
        // `null` and `undefined` (these two do not convert their argument).
        if recv.is_none()
            && let ("Number.isNaN" | "Number.isFinite", [arg]) = (name, args)
        {
            let v = self.value_opt(inst, arg, cx)?;
            if matches!(v.ty, Ty::Opt(o) if o.base() == Ty::Num) {
                let nan = name == "Number.isNaN";
                let bool_ty = Ty::Bool;
                return Ok(self.if_some(
                    v,
                    bool_ty,
                    |x| {
                        let bin = |o, a: GExpr, b: GExpr| {
                            g(GKind::Binary(o, Box::new(a), Box::new(b)), Ty::Num)
                        };
                        if nan {
                            // Only NaN is not equal to itself.
                            g(
                                GKind::Binary(BinaryOp::Ne, Box::new(x.clone()), Box::new(x)),
                                bool_ty,
                            )
                        } else {
                            // `x - x` is 0 for finite numbers, NaN for infinities and NaN.
                            let zero = g(GKind::Num(0.0), Ty::Num);
                            let diff = bin(BinaryOp::Sub, x.clone(), x);
                            g(
                                GKind::Binary(BinaryOp::Eq, Box::new(diff), Box::new(zero)),
                                bool_ty,
                            )
                        }
                    },
                    g(GKind::Bool(false), bool_ty),
                ));
            }
        }
        // `Number(x)` of a number or boolean needs no host call.
        if name == "Number" && recv.is_none() && args.len() == 1 {
            let v = self.value(inst, &args[0], cx)?;
            return Ok(match v.ty {
                Ty::Num => v,
                Ty::Bool => g(GKind::BoolToNum(Box::new(v)), Ty::Num),
                Ty::Str => {
                    let id = builtins::lookup("Number", Receiver::Global, 1).expect("Number row");
                    g(GKind::Builtin { id, args: vec![v] }, Ty::Num)
                }
                // The host's `Number` row takes a string: anything else was an invalid module.
                other => {
                    return Err(mismatch(
                        args[0].span,
                        format!(
                            "`Number` converts a string, number or boolean, not an {}",
                            other.name()
                        ),
                    ));
                }
            });
        }
        if let Some(array @ GExpr { ty: Ty::Arr(_), .. }) = &recv {
            return self.array_method(inst, array.clone(), name, args, cx, span);
        }
        if let (Some(s @ GExpr { ty: Ty::Str, .. }), "split", [sep]) = (&recv, name, args) {
            let sep = self.value(inst, sep, cx)?;
            if sep.ty != Ty::Str {
                return Err(mismatch(
                    sep_span(args),
                    "`split` takes a string separator".into(),
                ));
            }
            let ty = self.types.borrow_mut().array(Ty::Str);
            return Ok(g(GKind::Split(Box::new(s.clone()), Box::new(sep)), ty));
        }
        let kind = match recv.as_ref().map(|r| r.ty) {
            None => Receiver::Global,
            Some(Ty::Str) => Receiver::Str,
            Some(Ty::Num) => Receiver::Num,
            Some(other) => {
                return Err(Diagnostic::new(
                    Code::UnsupportedCall,
                    span,
                    format!("`.{name}()` is not supported on a {}", other.name()),
                ));
            }
        };
        // `s.padStart(n)`: JavaScript pads with spaces.
        if kind == Receiver::Str && matches!(name, "padStart" | "padEnd") && args.len() == 1 {
            let mut with_space = args.to_vec();
            with_space.push(Expr::new(ExprKind::Str(" ".into()), span));
            return self.builtin(inst, name, receiver, &with_space, cx, span);
        }
        let Some(id) = builtins::lookup(name, kind, args.len()) else {
            let what = match &recv {
                Some(r) => format!("`.{name}()` on a {}", r.ty.name()),
                None => format!("`{name}`"),
            };
            let message = if builtins::exists(name, kind) {
                format!("{what} does not take {} argument(s)", args.len())
            } else {
                format!("{what} is not supported yet")
            };
            return Err(Diagnostic::new(Code::UnsupportedCall, span, message)
                .with_hint("see docs/support.md for the built-ins dx provides"));
        };
        let row = &BUILTINS[id];
        let mut values: Vec<GExpr> = recv.into_iter().collect();
        if row.params.is_empty()
            && matches!(
                row.imp,
                builtins::Impl::Wasm(builtins::WasmOp::Min | builtins::WasmOp::Max)
            )
        {
            for a in args {
                let v = match &a.kind {
                    ExprKind::Spread(array) => self.array_extreme(inst, array, name, cx)?,
                    _ => self.number(inst, a, cx, name)?,
                };
                values.push(v);
            }
            return Ok(match values.len() {
                0 => g(
                    GKind::Num(if name == "Math.min" {
                        f64::INFINITY
                    } else {
                        f64::NEG_INFINITY
                    }),
                    Ty::Num,
                ),
                _ => g(GKind::Builtin { id, args: values }, Ty::Num),
            });
        }
        values.extend(self.arguments(inst, args, row.params, cx, span, name)?);
        let Some(ret) = row.ret else {
            return Err(mismatch(span, format!("`{name}` returns nothing"))
                .with_hint("call it as a statement"));
        };
        Ok(g(GKind::Builtin { id, args: values }, ret))
    }

    /// `typeof x`: every dx value has one type, so the answer is known when `x` is lowered,
    /// except for a nullable value (`"object"` for `null`, `"undefined"` for `undefined`).
    fn type_of(&self, inst: &Instance, x: &Expr, cx: &mut Ctx) -> Result<GExpr> {
        let v = self.value_opt(inst, x, cx)?;
        let name = |ty: Ty| -> &'static str {
            match ty {
                Ty::Num => "number",
                Ty::Str => "string",
                Ty::Bool => "boolean",
                t if self.types.borrow().is_function(t) => "function",
                _ => "object",
            }
        };
        let text = |s: &str| g(GKind::Str(s.to_string()), Ty::Str);
        let known = match v.ty {
            Ty::Opt(o) => {
                let none = if o.undefined { "undefined" } else { "object" };
                let base = name(o.base());
                return Ok(self.if_some(v, Ty::Str, |_| text(base), text(none)));
            }
            Ty::Null => "object",
            t => name(t),
        };
        // `x` is still evaluated when that may do something (a call).
        let pure = |e: &GExpr| {
            let mut calls = false;
            e.visit(&mut |x| {
                calls |= matches!(
                    x.kind,
                    GKind::Call { .. }
                        | GKind::Builtin { .. }
                        | GKind::Block(_)
                        | GKind::Each(_)
                        | GKind::ArrayOp(..)
                )
            });
            !calls
        };
        if pure(&v) {
            return Ok(text(known));
        }
        Ok(g(
            GKind::Block(vec![
                super::plan::GStmt::Eval { value: v },
                super::plan::GStmt::Return {
                    value: Some(text(known)),
                },
            ]),
            Ty::Str,
        ))
    }

    /// `Math.max(...xs)` / `Math.min(...xs)`: the largest / smallest element of a number
    /// array (`-Infinity` / `Infinity` when empty; NaN when an element is), folded in a loop.
    fn array_extreme(
        &self,
        inst: &Instance,
        array: &Expr,
        name: &str,
        cx: &mut Ctx,
    ) -> Result<GExpr> {
        let v = self.expr(inst, array, cx)?;
        let elem = match v.ty {
            Ty::Arr(id) => self.types.borrow().elem(id),
            other => {
                return Err(mismatch(
                    array.span,
                    format!(
                        "`{name}` can spread an array of numbers, not a {}",
                        other.name()
                    ),
                ));
            }
        };
        if elem != Ty::Num {
            return Err(mismatch(
                array.span,
                format!(
                    "`{name}` can spread an array of numbers, not of {}",
                    self.show(elem)
                ),
            ));
        }
        let Some(id) = crate::builtins::lookup(name, crate::builtins::Receiver::Global, 2) else {
            return Err(mismatch(array.span, format!("`{name}` is not a built-in")));
        };
        let locals = cx.scratch_locals();
        let acc = locals.fresh(Ty::Num);
        let item = locals.fresh(Ty::Num);
        let index = locals.fresh(Ty::Num);
        let start = if name == "Math.min" {
            f64::INFINITY
        } else {
            f64::NEG_INFINITY
        };
        let step = g(
            GKind::Builtin {
                id,
                args: vec![
                    g(GKind::Local(acc), Ty::Num),
                    g(GKind::Local(item), Ty::Num),
                ],
            },
            Ty::Num,
        );
        Ok(g(
            GKind::Each(Box::new(super::plan::Each {
                kind: super::plan::EachKind::Reduce,
                array: v,
                elem: item,
                index,
                acc: Some((acc, g(GKind::Num(start), Ty::Num))),
                body: vec![super::plan::GStmt::Return { value: Some(step) }],
                result: Ty::Num,
            })),
            Ty::Num,
        ))
    }

    /// An expression used only for its truthiness (`if`, loops, `?:`, `!`): there `&&`, `||`
    /// and `??` may mix types, since only truthiness flows out.
    pub(crate) fn condition(&self, inst: &Instance, e: &Expr, cx: &mut Ctx) -> Result<GExpr> {
        match &e.kind {
            // A prop given markup is an element (truthy), unless the markup is conditional
            // (`footer={open && <p/>}`: then the condition, in the caller); a prop not given
            // is `undefined`.
            ExprKind::Prop(p)
                if matches!(
                    inst.props[*p],
                    PropArg::Children { .. } | PropArg::Missing { .. } | PropArg::Handler(_)
                ) =>
            {
                // A function given (`onReset && <button onClick={onReset}/>`) is truthy.
                if let PropArg::Handler(_) = &inst.props[*p] {
                    return Ok(g(GKind::Bool(true), Ty::Bool));
                }
                let PropArg::Children { nodes, caller } = &inst.props[*p] else {
                    return Ok(g(GKind::Bool(false), Ty::Bool));
                };
                match nodes.as_slice() {
                    [
                        crate::ir::ViewNode::Cond {
                            test,
                            then,
                            otherwise,
                            ..
                        },
                    ] if then.is_empty() != otherwise.is_empty() => {
                        let (caller, test) = (caller.clone(), test.clone());
                        let t = self.condition(&caller, &test, cx)?;
                        Ok(if then.is_empty() {
                            g(GKind::Unary(UnaryOp::Not, Box::new(t)), Ty::Bool)
                        } else {
                            t
                        })
                    }
                    [] => Ok(g(GKind::Bool(false), Ty::Bool)),
                    _ => Ok(g(GKind::Bool(true), Ty::Bool)),
                }
            }
            ExprKind::Logical(op @ (LogicalOp::And | LogicalOp::Or), a, b) => {
                let (a, b) = (self.condition(inst, a, cx)?, self.condition(inst, b, cx)?);
                Ok(g(GKind::Logical(*op, Box::new(a), Box::new(b)), Ty::Bool))
            }
            ExprKind::Logical(LogicalOp::Coalesce, a, b) => {
                let (a, b) = (self.value_opt(inst, a, cx)?, self.value_opt(inst, b, cx)?);
                if a.ty.repr() != b.ty.repr() && !matches!(a.ty, Ty::Opt(_) | Ty::Null) {
                    // `a` is never nullish: only its truthiness matters.
                    return Ok(self.truthy_any(a));
                }
                let v = self.coalesce(a, b, e.span)?;
                Ok(self.truthy_any(v))
            }
            _ => Ok(self.truthy_any(self.value_opt(inst, e, cx)?)),
        }
    }

    /// A value that is not an event, of any type including nullable ones and `null`.
    pub(crate) fn value_opt(&self, inst: &Instance, e: &Expr, cx: &mut Ctx) -> Result<GExpr> {
        let v = self.expr_raw(inst, e, cx)?;
        if v.ty == Ty::Event {
            return Err(
                mismatch(e.span, "an event object cannot be used as a value".into())
                    .with_hint("read a field such as `e.target.value`"),
            );
        }
        Ok(v)
    }

    /// A value that is not an event, read as its base type (see [`Self::expr`]).
    pub(crate) fn value(&self, inst: &Instance, e: &Expr, cx: &mut Ctx) -> Result<GExpr> {
        let v = self.value_opt(inst, e, cx)?;
        self.non_null(v, e.span)
    }

    pub(crate) fn number(
        &self,
        inst: &Instance,
        e: &Expr,
        cx: &mut Ctx,
        what: &str,
    ) -> Result<GExpr> {
        let v = self.value_opt(inst, e, cx)?;
        let v = match v.ty {
            // JS's `ToNumber`: `null` is 0, `undefined` NaN.
            Ty::Opt(o) if o.base() == Ty::Num => self.to_number(v),
            Ty::Null => g(GKind::Num(0.0), Ty::Num),
            _ => self.non_null(v, e.span)?,
        };
        match v.ty {
            Ty::Num => Ok(v),
            Ty::Bool => Ok(g(GKind::BoolToNum(Box::new(v)), Ty::Num)),
            // A date where a number is needed is its time value (`end - start`).
            Ty::Rec(_) if self.types.borrow().is_date(v.ty) => {
                Ok(self.date_time(v).expect("a date"))
            }
            _ => Err(mismatch(
                e.span,
                format!("{what} needs numbers, not a {}", v.ty.name()),
            )
            .with_hint("string-to-number conversion is not supported yet")),
        }
    }

    /// An operand of `===` / `!==`: `items[i]` past either end is `undefined` there, as in JS
    /// (`primes[i + 1] === p + 2` looks one past the last item); elsewhere it is read as is.
    fn compared(&self, inst: &Instance, e: &Expr, cx: &mut Ctx) -> Result<GExpr> {
        if let ExprKind::Index(array, index) = &e.kind {
            let held = self.pending_held.borrow().len();
            let a = self.expr(inst, array, cx)?;
            if let Ty::Arr(id) = a.ty {
                let elem = self.types.borrow().elem(id);
                if !matches!(elem, Ty::Opt(_) | Ty::Null)
                    && let Some(ty) = elem.nullable(true)
                {
                    let i = self.number(inst, index, cx, "an index")?;
                    return Ok(self.index_or_undefined(a, i, elem, ty, cx));
                }
            }
            self.pending_held.borrow_mut().truncate(held);
        }
        self.value_opt(inst, e, cx)
    }

    /// `a[i]` as `T | undefined`: `undefined` unless `i` is an index of `a`.
    fn index_or_undefined(&self, a: GExpr, i: GExpr, elem: Ty, ty: Ty, cx: &mut Ctx) -> GExpr {
        use super::build::{and, bin, cond, hold};
        let mut b = Vec::new();
        let a = hold(&mut b, a, cx);
        let i = hold(&mut b, i, cx);
        let len = g(GKind::ArrayLen(Box::new(a.clone())), Ty::Num);
        let floor = crate::builtins::lookup("Math.floor", crate::builtins::Receiver::Global, 1)
            .expect("Math.floor row");
        let whole = g(
            GKind::Builtin {
                id: floor,
                args: vec![i.clone()],
            },
            Ty::Num,
        );
        let inside = and(
            and(
                bin(BinaryOp::Ge, i.clone(), g(GKind::Num(0.0), Ty::Num)),
                bin(BinaryOp::Lt, i.clone(), len),
            ),
            bin(BinaryOp::Eq, whole, i.clone()),
        );
        let item = g(GKind::Index(Box::new(a), Box::new(i)), elem);
        cond(
            inside,
            g(GKind::Wrap(Box::new(item)), ty),
            g(GKind::Null, ty),
            ty,
        )
        .after(b)
    }

    /// The operands of `<`, `<=`, `>`, `>=` read as their base values, or (`Ok`) the whole
    /// comparison when a number may be missing (`counts[id] > 1`): JS compares `null` as 0
    /// and `undefined` as NaN, so every comparison with it is false. Not inlined: `binary`
    /// recurses through nested expressions and its frame must stay small.
    #[inline(never)]
    #[allow(clippy::type_complexity)]
    fn ordered_operands(
        &self,
        inst: &Instance,
        op: BinaryOp,
        a: &Expr,
        b: &Expr,
        cx: &mut Ctx,
    ) -> Result<std::result::Result<GExpr, (GExpr, GExpr)>> {
        let (x, y) = (self.value_opt(inst, a, cx)?, self.value_opt(inst, b, cx)?);
        let number = |t: Ty| t.repr() == Ty::Num && !matches!(t, Ty::Null);
        if number(x.ty)
            && number(y.ty)
            && (matches!(x.ty, Ty::Opt(_)) || matches!(y.ty, Ty::Opt(_)))
        {
            let num = |v: GExpr| match v.ty {
                Ty::Opt(_) => self.to_number(v),
                _ => v,
            };
            let compared = GKind::Binary(op, Box::new(num(x)), Box::new(num(y)));
            return Ok(Ok(g(compared, Ty::Bool)));
        }
        Ok(Err((self.non_null(x, a.span)?, self.non_null(y, b.span)?)))
    }

    fn binary(
        &self,
        inst: &Instance,
        op: BinaryOp,
        a: &Expr,
        b: &Expr,
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        let bx = Box::new;
        match op {
            BinaryOp::Add => {
                let (x, y) = (self.value_opt(inst, a, cx)?, self.value_opt(inst, b, cx)?);
                let stringy = |t: Ty| t.repr() == Ty::Str;
                // A string on either side: concatenation, where nullish is written "null".
                if stringy(x.ty) || stringy(y.ty) {
                    if !x.ty.is_heap()
                        && !y.ty.is_heap()
                        && (matches!(x.ty, Ty::Opt(_) | Ty::Null)
                            || matches!(y.ty, Ty::Opt(_) | Ty::Null))
                    {
                        let (x, y) = (self.show_nullable(x), self.show_nullable(y));
                        return Ok(g(GKind::Binary(op, bx(x), bx(y)), Ty::Str));
                    }
                }
                // Numbers: `null` is 0 and `undefined` NaN.
                let numeric = |l: &Self, v: GExpr, span: Span| -> Result<GExpr> {
                    match v.ty {
                        Ty::Opt(o) if o.base() == Ty::Num => Ok(l.to_number(v)),
                        Ty::Null => Ok(g(GKind::Num(0.0), Ty::Num)),
                        _ => l.non_null(v, span),
                    }
                };
                let (x, y) = (numeric(self, x, a.span)?, numeric(self, y, b.span)?);
                if x.ty.is_heap() || y.ty.is_heap() {
                    return Err(
                        mismatch(span, "`+` on arrays or objects is not supported".into())
                            .with_hint("use `.join()` or `JSON.stringify(x)` to make a string"),
                    );
                }
                if x.ty == Ty::Str || y.ty == Ty::Str {
                    let s = |v: GExpr| {
                        if v.ty == Ty::Str {
                            v
                        } else {
                            g(GKind::ToString(bx(v)), Ty::Str)
                        }
                    };
                    return Ok(g(GKind::Binary(op, bx(s(x)), bx(s(y))), Ty::Str));
                }
                let n = |v: GExpr| {
                    if v.ty == Ty::Bool {
                        g(GKind::BoolToNum(bx(v)), Ty::Num)
                    } else {
                        v
                    }
                };
                Ok(g(GKind::Binary(op, bx(n(x)), bx(n(y))), Ty::Num))
            }
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div | BinaryOp::Rem => {
                let (x, y) = (
                    self.number(inst, a, cx, "arithmetic")?,
                    self.number(inst, b, cx, "arithmetic")?,
                );
                Ok(g(GKind::Binary(op, bx(x), bx(y)), Ty::Num))
            }
            BinaryOp::Lt
            | BinaryOp::Le
            | BinaryOp::Gt
            | BinaryOp::Ge
            | BinaryOp::Eq
            | BinaryOp::Ne => {
                let mut lowered = None;
                if matches!(op, BinaryOp::Eq | BinaryOp::Ne)
                    && !matches!(a.kind, ExprKind::Undefined)
                    && !matches!(b.kind, ExprKind::Undefined)
                {
                    let (x, y) = (self.compared(inst, a, cx)?, self.compared(inst, b, cx)?);
                    if let Some(v) = self.nullable_equality(op, x.clone(), y.clone(), span)? {
                        return Ok(v);
                    }
                    lowered = Some((x, y));
                }
                if lowered.is_none() && matches!(op, BinaryOp::Eq | BinaryOp::Ne) {
                    let undefined = |e: &Expr| matches!(e.kind, ExprKind::Undefined);
                    let (value, other) = match (undefined(a), undefined(b)) {
                        (true, false) => (b, true),
                        (false, true) => (a, true),
                        _ => (a, false),
                    };
                    if other {
                        let v = self.value_opt(inst, value, cx)?;
                        // `x === undefined` of a `T | undefined` is its nullish test; a
                        // `T | null` value is never `undefined` (dx keeps them apart by type).
                        if let Ty::Opt(o) = v.ty {
                            let eq = op == BinaryOp::Eq;
                            let b = |v: bool| g(GKind::Bool(v), Ty::Bool);
                            let none = if o.undefined { eq } else { !eq };
                            return Ok(self.if_some(v, Ty::Bool, |_| b(!eq), b(none)));
                        }
                        let v = self.non_null(v, value.span)?;
                        // A read of a name or field whose type has no `undefined` (a prop one
                        // call site passes a number: `count !== undefined`) is never it.
                        if !matches!(v.ty, Ty::Rec(_)) && plain_read(value) {
                            return Ok(g(GKind::Bool(op == BinaryOp::Ne), Ty::Bool));
                        }
                        if !matches!(v.ty, Ty::Rec(_)) {
                            return Err(mismatch(
                                span,
                                format!("a {} is never undefined in dx", v.ty.name()),
                            ));
                        }
                        let ty = v.ty;
                        return Ok(g(
                            GKind::Binary(op, bx(v), bx(g(GKind::Null, ty))),
                            Ty::Bool,
                        ));
                    }
                }
                // `counts[id] > 1` where the number may be missing: JS compares `null` as 0
                // and `undefined` as NaN (so every comparison with it is false).
                let (x, y) = match lowered {
                    Some(xy) => xy,
                    None => match self.ordered_operands(inst, op, a, b, cx)? {
                        Ok(compared) => return Ok(compared),
                        Err(xy) => xy,
                    },
                };
                if x.ty != y.ty {
                    return Err(mismatch(span, format!("comparing a {} with a {}", x.ty.name(), y.ty.name()))
                        .with_hint("compare values of the same type; dx does not apply JS coercions in comparisons"));
                }
                if (x.ty == Ty::Bool || x.ty.is_heap())
                    && !matches!(op, BinaryOp::Eq | BinaryOp::Ne)
                {
                    return Err(mismatch(span, format!("ordering {}s", x.ty.name())));
                }
                Ok(g(GKind::Binary(op, bx(x), bx(y)), Ty::Bool))
            }
        }
    }

    fn local(&self, cx: &Ctx, local: usize, span: Span) -> Result<(LocalId, Ty)> {
        let map = cx.locals.as_ref().ok_or_else(|| {
            Diagnostic::new(
                Code::EventOutsideHandler,
                span,
                "handler values exist only while the handler runs",
            )
        })?;
        if map.map.get(local).copied().flatten().is_none()
            && let Some(captured) = self.captured_local(map, local)
        {
            return Ok(captured);
        }
        let id = map.map.get(local).copied().flatten().ok_or_else(|| {
            Diagnostic::new(
                Code::EventOutsideHandler,
                span,
                "this parameter has no value here",
            )
        })?;
        Ok((id, map.types.borrow()[id as usize]))
    }

    /// Gives the locals of `e`, a value lowered in another function (a prop value, lowered
    /// where the caller renders: its callbacks' parameters are the caller's locals), fresh
    /// locals of `cx`, so that they cannot overwrite the locals of the code that reads it.
    /// `c ? a : b` as a style value: each branch written as CSS, so a number and a string
    /// may share it. Out of `expr` (whose stack frame deep expressions multiply).
    #[inline(never)]
    fn css_branches(
        &self,
        inst: &Instance,
        unitless: bool,
        test: &Expr,
        a: &Expr,
        b: &Expr,
        cx: &mut Ctx,
    ) -> Result<GExpr> {
        let css = |v: &Expr| {
            Expr::new(
                ExprKind::CssValue {
                    unitless,
                    value: Box::new(v.clone()),
                },
                v.span,
            )
        };
        let test = self.condition(inst, test, cx)?;
        let a = self.expr(inst, &css(a), cx)?;
        let b = self.expr(inst, &css(b), cx)?;
        Ok(g(
            GKind::Cond(Box::new(test), Box::new(a), Box::new(b)),
            Ty::Str,
        ))
    }

    pub(crate) fn adopt_locals(&self, e: &mut GExpr, cx: &mut Ctx) {
        let mut renamed: Vec<(LocalId, LocalId)> = Vec::new();
        e.rename_locals(&self.types.borrow(), &mut |l, ty| {
            if let Some(&(_, new)) = renamed.iter().find(|(old, _)| *old == l) {
                return new;
            }
            let map = cx.scratch_locals();
            let new = map.fresh(ty);
            renamed.push((l, new));
            new
        });
    }

    pub(crate) fn prop_name(&self, inst: &Instance, p: usize) -> String {
        self.program.components[inst.component].props[p]
            .name
            .clone()
    }
}

/// The type of a DOM value (an event's or an element's property).
pub(crate) fn event_value_ty(value: crate::ir::EventValue) -> Ty {
    match value {
        crate::ir::EventValue::Num => Ty::Num,
        crate::ir::EventValue::Bool => Ty::Bool,
        crate::ir::EventValue::Str => Ty::Str,
    }
}

/// A read that cannot fail or have effects: a prop, state, local or constant (a field read
/// stops where its object is nullish, as JavaScript throws there).
fn plain_read(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Prop(_) | ExprKind::State(_) | ExprKind::Local(_) | ExprKind::Constant(_)
    )
}
