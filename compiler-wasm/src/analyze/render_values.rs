//! Values computed while a `.tsx` component renders, as React developers write them:
//!
//! - markup held in a `const` (`const items = people.map(p => <li key={p.id}>…</li>)`,
//!   `const header = <h2>…</h2>`) and rendered later (`{items}`);
//! - render-time `let`s reassigned by the statements after them
//!   (`let className = "item"; if (active) className += " active";`,
//!   `let content; if (a) content = <A/>; else content = <B/>;`);
//! - early returns (`if (isPacked) return <li>…</li>; return <p>…</p>;`).
//!
//! A render runs its statements top to bottom once, so each of these has one value per render:
//! a `let` is folded into an expression (`cond ? a : b` where an `if` assigned it), markup into
//! conditional markup, and an early return into a conditional around the rest of the component.
//! The result is what the rest of the compiler already handles: derived values and
//! conditional views, with their dirty bits.

use std::rc::Rc;

use oxc_ast::ast::{
    AssignmentOperator, AssignmentTarget, Expression, Statement, VariableDeclarator,
};
use oxc_span::{GetSpan, Span};

use super::component::Cx;
use super::scope::Name;
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{BinaryOp, Expr, ExprKind, ViewNode};

/// What a markup-or-value name holds during the render.
#[derive(Clone, Debug)]
pub(crate) enum RenderValue {
    /// `let x;`: no value yet (`undefined`).
    Unassigned,
    /// A value expression.
    Value(Expr),
    /// Markup.
    Markup(Rc<Vec<ViewNode>>),
}

impl RenderValue {
    /// The name binding for this value.
    pub fn name(&self) -> Name {
        match self {
            RenderValue::Unassigned => Name::Markup(Rc::new(Vec::new())),
            RenderValue::Value(e) => Name::Derived(e.clone()),
            RenderValue::Markup(m) => Name::Markup(m.clone()),
        }
    }
}

/// Whether `e` is markup: JSX, conditionals with JSX in an arm (the other arm, `null` or a
/// value such as a name, renders as `{value}` does: `stocked ? name : <del>{name}</del>`), or
/// a `.map` whose function returns JSX.
pub(crate) fn is_markup(e: &Expression<'_>) -> bool {
    match e.without_parentheses() {
        Expression::JSXElement(_) | Expression::JSXFragment(_) => true,
        Expression::ConditionalExpression(c) => {
            is_markup(&c.consequent) || is_markup(&c.alternate)
        }
        Expression::ArrayExpression(a) => a
            .elements
            .iter()
            .any(|el| el.as_expression().is_some_and(is_markup)),
        Expression::LogicalExpression(l) => {
            l.operator == oxc_syntax::operator::LogicalOperator::And && is_markup(&l.right)
        }
        Expression::CallExpression(call) => {
            matches!(&call.callee, Expression::StaticMemberExpression(m) if m.property.name == "map")
                && match call
                    .arguments
                    .first()
                    .and_then(|a| a.as_expression())
                    .map(Expression::without_parentheses)
                {
                    Some(Expression::ArrowFunctionExpression(a)) => match a.get_expression() {
                        Some(body) => is_markup(body),
                        None => a.get_function_body().is_some_and(|b| b.statements.iter().any(|s| {
                            matches!(s, Statement::ReturnStatement(r) if r.argument.as_ref().is_some_and(is_markup))
                        })),
                    },
                    _ => false,
                }
        }
        _ => false,
    }
}

