//! Analysis of one component: props, state, derived values, handlers and the returned JSX.

use oxc_ast::ast::{
    ArrowFunctionExpression, BindingPattern, Expression, FormalParameters, Function, PropertyKey,
    Statement, VariableDeclarationKind, VariableDeclarator,
};
use std::rc::Rc;

use oxc_span::{GetSpan, Span};

use super::scope::{Name, Scope};
use super::{ComponentAst, Module};
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{self, Expr, ExprKind};
use crate::source::Flavour;

/// The body of a function-like node.
pub(crate) enum Body<'s, 'a> {
    /// `{ statements }`
    Block(&'s [Statement<'a>]),
    /// `=> expression`
    Expr(&'s Expression<'a>),
}

/// Parameters and body of a function declaration or expression.
pub(crate) fn function_parts<'s, 'a>(
    f: &'s Function<'a>,
) -> (&'s FormalParameters<'a>, Body<'s, 'a>) {
    let body = f
        .body
        .as_ref()
        .map_or(Body::Block(&[]), |b| Body::Block(&b.statements));
    (&f.params, body)
}

/// Parameters and body of an arrow function.
pub(crate) fn arrow_parts<'s, 'a>(
    a: &'s ArrowFunctionExpression<'a>,
) -> (&'s FormalParameters<'a>, Body<'s, 'a>) {
    match a.get_expression() {
        Some(e) => (&a.params, Body::Expr(e)),
        None => (
            &a.params,
            Body::Block(a.get_function_body().map_or(&[], |b| &b.statements)),
        ),
    }
}

/// Analysis state of one component.
pub(crate) struct Cx<'m> {
    pub module: &'m Module,
    pub scope: Scope,
    pub props: Vec<ir::PropDecl>,
    pub states: Vec<ir::StateDecl>,
    /// Locals allocated so far in the handler being analyzed (`None` outside handlers).
    pub handler_locals: Option<usize>,
    /// Named functions of the component; filled after every name in the body is bound.
    pub functions: Vec<Option<Rc<ir::Handler>>>,
    /// Locals of the current handler declared with `let` (or parameters): assignable.
    pub mutable_locals: Vec<ir::LocalId>,
    /// An arrow's expression body is its return value (module-level functions), not an action.
    pub expr_body_returns: bool,
    /// An arrow's expression body is an action, whatever it computes (an effect's body).
    pub expr_body_acts: bool,
    /// Loops and `switch`es around the statement being analyzed, in the current function:
    /// `break` needs one, `continue` a loop (else JavaScript rejects the program).
    pub loops: usize,
    pub switches: usize,
    /// Effects of the component, in source order.
    pub effects: Vec<ir::Effect>,
    /// Current expression nesting (see `expr`).
    pub depth: usize,
    /// Element refs declared so far.
    pub refs: usize,
    /// Locals of array-method callbacks outside handlers (numbered across the component).
    pub render_locals: usize,
    /// Lists rendered so far.
    pub lists: usize,
    /// Set while the root of a list row is analyzed (its `key` is the row's key).
    pub row_root: bool,
    /// Render-time `let`s of a `.tsx` component and their value so far (`render_values.rs`).
    pub render_lets: Vec<(String, super::render_values::RenderValue)>,
    /// The app's custom hooks (none while module-level code is analyzed).
    pub hooks: Option<&'m dyn super::hooks::HookTable>,
    /// Nesting of custom hooks being inlined.
    pub hook_depth: usize,
    /// Functions of the component that return markup (`renderRow(order)`): each call in
    /// markup renders its body in place, with its parameters bound to the arguments (React
    /// runs it as part of the component's render). `Name::RenderHelper` indexes this.
    pub render_helpers: Vec<super::ComponentAst<'m, 'm>>,
    /// Nesting of render helpers being rendered (one calling itself never ends).
    pub render_depth: usize,
    /// Set while code that runs once per instance is analyzed (a state or ref initializer):
    /// it may compute a value that varies (`varying.rs`).
    pub mounting: bool,
    /// By function id: whether the function computes a value that varies (`varying.rs`).
    pub varying_functions: Vec<bool>,
}

impl Cx<'_> {
    /// Whether `name` is a custom hook this component's file can call.
    pub fn is_hook(&self, name: &str) -> bool {
        self.hooks.is_some_and(|h| h.has(self.module.file, name))
    }
}

impl<'m> Cx<'m> {
    /// A context with no component: for module-level functions and programs.
    pub fn new(module: &'m Module) -> Self {
        let mut scope = Scope::default();
        scope.push();
        Cx {
            module,
            scope,
            props: Vec::new(),
            states: Vec::new(),
            handler_locals: None,
            functions: Vec::new(),
            mutable_locals: Vec::new(),
            expr_body_returns: false,
            expr_body_acts: false,
            loops: 0,
            switches: 0,
            effects: Vec::new(),
            depth: 0,
            refs: 0,
            render_locals: 0,
            lists: 0,
            row_root: false,
            render_lets: Vec::new(),
            hooks: None,
            hook_depth: 0,
            render_helpers: Vec::new(),
            render_depth: 0,
            mounting: false,
            varying_functions: Vec::new(),
        }
    }

    /// Whether the code being analyzed runs on every render of a component (not in a handler,
    /// an effect, an initializer or module-level code).
    pub fn renders(&self) -> bool {
        self.hooks.is_some() && self.handler_locals.is_none() && !self.mounting
    }

    /// Analyzes code that runs once, when the instance mounts.
    pub fn at_mount<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let outer = std::mem::replace(&mut self.mounting, true);
        let value = f(self);
        self.mounting = outer;
        value
    }
}

/// Analyzes a module-level function.
pub(crate) fn analyze_helper(
    module: &Module,
    ast: &ComponentAst<'_, '_>,
) -> Result<Rc<ir::Handler>> {
    let mut cx = Cx::new(module);
    cx.expr_body_returns = true;
    match ast {
        ComponentAst::Function(f) => {
            if f.r#async || f.generator {
                return Err(Diagnostic::new(
                    Code::HandlerStatement,
                    f.span,
                    "async and generator functions are not supported yet",
                ));
            }
            let (params, body) = function_parts(f);
            cx.handler(params, body, f.return_type.as_deref(), f.span)
        }
        ComponentAst::Arrow(a) => {
            if a.r#async {
                return Err(Diagnostic::new(
                    Code::HandlerStatement,
                    a.span,
                    "async functions are not supported yet",
                ));
            }
            let (params, body) = arrow_parts(a);
            cx.handler(params, body, a.return_type.as_deref(), a.span)
        }
    }
}

