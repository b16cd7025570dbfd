//! Custom hooks: functions named `useSomething` that call hooks (`useState`, `useEffect`, other
//! custom hooks). React runs a custom hook as part of the component that calls it, so its
//! state and effects are the component's own; dx does the same at compile time: each call is
//! inlined into the calling component — its state slots, functions and effects become the
//! component's — and the names the call binds (`const [on, toggle] = useToggle()`,
//! `const { value, reset } = useField("")`) mean what the hook returned.

use std::collections::HashMap;

use oxc_ast::ast::{
    Argument, BindingPattern, Expression, ObjectPropertyKind, PropertyKey, Statement,
};
use oxc_span::{GetSpan, Span};

use super::component::{self, Cx};
use super::scope::Name;
use super::{ComponentAst, Module};
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{Expr, ExprKind};

/// What a hook call gives back to the component.
#[derive(Clone, Debug)]
pub(crate) enum HookResult {
    /// No `return`, or `return;`.
    Nothing,
    /// `return value` (a state, a function, a computed value).
    Value(Name),
    /// `return [a, b]`.
    Array(Vec<Name>),
    /// `return { a, b: c }`.
    Object(Vec<(String, Name)>),
}

/// Whether `name` is a hook's name (`use` and a capital letter), as React's rules of hooks
/// define it.
pub(crate) fn is_hook_name(name: &str) -> bool {
    name.strip_prefix("use").is_some_and(|rest| {
        rest.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
    })
}

/// The custom hooks of an app, by the name each file knows them under.
pub(crate) struct Hooks<'m, 's, 'a> {
    pub modules: &'m [Module],
    /// Per file: local name → (file the hook is written in, its function).
    pub visible: Vec<HashMap<String, (usize, &'m ComponentAst<'s, 'a>)>>,
}

/// Custom hooks as analysis sees them (the trait hides the AST's lifetimes from [`Cx`]).
pub(crate) trait HookTable {
    /// Whether file `file` can call a custom hook named `name`.
    fn has(&self, file: usize, name: &str) -> bool;
    /// Inlines the call `name(args)` into `cx`'s component.
    fn inline<'x>(
        &'x self,
        cx: &mut Cx<'x>,
        name: &str,
        args: &[Argument<'_>],
        span: Span,
    ) -> Result<HookResult>;
}

/// How deep custom hooks may call custom hooks (a hook calling itself never ends).
const MAX_DEPTH: usize = 32;

impl HookTable for Hooks<'_, '_, '_> {
    fn has(&self, file: usize, name: &str) -> bool {
        self.visible
            .get(file)
            .is_some_and(|hooks| hooks.contains_key(name))
    }

    fn inline<'x>(
        &'x self,
        cx: &mut Cx<'x>,
        name: &str,
        args: &[Argument<'_>],
        span: Span,
    ) -> Result<HookResult> {
        let Some(&(file, ast)) = self.visible[cx.module.file].get(name) else {
            return Err(Diagnostic::new(
                Code::UnknownIdentifier,
                span,
                format!("unknown hook `{name}`"),
            ));
        };
        if cx.hook_depth >= MAX_DEPTH {
            return Err(Diagnostic::new(
                Code::RecursiveComponent,
                span,
                format!("`{name}` calls itself: a hook cannot call itself"),
            ));
        }
        // The arguments are values of the caller.
        let mut values = Vec::new();
        for arg in args {
            let Some(e) = arg.as_expression() else {
                return Err(Diagnostic::new(
                    Code::UnsupportedCall,
                    arg.span(),
                    "spread arguments to a hook are not supported yet",
                ));
            };
            // A function given to a hook (`useKeyPress("Escape", () => close())`): the hook's
            // parameter names it, as a function written in the component would be.
            if super::jsx::is_function_value(cx, e) {
                values.push(Name::Function(cx.handler_ref(e)?));
                continue;
            }
            values.push(Name::Derived(cx.expr(e)?));
        }
        let (params, body) = match ast {
            ComponentAst::Function(f) => component::function_parts(f),
            ComponentAst::Arrow(a) => component::arrow_parts(a),
        };
        // The hook's body reads the names of its own file (its imports of `useState`, its
        // constants and functions); its diagnostics point into that file.
        let caller = cx.module;
        cx.module = &self.modules[file];
        cx.hook_depth += 1;
        cx.scope.push();
        let result = (|| {
            for (k, param) in params.items.iter().enumerate() {
                let value = match values.get(k) {
                    Some(v) => v.clone(),
                    None => Name::Derived(match &param.initializer {
                        Some(default) => cx.expr(default)?,
                        None => {
                            return Err(Diagnostic::new(
                                Code::UnsupportedCall,
                                span,
                                format!(
                                    "`{name}` needs argument {} (`undefined` is not supported as a value yet)",
                                    k + 1
                                ),
                            ));
                        }
                    }),
                };
                bind_param(cx, &param.pattern, value)?;
            }
            match body {
                component::Body::Expr(e) => Ok(HookResult::Value(component::hook_value(cx, e)?)),
                component::Body::Block(stmts) => component::hook_body(cx, stmts),
            }
        })();
        cx.scope.pop();
        cx.hook_depth -= 1;
        cx.module = caller;
        result.map_err(|d| d.in_file(file))
    }
}

