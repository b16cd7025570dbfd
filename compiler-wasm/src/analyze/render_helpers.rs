//! Render helpers: functions of a component that return markup (`function renderRow(order)
//! { … return <tr>…</tr>; }`, `const renderStatus = (s) => <b>{s}</b>`), called where markup
//! is rendered (`{renderStatus(o.status)}`, `{open && renderDetails(o)}`, `orders.map(renderRow)`).
//!
//! React runs such a call as part of the component's render: what it returns is markup of the
//! component, with no instance of its own. dx does the same at compile time: each call renders
//! the function's body in place, its parameters bound to the call's arguments (as a render-time
//! `const` is bound to its value), its early returns and `switch` returns becoming conditional
//! markup as a component's do. It reads the component's state, props and functions as any
//! markup of the component does.

use oxc_ast::ast::{Argument, BindingPattern, Expression, FormalParameters};
use oxc_span::{GetSpan, Span};

use super::ComponentAst;
use super::component::{Body, Cx, arrow_parts, function_parts};
use super::render_values::RenderValue;
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{Expr, ExprKind, ViewNode};

/// How deep render helpers may call render helpers (one calling itself never ends).
const MAX_DEPTH: usize = 16;

/// Parameters and body of a render helper.
pub(crate) fn parts<'m>(ast: ComponentAst<'m, 'm>) -> (&'m FormalParameters<'m>, Body<'m, 'm>) {
    match ast {
        ComponentAst::Function(f) => function_parts(f),
        ComponentAst::Arrow(a) => arrow_parts(a),
    }
}

impl<'m> Cx<'m> {
    /// The render helper `e` calls, if it is a call of one.
    pub(crate) fn render_helper_call<'s, 'a>(
        &self,
        e: &'s Expression<'a>,
    ) -> Option<(usize, &'s oxc_allocator::Vec<'a, Argument<'a>>, Span)> {
        let Expression::CallExpression(call) = e.without_parentheses() else {
            return None;
        };
        let Expression::Identifier(id) = &call.callee else {
            return None;
        };
        match self.scope.get(&id.name) {
            Some(super::scope::Name::RenderHelper(i)) => Some((*i, &call.arguments, call.span)),
            _ => None,
        }
    }