/// Analyzes a `.ts` program's top-level statements as the body of `main`.
pub(crate) fn analyze_main(
    module: &Module,
    stmts: &[&Statement<'_>],
    span: Span,
) -> Result<Rc<ir::Handler>> {
    let mut cx = Cx::new(module);
    cx.handler_locals = Some(0);
    cx.scope.push();
    let mut body = Vec::new();
    for stmt in stmts {
        cx.statement(stmt, &mut body, false)?;
    }
    Ok(Rc::new(ir::Handler {
        params: 0,
        first_local: 0,
        param_types: Vec::new(),
        return_type: None,
        declared_void: false,
        locals: cx.handler_locals.unwrap_or(0),
        body,
        span,
    }))
}

/// A module-level constant's value.
pub(crate) fn analyze_constant(
    module: &Module,
    value: &Expression<'_>,
    annotation: Option<&oxc_ast::ast::TSTypeAnnotation<'_>>,
) -> Result<ir::Expr> {
    let mut cx = Cx::new(module);
    let ty = cx.annotation(annotation)?;
    let value = cx.expr(value)?;
    Ok(super::handler::typed(ty, value))
}

/// The component's markup: its last `return`, inside the conditionals of its early returns.
fn finish_body(
    cx: &mut Cx<'_>,
    deferred: Vec<(usize, Deferred<'_, '_>)>,
    deferred_effects: Vec<&oxc_ast::ast::CallExpression<'_>>,
    early: Vec<(Expr, Vec<ir::ViewNode>, Span, Option<String>)>,
    last: Returned<'_, '_>,
) -> Result<Vec<ir::ViewNode>> {
    analyze_functions(cx, deferred)?;
    for call in deferred_effects {
        let effect = analyze_effect(cx, call)?;
        cx.effects.push(effect);
    }
    let (mut view, arg) = match last {
        Returned::Markup(arg) => (cx.view_root(arg)?, Some(arg)),
        Returned::Throw(span) => (thrown(span), None),
    };
    // React compares what each render returns at the root: returns of the same element type
    // keep the element (and what is inside), so the returns are reconciled as one place.
    // Two fragments' children are matched by position; a fragment and an element are two
    // types (React replaces one by the other).
    let mut later_root = super::render_values::root_type(arg);
    for (test, then, span, root) in early.into_iter().rev() {
        let fragments = root.as_deref() == Some("<>") && later_root.as_deref() == Some("<>");
        view = super::reconcile::arms(&test, then, view, fragments, span);
        if root != later_root {
            later_root = None;
        }
    }
    Ok(view)
}

/// What a component's render ends with: returned markup, or a `throw`.
#[derive(Clone, Copy)]
enum Returned<'s, 'a> {
    Markup(&'s Expression<'a>),
    Throw(Span),
}

/// The view of a render that throws: a run-time error where it would show.
fn thrown(span: Span) -> Vec<ir::ViewNode> {
    vec![ir::ViewNode::Dynamic(Expr::new(ExprKind::Throw, span))]
}

/// `if (test) throw …;` (alone, or alone in a block): the test and the statement's span.
fn early_throw<'s, 'a>(stmt: &'s Statement<'a>) -> Option<(&'s Expression<'a>, Span)> {
    let Statement::IfStatement(i) = stmt else {
        return None;
    };
    if i.alternate.is_some() {
        return None;
    }
    match &i.consequent {
        Statement::ThrowStatement(t) => Some((&i.test, t.span)),
        Statement::BlockStatement(b) => match b.body.as_slice() {
            [Statement::ThrowStatement(t)] => Some((&i.test, t.span)),
            _ => None,
        },
        _ => None,
    }
}

/// The cases of a `switch` whose every case returns (cases without statements share the next
/// one's return): (tests, returned expression, span); the default has no tests. `None` when
/// a case does anything else.
fn switch_returns<'s, 'a>(
    sw: &'s oxc_ast::ast::SwitchStatement<'a>,
) -> Option<Vec<(Vec<&'s Expression<'a>>, Returned<'s, 'a>, Span)>> {
    let mut out = Vec::new();
    let mut pending: Vec<&Expression<'_>> = Vec::new();
    let mut default_pending = false;
    for case in &sw.cases {
        match &case.test {
            Some(t) => pending.push(t),
            None => default_pending = true,
        }
        let body = match case.consequent.as_slice() {
            [] => continue,
            [Statement::BlockStatement(b)] => b.body.as_slice(),
            other => other,
        };
        let returned = match body {
            [Statement::ReturnStatement(r)] => Returned::Markup(r.argument.as_ref()?),
            // `default: throw Error("Unknown level: " + level)`.
            [Statement::ThrowStatement(t)] => Returned::Throw(t.span),
            _ => return None,
        };
        if default_pending {
            // A default sharing its return with cases before it: they are the default too.
            out.push((Vec::new(), returned, case.span));
            pending.clear();
            default_pending = false;
        } else {
            out.push((std::mem::take(&mut pending), returned, case.span));
        }
    }
    if !pending.is_empty() || default_pending {
        return None;
    }
    Some(out)
}

/// A named function whose body is analyzed once every name of the component is bound.
enum Deferred<'s, 'a> {
    Declaration(&'s Function<'a>),
    Expression(&'s Expression<'a>),
}

impl Cx<'_> {
    /// The id of prop `name`, declaring it on first use (for `props.name`).
    pub fn prop_id(&mut self, name: &str, span: Span) -> ir::PropId {
        if let Some(i) = self.props.iter().position(|p| p.name == name) {
            return i;
        }
        self.props.push(ir::PropDecl {
            name: name.to_string(),
            default: None,
            span,
            context: None,
        });
        self.props.len() - 1
    }

    /// The hidden prop that holds `useContext(context)` (see `ir::PropDecl::context`).
    pub fn context_prop(&mut self, context: ir::ContextId, span: Span) -> ir::PropId {
        if let Some(i) = self.props.iter().position(|p| p.context == Some(context)) {
            return i;
        }
        self.props.push(ir::PropDecl {
            // Not a name JSX can pass.
            name: format!("#context {context}"),
            default: None,
            span,
            context: Some(context),
        });
        self.props.len() - 1
    }
}