impl Cx<'_> {
    /// The value of `e` at this point of the render.
    fn render_value(&mut self, e: &Expression<'_>) -> Result<RenderValue> {
        if is_markup(e) {
            Ok(RenderValue::Markup(Rc::new(self.child_markup(e)?)))
        } else if let Expression::Identifier(id) = e.without_parentheses()
            && let Some(Name::Markup(m)) = self.scope.get(&id.name)
        {
            Ok(RenderValue::Markup(m.clone()))
        } else {
            Ok(RenderValue::Value(self.expr(e)?))
        }
    }

    /// A `let` at the top of a `.tsx` component: a value for the rest of this render.
    pub(crate) fn render_let(&mut self, d: &VariableDeclarator<'_>, name: &str) -> Result<()> {
        let value = match &d.init {
            Some(init) => {
                let ty = self.annotation(d.type_annotation.as_deref())?;
                match self.render_value(init)? {
                    RenderValue::Value(e) => RenderValue::Value(super::handler::typed(ty, e)),
                    other => other,
                }
            }
            None => RenderValue::Unassigned,
        };
        super::component::bind_unique(self, name, d.span, value.name())?;
        self.render_lets.push((name.to_string(), value));
        Ok(())
    }

    fn render_let_value(&self, name: &str) -> Option<&RenderValue> {
        self.render_lets
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    }

    fn set_render_let(&mut self, name: &str, value: RenderValue) {
        if let Some(slot) = self.render_lets.iter_mut().rev().find(|(n, _)| n == name) {
            slot.1 = value.clone();
        }
        self.scope.rebind(name, value.name());
    }

    /// Whether `stmt` only assigns render-time `let`s (directly or in nested `if`s and blocks),
    /// so [`Cx::render_statement`] can fold it.
    pub(crate) fn assigns_render_lets(&self, stmt: &Statement<'_>) -> bool {
        match stmt {
            Statement::ExpressionStatement(e) => match e.expression.without_parentheses() {
                Expression::AssignmentExpression(a) => matches!(
                    &a.left,
                    AssignmentTarget::AssignmentTargetIdentifier(id)
                        if self.render_let_value(&id.name).is_some()
                ),
                _ => false,
            },
            Statement::BlockStatement(b) => b.body.iter().all(|s| self.assigns_render_lets(s)),
            Statement::IfStatement(i) => {
                self.assigns_render_lets(&i.consequent)
                    && i.alternate
                        .as_ref()
                        .is_none_or(|a| self.assigns_render_lets(a))
            }
            Statement::SwitchStatement(sw) => switch_groups(sw).is_some_and(|groups| {
                groups
                    .iter()
                    .all(|(_, body)| body.iter().all(|s| self.assigns_render_lets(s)))
            }),
            _ => false,
        }
    }

    /// `switch` assigning render-time `let`s: an `if` / `else if` chain over the case groups,
    /// the default last.
    fn render_switch(
        &mut self,
        sw: &oxc_ast::ast::SwitchStatement<'_>,
        groups: &[(Vec<&Expression<'_>>, Vec<&Statement<'_>>)],
    ) -> Result<()> {
        let Some(((tests, body), rest)) = groups.split_first() else {
            return Ok(());
        };
        if tests.is_empty() {
            // The default: it runs when no other group matches (its position does not matter).
            let others: Vec<_> = rest.to_vec();
            if others.is_empty() {
                for s in body {
                    self.render_statement(s)?;
                }
                return Ok(());
            }
            let mut reordered = others;
            reordered.push((Vec::new(), body.clone()));
            return self.render_switch(sw, &reordered);
        }
        let mut test: Option<Expr> = None;
        for t in tests {
            let one = Expr::new(
                ExprKind::Binary(
                    BinaryOp::Eq,
                    Box::new(self.expr(&sw.discriminant)?),
                    Box::new(self.expr(t)?),
                ),
                t.span(),
            );
            test = Some(match test {
                None => one,
                Some(prev) => Expr::new(
                    ExprKind::Logical(crate::ir::LogicalOp::Or, Box::new(prev), Box::new(one)),
                    sw.span,
                ),
            });
        }
        let test = test.expect("a group has a test");
        let before = self.render_lets.clone();
        for s in body {
            self.render_statement(s)?;
        }
        let then = std::mem::replace(&mut self.render_lets, before.clone());
        for (name, value) in &before {
            self.scope.rebind(name, value.name());
        }
        self.render_switch(sw, rest)?;
        let otherwise = std::mem::take(&mut self.render_lets);
        self.render_lets = before;
        for k in 0..then.len() {
            let (name, a) = (&then[k].0, &then[k].1);
            let b = &otherwise[k].1;
            let merged = merge(&test, a, b, name, sw.span)?;
            self.set_render_let(&name.clone(), merged);
        }
        Ok(())
    }

    /// Folds a statement that assigns render-time `let`s into their values.
    pub(crate) fn render_statement(&mut self, stmt: &Statement<'_>) -> Result<()> {
        match stmt {
            Statement::ExpressionStatement(e) => {
                let Expression::AssignmentExpression(a) = e.expression.without_parentheses() else {
                    unreachable!("checked by assigns_render_lets")
                };
                let AssignmentTarget::AssignmentTargetIdentifier(id) = &a.left else {
                    unreachable!("checked by assigns_render_lets")
                };
                let value = match a.operator {
                    AssignmentOperator::Assign => self.render_value(&a.right)?,
                    op => {
                        let binary = match op {
                            AssignmentOperator::Addition => BinaryOp::Add,
                            AssignmentOperator::Subtraction => BinaryOp::Sub,
                            AssignmentOperator::Multiplication => BinaryOp::Mul,
                            AssignmentOperator::Division => BinaryOp::Div,
                            AssignmentOperator::Remainder => BinaryOp::Rem,
                            _ => {
                                return Err(Diagnostic::new(
                                    Code::UnsupportedExpression,
                                    a.span,
                                    format!(
                                        "`{}` on a render-time `let` is not supported yet",
                                        op.as_str()
                                    ),
                                ));
                            }
                        };
                        let Some(RenderValue::Value(old)) =
                            self.render_let_value(&id.name).cloned()
                        else {
                            return Err(Diagnostic::new(
                                Code::UnsupportedExpression,
                                a.span,
                                format!("`{}` has no value to update here", id.name),
                            ));
                        };
                        let right = self.expr(&a.right)?;
                        RenderValue::Value(Expr::new(
                            ExprKind::Binary(binary, Box::new(old), Box::new(right)),
                            a.span,
                        ))
                    }
                };
                self.set_render_let(&id.name, value);
                Ok(())
            }
            Statement::BlockStatement(b) => {
                for s in &b.body {
                    self.render_statement(s)?;
                }
                Ok(())
            }
            Statement::IfStatement(i) => {
                let test = self.expr(&i.test)?;
                let before = self.render_lets.clone();
                self.render_statement(&i.consequent)?;
                let then = std::mem::replace(&mut self.render_lets, before.clone());
                for (name, value) in &before {
                    self.scope.rebind(name, value.name());
                }
                if let Some(alternate) = &i.alternate {
                    self.render_statement(alternate)?;
                }
                let otherwise = std::mem::take(&mut self.render_lets);
                self.render_lets = before;
                for k in 0..then.len() {
                    let (name, a) = (&then[k].0, &then[k].1);
                    let b = &otherwise[k].1;
                    let merged = merge(&test, a, b, name, i.span)?;
                    self.set_render_let(&name.clone(), merged);
                }
                Ok(())
            }
            Statement::SwitchStatement(sw) => {
                let groups = switch_groups(sw).expect("checked by assigns_render_lets");
                self.render_switch(sw, &groups)
            }
            _ => unreachable!("checked by assigns_render_lets"),
        }
    }

    /// The markup of `e` where it is a value (a `const`, a `let`'s assignment).
    fn child_markup(&mut self, e: &Expression<'_>) -> Result<Vec<ViewNode>> {
        self.child_expr(e)
    }
}