/// Binds a hook parameter to the caller's value: a name, or an object pattern read field by
/// field (`{ min = 0, step = 1 } = {}`) from an object literal (a field it lacks takes the
/// pattern's default) or from a record (a field that is `undefined` takes it).
fn bind_param(cx: &mut Cx<'_>, pattern: &BindingPattern<'_>, value: Name) -> Result<()> {
    match pattern {
        BindingPattern::BindingIdentifier(id) => {
            cx.scope.bind(&id.name, value);
            Ok(())
        }
        // The default was applied where the argument is missing.
        BindingPattern::AssignmentPattern(p) => bind_param(cx, &p.left, value),
        BindingPattern::ObjectPattern(o) if o.rest.is_none() => {
            let Name::Derived(object) = value else {
                return Err(destructured(o.span));
            };
            for prop in &o.properties {
                let key = prop
                    .key
                    .static_name()
                    .ok_or_else(|| destructured(prop.span))?;
                let (target, default) = match &prop.value {
                    BindingPattern::AssignmentPattern(a) => (&a.left, Some(&a.right)),
                    other => (other, None),
                };
                let part = match &object.kind {
                    ExprKind::Object(fields) if fields.iter().all(|(k, _)| k.is_some()) => {
                        match fields
                            .iter()
                            .rev()
                            .find(|(k, _)| k.as_deref() == Some(&*key))
                        {
                            Some((_, v)) => match &v.kind {
                                ExprKind::Function(f) => Name::Function(f.clone()),
                                _ => Name::Derived(v.clone()),
                            },
                            None => match default {
                                Some(d) => Name::Derived(cx.expr(d)?),
                                None => return Err(destructured(prop.span)),
                            },
                        }
                    }
                    _ => {
                        let field = Expr::new(
                            ExprKind::Field(Box::new(object.clone()), key.to_string()),
                            prop.span,
                        );
                        Name::Derived(match default {
                            Some(d) => Expr::new(
                                ExprKind::DefaultIfUndefined(
                                    Box::new(field),
                                    Box::new(cx.expr(d)?),
                                ),
                                prop.span,
                            ),
                            None => field,
                        })
                    }
                };
                bind_param(cx, target, part)?;
            }
            Ok(())
        }
        other => Err(destructured(other.span())),
    }
}

fn destructured(span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::UnsupportedCall,
        span,
        "destructured hook parameters are not supported yet",
    )
    .with_hint("name the parameter and read its fields")
}

/// What `return e` of a hook gives: names for `[a, b]` and `{ a, b: c }`, a value otherwise.
pub(crate) fn returned(cx: &mut Cx<'_>, e: &Expression<'_>) -> Result<HookResult> {
    match e.without_parentheses() {
        Expression::ArrayExpression(a) => {
            let mut names = Vec::new();
            for element in &a.elements {
                let Some(e) = element.as_expression() else {
                    return Err(Diagnostic::new(
                        Code::UnsupportedExpression,
                        element.span(),
                        "holes and spreads in a hook's returned array are not supported yet",
                    ));
                };
                names.push(component::hook_value(cx, e)?);
            }
            Ok(HookResult::Array(names))
        }
        Expression::ObjectExpression(o) => {
            let mut fields = Vec::new();
            for p in &o.properties {
                let ObjectPropertyKind::ObjectProperty(p) = p else {
                    return Err(Diagnostic::new(
                        Code::UnsupportedExpression,
                        p.span(),
                        "spreads in a hook's returned object are not supported yet",
                    ));
                };
                let key = match &p.key {
                    PropertyKey::StaticIdentifier(k) => k.name.to_string(),
                    PropertyKey::StringLiteral(s) => s.value.to_string(),
                    other => {
                        return Err(Diagnostic::new(
                            Code::UnsupportedExpression,
                            other.span(),
                            "computed keys in a hook's returned object are not supported yet",
                        ));
                    }
                };
                fields.push((key, component::hook_value(cx, &p.value)?));
            }
            Ok(HookResult::Object(fields))
        }
        other => Ok(HookResult::Value(component::hook_value(cx, other)?)),
    }
}