/// Analyzes one component.
pub(crate) fn analyze_component<'m>(
    module: &'m Module,
    hooks: &'m dyn super::hooks::HookTable,
    render_helpers: &'m [(String, Span, ComponentAst<'m, 'm>)],
    name: &str,
    span: Span,
    ast: &ComponentAst<'m, 'm>,
) -> Result<ir::Component> {
    let (params, body) = match ast {
        ComponentAst::Function(f) => function_parts(f),
        ComponentAst::Arrow(a) => arrow_parts(a),
    };
    let mut cx = Cx::new(module);
    cx.hooks = Some(hooks);
    // The file's render helpers, in a frame of their own (a prop may share a name).
    for (name, _, helper) in render_helpers {
        cx.render_helpers.push(*helper);
        cx.scope
            .bind(name, Name::RenderHelper(cx.render_helpers.len() - 1));
    }
    cx.scope.push();
    bind_props(&mut cx, params)?;
    cx.scope.push();
    let view = match body {
        Body::Expr(e) => cx.view_root(e)?,
        Body::Block(stmts) => component_body(&mut cx, stmts, span)?,
    };
    let effects = std::mem::take(&mut cx.effects);
    let functions = cx
        .functions
        .into_iter()
        .map(|f| f.expect("every function is analyzed before the view"))
        .collect();
    Ok(ir::Component {
        file: module.file,
        name: name.to_string(),
        span,
        snapshot_reads: module.flavour == Flavour::Tsx,
        props: cx.props,
        states: cx.states,
        view,
        functions,
        effects,
        refs: cx.refs,
    })
}

fn bind_props(cx: &mut Cx<'_>, params: &FormalParameters<'_>) -> Result<()> {
    if let Some(rest) = &params.rest {
        return Err(Diagnostic::new(
            Code::NotAComponent,
            rest.span,
            "a component takes one props parameter",
        ));
    }
    match params.items.as_slice() {
        [] => Ok(()),
        [param] => match &param.pattern {
            BindingPattern::BindingIdentifier(id) => {
                cx.scope.bind(&id.name, Name::PropsObject);
                Ok(())
            }
            BindingPattern::ObjectPattern(obj) => bind_props_pattern(cx, obj),
            other => Err(Diagnostic::new(
                Code::UnsupportedExpression,
                other.span(),
                "a component's props are one object: `(props)` or `({ a, b })`",
            )),
        },
        [_, extra, ..] => Err(Diagnostic::new(
            Code::NotAComponent,
            extra.span,
            "a component takes one props parameter",
        )),
    }
}

/// `{ title, size = "md", lead: { name } }` of the props object (the parameter, or
/// `const { … } = props` in the body): each name is a prop, a nested pattern reads its fields.
fn bind_props_pattern(cx: &mut Cx<'_>, obj: &oxc_ast::ast::ObjectPattern<'_>) -> Result<()> {
    if let Some(rest) = &obj.rest {
        let BindingPattern::BindingIdentifier(id) = &rest.argument else {
            return Err(Diagnostic::new(
                Code::UnsupportedExpression,
                rest.span,
                "name the rest props: `...rest`",
            ));
        };
        bind_unique(cx, &id.name, id.span, Name::RestProps)?;
    }
    for prop in &obj.properties {
        let PropertyKey::StaticIdentifier(key) = &prop.key else {
            return Err(Diagnostic::new(
                Code::UnsupportedExpression,
                prop.span,
                "computed prop names are not supported",
            ));
        };
        let (target, default) = match &prop.value {
            BindingPattern::AssignmentPattern(a) => (&a.left, Some(&a.right)),
            other => (other, None),
        };
        let default = default.map(|d| cx.expr(d)).transpose()?;
        let index = cx.prop_id(&key.name, prop.span);
        if default.is_some() {
            cx.props[index].default = default;
        }
        match target {
            BindingPattern::BindingIdentifier(local) => {
                bind_unique(cx, &local.name, local.span, Name::Prop(index))?;
            }
            // `{ lead: { name, role = "member" } }`: names read the prop's fields.
            nested => {
                let value = Expr::new(ExprKind::Prop(index), nested.span());
                cx.bind_pattern_derived(nested, value)?;
            }
        }
    }
    Ok(())
}