/// The case groups of a `switch` whose cases end with `break` (or are the last): the tests
/// of cases that share statements (empty for a group with the default) and those statements
/// without the `break`. `None` for fallthrough into statements, or a `break` inside.
fn switch_groups<'s, 'a>(
    sw: &'s oxc_ast::ast::SwitchStatement<'a>,
) -> Option<Vec<(Vec<&'s Expression<'a>>, Vec<&'s Statement<'a>>)>> {
    let mut out = Vec::new();
    let mut tests: Vec<&Expression<'_>> = Vec::new();
    let mut default = false;
    let last = sw.cases.len().saturating_sub(1);
    for (i, case) in sw.cases.iter().enumerate() {
        match &case.test {
            Some(t) => tests.push(t),
            None => default = true,
        }
        if case.consequent.is_empty() {
            if i == last {
                out.push((
                    if default {
                        Vec::new()
                    } else {
                        std::mem::take(&mut tests)
                    },
                    Vec::new(),
                ));
            }
            continue;
        }
        let (body, ends_with_break) = match case.consequent.split_last() {
            Some((Statement::BreakStatement(b), rest)) if b.label.is_none() => (rest, true),
            _ => (case.consequent.as_slice(), false),
        };
        if !ends_with_break && i != last {
            return None;
        }
        if body
            .iter()
            .any(|s| matches!(s, Statement::BreakStatement(_)))
        {
            return None;
        }
        let group_tests = if default {
            Vec::new()
        } else {
            std::mem::take(&mut tests)
        };
        tests.clear();
        default = false;
        out.push((group_tests, body.iter().collect()));
    }
    Some(out)
}

