//! Handlers: functions that run on events. Their statements become IR statements that
//! change state; everything else a handler may do is rejected with a coded diagnostic.

use std::rc::Rc;

use oxc_ast::ast::{
    Argument, AssignmentTarget, Expression, FormalParameters, Function, SimpleAssignmentTarget,
    Statement, VariableDeclarationKind,
};
use oxc_span::{GetSpan, Span};
use oxc_syntax::operator::{AssignmentOperator, UpdateOperator};

use super::component::{Body, Cx, arrow_parts, function_parts};
use super::scope::Name;
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{BinaryOp, Expr, ExprKind, Handler, HandlerRef, LocalId, Stmt};
use crate::source::Flavour;

impl Cx<'_> {
    /// A function value: an inline function, a named one, or a callback prop.
    pub fn handler_ref(&mut self, e: &Expression<'_>) -> Result<HandlerRef> {
        let span = e.span();
        match e.without_parentheses() {
            Expression::ArrowFunctionExpression(a) => {
                if a.r#async {
                    return Err(Diagnostic::new(
                        Code::HandlerStatement,
                        span,
                        "async handlers are not supported yet",
                    ));
                }
                let (params, body) = arrow_parts(a);
                Ok(HandlerRef::Inline(self.handler(params, body, span)?))
            }
            Expression::FunctionExpression(f) => self.handler_from_function(f),
            Expression::Identifier(id) => match self.scope.get(&id.name) {
                Some(Name::Function(h)) => Ok(h.clone()),
                Some(Name::Prop(p)) => Ok(HandlerRef::Prop(*p, span)),
                Some(Name::Setter(_)) => Err(Diagnostic::new(
                    Code::HandlerNotFunction,
                    span,
                    format!("`{}` would receive the event object", id.name),
                )
                .with_hint(format!("wrap it: `() => {}(…)`", id.name))),
                None => Err(Diagnostic::new(
                    Code::UnknownIdentifier,
                    span,
                    format!("unknown identifier `{}`", id.name),
                )),
                Some(_) => Err(Diagnostic::new(
                    Code::HandlerNotFunction,
                    span,
                    format!("`{}` is not a function", id.name),
                )),
            },
            Expression::StaticMemberExpression(m) => match &m.object {
                Expression::Identifier(obj)
                    if matches!(self.scope.get(&obj.name), Some(Name::PropsObject)) =>
                {
                    Ok(HandlerRef::Prop(self.prop_id(&m.property.name, span), span))
                }
                _ => Err(Diagnostic::new(
                    Code::HandlerNotFunction,
                    span,
                    "this is not a function",
                )),
            },
            _ => Err(Diagnostic::new(
                Code::HandlerNotFunction,
                span,
                "this is not a function",
            )),
        }
    }

    /// A named or anonymous `function` used as a handler.
    pub fn handler_from_function(&mut self, f: &Function<'_>) -> Result<HandlerRef> {
        if f.r#async || f.generator {
            return Err(Diagnostic::new(
                Code::HandlerStatement,
                f.span,
                "async and generator handlers are not supported yet",
            ));
        }
        let (params, body) = function_parts(f);
        Ok(HandlerRef::Inline(self.handler(params, body, f.span)?))
    }

    fn handler(
        &mut self,
        params: &FormalParameters<'_>,
        body: Body<'_, '_>,
        span: Span,
    ) -> Result<Rc<Handler>> {
        let outer = self.handler_locals.replace(0);
        self.scope.push();
        let result = self.handler_inner(params, body, span);
        self.scope.pop();
        let locals = std::mem::replace(&mut self.handler_locals, outer).unwrap_or(0);
        let (params, body) = result?;
        Ok(Rc::new(Handler {
            params,
            locals,
            body,
            span,
        }))
    }

    fn handler_inner(
        &mut self,
        params: &FormalParameters<'_>,
        body: Body<'_, '_>,
        span: Span,
    ) -> Result<(usize, Vec<Stmt>)> {
        if let Some(rest) = &params.rest {
            return Err(Diagnostic::new(
                Code::HandlerStatement,
                rest.span,
                "rest parameters are not supported",
            ));
        }
        for p in &params.items {
            let Some(id) = p.pattern.get_binding_identifier() else {
                return Err(Diagnostic::new(
                    Code::HandlerStatement,
                    p.span,
                    "destructured parameters are not supported yet",
                ));
            };
            let local = self.new_local();
            self.scope.bind(&id.name, Name::Local(local));
        }
        let mut out = Vec::new();
        match body {
            Body::Expr(e) => self.expr_stmt(e, &mut out)?,
            Body::Block(stmts) => self.stmts(stmts, &mut out)?,
        }
        let _ = span;
        Ok((params.items.len(), out))
    }

    fn new_local(&mut self) -> LocalId {
        let n = self.handler_locals.get_or_insert(0);
        *n += 1;
        *n - 1
    }

    fn stmts(&mut self, stmts: &[Statement<'_>], out: &mut Vec<Stmt>) -> Result<()> {
        for (i, s) in stmts.iter().enumerate() {
            match s {
                Statement::ExpressionStatement(e) => self.expr_stmt(&e.expression, out)?,
                Statement::VariableDeclaration(v) => {
                    for d in &v.declarations {
                        let Some(id) = d.id.get_binding_identifier() else {
                            return Err(Diagnostic::new(
                                Code::HandlerStatement,
                                d.id.span(),
                                "destructuring is not supported in handlers yet",
                            ));
                        };
                        let Some(init) = &d.init else {
                            return Err(Diagnostic::new(
                                Code::HandlerStatement,
                                d.span,
                                "declare handler values with an initial value",
                            ));
                        };
                        if v.kind != VariableDeclarationKind::Const {
                            return Err(Diagnostic::new(
                                Code::HandlerStatement,
                                d.span,
                                "use `const` for values inside handlers",
                            ));
                        }
                        let meaning = match init.without_parentheses() {
                            Expression::ArrowFunctionExpression(_)
                            | Expression::FunctionExpression(_) => {
                                Name::Function(self.handler_ref(init)?)
                            }
                            _ => {
                                let value = self.expr(init)?;
                                let local = self.new_local();
                                out.push(Stmt::Let { local, value });
                                Name::Local(local)
                            }
                        };
                        self.scope.bind(&id.name, meaning);
                    }
                }
                Statement::IfStatement(s) => {
                    let test = self.expr(&s.test)?;
                    let mut then = Vec::new();
                    self.nested(std::slice::from_ref(&s.consequent), &mut then)?;
                    let mut otherwise = Vec::new();
                    if let Some(alt) = &s.alternate {
                        self.nested(std::slice::from_ref(alt), &mut otherwise)?;
                    }
                    out.push(Stmt::If {
                        test,
                        then,
                        otherwise,
                    });
                }
                Statement::BlockStatement(b) => self.nested(&b.body, out)?,
                Statement::EmptyStatement(_) => {}
                Statement::ReturnStatement(r) if r.argument.is_none() && i + 1 == stmts.len() => {}
                other => {
                    return Err(Diagnostic::new(
                        Code::HandlerStatement,
                        other.span(),
                        "this statement is not supported in handlers yet",
                    ));
                }
            }
        }
        Ok(())
    }

    fn nested(&mut self, stmts: &[Statement<'_>], out: &mut Vec<Stmt>) -> Result<()> {
        self.scope.push();
        let r = self.stmts(stmts, out);
        self.scope.pop();
        r
    }

    fn expr_stmt(&mut self, e: &Expression<'_>, out: &mut Vec<Stmt>) -> Result<()> {
        let span = e.span();
        match e.without_parentheses() {
            Expression::CallExpression(call) => self.call_stmt(&call.callee, &call.arguments, span, out),
            Expression::AssignmentExpression(a) => {
                let state = self.assigned_state(assignment_name(&a.left), a.left.span())?;
                let value = self.expr(&a.right)?;
                let op = match a.operator {
                    AssignmentOperator::Assign => None,
                    AssignmentOperator::Addition => Some(BinaryOp::Add),
                    AssignmentOperator::Subtraction => Some(BinaryOp::Sub),
                    AssignmentOperator::Multiplication => Some(BinaryOp::Mul),
                    AssignmentOperator::Division => Some(BinaryOp::Div),
                    AssignmentOperator::Remainder => Some(BinaryOp::Rem),
                    other => {
                        return Err(Diagnostic::new(Code::UnsupportedOperator, span, format!("operator `{}` is not supported yet", other.as_str())));
                    }
                };
                let value = match op {
                    None => value,
                    Some(op) => read_modify(state, a.left.span(), op, value, span),
                };
                out.push(Stmt::SetState { state, value, span });
                Ok(())
            }
            Expression::UpdateExpression(u) => {
                let name = match &u.argument {
                    SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => Some(id.name.as_str()),
                    _ => None,
                };
                let state = self.assigned_state(name, u.argument.span())?;
                let op = if u.operator == UpdateOperator::Increment { BinaryOp::Add } else { BinaryOp::Sub };
                let one = Expr::new(ExprKind::Num(1.0), span);
                out.push(Stmt::SetState { state, value: read_modify(state, u.argument.span(), op, one, span), span });
                Ok(())
            }
            Expression::LogicalExpression(l) if l.operator == oxc_syntax::operator::LogicalOperator::And => {
                let test = self.expr(&l.left)?;
                let mut then = Vec::new();
                self.expr_stmt(&l.right, &mut then)?;
                out.push(Stmt::If { test, then, otherwise: Vec::new() });
                Ok(())
            }
            Expression::ConditionalExpression(c) => {
                let test = self.expr(&c.test)?;
                let (mut then, mut otherwise) = (Vec::new(), Vec::new());
                self.expr_stmt(&c.consequent, &mut then)?;
                self.expr_stmt(&c.alternate, &mut otherwise)?;
                out.push(Stmt::If { test, then, otherwise });
                Ok(())
            }
            _ => Err(Diagnostic::new(Code::HandlerStatement, span, "this expression has no effect in a handler")
                .with_hint("handlers may call setters, assign state (.dx), call other handlers and use if/else")),
        }
    }

    fn call_stmt(
        &mut self,
        callee: &Expression<'_>,
        args: &[Argument<'_>],
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Result<()> {
        let exprs = |cx: &mut Self| -> Result<Vec<Expr>> {
            args.iter()
                .map(|a| match a.as_expression() {
                    Some(e) => cx.expr(e),
                    None => Err(Diagnostic::new(
                        Code::UnsupportedCall,
                        a.span(),
                        "spread arguments are not supported",
                    )),
                })
                .collect()
        };
        match callee.without_parentheses() {
            Expression::Identifier(id) => match self.scope.get(&id.name).cloned() {
                Some(Name::Setter(state)) => {
                    let [arg] = args else {
                        return Err(Diagnostic::new(
                            Code::UnsupportedCall,
                            span,
                            format!("`{}` takes one argument", id.name),
                        ));
                    };
                    match arg.as_expression().map(Expression::without_parentheses) {
                        Some(Expression::ArrowFunctionExpression(updater)) => {
                            let (params, body) = arrow_parts(updater);
                            let (Body::Expr(body), [param]) = (body, params.items.as_slice())
                            else {
                                return Err(Diagnostic::new(
                                    Code::UnsupportedCall,
                                    updater.span,
                                    "an updater is `prev => newValue`",
                                ));
                            };
                            let Some(name) = param.pattern.get_binding_identifier() else {
                                return Err(Diagnostic::new(
                                    Code::UnsupportedCall,
                                    param.span,
                                    "an updater is `prev => newValue`",
                                ));
                            };
                            let local = self.new_local();
                            self.scope.push();
                            self.scope.bind(&name.name, Name::Local(local));
                            let value = self.expr(body);
                            self.scope.pop();
                            out.push(Stmt::UpdateState {
                                state,
                                local,
                                value: value?,
                                span,
                            });
                        }
                        _ => {
                            let value = exprs(self)?.remove(0);
                            out.push(Stmt::SetState { state, value, span });
                        }
                    }
                    Ok(())
                }
                Some(Name::Function(callee)) => {
                    out.push(Stmt::Call {
                        callee,
                        args: exprs(self)?,
                        span,
                    });
                    Ok(())
                }
                Some(Name::Prop(p)) => {
                    out.push(Stmt::Call {
                        callee: HandlerRef::Prop(p, span),
                        args: exprs(self)?,
                        span,
                    });
                    Ok(())
                }
                None if !self.module.components.contains_key(id.name.as_str()) => {
                    Err(Diagnostic::new(
                        Code::UnknownIdentifier,
                        id.span,
                        format!("unknown identifier `{}`", id.name),
                    ))
                }
                _ => Err(Diagnostic::new(
                    Code::UnsupportedCall,
                    id.span,
                    format!("`{}` cannot be called", id.name),
                )),
            },
            Expression::StaticMemberExpression(m) => {
                if let Expression::Identifier(obj) = &m.object {
                    match self.scope.get(&obj.name) {
                        Some(Name::Local(local))
                            if m.property.name == "preventDefault" && args.is_empty() =>
                        {
                            out.push(Stmt::PreventDefault {
                                local: *local,
                                span,
                            });
                            return Ok(());
                        }
                        Some(Name::PropsObject) => {
                            let prop = self.prop_id(&m.property.name, m.span);
                            out.push(Stmt::Call {
                                callee: HandlerRef::Prop(prop, m.span),
                                args: exprs(self)?,
                                span,
                            });
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                Err(Diagnostic::new(
                    Code::UnsupportedCall,
                    callee.span(),
                    "this call is not supported yet",
                ))
            }
            other => Err(Diagnostic::new(
                Code::UnsupportedCall,
                other.span(),
                "this call is not supported yet",
            )),
        }
    }

    /// The state that `name` assigns to, if assignment is allowed in this flavour.
    fn assigned_state(&mut self, name: Option<&str>, span: Span) -> Result<usize> {
        let meaning = name.and_then(|n| self.scope.get(n));
        match meaning {
            Some(Name::State(s)) if self.module.flavour == Flavour::Dx => Ok(*s),
            Some(Name::State(_)) => Err(Diagnostic::new(Code::AssignToNonState, span, "React state changes only through its setter")
                .with_hint("call the setter from `useState`, e.g. `setCount(count + 1)`, or use a .dx file where assignment is allowed")),
            _ => Err(Diagnostic::new(Code::AssignToNonState, span, format!("`{}` is not state", name.unwrap_or("this")))),
        }
    }
}

fn assignment_name<'x>(target: &'x AssignmentTarget<'_>) -> Option<&'x str> {
    match target {
        AssignmentTarget::AssignmentTargetIdentifier(id) => Some(id.name.as_str()),
        _ => None,
    }
}

/// `x op= v` → `x op v`, reading the live value of `x`.
fn read_modify(state: usize, target: Span, op: BinaryOp, value: Expr, span: Span) -> Expr {
    let current = Expr::new(ExprKind::State(state), target);
    Expr::new(
        ExprKind::Binary(op, Box::new(current), Box::new(value)),
        span,
    )
}