pub(crate) fn component_body<'m>(
    cx: &mut Cx<'m>,
    stmts: &'m [Statement<'m>],
    span: Span,
) -> Result<Vec<ir::ViewNode>> {
    let mut deferred = Vec::new();
    let mut deferred_effects = Vec::new();
    // `if (test) return markup;` before the last return: (test, markup, span), in order.
    // The root element type of each return (`None` for `null` and non-elements).
    let mut early: Vec<(Expr, Vec<ir::ViewNode>, Span, Option<String>)> = Vec::new();
    for (i, stmt) in stmts.iter().enumerate() {
        if cx.module.flavour == Flavour::Tsx {
            if cx.assigns_render_lets(stmt) {
                cx.render_statement(stmt)?;
                continue;
            }
            if let Some((test, span)) = early_throw(stmt) {
                let test = cx.expr(test)?;
                early.push((test, thrown(span), span, None));
                continue;
            }
            if let Some((test, markup_ast, span)) = super::render_values::early_return(stmt) {
                let test = cx.expr(test)?;
                let markup = match markup_ast {
                    Some(m) => cx.view_root(m)?,
                    None => Vec::new(),
                };
                let root = super::render_values::root_type(markup_ast);
                early.push((test, markup, span, root));
                continue;
            }
        }
        if let Some((name, name_span, helper)) = render_helper(stmt) {
            cx.render_helpers.push(helper);
            let index = cx.render_helpers.len() - 1;
            bind_unique(cx, name, name_span, Name::RenderHelper(index))?;
            continue;
        }
        if declaration_statement(cx, stmt, &mut deferred, &mut deferred_effects)? {
            continue;
        }
        match stmt {
            Statement::ExpressionStatement(e)
                if matches!(
                    e.expression.without_parentheses(),
                    Expression::JSXElement(_) | Expression::JSXFragment(_)
                ) =>
            {
                return Err(Diagnostic::new(
                    Code::NoJsxReturn,
                    e.span,
                    "this JSX is computed and thrown away",
                )
                .with_hint("did you forget `return`? write `return (<div>…</div>);`"));
            }
            Statement::ReturnStatement(r) => {
                if let Some(next) = stmts.get(i + 1) {
                    return Err(Diagnostic::new(
                        Code::BodyStatement,
                        next.span(),
                        "code after `return` never runs",
                    ));
                }
                let Some(arg) = &r.argument else {
                    return Err(Diagnostic::new(
                        Code::NoJsxReturn,
                        r.span,
                        "`return;` renders nothing",
                    ));
                };
                return finish_body(cx, deferred, deferred_effects, early, Returned::Markup(arg));
            }
            // `switch (x) { case a: return <A/>; … default: return <D/>; }` as the last
            // statement: early returns for the cases, the default's as the last return.
            Statement::SwitchStatement(sw) if cx.module.flavour == Flavour::Tsx => {
                let Some(cases) = switch_returns(sw) else {
                    return Err(Diagnostic::new(
                        Code::BodyStatement,
                        sw.span,
                        "a `switch` in a component body must return markup from every case",
                    )
                    .with_hint("end each case with `return …;` (cases may share one), and give it a `default`"));
                };
                if let Some(next) = stmts.get(i + 1) {
                    return Err(Diagnostic::new(
                        Code::BodyStatement,
                        next.span(),
                        "code after a `switch` whose every case returns never runs",
                    ));
                }
                let mut default = None;
                for (tests, returned, span) in cases {
                    if tests.is_empty() {
                        default = Some(returned);
                        continue;
                    }
                    let mut test: Option<Expr> = None;
                    for t in tests {
                        let one = Expr::new(
                            ExprKind::Binary(
                                ir::BinaryOp::Eq,
                                Box::new(cx.expr(&sw.discriminant)?),
                                Box::new(cx.expr(t)?),
                            ),
                            t.span(),
                        );
                        test = Some(match test {
                            None => one,
                            Some(prev) => Expr::new(
                                ExprKind::Logical(ir::LogicalOp::Or, Box::new(prev), Box::new(one)),
                                span,
                            ),
                        });
                    }
                    let (markup, root) = match returned {
                        Returned::Markup(e) => {
                            (cx.view_root(e)?, super::render_values::root_type(Some(e)))
                        }
                        Returned::Throw(at) => (thrown(at), None),
                    };
                    early.push((test.expect("a case has a test"), markup, span, root));
                }
                let Some(default) = default else {
                    return Err(Diagnostic::new(
                        Code::BodyStatement,
                        sw.span,
                        "this `switch` has no `default`, so the component may return nothing",
                    )
                    .with_hint("add `default: return …;`"));
                };
                return finish_body(cx, deferred, deferred_effects, early, default);
            }
            Statement::TSTypeAliasDeclaration(_)
            | Statement::TSInterfaceDeclaration(_)
            | Statement::EmptyStatement(_) => {}
            other => {
                return Err(Diagnostic::new(
                    Code::BodyStatement,
                    other.span(),
                    "this statement is not supported in a component body",
                ));
            }
        }
    }
    Err(Diagnostic::new(
        Code::NoJsxReturn,
        span,
        "the component never returns JSX",
    ))
}

/// A function of the component body that returns markup (`function renderRow(order) { …
/// return <tr>…</tr>; }`, `const renderStatus = (s) => <b>{s}</b>`): its name and the function.
fn render_helper<'m>(stmt: &'m Statement<'m>) -> Option<(&'m str, Span, ComponentAst<'m, 'm>)> {
    let (name, span, ast) = match stmt {
        Statement::FunctionDeclaration(f) => {
            let id = f.id.as_ref()?;
            (id.name.as_str(), id.span, ComponentAst::Function(f))
        }
        Statement::VariableDeclaration(v)
            if v.kind == VariableDeclarationKind::Const && v.declarations.len() == 1 =>
        {
            let d = &v.declarations[0];
            let id = d.id.get_binding_identifier()?;
            let Some(Expression::ArrowFunctionExpression(arrow)) =
                d.init.as_ref().map(Expression::without_parentheses)
            else {
                return None;
            };
            (id.name.as_str(), id.span, ComponentAst::Arrow(arrow))
        }
        _ => return None,
    };
    renders_markup(ast).then_some((name, span, ast))
}

/// Whether a function returns markup (then it is a render helper, not a function value).
pub(crate) fn renders_markup(f: ComponentAst<'_, '_>) -> bool {
    match f {
        ComponentAst::Function(f) => f
            .body
            .as_ref()
            .is_some_and(|b| returns_markup(&b.statements)),
        ComponentAst::Arrow(arrow) => match arrow.get_expression() {
            Some(e) => super::render_values::is_markup(e) && !is_null(e),
            None => returns_markup(arrow.get_function_body().map_or(&[], |b| &b.statements)),
        },
    }
}