/// The value of a render-time `let` after `if (test) { a } else { b }`.
fn merge(
    test: &Expr,
    a: &RenderValue,
    b: &RenderValue,
    name: &str,
    span: Span,
) -> Result<RenderValue> {
    use RenderValue::*;
    let markup = |v: &RenderValue| match v {
        Unassigned => Some(Rc::new(Vec::new())),
        Markup(m) => Some(m.clone()),
        Value(_) => None,
    };
    Ok(match (a, b) {
        (Unassigned, Unassigned) => Unassigned,
        (Value(x), Value(y)) => {
            if same(x, y) {
                Value(x.clone())
            } else {
                Value(Expr::new(
                    ExprKind::Cond(
                        Box::new(test.clone()),
                        Box::new(x.clone()),
                        Box::new(y.clone()),
                    ),
                    span,
                ))
            }
        }
        // `let part; if (tea) part = "leaf";`: `undefined` where no branch assigned it (a
        // value of type `T | undefined`, rendered as nothing).
        (Unassigned, Value(y)) | (Value(y), Unassigned) => {
            let undefined = Expr::new(ExprKind::Undefined, span);
            let (x, y) = if matches!(a, Unassigned) {
                (undefined, y.clone())
            } else {
                (y.clone(), undefined)
            };
            Value(Expr::new(
                ExprKind::Cond(Box::new(test.clone()), Box::new(x), Box::new(y)),
                span,
            ))
        }
        // `let content = name; if (packed) content = <del>{name}</del>;`: the value renders
        // as `{name}` does, so the `let` is markup.
        (Value(x), Markup(m)) | (Markup(m), Value(x)) => {
            let value = Rc::new(vec![ViewNode::Dynamic(x.clone())]);
            let (then, otherwise) = if matches!(a, Value(_)) {
                (value, m.clone())
            } else {
                (m.clone(), value)
            };
            Markup(Rc::new(super::reconcile::arms(
                test,
                then.as_ref().clone(),
                otherwise.as_ref().clone(),
                then.len() > 1 || otherwise.len() > 1,
                span,
            )))
        }
        (a, b) => match (markup(a), markup(b)) {
            // React reconciles what the variable renders at its place: an element of the
            // same type is kept (its focus), two fragments' children are matched by position.
            (Some(then), Some(otherwise)) => Markup(Rc::new(super::reconcile::arms(
                test,
                then.as_ref().clone(),
                otherwise.as_ref().clone(),
                then.len() > 1 || otherwise.len() > 1,
                span,
            ))),
            _ => {
                return Err(Diagnostic::new(
                    Code::UnsupportedExpression,
                    span,
                    format!("`{name}` may be left without a value here (`undefined` is not supported as a value yet)"),
                )
                .with_hint(format!("give `{name}` a value in every branch, or an initial value")));
            }
        },
    })
}

/// Whether two value expressions are the same node (an `if` left the `let` alone).
fn same(a: &Expr, b: &Expr) -> bool {
    a.span == b.span && std::mem::discriminant(&a.kind) == std::mem::discriminant(&b.kind)
}

/// Early returns: `if (test) return a;` before the component's last `return b;` renders as
/// `test ? a : b`. Returns the `if`'s test and returned expression when `stmt` is one.
pub(crate) fn early_return<'s, 'a>(
    stmt: &'s Statement<'a>,
) -> Option<(&'s Expression<'a>, Option<&'s Expression<'a>>, Span)> {
    let Statement::IfStatement(i) = stmt else {
        return None;
    };
    if i.alternate.is_some() {
        return None;
    }
    let ret = match &i.consequent {
        Statement::ReturnStatement(r) => r,
        Statement::BlockStatement(b) => match b.body.as_slice() {
            [Statement::ReturnStatement(r)] => r,
            _ => return None,
        },
        _ => return None,
    };
    Some((&i.test, ret.argument.as_ref(), i.span()))
}

/// The element type at the root of a component's returned markup (`div`, `Form`, `<>` for a
/// fragment), or `None` for `null` and anything else.
pub(crate) fn root_type(e: Option<&Expression<'_>>) -> Option<String> {
    match e?.without_parentheses() {
        Expression::JSXElement(el) => Some(match &el.opening_element.name {
            oxc_ast::ast::JSXElementName::Identifier(id) => id.name.to_string(),
            oxc_ast::ast::JSXElementName::IdentifierReference(id) => id.name.to_string(),
            // `<Foo.Bar>`, `<a:b>`: compared by where they are written is too strict; by kind.
            oxc_ast::ast::JSXElementName::MemberExpression(m) => format!(".{}", m.property.name),
            oxc_ast::ast::JSXElementName::NamespacedName(n) => {
                format!("{}:{}", n.namespace.name, n.name.name)
            }
            oxc_ast::ast::JSXElementName::ThisExpression(_) => "this".into(),
        }),
        Expression::JSXFragment(_) => Some("<>".into()),
        _ => None,
    }
}