/// Binds what a hook call returned to the names its caller declares.
pub(crate) fn bind_result(
    cx: &mut Cx<'_>,
    pattern: &BindingPattern<'_>,
    result: HookResult,
    hook: &str,
) -> Result<()> {
    let no_value = |span: Span| {
        Diagnostic::new(
            Code::UnsupportedExpression,
            span,
            format!("`{hook}` does not return that here"),
        )
    };
    match (pattern, result) {
        (BindingPattern::BindingIdentifier(id), HookResult::Value(name)) => {
            component::bind_unique(cx, &id.name, id.span, name)
        }
        // `const volume = useCounter(5)` of a hook returning `{ count, increment, … }`: the
        // object, read as `volume.count`, `onClick={volume.increment}`.
        (BindingPattern::BindingIdentifier(id), HookResult::Object(fields))
            if let Some(fields) = fields
                .iter()
                .map(|(k, n)| value_of(n, id.span).map(|e| (Some(k.clone()), e)))
                .collect::<Option<Vec<_>>>() =>
        {
            let object = Expr::new(ExprKind::Object(fields), id.span);
            component::bind_unique(cx, &id.name, id.span, Name::Derived(object))
        }
        (BindingPattern::ArrayPattern(p), HookResult::Array(names)) => {
            for (k, element) in p.elements.iter().enumerate() {
                let Some(element) = element else { continue };
                let name = names
                    .get(k)
                    .cloned()
                    .ok_or_else(|| no_value(element.span()))?;
                bind_part(cx, element, name)?;
            }
            Ok(())
        }
        (BindingPattern::ObjectPattern(p), HookResult::Object(fields)) => {
            for prop in &p.properties {
                let key = prop
                    .key
                    .static_name()
                    .ok_or_else(|| destructured(prop.span))?;
                let name = fields
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, n)| n.clone())
                    .ok_or_else(|| no_value(prop.value.span()))?;
                bind_part(cx, &prop.value, name)?;
            }
            Ok(())
        }
        // `const { user, logout } = useAuth()` of a hook returning a value (a context's, a
        // record): reads of that value, as destructuring in a component body reads.
        (
            pattern @ (BindingPattern::ObjectPattern(_) | BindingPattern::ArrayPattern(_)),
            HookResult::Value(name),
        ) if let Some(value) = value_of(&name, pattern.span()) => {
            cx.bind_pattern_derived(pattern, value)
        }
        (pattern, _) => Err(Diagnostic::new(
            Code::UnsupportedExpression,
            pattern.span(),
            format!("this does not match what `{hook}` returns"),
        )
        .with_hint(
            "destructure an array return with `[a, b]` and an object return with `{ a, b }`",
        )),
    }
}

/// A part of a hook's result as a value, where it is one.
fn value_of(name: &Name, span: Span) -> Option<Expr> {
    let kind = match name {
        Name::Derived(e) => return Some(e.clone()),
        Name::State(s) => ExprKind::State(*s),
        Name::Prop(p) => ExprKind::Prop(*p),
        Name::Function(f) => ExprKind::Function(f.clone()),
        _ => return None,
    };
    Some(Expr::new(kind, span))
}

/// Binds one part of a hook's result: a name, or an object literal the hook returned in that
/// place destructured again (`const [on, { toggle }] = useToggle()` where the hook returns
/// `[on, { toggle, setOn }]`, or a `const` holding that literal).
fn bind_part(cx: &mut Cx<'_>, pattern: &BindingPattern<'_>, name: Name) -> Result<()> {
    match (pattern, name) {
        (BindingPattern::BindingIdentifier(id), name) => {
            component::bind_unique(cx, &id.name, id.span, name)
        }
        (BindingPattern::ObjectPattern(p), Name::Derived(ref e))
            if p.rest.is_none()
                && let ExprKind::Object(fields) = &e.kind
                && fields.iter().all(|(k, _)| k.is_some()) =>
        {
            for prop in &p.properties {
                let key = prop
                    .key
                    .static_name()
                    .ok_or_else(|| destructured(prop.span))?;
                // The last field of a name wins, as in JavaScript.
                let Some((_, value)) = fields
                    .iter()
                    .rev()
                    .find(|(k, _)| k.as_deref() == Some(&key))
                else {
                    return Err(destructured(prop.span));
                };
                let part = match &value.kind {
                    ExprKind::Function(f) => Name::Function(f.clone()),
                    _ => Name::Derived(value.clone()),
                };
                bind_part(cx, &prop.value, part)?;
            }
            Ok(())
        }
        (other, _) => Err(destructured(other.span())),
    }
}

/// The call if `stmt` is a custom hook called for its effects alone (`useDocumentTitle(t);`).
pub(crate) fn statement_call<'s, 'a>(
    cx: &Cx<'_>,
    stmt: &'s Statement<'a>,
) -> Option<&'s oxc_ast::ast::CallExpression<'a>> {
    let Statement::ExpressionStatement(e) = stmt else {
        return None;
    };
    match e.expression.without_parentheses() {
        Expression::CallExpression(call) => match &call.callee {
            Expression::Identifier(id) if cx.is_hook(&id.name) => Some(call),
            _ => None,
        },
        _ => None,
    }
}