/// Whether some `return` of these statements (in `if`s, `switch`es and blocks too, not in
/// nested functions) returns markup.
fn returns_markup(stmts: &[Statement<'_>]) -> bool {
    stmts.iter().any(|s| match s {
        Statement::ReturnStatement(r) => r
            .argument
            .as_ref()
            .is_some_and(|a| super::render_values::is_markup(a) && !is_null(a)),
        Statement::IfStatement(i) => {
            returns_markup(std::slice::from_ref(&i.consequent))
                || i.alternate
                    .as_ref()
                    .is_some_and(|a| returns_markup(std::slice::from_ref(a)))
        }
        Statement::BlockStatement(b) => returns_markup(&b.body),
        Statement::SwitchStatement(sw) => sw.cases.iter().any(|c| returns_markup(&c.consequent)),
        _ => false,
    })
}

fn is_null(e: &Expression<'_>) -> bool {
    matches!(e.without_parentheses(), Expression::NullLiteral(_))
}

/// The statements a component body and a custom hook's body share: declarations, named
/// functions (bound now, analyzed once every name is bound), effects (queued) and custom hooks
/// called for their effects. Returns whether `stmt` was one of them.
fn declaration_statement<'s, 'a>(
    cx: &mut Cx<'_>,
    stmt: &'s Statement<'a>,
    deferred: &mut Vec<(usize, Deferred<'s, 'a>)>,
    deferred_effects: &mut Vec<&'s oxc_ast::ast::CallExpression<'a>>,
) -> Result<bool> {
    match stmt {
        Statement::VariableDeclaration(v) => {
            for d in &v.declarations {
                declaration(cx, v.kind, d, deferred)?;
            }
        }
        Statement::FunctionDeclaration(f) => {
            if let Some(id) = &f.id {
                declare_function(cx, &id.name, id.span, Deferred::Declaration(f), deferred)?;
            }
        }
        Statement::ExpressionStatement(e) if effect_call(cx, &e.expression).is_some() => {
            deferred_effects.push(effect_call(cx, &e.expression).expect("checked"));
        }
        _ if super::hooks::statement_call(cx, stmt).is_some() => {
            let call = super::hooks::statement_call(cx, stmt).expect("checked");
            inline_hook(cx, call)?;
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// `const [state, dispatch] = useReducer(reducer, initialArg[, init])`: a state variable whose
/// `dispatch(action)` sets it to `reducer(latest state, action)`, as React applies queued
/// actions to the latest state. The reducer and `init` are module-level functions.
fn use_reducer(
    cx: &mut Cx<'_>,
    d: &VariableDeclarator<'_>,
    call: &oxc_ast::ast::CallExpression<'_>,
) -> Result<()> {
    let usage = |span: Span| {
        Diagnostic::new(
            Code::StateDeclaration,
            span,
            "write `const [state, dispatch] = useReducer(reducer, initialState)`",
        )
        .with_hint(
            "`reducer` (and `init`, if given) are functions declared at the top of the module",
        )
    };
    let BindingPattern::ArrayPattern(pattern) = &d.id else {
        return Err(usage(d.span));
    };
    let names: Vec<_> = pattern
        .elements
        .iter()
        .map(|e| e.as_ref().and_then(|p| p.get_binding_identifier()))
        .collect();
    let (Some(Some(state_name)), dispatch_name) = (names.first(), names.get(1)) else {
        return Err(usage(pattern.span));
    };
    let helper = |cx: &Cx<'_>, arg: Option<&oxc_ast::ast::Argument<'_>>| -> Result<Option<usize>> {
        match arg
            .and_then(|a| a.as_expression())
            .map(Expression::without_parentheses)
        {
            None => Ok(None),
            Some(Expression::Identifier(id)) if cx.scope.get(&id.name).is_none() => {
                match cx.module.helpers.get(id.name.as_str()) {
                    Some(&h) => Ok(Some(h)),
                    None => Err(usage(id.span)),
                }
            }
            Some(other) => Err(usage(other.span())),
        }
    };
    let Some(reducer) = helper(cx, call.arguments.first())? else {
        return Err(usage(call.span));
    };
    let Some(initial) = call.arguments.get(1).and_then(|a| a.as_expression()) else {
        return Err(usage(call.span));
    };
    let initial = state_init(cx, initial)?;
    let init = match helper(cx, call.arguments.get(2))? {
        Some(init) => Expr::new(
            ExprKind::Call {
                helper: init,
                args: vec![initial],
            },
            call.span,
        ),
        None => initial,
    };
    let declared = match call.type_arguments.as_ref().map(|a| a.params.as_slice()) {
        Some([t]) => cx.ts_type(t)?,
        _ => None,
    };
    let state = cx.states.len();
    cx.states.push(ir::StateDecl {
        name: state_name.name.to_string(),
        init: super::handler::typed(declared, init),
        span: state_name.span,
        reducer: Some(reducer),
        is_ref: false,
    });
    bind_unique(cx, &state_name.name, state_name.span, Name::State(state))?;
    if let Some(Some(dispatch)) = dispatch_name {
        bind_unique(
            cx,
            &dispatch.name,
            dispatch.span,
            Name::Dispatch { state, reducer },
        )?;
    }
    Ok(())
}

/// Inlines a call of a custom hook (see `hooks.rs`).
fn inline_hook(
    cx: &mut Cx<'_>,
    call: &oxc_ast::ast::CallExpression<'_>,
) -> Result<super::hooks::HookResult> {
    let Expression::Identifier(callee) = &call.callee else {
        unreachable!("checked by the caller")
    };
    let hooks = cx.hooks.expect("checked by is_hook");
    hooks.inline(cx, &callee.name, &call.arguments, call.span)
}

/// The body of a custom hook being inlined: its declarations, functions and effects become
/// the component's; returns what its `return` gives.
pub(crate) fn hook_body(
    cx: &mut Cx<'_>,
    stmts: &[Statement<'_>],
) -> Result<super::hooks::HookResult> {
    let mut deferred = Vec::new();
    let mut deferred_effects = Vec::new();
    let mut returned = None;
    for (i, stmt) in stmts.iter().enumerate() {
        if cx.assigns_render_lets(stmt) {
            cx.render_statement(stmt)?;
            continue;
        }
        if declaration_statement(cx, stmt, &mut deferred, &mut deferred_effects)? {
            continue;
        }
        match stmt {
            Statement::ReturnStatement(r) => {
                if let Some(next) = stmts.get(i + 1) {
                    return Err(Diagnostic::new(
                        Code::BodyStatement,
                        next.span(),
                        "code after `return` never runs",
                    ));
                }
                returned = r.argument.as_ref();
            }
            Statement::TSTypeAliasDeclaration(_)
            | Statement::TSInterfaceDeclaration(_)
            | Statement::EmptyStatement(_) => {}
            other => {
                return Err(Diagnostic::new(
                    Code::BodyStatement,
                    other.span(),
                    "this statement is not supported in a custom hook yet",
                ));
            }
        }
    }
    // Functions and effects read the hook's names: analyze them before its scope closes.
    analyze_functions(cx, deferred)?;
    for call in deferred_effects {
        let effect = analyze_effect(cx, call)?;
        cx.effects.push(effect);
    }
    match returned {
        Some(e) => super::hooks::returned(cx, e),
        None => Ok(super::hooks::HookResult::Nothing),
    }
}

/// What a name returned by a custom hook means for its caller.
pub(crate) fn hook_value(cx: &mut Cx<'_>, e: &Expression<'_>) -> Result<Name> {
    if let Expression::Identifier(id) = e.without_parentheses()
        && let Some(name) = cx.scope.get(&id.name)
    {
        return Ok(name.clone());
    }
    match e.without_parentheses() {
        Expression::ArrowFunctionExpression(_) | Expression::FunctionExpression(_) => {
            Ok(Name::Function(cx.handler_ref(e)?))
        }
        e if super::render_values::is_markup(e) => Ok(Name::Markup(Rc::new(cx.child_expr(e)?))),
        e => Ok(Name::Derived(cx.expr(e)?)),
    }
}

/// Binds a named function now (so anything can call it) and queues its body.
fn declare_function<'s, 'a>(
    cx: &mut Cx<'_>,
    name: &str,
    span: Span,
    body: Deferred<'s, 'a>,
    deferred: &mut Vec<(usize, Deferred<'s, 'a>)>,
) -> Result<()> {
    let id = cx.functions.len();
    cx.functions.push(None);
    let facts = match &body {
        Deferred::Declaration(f) => crate::desugar::facts::Facts::of_statements(
            f.body.as_ref().map_or(&[][..], |b| &b.statements),
        ),
        Deferred::Expression(e) => crate::desugar::facts::Facts::of_expression(e),
    };
    // A function calling one declared before it that varies varies too.
    let varies = facts.varies
        || facts.reads.iter().any(|n| match cx.scope.get(n) {
            Some(Name::Function(ir::HandlerRef::Function(f))) => {
                cx.varying_functions.get(*f).copied().unwrap_or(false)
            }
            None => cx
                .module
                .helpers
                .get(n.as_str())
                .is_some_and(|&h| cx.module.varying_helpers[h]),
            _ => false,
        });
    cx.varying_functions.push(varies);
    deferred.push((id, body));
    bind_unique(cx, name, span, Name::Function(ir::HandlerRef::Function(id)))
}

/// Analyzes queued function bodies, now that every name of the component is bound.
fn analyze_functions(cx: &mut Cx<'_>, deferred: Vec<(usize, Deferred<'_, '_>)>) -> Result<()> {
    for (id, body) in deferred {
        let handler = match body {
            Deferred::Declaration(f) => cx.handler_from_function(f)?,
            Deferred::Expression(e) => cx.handler_ref(e)?,
        };
        let ir::HandlerRef::Inline(handler) = handler else {
            unreachable!("function syntax always yields an inline handler")
        };
        cx.functions[id] = Some(handler);
    }
    Ok(())
}

fn declaration<'s, 'a>(
    cx: &mut Cx<'_>,
    kind: VariableDeclarationKind,
    d: &'s VariableDeclarator<'a>,
    deferred: &mut Vec<(usize, Deferred<'s, 'a>)>,
) -> Result<()> {
    if let Some(Expression::CallExpression(call)) =
        d.init.as_ref().map(Expression::without_parentheses)
        && callee_name(&call.callee).is_some_and(|c| cx.module.reducer_names.contains(&c))
    {
        return use_reducer(cx, d, call);
    }
    // `const withTax = applyTax(0.2)` where `applyTax` returns a function: a function.
    if let Some(init @ Expression::CallExpression(_)) =
        d.init.as_ref().map(Expression::without_parentheses)
        && let BindingPattern::BindingIdentifier(id) = &d.id
        && super::jsx::is_function_value(cx, init)
    {
        let made = cx.handler_ref(init)?;
        return bind_unique(cx, &id.name, id.span, Name::Function(made));
    }
    // `const theme = useContext(ThemeContext)`: the name means the hidden prop itself, so a
    // function given by the provider (`dispatch`) can be called and passed on as a prop can.
    if let Some(Expression::CallExpression(call)) =
        d.init.as_ref().map(Expression::without_parentheses)
        && callee_name(&call.callee).is_some_and(|c| cx.module.use_context_names.contains(&c))
        && let BindingPattern::BindingIdentifier(id) = &d.id
    {
        let prop = cx.use_context(&call.arguments, call.span)?;
        return bind_unique(cx, &id.name, id.span, Name::Prop(prop));
    }
    if let Some(Expression::CallExpression(call)) =
        d.init.as_ref().map(Expression::without_parentheses)
        && let Expression::Identifier(callee) = &call.callee
        && cx.is_hook(&callee.name)
    {
        let result = inline_hook(cx, call)?;
        return super::hooks::bind_result(cx, &d.id, result, &callee.name);
    }
    let use_state_call = d
        .init
        .as_ref()
        .and_then(|init| match init.without_parentheses() {
            Expression::CallExpression(call)
                if callee_name(&call.callee)
                    .is_some_and(|c| cx.module.use_state_names.contains(&c)) =>
            {
                Some(call)
            }
            _ => None,
        });
    if let Some(call) = use_state_call {
        if cx.module.flavour == Flavour::Dx {
            return Err(Diagnostic::new(
                Code::HookInDx,
                call.span,
                "`useState` is not used in .dx files",
            ));
        }
        let BindingPattern::ArrayPattern(pattern) = &d.id else {
            return Err(Diagnostic::new(
                Code::StateDeclaration,
                d.id.span(),
                "destructure the state and its setter",
            ));
        };
        if kind != VariableDeclarationKind::Const {
            return Err(Diagnostic::new(
                Code::StateDeclaration,
                d.span,
                "declare state with `const`",
            ));
        }
        let declared = match call.type_arguments.as_ref().map(|a| a.params.as_slice()) {
            Some([t]) => cx.ts_type(t)?,
            _ => None,
        };
        let init = match call.arguments.as_slice() {
            [arg] => match arg.as_expression() {
                Some(e) => super::handler::typed(declared, state_init(cx, e)?),
                None => {
                    return Err(Diagnostic::new(
                        Code::StateType,
                        arg.span(),
                        "spread arguments are not supported",
                    ));
                }
            },
            // `useState()` starts `undefined`; a setter or the type argument says what else
            // it holds.
            [] => super::handler::typed(declared, Expr::new(ExprKind::Undefined, call.span)),
            [_, extra, ..] => {
                return Err(Diagnostic::new(
                    Code::StateDeclaration,
                    extra.span(),
                    "`useState` takes one argument",
                ));
            }
        };
        let names: Vec<_> = pattern
            .elements
            .iter()
            .map(|e| e.as_ref().and_then(|p| p.get_binding_identifier()))
            .collect();
        // `const [, forceRender] = useState(0)`: state only its setter uses.
        let hole = pattern.elements.first().is_some_and(|e| e.is_none());
        let (value, setter) = match (names.first(), names.get(1)) {
            (Some(Some(value)), setter) => (Some(*value), setter),
            (Some(None), setter @ Some(Some(_))) if hole => (None, setter),
            _ => {
                return Err(Diagnostic::new(
                    Code::StateDeclaration,
                    pattern.span,
                    "expected `[value, setValue]`",
                ));
            }
        };
        if names.len() > 2 || pattern.rest.is_some() {
            return Err(Diagnostic::new(
                Code::StateDeclaration,
                pattern.span,
                "expected `[value, setValue]`",
            ));
        }
        let id = cx.states.len();
        cx.states.push(ir::StateDecl {
            name: value.map_or_else(|| format!("(state {id})"), |v| v.name.to_string()),
            init,
            span: value.map_or(pattern.span, |v| v.span),
            reducer: None,
            is_ref: false,
        });
        if let Some(value) = value {
            bind_unique(cx, &value.name, value.span, Name::State(id))?;
        }
        if let Some(Some(setter)) = setter {
            bind_unique(cx, &setter.name, setter.span, Name::Setter(id))?;
        }
        return Ok(());
    }

    let BindingPattern::BindingIdentifier(id) = &d.id else {
        // `const { title, subtitle } = props`: the props, as if destructured in the parameter.
        if let (BindingPattern::ObjectPattern(obj), Some(Expression::Identifier(init))) =
            (&d.id, d.init.as_ref().map(Expression::without_parentheses))
            && matches!(cx.scope.get(&init.name), Some(Name::PropsObject))
        {
            return bind_props_pattern(cx, obj);
        }
        // `const { total, count } = summary`: each name reads the value where it is used.
        return match (&d.init, kind) {
            (Some(init), VariableDeclarationKind::Const) => {
                let value = cx.expr(init)?;
                cx.bind_pattern_derived(&d.id, value)
            }
            _ => Err(Diagnostic::new(
                Code::BodyStatement,
                d.id.span(),
                "destructuring is only supported in `const` declarations with a value here",
            )),
        };
    };
    // A `.tsx` `let` is a value of this render that later statements may change.
    if kind != VariableDeclarationKind::Const && cx.module.flavour == Flavour::Tsx {
        return cx.render_let(d, &id.name);
    }
    let Some(init) = &d.init else {
        return Err(Diagnostic::new(
            Code::StateType,
            d.span,
            format!("`{}` has no initial value", id.name),
        ));
    };
    if kind == VariableDeclarationKind::Const && super::render_values::is_markup(init) {
        let markup = cx.child_expr(init)?;
        return bind_unique(cx, &id.name, id.span, Name::Markup(Rc::new(markup)));
    }
    match kind {
        VariableDeclarationKind::Const => match init.without_parentheses() {
            Expression::ArrowFunctionExpression(_) | Expression::FunctionExpression(_) => {
                declare_function(cx, &id.name, id.span, Deferred::Expression(init), deferred)
            }
            // `useCallback(fn, deps)` is `fn`: dx never re-creates functions, so there is
            // nothing to memoize.
            Expression::CallExpression(call)
                if callee_name(&call.callee)
                    .is_some_and(|c| cx.module.callback_names.contains(&c))
                    && matches!(
                        call.arguments
                            .first()
                            .and_then(|a| a.as_expression())
                            .map(Expression::without_parentheses),
                        Some(
                            Expression::ArrowFunctionExpression(_)
                                | Expression::FunctionExpression(_)
                        )
                    ) =>
            {
                let function = call.arguments[0]
                    .as_expression()
                    .expect("checked")
                    .without_parentheses();
                declare_function(
                    cx,
                    &id.name,
                    id.span,
                    Deferred::Expression(function),
                    deferred,
                )
            }
            Expression::CallExpression(call)
                if callee_name(&call.callee).is_some_and(|c| cx.module.ref_names.contains(&c)) =>
            {
                let init = call.arguments.first().and_then(|a| a.as_expression());
                let attached = cx.module.element_ref_names.contains(id.name.as_str());
                if !attached || !matches!(init, Some(Expression::NullLiteral(_)) | None) {
                    // A box for a value: a slot of the instance (see `Name::ValueRef`).
                    // `useRef<number | null>(null)`: the type argument types `.current`.
                    let declared = match call.type_arguments.as_ref().map(|a| a.params.as_slice()) {
                        Some([t]) => cx.ts_type(t)?,
                        _ => None,
                    };
                    let init = match init {
                        // Not lazy: `useRef(() => 0)` holds the function.
                        Some(init) => cx.at_mount(|cx| cx.expr(init))?,
                        None => ir::Expr::new(ir::ExprKind::Undefined, call.span),
                    };
                    let init = super::handler::typed(declared, init);
                    let state = push_state(cx, &id.name, init, id.span, true);
                    return bind_unique(cx, &id.name, id.span, Name::ValueRef(state));
                }
                let r = cx.refs;
                cx.refs += 1;
                bind_unique(cx, &id.name, id.span, Name::Ref(r))
            }
            Expression::CallExpression(call)
                if callee_name(&call.callee).is_some_and(|c| cx.module.memo_names.contains(&c)) =>
            {
                // `useMemo(f, [])` is computed once, when the instance mounts, and never again,
                // even where it reads a prop that changes: a state without a setter.
                if let (
                    Some(f @ Expression::ArrowFunctionExpression(_)),
                    Some(Expression::ArrayExpression(deps)),
                ) = (
                    call.arguments
                        .first()
                        .and_then(|a| a.as_expression())
                        .map(Expression::without_parentheses),
                    call.arguments
                        .get(1)
                        .and_then(|a| a.as_expression())
                        .map(Expression::without_parentheses),
                ) && deps.elements.is_empty()
                    && memo_may_change(cx, f)
                {
                    let init = state_init(cx, f)?;
                    let state = push_state(cx, &id.name, init, id.span, false);
                    return bind_unique(cx, &id.name, id.span, Name::State(state));
                }
                // A memo is a derived value: dx recomputes it only where its inputs changed.
                let memo = call
                    .arguments
                    .first()
                    .and_then(|a| a.as_expression())
                    .map(Expression::without_parentheses);
                let value = match memo {
                    Some(Expression::ArrowFunctionExpression(a))
                        if a.params.items.is_empty() && a.get_expression().is_some() =>
                    {
                        cx.expr(a.get_expression().expect("checked"))?
                    }
                    _ => {
                        return Err(Diagnostic::new(
                            Code::UnsupportedCall,
                            call.span,
                            "write the memo as `useMemo(() => value, deps)`",
                        ));
                    }
                };
                bind_unique(cx, &id.name, id.span, Name::Derived(value))
            }
            _ => {
                let ty = cx.annotation(d.type_annotation.as_deref())?;
                let value = super::handler::typed(ty, cx.expr(init)?);
                bind_unique(cx, &id.name, id.span, Name::Derived(value))
            }
        },
        _ if cx.module.flavour == Flavour::Tsx => Err(Diagnostic::new(
            Code::LetInTsx,
            d.span,
            format!("`{}` would reset on every render", id.name),
        )),
        _ => {
            let ty = cx.annotation(d.type_annotation.as_deref())?;
            let init = super::handler::typed(ty, state_init(cx, init)?);
            let state = push_state(cx, &id.name, init, id.span, false);
            bind_unique(cx, &id.name, id.span, Name::State(state))
        }
    }
}

/// Whether the value of `useMemo(f, [])` could differ from what `f` computes later: `f` reads
/// a value that changes between renders (a prop, state) or computes one that varies. Else a
/// derived value is the same thing, and keeps a memo of functions (`{ set, clear }`) a
/// function value rather than state holding functions.
fn memo_may_change(cx: &Cx<'_>, f: &Expression<'_>) -> bool {
    let facts = crate::desugar::facts::Facts::of_expression(f);
    facts.varies
        || facts.reads.iter().any(|n| {
            matches!(
                cx.scope.get(n),
                Some(
                    Name::State(_)
                        | Name::Prop(_)
                        | Name::PropsObject
                        | Name::Derived(_)
                        | Name::ValueRef(_)
                        | Name::RowItem(_)
                        | Name::RowIndex(_)
                )
            )
        })
}

/// Declares state (or a value ref's slot, `is_ref`) of the component; returns its id.
fn push_state(cx: &mut Cx<'_>, name: &str, init: Expr, span: Span, is_ref: bool) -> ir::StateId {
    cx.states.push(ir::StateDecl {
        name: name.to_string(),
        init,
        span,
        reducer: None,
        is_ref,
    });
    cx.states.len() - 1
}

/// A state's initial value: computed once, when the instance mounts.
fn state_init(cx: &mut Cx<'_>, e: &Expression<'_>) -> Result<Expr> {
    cx.at_mount(|cx| lazy_init(cx, e))
}

fn lazy_init(cx: &mut Cx<'_>, e: &Expression<'_>) -> Result<Expr> {
    // A lazy initializer runs once, when the instance mounts, which is when dx evaluates the
    // initial value: `useState(() => make(3))` is `make(3)`, `useState(make)` is `make()`.
    match e.without_parentheses() {
        Expression::ArrowFunctionExpression(f)
            if f.params.items.is_empty() && f.params.rest.is_none() && !f.r#async =>
        {
            if let Some(body) = f.get_expression() {
                // Once: `useState(() => () => 0)` holds the function `() => 0`.
                return cx.expr(body);
            }
        }
        Expression::Identifier(id)
            if cx.scope.get(&id.name).is_none()
                && let Some(&helper) = cx.module.helpers.get(id.name.as_str()) =>
        {
            return Ok(Expr::new(
                ExprKind::Call {
                    helper,
                    args: Vec::new(),
                },
                e.span(),
            ));
        }
        _ => {}
    }
    let init = cx.expr(e)?;
    if let ExprKind::Local(_) = init.kind {
        return Err(Diagnostic::new(
            Code::StateType,
            e.span(),
            "state cannot start from a handler value",
        ));
    }
    Ok(init)
}

pub(crate) fn bind_unique(cx: &mut Cx<'_>, name: &str, span: Span, meaning: Name) -> Result<()> {
    if cx.scope.bind(name, meaning) {
        Ok(())
    } else {
        Err(Diagnostic::new(
            Code::DuplicateName,
            span,
            format!("`{name}` is declared twice"),
        ))
    }
}

/// A callee as the hook tables name it: `useState`, or `React.useState` where `React` is
/// imported from "react".
pub(crate) fn callee_name(callee: &Expression<'_>) -> Option<String> {
    match callee.without_parentheses() {
        Expression::Identifier(id) => Some(id.name.to_string()),
        Expression::StaticMemberExpression(m) => match &m.object {
            Expression::Identifier(object) => Some(format!("{}.{}", object.name, m.property.name)),
            _ => None,
        },
        _ => None,
    }
}

/// The call if `e` is `useEffect(…)` / `effect(…)`.
fn effect_call<'s, 'a>(
    cx: &Cx<'_>,
    e: &'s Expression<'a>,
) -> Option<&'s oxc_ast::ast::CallExpression<'a>> {
    match e.without_parentheses() {
        Expression::CallExpression(call) => match &call.callee {
            Expression::Identifier(id)
                if cx.scope.get(&id.name).is_none()
                    && cx.module.effect_names.iter().any(|n| n == id.name.as_str()) =>
            {
                Some(call)
            }
            callee @ Expression::StaticMemberExpression(_)
                if callee_name(callee).is_some_and(|c| cx.module.effect_names.contains(&c)) =>
            {
                Some(call)
            }
            _ => None,
        },
        _ => None,
    }
}

fn analyze_effect(cx: &mut Cx<'_>, call: &oxc_ast::ast::CallExpression<'_>) -> Result<ir::Effect> {
    let args: Vec<&Expression<'_>> = call
        .arguments
        .iter()
        .filter_map(|a| a.as_expression())
        .collect();
    if args.len() != call.arguments.len() || args.is_empty() || args.len() > 2 {
        return Err(Diagnostic::new(
            Code::UnsupportedCall,
            call.span,
            "an effect takes a function and, in .tsx, an optional list of dependencies",
        ));
    }
    let body = match args[0].without_parentheses() {
        Expression::ArrowFunctionExpression(a) if !a.r#async && a.params.items.is_empty() => {
            let (params, body) = arrow_parts(a);
            let outer = std::mem::replace(&mut cx.expr_body_acts, true);
            let handler = cx.handler(params, body, None, a.span);
            cx.expr_body_acts = outer;
            handler?
        }
        other => {
            return Err(Diagnostic::new(
                Code::HandlerNotFunction,
                other.span(),
                "an effect runs a function without parameters: `() => { … }`",
            ));
        }
    };
    if body
        .body
        .iter()
        .any(|s| matches!(s, ir::Stmt::Return { value: Some(_), .. }))
    {
        return Err(Diagnostic::new(
            Code::UnsupportedCall,
            call.span,
            "effect cleanup functions are not supported yet",
        ));
    }
    let deps = match args.get(1).map(|d| d.without_parentheses()) {
        None => ir::EffectDeps::Reads,
        Some(Expression::ArrayExpression(list)) => {
            let mut values = Vec::new();
            for el in &list.elements {
                match el.as_expression() {
                    Some(e) => values.push(cx.expr(e)?),
                    None => {
                        return Err(Diagnostic::new(
                            Code::UnsupportedCall,
                            list.span,
                            "dependencies are plain values",
                        ));
                    }
                }
            }
            ir::EffectDeps::Values(values)
        }
        Some(other) => {
            return Err(Diagnostic::new(
                Code::UnsupportedCall,
                other.span(),
                "dependencies are an array literal: `[a, b]`",
            ));
        }
    };
    Ok(ir::Effect {
        body,
        deps,
        span: call.span,
    })
}