    /// The markup of `helper(args)` rendered in place.
    pub(crate) fn render_call(
        &mut self,
        helper: usize,
        args: &[Argument<'_>],
        span: Span,
    ) -> Result<Vec<ViewNode>> {
        if self.render_depth >= MAX_DEPTH {
            return Err(Diagnostic::new(
                Code::UnsupportedJsx,
                span,
                "a function that returns markup and calls itself is not supported yet",
            )
            .with_hint("make it a component that renders itself: `<Tree node={child} />`"));
        }
        // The arguments are values of the caller's render.
        let mut values = Vec::new();
        for arg in args {
            let Some(e) = arg.as_expression() else {
                return Err(Diagnostic::new(
                    Code::UnsupportedExpression,
                    arg.span(),
                    "spread arguments are not supported here yet",
                ));
            };
            // An object literal's properties too, for a destructuring parameter (below).
            let fields = match literal_fields(e) {
                Some(fields) => Some(
                    fields
                        .into_iter()
                        .map(|(name, v)| Ok((name, self.render_argument(v)?)))
                        .collect::<Result<Vec<_>>>()?,
                ),
                None => None,
            };
            values.push((self.render_argument(e)?, fields));
        }
        let (params, body) = parts(self.render_helpers[helper]);
        if let Some(rest) = &params.rest {
            return Err(Diagnostic::new(
                Code::UnsupportedExpression,
                rest.span,
                "rest parameters are not supported yet",
            ));
        }
        self.scope.push();
        let lets = self.render_lets.len();
        self.render_depth += 1;
        let result = (|| {
            for (k, p) in params.items.iter().enumerate() {
                let (pattern, default) = match &p.pattern {
                    BindingPattern::AssignmentPattern(a) => (&a.left, Some(&a.right)),
                    other => (other, None),
                };
                let value = match (values.get(k), default) {
                    (Some((v, _)), _) => v.clone(),
                    (None, Some(d)) => self.render_argument(d)?,
                    (None, None) => RenderValue::Value(Expr::new(ExprKind::Undefined, p.span)),
                };
                // `badge({ label: "new" })` for `function badge({ label, tone = "plain" })`:
                // each name takes its property of the literal, or its default when the literal
                // leaves it out (as JavaScript destructures a missing property).
                if let BindingPattern::ObjectPattern(object) = pattern
                    && let Some((_, Some(fields))) = values.get(k)
                    && object.rest.is_none()
                {
                    for prop in &object.properties {
                        let Some(key) = prop.key.static_name() else {
                            return Err(Diagnostic::new(
                                Code::UnsupportedExpression,
                                prop.span,
                                "computed names in a parameter's pattern are not supported yet",
                            ));
                        };
                        let (target, default) = match &prop.value {
                            BindingPattern::AssignmentPattern(a) => (&a.left, Some(&a.right)),
                            other => (other, None),
                        };
                        let value = match (fields.iter().find(|(n, _)| *n == key), default) {
                            (Some((_, v)), _) => v.clone(),
                            (None, Some(d)) => self.render_argument(d)?,
                            (None, None) => {
                                RenderValue::Value(Expr::new(ExprKind::Undefined, prop.span))
                            }
                        };
                        self.bind_parameter(target, value)?;
                    }
                    continue;
                }
                self.bind_parameter(pattern, value)?;
            }
            match body {
                Body::Expr(e) => self.child_expr(e),
                Body::Block(stmts) => super::component::component_body(self, stmts, span),
            }
        })();
        self.render_depth -= 1;
        self.render_lets.truncate(lets);
        self.scope.pop();
        result
    }

    /// Binds a parameter's pattern to a value of the call.
    fn bind_parameter(&mut self, pattern: &BindingPattern<'_>, value: RenderValue) -> Result<()> {
        match (pattern, value) {
            (BindingPattern::BindingIdentifier(id), value) => {
                super::component::bind_unique(self, &id.name, id.span, value.name())
            }
            (nested, RenderValue::Value(e)) => self.bind_pattern_derived(nested, e),
            (nested, _) => Err(Diagnostic::new(
                Code::UnsupportedExpression,
                nested.span(),
                "markup given to a destructured parameter is not supported yet",
            )),
        }
    }

    /// An argument of a render helper's call: markup, or a value.
    fn render_argument(&mut self, e: &Expression<'_>) -> Result<RenderValue> {
        if super::render_values::is_markup(e) || self.render_helper_call(e).is_some() {
            return Ok(RenderValue::Markup(std::rc::Rc::new(self.child_expr(e)?)));
        }
        if let Expression::Identifier(id) = e.without_parentheses()
            && let Some(super::scope::Name::Markup(m)) = self.scope.get(&id.name)
        {
            return Ok(RenderValue::Markup(m.clone()));
        }
        Ok(RenderValue::Value(self.expr(e)?))
    }
}

/// The properties of an object literal written with static names only (`{ label: "x", tone }`).
fn literal_fields<'s, 'a>(e: &'s Expression<'a>) -> Option<Vec<(String, &'s Expression<'a>)>> {
    let Expression::ObjectExpression(object) = e.without_parentheses() else {
        return None;
    };
    object
        .properties
        .iter()
        .map(|p| match p {
            oxc_ast::ast::ObjectPropertyKind::ObjectProperty(p)
                if !p.computed && p.kind == oxc_ast::ast::PropertyKind::Init =>
            {
                Some((p.key.static_name()?.to_string(), &p.value))
            }
            _ => None,
        })
        .collect()
}
