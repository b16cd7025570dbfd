//! Handlers: functions that run on events. Their statements become IR statements that
//! change state; everything else a handler may do is rejected with a coded diagnostic.

use std::rc::Rc;

use oxc_ast::ast::{
    Argument, AssignmentTarget, Expression, ForStatementInit, ForStatementLeft, FormalParameters,
    Function, MemberExpression, SimpleAssignmentTarget, Statement, SwitchStatement, TSType,
    TSTypeAnnotation, VariableDeclaration, VariableDeclarationKind,
};
use oxc_span::{GetSpan, Span};
use oxc_syntax::operator::{AssignmentOperator, UpdateOperator};

use super::component::{Body, Cx, arrow_parts, function_parts};
use super::scope::Name;
use crate::builtins;
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{BinaryOp, Expr, ExprKind, Handler, HandlerRef, LocalId, LogicalOp, Stmt, Ty};
use crate::source::Flavour;

impl Cx<'_> {
    /// A function given to a component's prop: as [`Cx::handler_ref`], and also a state
    /// setter or a reducer's `dispatch` passed by name (`onPick={setPicked}`), which the
    /// child calls with the new value or the action.
    pub fn callback_ref(&mut self, e: &Expression<'_>) -> Result<HandlerRef> {
        let span = e.span();
        let forwarded = match e.without_parentheses() {
            Expression::Identifier(id) => match self.scope.get(&id.name) {
                Some(Name::Setter(state)) => Some((*state, None)),
                Some(Name::Dispatch { state, reducer }) => Some((*state, Some(*reducer))),
                _ => None,
            },
            _ => None,
        };
        let Some((state, reducer)) = forwarded else {
            return self.handler_ref(e);
        };
        Ok(self.forward_to_state(state, reducer, span))
    }

    /// `(value) => setX(value)` (or `(action) => dispatch(action)` with `reducer`), numbered as
    /// a function written here would be.
    pub(crate) fn forward_to_state(
        &mut self,
        state: crate::ir::StateId,
        reducer: Option<crate::ir::HelperId>,
        span: Span,
    ) -> HandlerRef {
        let outer = self.handler_locals;
        let first_local = outer.unwrap_or(0);
        self.handler_locals = Some(first_local);
        let param = self.new_local();
        let value = Expr::new(ExprKind::Local(param), span);
        let body = match reducer {
            None => Stmt::SetState { state, value, span },
            Some(helper) => {
                let local = self.new_local();
                let previous = Expr::new(ExprKind::Local(local), span);
                Stmt::UpdateState {
                    state,
                    local,
                    value: Expr::new(
                        ExprKind::Call {
                            helper,
                            args: vec![previous, value],
                        },
                        span,
                    ),
                    span,
                }
            }
        };
        let locals = self.handler_locals.unwrap_or(0);
        self.handler_locals = outer.map(|_| locals);
        HandlerRef::Inline(Rc::new(Handler {
            params: 1,
            first_local,
            param_types: vec![None],
            return_type: None,
            declared_void: true,
            locals,
            body: vec![body],
            span,
        }))
    }

    /// `(event) => f(event)` for a function value `f` (`e` evaluates to it when the handler
    /// runs, as it would have when the handler was made: render-time reads are snapshots).
    fn calls_value(&mut self, e: &Expression<'_>) -> Result<HandlerRef> {
        let span = e.span();
        let outer = self.handler_locals;
        let first_local = outer.unwrap_or(0);
        self.handler_locals = Some(first_local);
        let event = self.new_local();
        let callee = self.expr(e);
        let locals = self.handler_locals.unwrap_or(0);
        self.handler_locals = outer.map(|_| locals);
        let value = Expr::new(
            ExprKind::CallValue {
                callee: Box::new(callee?),
                args: vec![Expr::new(ExprKind::Local(event), span)],
            },
            span,
        );
        Ok(HandlerRef::Inline(Rc::new(Handler {
            params: 1,
            first_local,
            param_types: vec![None],
            return_type: None,
            declared_void: true,
            locals,
            body: vec![Stmt::Eval { value }],
            span,
        })))
    }

    /// A function written where a value is expected (`{ add: (a, b) => a + b }`): its
    /// expression body is its result, unless it is an action (`() => setZoom(…)`).
    pub(crate) fn function_value(&mut self, e: &Expression<'_>) -> Result<Expr> {
        let outer = std::mem::replace(&mut self.expr_body_returns, true);
        let h = self.handler_ref(e);
        self.expr_body_returns = outer;
        Ok(Expr::new(ExprKind::Function(h?), e.span()))
    }

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
                Ok(HandlerRef::Inline(self.handler(
                    params,
                    body,
                    a.return_type.as_deref(),
                    span,
                )?))
            }
            Expression::FunctionExpression(f) => self.handler_from_function(f),
            Expression::Identifier(id) => match self.scope.get(&id.name) {
                Some(Name::Function(h)) => Ok(h.clone()),
                Some(Name::Prop(p)) => Ok(HandlerRef::Prop(*p, span)),
                // A function value in a variable, a list row or state.
                Some(Name::Local(_) | Name::Derived(_) | Name::RowItem(_) | Name::State(_)) => {
                    self.calls_value(e)
                }
                Some(Name::Setter(_)) => Err(Diagnostic::new(
                    Code::HandlerNotFunction,
                    span,
                    format!("`{}` would receive the event object", id.name),
                )
                .with_hint(format!("wrap it: `() => {}(…)`", id.name))),
                // A module-level function used as a value (`onClick={reset}`, or
                // `applyTax(0.2)` where `applyTax` returns a function).
                None if let Some(&helper) = self.module.helpers.get(id.name.as_str()) => {
                    Ok(HandlerRef::Helper(helper, span))
                }
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
            // A function value (`onClick={shortcuts[key]}`): a handler that calls it.
            Expression::ComputedMemberExpression(_) => self.calls_value(e),
            // `handleSize("S")`: the function that `handleSize` returns.
            Expression::CallExpression(call) => {
                let factory = self.handler_ref(&call.callee)?;
                let args = self.arguments(&call.arguments)?;
                Ok(HandlerRef::Applied {
                    factory: Box::new(factory),
                    args,
                    span,
                })
            }
            Expression::StaticMemberExpression(m) => match &m.object {
                Expression::Identifier(obj)
                    if matches!(self.scope.get(&obj.name), Some(Name::PropsObject)) =>
                {
                    Ok(HandlerRef::Prop(self.prop_id(&m.property.name, span), span))
                }
                // `actions.toggle` where `actions` is an object of functions written in place
                // (`const [on, actions] = useToggle()` returning `[on, { toggle, … }]`).
                Expression::Identifier(obj)
                    if let Some(Name::Derived(value)) = self.scope.get(&obj.name)
                        && let ExprKind::Object(fields) = &value.kind
                        && fields.iter().all(|(k, _)| k.is_some())
                        && let Some((_, field)) = fields
                            .iter()
                            .rev()
                            .find(|(k, _)| k.as_deref() == Some(m.property.name.as_str()))
                        && let ExprKind::Function(h) = &field.kind =>
                {
                    Ok(h.clone())
                }
                // A function value in a field of a record (`handlers.save`).
                Expression::Identifier(obj)
                    if matches!(
                        self.scope.get(&obj.name),
                        Some(Name::Local(_) | Name::Derived(_) | Name::RowItem(_) | Name::State(_))
                    ) =>
                {
                    self.calls_value(e)
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
        Ok(HandlerRef::Inline(self.handler(
            params,
            body,
            f.return_type.as_deref(),
            f.span,
        )?))
    }

    pub(crate) fn handler(
        &mut self,
        params: &FormalParameters<'_>,
        body: Body<'_, '_>,
        return_type: Option<&TSTypeAnnotation<'_>>,
        span: Span,
    ) -> Result<Rc<Handler>> {
        // Inside another function the inner one continues its locals' numbering, so what it
        // reads of the outer function (a closure) keeps its meaning where it is inlined.
        let outer = self.handler_locals;
        let first_local = outer.unwrap_or(0);
        self.handler_locals = Some(first_local);
        let outer_mutable = match outer {
            Some(_) => self.mutable_locals.clone(),
            None => std::mem::take(&mut self.mutable_locals),
        };
        // A function's body starts outside any loop: `break` cannot leave the caller's.
        let outer_jumps = (
            std::mem::take(&mut self.loops),
            std::mem::take(&mut self.switches),
        );
        // Only this function's own body is an effect's (nested functions compute values).
        let acts = std::mem::replace(&mut self.expr_body_acts, false);
        self.scope.push();
        let result = self.handler_inner(params, body, span, acts);
        self.scope.pop();
        (self.loops, self.switches) = outer_jumps;
        self.mutable_locals = outer_mutable;
        let locals = self.handler_locals.unwrap_or(0);
        self.handler_locals = outer.map(|_| locals);
        let (param_types, body) = result?;
        Ok(Rc::new(Handler {
            params: param_types.len(),
            first_local,
            param_types,
            return_type: self.annotation(return_type)?,
            declared_void: return_type
                .is_some_and(|t| matches!(t.type_annotation, TSType::TSVoidKeyword(_))),
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
        acts: bool,
    ) -> Result<(Vec<Option<Ty>>, Vec<Stmt>)> {
        if let Some(rest) = &params.rest {
            return Err(Diagnostic::new(
                Code::HandlerStatement,
                rest.span,
                "rest parameters are not supported",
            ));
        }
        // Parameters are the first locals; a destructured one is read into its names at the
        // start of the body.
        let mut destructured = Vec::new();
        for p in &params.items {
            let local = self.new_local();
            self.mutable_locals.push(local);
            match &p.pattern {
                // `x = 5`: the default is applied at the start of the body (below).
                oxc_ast::ast::BindingPattern::BindingIdentifier(_) if p.initializer.is_some() => {
                    destructured.push((&p.pattern, local, p.span, p.initializer.as_deref()))
                }
                oxc_ast::ast::BindingPattern::BindingIdentifier(id) => {
                    self.scope.bind(&id.name, Name::Local(local));
                }
                pattern => destructured.push((pattern, local, p.span, p.initializer.as_deref())),
            }
        }
        let param_types = params
            .items
            .iter()
            .map(|p| self.annotation(p.type_annotation.as_deref()))
            .collect::<Result<Vec<_>>>()?;
        let mut out = Vec::new();
        for (pattern, local, span, default) in destructured {
            let mut value = Expr::new(ExprKind::Local(local), span);
            // A parameter's default replaces `undefined` (not `null`); it may read the
            // parameters before it.
            if let Some(default) = default {
                let default = self.expr(default)?;
                value = Expr::new(
                    ExprKind::DefaultIfUndefined(Box::new(value), Box::new(default)),
                    span,
                );
            }
            self.bind_pattern(pattern, value, true, &mut out)?;
        }
        match body {
            // A module-level function's expression body is its result; a handler's is an action.
            // `(s) => () => setSize(s)`: a function that makes a function.
            Body::Expr(e)
                if matches!(
                    e.without_parentheses(),
                    Expression::ArrowFunctionExpression(_) | Expression::FunctionExpression(_)
                ) =>
            {
                let made = self.handler_ref(e)?;
                out.push(Stmt::ReturnCleanup {
                    cleanup: made,
                    span: e.span(),
                });
            }
            // A function whose body is a value (`(t) => unit === "C" ? `${t}°` : …`) returns
            // it; one whose body is an action (`() => setOpen(true)`) does it.
            Body::Expr(e)
                if (self.expr_body_returns || (!acts && self.is_value_expression(e)))
                    && !is_console_log(e)
                    && !self.is_state_change(e) =>
            {
                out.push(Stmt::Return {
                    value: Some(self.expr(e)?),
                    span: e.span(),
                });
            }
            Body::Expr(e) => self.expr_stmt(e, &mut out)?,
            Body::Block(stmts) => self.stmts(stmts, &mut out)?,
        }
        let _ = span;
        Ok((param_types, out))
    }

    /// Whether `e` only computes a value: no assignment, and no call that may act (a setter,
    /// `dispatch`, a callback prop, a function of the component, a method of `console`,
    /// `window`, `document`, storage or a ref). Such an arrow body is the function's result.
    pub(crate) fn is_value_expression(&self, e: &Expression<'_>) -> bool {
        use oxc_ast::ast::Expression as E;
        match e.without_parentheses() {
            E::AssignmentExpression(_) | E::UpdateExpression(_) => false,
            E::UnaryExpression(u) => {
                u.operator != oxc_syntax::operator::UnaryOperator::Delete
                    && self.is_value_expression(&u.argument)
            }
            E::CallExpression(call) => {
                let callee_ok = match call.callee.without_parentheses() {
                    E::Identifier(id) => match self.scope.get(&id.name) {
                        None => {
                            self.module.helpers.contains_key(id.name.as_str())
                                || matches!(
                                    id.name.as_str(),
                                    "String"
                                        | "Number"
                                        | "Boolean"
                                        | "parseInt"
                                        | "parseFloat"
                                        | "isNaN"
                                        | "isFinite"
                                )
                        }
                        _ => false,
                    },
                    E::StaticMemberExpression(m) => {
                        let acting_object = match m.object.without_parentheses() {
                            E::Identifier(o) => {
                                matches!(
                                    o.name.as_str(),
                                    "console"
                                        | "window"
                                        | "document"
                                        | "localStorage"
                                        | "sessionStorage"
                                        | "history"
                                        | "navigator"
                                ) || matches!(self.scope.get(&o.name), Some(Name::Ref(_)))
                            }
                            E::StaticMemberExpression(inner) => inner.property.name == "current",
                            _ => false,
                        };
                        // Methods that change their object or the page.
                        let acting_method = matches!(
                            m.property.name.as_str(),
                            "push"
                                | "pop"
                                | "shift"
                                | "unshift"
                                | "splice"
                                | "sort"
                                | "reverse"
                                | "fill"
                                | "copyWithin"
                                | "set"
                                | "delete"
                                | "add"
                                | "clear"
                                | "preventDefault"
                                | "stopPropagation"
                                | "focus"
                                | "blur"
                                | "click"
                                | "select"
                                | "scrollIntoView"
                                | "scrollTo"
                                | "play"
                                | "pause"
                                | "submit"
                                | "reset"
                                | "setItem"
                                | "removeItem"
                                | "assign"
                                | "showModal"
                                | "close"
                                | "remove"
                                | "append"
                        );
                        !acting_object && !acting_method && self.is_value_expression(&m.object)
                    }
                    _ => false,
                };
                callee_ok
                    && call.arguments.iter().all(|a| {
                        a.as_expression()
                            .is_none_or(|x| self.is_value_expression(x))
                    })
            }
            E::ConditionalExpression(c) => {
                self.is_value_expression(&c.test)
                    && self.is_value_expression(&c.consequent)
                    && self.is_value_expression(&c.alternate)
            }
            E::LogicalExpression(l) => {
                self.is_value_expression(&l.left) && self.is_value_expression(&l.right)
            }
            E::BinaryExpression(b) => {
                self.is_value_expression(&b.left) && self.is_value_expression(&b.right)
            }
            E::TemplateLiteral(t) => t.expressions.iter().all(|x| self.is_value_expression(x)),
            E::StaticMemberExpression(m) => self.is_value_expression(&m.object),
            E::ComputedMemberExpression(m) => {
                self.is_value_expression(&m.object) && self.is_value_expression(&m.expression)
            }
            E::ArrayExpression(a) => a.elements.iter().all(|el| {
                el.as_expression()
                    .is_none_or(|x| self.is_value_expression(x))
            }),
            E::ObjectExpression(_) => true,
            E::JSXElement(_) | E::JSXFragment(_) => false,
            E::SequenceExpression(_) | E::AwaitExpression(_) | E::YieldExpression(_) => false,
            _ => true,
        }
    }

    /// Whether `e` calls a state setter or `dispatch` (an action, not a value).
    fn is_state_change(&self, e: &Expression<'_>) -> bool {
        matches!(e.without_parentheses(), Expression::CallExpression(call)
            if matches!(call.callee.without_parentheses(), Expression::Identifier(id)
                if matches!(self.scope.get(&id.name), Some(Name::Setter(_) | Name::Dispatch { .. }))))
    }

    pub(crate) fn new_local(&mut self) -> LocalId {
        let n = self.handler_locals.get_or_insert(0);
        *n += 1;
        *n - 1
    }

    fn stmts(&mut self, stmts: &[Statement<'_>], out: &mut Vec<Stmt>) -> Result<()> {
        for (i, s) in stmts.iter().enumerate() {
            self.statement(s, out, i + 1 == stmts.len())?;
        }
        Ok(())
    }

    /// One statement of a handler, function or program.
    pub(crate) fn statement(
        &mut self,
        s: &Statement<'_>,
        out: &mut Vec<Stmt>,
        last: bool,
    ) -> Result<()> {
        match s {
            Statement::ExpressionStatement(e) => self.expr_stmt(&e.expression, out)?,
            Statement::VariableDeclaration(v) => self.local_declaration(v, out)?,
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
            Statement::WhileStatement(w) => {
                let test = self.expr(&w.test)?;
                let mut body = Vec::new();
                self.loop_body(std::slice::from_ref(&w.body), &mut body)?;
                out.push(Stmt::Loop {
                    test: Some(test),
                    body,
                    update: Vec::new(),
                    test_at_end: false,
                });
            }
            Statement::DoWhileStatement(w) => {
                let mut body = Vec::new();
                self.loop_body(std::slice::from_ref(&w.body), &mut body)?;
                let test = self.expr(&w.test)?;
                out.push(Stmt::Loop {
                    test: Some(test),
                    body,
                    update: Vec::new(),
                    test_at_end: true,
                });
            }
            Statement::ForStatement(f) => {
                self.scope.push();
                let result = (|| {
                    match &f.init {
                        None => {}
                        Some(ForStatementInit::VariableDeclaration(v)) => {
                            self.local_declaration(v, out)?
                        }
                        Some(init) => match init.as_expression() {
                            Some(e) => self.expr_stmt(e, out)?,
                            None => {
                                return Err(Diagnostic::new(
                                    Code::HandlerStatement,
                                    init.span(),
                                    "unsupported loop start",
                                ));
                            }
                        },
                    }
                    let test = f.test.as_ref().map(|t| self.expr(t)).transpose()?;
                    let mut update = Vec::new();
                    if let Some(u) = &f.update {
                        self.expr_stmt(u, &mut update)?;
                    }
                    let mut body = Vec::new();
                    self.loop_body(std::slice::from_ref(&f.body), &mut body)?;
                    out.push(Stmt::Loop {
                        test,
                        body,
                        update,
                        test_at_end: false,
                    });
                    Ok(())
                })();
                self.scope.pop();
                result?;
            }
            Statement::ForOfStatement(f) => {
                let ForStatementLeft::VariableDeclaration(decl) = &f.left else {
                    return Err(Diagnostic::new(
                        Code::HandlerStatement,
                        f.left.span(),
                        "declare the loop variable: `for (const x of items)`",
                    ));
                };
                let [declarator] = decl.declarations.as_slice() else {
                    return Err(Diagnostic::new(
                        Code::HandlerStatement,
                        decl.span,
                        "declare one loop variable: `for (const x of items)`",
                    ));
                };
                let pattern = &declarator.id;
                if f.r#await {
                    return Err(Diagnostic::new(
                        Code::HandlerStatement,
                        f.span,
                        "`for await` is not supported",
                    ));
                }
                let array = self.expr(&f.right)?;
                self.scope.push();
                let local = self.new_local();
                let mutable = decl.kind != VariableDeclarationKind::Const;
                if mutable {
                    self.mutable_locals.push(local);
                }
                let mut body = Vec::new();
                // `for (const { id, name } of items)`: the element is read into its names first.
                let result = match pattern {
                    oxc_ast::ast::BindingPattern::BindingIdentifier(name) => {
                        self.scope.bind(&name.name, Name::Local(local));
                        Ok(())
                    }
                    pattern => {
                        let element = Expr::new(ExprKind::Local(local), pattern.span());
                        self.bind_pattern(pattern, element, mutable, &mut body)
                    }
                }
                .and_then(|()| self.loop_body(std::slice::from_ref(&f.body), &mut body));
                self.scope.pop();
                result?;
                out.push(Stmt::ForOf {
                    local,
                    array,
                    body,
                    span: f.span,
                });
            }
            Statement::BreakStatement(b) if b.label.is_none() => {
                if self.loops + self.switches == 0 {
                    return Err(Diagnostic::new(
                        Code::Syntax,
                        b.span,
                        "`break` outside a loop or `switch`",
                    ));
                }
                out.push(Stmt::Break { span: b.span })
            }
            Statement::ContinueStatement(c) if c.label.is_none() => {
                if self.loops == 0 {
                    return Err(Diagnostic::new(
                        Code::Syntax,
                        c.span,
                        "`continue` outside a loop",
                    ));
                }
                out.push(Stmt::Continue { span: c.span })
            }
            Statement::ReturnStatement(r)
                if r.argument.is_none() && last && !self.expr_body_returns => {}
            // `return () => clearInterval(id)`: an effect's cleanup (lowering refuses it
            // anywhere else).
            Statement::ReturnStatement(r)
                if r.argument
                    .as_ref()
                    .is_some_and(|a| super::jsx::is_function_value(self, a)) =>
            {
                let cleanup = self.handler_ref(r.argument.as_ref().expect("checked"))?;
                out.push(Stmt::ReturnCleanup {
                    cleanup,
                    span: r.span,
                });
            }
            Statement::ReturnStatement(r) => {
                let value = r.argument.as_ref().map(|a| self.expr(a)).transpose()?;
                out.push(Stmt::Return {
                    value,
                    span: r.span,
                });
            }
            Statement::SwitchStatement(sw) => self.switch(sw, out)?,
            // An error (a reducer's `default: throw Error("unknown action")`): the run stops
            // with a trap, as a JavaScript throw stops it; what was thrown is not kept.
            Statement::ThrowStatement(t) => out.push(Stmt::Throw { span: t.span }),
            Statement::FunctionDeclaration(f) => {
                let Some(id) = &f.id else {
                    return Err(Diagnostic::new(
                        Code::HandlerStatement,
                        f.span,
                        "functions need a name",
                    ));
                };
                let handler = self.handler_from_function(f)?;
                self.scope.bind(&id.name, Name::Function(handler));
            }
            other => {
                return Err(Diagnostic::new(
                    Code::HandlerStatement,
                    other.span(),
                    "this statement is not supported here yet",
                ));
            }
        }
        Ok(())
    }

    fn local_declaration(
        &mut self,
        v: &VariableDeclaration<'_>,
        out: &mut Vec<Stmt>,
    ) -> Result<()> {
        for d in &v.declarations {
            let oxc_ast::ast::BindingPattern::BindingIdentifier(id) = &d.id else {
                let Some(init) = &d.init else {
                    return Err(Diagnostic::new(
                        Code::HandlerStatement,
                        d.span,
                        "a destructuring declaration needs a value",
                    ));
                };
                let mutable = v.kind != VariableDeclarationKind::Const;
                // `const { name, value } = e.target`: each name reads that property of the
                // event's target.
                if let oxc_ast::ast::BindingPattern::ObjectPattern(o) = &d.id
                    && o.rest.is_none()
                    && let Expression::StaticMemberExpression(m) = init.without_parentheses()
                    && (matches!(m.property.name.as_str(), "target" | "currentTarget")
                        || m.property.name == "dataset"
                            && matches!(&m.object, Expression::StaticMemberExpression(t)
                                if matches!(t.property.name.as_str(), "target" | "currentTarget")))
                {
                    for p in &o.properties {
                        let Some(key) = p.key.static_name() else {
                            return Err(Diagnostic::new(
                                Code::HandlerStatement,
                                p.span,
                                "computed keys in destructuring are not supported yet",
                            ));
                        };
                        let read = self.event_target_read(init, &key, p.span)?;
                        self.bind_pattern(&p.value, read, mutable, out)?;
                    }
                    continue;
                }
                let ty = self.annotation(d.type_annotation.as_deref())?;
                let value = typed(ty, self.expr(init)?);
                self.bind_pattern(&d.id, value, mutable, out)?;
                continue;
            };
            let Some(init) = &d.init else {
                // `let x: number;` — the annotation gives the type; start from its zero value.
                let zero = self
                    .annotation(d.type_annotation.as_deref())?
                    .and_then(|ty| match ty {
                        Ty::Num => Some(ExprKind::Num(0.0)),
                        Ty::Str => Some(ExprKind::Str(String::new())),
                        Ty::Bool => Some(ExprKind::Bool(false)),
                        _ => None,
                    });
                let (Some(zero), false) = (zero, v.kind == VariableDeclarationKind::Const) else {
                    return Err(Diagnostic::new(
                        Code::HandlerStatement,
                        d.span,
                        "give the variable an initial value",
                    )
                    .with_hint("or declare its type: `let label: string;`"));
                };
                let local = self.new_local();
                out.push(Stmt::Let {
                    local,
                    value: Expr::new(zero, d.span),
                });
                self.mutable_locals.push(local);
                self.scope.bind(&id.name, Name::Local(local));
                continue;
            };
            let meaning = match init.without_parentheses() {
                Expression::ArrowFunctionExpression(_) | Expression::FunctionExpression(_)
                    if v.kind == VariableDeclarationKind::Const =>
                {
                    Name::Function(self.handler_ref(init)?)
                }
                _ => {
                    let ty = self.annotation(d.type_annotation.as_deref())?;
                    let value = self.expr(init)?;
                    let value = typed(ty, value);
                    let local = self.new_local();
                    out.push(Stmt::Let { local, value });
                    if v.kind != VariableDeclarationKind::Const {
                        self.mutable_locals.push(local);
                    }
                    Name::Local(local)
                }
            };
            if !self.scope.bind(&id.name, meaning) {
                return Err(Diagnostic::new(
                    Code::DuplicateName,
                    id.span,
                    format!("`{}` is declared twice in this block", id.name),
                ));
            }
        }
        Ok(())
    }

    /// `switch` as: find the first matching case (or `default`), then run the case bodies
    /// from there on (fall-through) inside a block that `break` leaves.
    fn switch(&mut self, sw: &SwitchStatement<'_>, out: &mut Vec<Stmt>) -> Result<()> {
        let span = sw.span;
        let disc = self.expr(&sw.discriminant)?;
        let d = self.new_local();
        out.push(Stmt::Let {
            local: d,
            value: disc,
        });
        let k = self.new_local();
        let num = |v: f64| Expr::new(ExprKind::Num(v), span);
        let default = sw
            .cases
            .iter()
            .position(|c| c.test.is_none())
            .map_or(-1.0, |i| i as f64);
        // Build `if (d === t0) k = 0; else if (d === t1) k = 1; … else k = default;` innermost first.
        out.push(Stmt::Let {
            local: k,
            value: num(-1.0),
        });
        let mut chain = vec![Stmt::Assign {
            local: k,
            value: num(default),
        }];
        for (i, case) in sw.cases.iter().enumerate().rev() {
            let Some(test) = &case.test else { continue };
            let test = self.expr(test)?;
            let eq = Expr::new(
                ExprKind::Binary(
                    BinaryOp::Eq,
                    Box::new(Expr::new(ExprKind::Local(d), span)),
                    Box::new(test),
                ),
                span,
            );
            chain = vec![Stmt::If {
                test: eq,
                then: vec![Stmt::Assign {
                    local: k,
                    value: num(i as f64),
                }],
                otherwise: chain,
            }];
        }
        out.extend(chain);
        self.scope.push();
        self.switches += 1;
        let mut body = Vec::new();
        let result = (|| {
            for (i, case) in sw.cases.iter().enumerate() {
                let mut stmts = Vec::new();
                for (j, s) in case.consequent.iter().enumerate() {
                    self.statement(s, &mut stmts, j + 1 == case.consequent.len())?;
                }
                let local_k = || Box::new(Expr::new(ExprKind::Local(k), span));
                let started = Expr::new(
                    ExprKind::Logical(
                        LogicalOp::And,
                        Box::new(Expr::new(
                            ExprKind::Binary(BinaryOp::Ge, local_k(), Box::new(num(0.0))),
                            span,
                        )),
                        Box::new(Expr::new(
                            ExprKind::Binary(BinaryOp::Le, local_k(), Box::new(num(i as f64))),
                            span,
                        )),
                    ),
                    span,
                );
                body.push(Stmt::If {
                    test: started,
                    then: stmts,
                    otherwise: Vec::new(),
                });
            }
            Ok(())
        })();
        self.switches -= 1;
        self.scope.pop();
        result?;
        out.push(Stmt::Breakable {
            body,
            exhaustive: default >= 0.0,
        });
        Ok(())
    }

    /// A loop's body: `break` and `continue` in it are the loop's.
    fn loop_body(&mut self, stmts: &[Statement<'_>], out: &mut Vec<Stmt>) -> Result<()> {
        self.loops += 1;
        let r = self.nested(stmts, out);
        self.loops -= 1;
        r
    }

    /// A nested block: a `return;` at its end still leaves the function, so it is kept
    /// (only the function body's own trailing `return;` is redundant).
    fn nested(&mut self, stmts: &[Statement<'_>], out: &mut Vec<Stmt>) -> Result<()> {
        self.scope.push();
        let r = stmts.iter().try_for_each(|s| self.statement(s, out, false));
        self.scope.pop();
        r
    }

    pub(crate) fn expr_stmt(&mut self, e: &Expression<'_>, out: &mut Vec<Stmt>) -> Result<()> {
        let span = e.span();
        match e.without_parentheses() {
            Expression::CallExpression(call) => self.call_stmt(&call.callee, &call.arguments, span, out),
            // `onChange?.(next)`, `inputRef.current?.focus()`.
            Expression::ChainExpression(c) => match &c.expression {
                oxc_ast::ast::ChainElement::CallExpression(call)
                    if call.optional
                        && let Expression::Identifier(id) = call.callee.without_parentheses()
                        && let Some(Name::Prop(prop)) = self.scope.get(&id.name).cloned() =>
                {
                    let args = self.function_arguments(&call.arguments)?;
                    out.push(Stmt::CallIfGiven { prop, args, span });
                    Ok(())
                }
                // A ref's element is there while its component is mounted, which is when its
                // handlers run: `?.` changes nothing there.
                oxc_ast::ast::ChainElement::CallExpression(call)
                    if !call.optional
                        && matches!(call.callee.without_parentheses(), Expression::StaticMemberExpression(m)
                            if m.property.name == "focus"
                                && matches!(&m.object, Expression::StaticMemberExpression(cur) if cur.property.name == "current")) =>
                {
                    self.call_stmt(&call.callee, &call.arguments, span, out)
                }
                _ => Err(Diagnostic::new(Code::HandlerStatement, span, "this optional call is not supported yet")),
            },
            // `x ??= v`, `x ||= v`, `x &&= v` as `x = x ?? v` (`||`, `&&`): `v` is evaluated
            // only when JavaScript would; the assignment of the value `x` already holds
            // changes nothing for data (dx has no setters).
            Expression::AssignmentExpression(a)
                if matches!(
                    a.operator,
                    AssignmentOperator::LogicalNullish | AssignmentOperator::LogicalOr | AssignmentOperator::LogicalAnd
                ) =>
            {
                let op = match a.operator {
                    AssignmentOperator::LogicalNullish => LogicalOp::Coalesce,
                    AssignmentOperator::LogicalOr => LogicalOp::Or,
                    _ => LogicalOp::And,
                };
                let rhs = self.expr(&a.right)?;
                let logical = |current: Expr| {
                    Expr::new(ExprKind::Logical(op, Box::new(current), Box::new(rhs)), span)
                };
                match a.left.as_member_expression() {
                    Some(member) => {
                        let current = self.member_target_read(member)?;
                        self.member_assign(member, None, logical(current), span, out)
                    }
                    None => {
                        let target = self.assign_target(assignment_name(&a.left), a.left.span())?;
                        let current = Expr::new(target.read(), a.left.span());
                        out.push(target.assign(logical(current), span));
                        Ok(())
                    }
                }
            }
            // `document.title = text`.
            Expression::AssignmentExpression(a)
                if a.operator == AssignmentOperator::Assign
                    && matches!(a.left.as_member_expression(), Some(m)
                        if m.static_property_name() == Some("title")
                            && matches!(m.object(), Expression::Identifier(id)
                                if id.name == "document" && self.scope.get("document").is_none())) =>
            {
                let value = self.expr(&a.right)?;
                let call = ExprKind::Builtin {
                    name: "document.title=".into(),
                    receiver: None,
                    args: vec![value],
                };
                out.push(Stmt::Eval {
                    value: Expr::new(call, span),
                });
                Ok(())
            }
            Expression::AssignmentExpression(a) if a.left.as_member_expression().is_some() => {
                let member = a.left.as_member_expression().expect("checked");
                let op = assignment_op(a.operator, span)?;
                let value = self.expr(&a.right)?;
                self.member_assign(member, op, value, span, out)
            }
            Expression::UpdateExpression(u) if u.argument.as_member_expression().is_some() => {
                let member = u.argument.as_member_expression().expect("checked");
                let op = if u.operator == UpdateOperator::Increment { BinaryOp::Add } else { BinaryOp::Sub };
                let one = Expr::new(ExprKind::Num(1.0), span);
                self.member_assign(member, Some(op), one, span, out)
            }
            Expression::AssignmentExpression(a) => {
                let target = self.assign_target(assignment_name(&a.left), a.left.span())?;
                let value = self.expr(&a.right)?;
                let op = assignment_op(a.operator, span)?;
                let value = match op {
                    None => value,
                    Some(op) => read_modify(target, a.left.span(), op, value, span),
                };
                out.push(target.assign(value, span));
                Ok(())
            }
            Expression::UpdateExpression(u) => {
                let name = match &u.argument {
                    SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => Some(id.name.as_str()),
                    _ => None,
                };
                let target = self.assign_target(name, u.argument.span())?;
                let op = if u.operator == UpdateOperator::Increment { BinaryOp::Add } else { BinaryOp::Sub };
                let one = Expr::new(ExprKind::Num(1.0), span);
                out.push(target.assign(read_modify(target, u.argument.span(), op, one, span), span));
                Ok(())
            }
            Expression::SequenceExpression(seq) => {
                for e in &seq.expressions {
                    self.expr_stmt(e, out)?;
                }
                Ok(())
            }
            Expression::LogicalExpression(l) if l.operator == oxc_syntax::operator::LogicalOperator::And => {
                let test = self.expr(&l.left)?;
                let mut then = Vec::new();
                self.expr_stmt(&l.right, &mut then)?;
                out.push(Stmt::If { test, then, otherwise: Vec::new() });
                Ok(())
            }
            Expression::LogicalExpression(l) if l.operator == oxc_syntax::operator::LogicalOperator::Or => {
                let test = self.expr(&l.left)?;
                let not = Expr::new(ExprKind::Unary(crate::ir::UnaryOp::Not, Box::new(test)), l.left.span());
                let mut then = Vec::new();
                self.expr_stmt(&l.right, &mut then)?;
                out.push(Stmt::If { test: not, then, otherwise: Vec::new() });
                Ok(())
            }
            // dx values are never null or undefined, so the right side of `??` never runs.
            Expression::LogicalExpression(l) if l.operator == oxc_syntax::operator::LogicalOperator::Coalesce => {
                self.expr_stmt(&l.left, out)
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
        let exprs = |cx: &mut Self| cx.arguments(args);
        if let Expression::StaticMemberExpression(m) = callee.without_parentheses()
            && m.property.name == "current"
            && let Expression::Identifier(id) = &m.object
            && let Some(Name::ValueRef(_)) = self.scope.get(&id.name)
        {
            let value = self.call_expr(callee, args, span)?;
            out.push(Stmt::Eval { value });
            return Ok(());
        }
        match callee.without_parentheses() {
            // `shortcuts[e.key]()`: a function value read with a computed key.
            Expression::ComputedMemberExpression(_) => {
                let value = self.call_expr(callee, args, span)?;
                out.push(Stmt::Eval { value });
                Ok(())
            }
            // `update("adult")(n)`: call the function a call returns.
            Expression::CallExpression(_) => {
                let callee = self.handler_ref(callee)?;
                out.push(Stmt::Call {
                    callee,
                    args: exprs(self)?,
                    span,
                });
                Ok(())
            }
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
                        // `setF(() => value)`: an updater that ignores the previous value
                        // (how a function is put in state: `setScale(() => (x) => x * 2)`).
                        Some(Expression::ArrowFunctionExpression(updater))
                            if updater.params.items.is_empty()
                                && updater.params.rest.is_none()
                                && updater.get_expression().is_some() =>
                        {
                            let Some(body) = updater.get_expression() else {
                                unreachable!("checked")
                            };
                            let value = self.expr(body)?;
                            out.push(Stmt::SetState { state, value, span });
                        }
                        // `setList((l) => { …; return next; })`: the updater's body runs on the
                        // latest value, as a function called where it is written.
                        Some(Expression::ArrowFunctionExpression(updater))
                            if updater.get_expression().is_none()
                                && updater.params.items.len() == 1
                                && updater.params.rest.is_none() =>
                        {
                            let local = self.new_local();
                            let outer = std::mem::replace(&mut self.expr_body_returns, true);
                            let callee = self.handler_ref(arg.as_expression().expect("an arrow"));
                            self.expr_body_returns = outer;
                            out.push(Stmt::UpdateState {
                                state,
                                local,
                                value: Expr::new(
                                    ExprKind::CallInner {
                                        callee: callee?,
                                        args: vec![Expr::new(ExprKind::Local(local), span)],
                                    },
                                    span,
                                ),
                                span,
                            });
                        }
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
                Some(Name::Dispatch { state, reducer }) => {
                    let [action] = args else {
                        return Err(Diagnostic::new(
                            Code::UnsupportedCall,
                            span,
                            format!("`{}` takes one action", id.name),
                        ));
                    };
                    let Some(action) = action.as_expression() else {
                        return Err(Diagnostic::new(
                            Code::UnsupportedCall,
                            span,
                            "spread arguments are not supported",
                        ));
                    };
                    // The reducer runs on the latest state, like an updater function.
                    let local = self.new_local();
                    let action = self.expr(action)?;
                    let previous = Expr::new(ExprKind::Local(local), span);
                    out.push(Stmt::UpdateState {
                        state,
                        local,
                        value: Expr::new(
                            ExprKind::Call {
                                helper: reducer,
                                args: vec![previous, action],
                            },
                            span,
                        ),
                        span,
                    });
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
                // A function value in a variable (`doIt()`, `rule(value)`).
                Some(Name::Local(_) | Name::Derived(_) | Name::RowItem(_) | Name::State(_)) => {
                    let value = self.call_expr(callee, args, span)?;
                    out.push(Stmt::Eval { value });
                    Ok(())
                }
                None if matches!(id.name.as_str(), "clearTimeout" | "clearInterval") => {
                    let [arg] = args else {
                        return Err(Diagnostic::new(
                            Code::UnsupportedCall,
                            span,
                            format!("`{}` takes a timer id", id.name),
                        ));
                    };
                    let Some(arg) = arg.as_expression() else {
                        return Err(Diagnostic::new(
                            Code::UnsupportedCall,
                            span,
                            "spread arguments are not supported",
                        ));
                    };
                    let id = self.expr(arg)?;
                    out.push(Stmt::ClearTimer { id });
                    Ok(())
                }
                None if matches!(id.name.as_str(), "setTimeout" | "setInterval") => {
                    let value = self.call_expr(callee, args, span)?;
                    out.push(Stmt::Eval { value });
                    Ok(())
                }
                None if self.module.helpers.contains_key(id.name.as_str())
                    || builtins::exists(&id.name, builtins::Receiver::Global) =>
                {
                    let value = self.call_expr(callee, args, span)?;
                    out.push(Stmt::Eval { value });
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
                if m.property.name != "focus"
                    && let Some(r) = self.element_ref_current(&m.object)
                    && let Some(method) = super::jsx::ELEMENT_METHODS
                        .iter()
                        .find(|n| **n == m.property.name)
                {
                    if !args.is_empty() {
                        return Err(Diagnostic::new(
                            Code::UnsupportedCall,
                            span,
                            format!("`{method}` with arguments is not supported yet"),
                        ));
                    }
                    out.push(Stmt::ElementCall { r, method, span });
                    return Ok(());
                }
                if m.property.name == "focus"
                    && args.is_empty()
                    && let Expression::StaticMemberExpression(current) = &m.object
                    && current.property.name == "current"
                    && let Expression::Identifier(r) = &current.object
                    && let Some(Name::Ref(r)) = self.scope.get(&r.name)
                {
                    out.push(Stmt::Focus { r: *r, span });
                    return Ok(());
                }
                if let Expression::Identifier(obj) = &m.object
                    && obj.name == "window"
                    && matches!(
                        m.property.name.as_str(),
                        "addEventListener" | "removeEventListener"
                    )
                    && self.scope.get("window").is_none()
                {
                    let method = m.property.name.as_str();
                    let usage = || {
                        Diagnostic::new(
                            Code::UnsupportedCall,
                            span,
                            format!("write `window.{method}(\"type\", listener)`"),
                        )
                    };
                    let [event, callback] = args else {
                        return Err(usage());
                    };
                    let Some(Expression::StringLiteral(event)) = event.as_expression() else {
                        return Err(usage());
                    };
                    let Some(callback) = callback.as_expression() else {
                        return Err(usage());
                    };
                    let callback = self.handler_ref(callback)?;
                    out.push(Stmt::WindowListen {
                        event: event.value.to_string(),
                        callback,
                        remove: method == "removeEventListener",
                        span,
                    });
                    return Ok(());
                }
                if let Expression::Identifier(obj) = &m.object
                    && obj.name == "console"
                    // `info` and `debug` print as `log` does (the console's level filter
                    // aside).
                    && matches!(m.property.name.as_str(), "log" | "info" | "debug")
                    && self.scope.get("console").is_none()
                {
                    let values = self.arguments(args)?;
                    out.push(Stmt::Log { args: values });
                    return Ok(());
                }
                let value = self.call_expr(callee, args, span)?;
                out.push(Stmt::Eval { value });
                if MUTATING_METHODS.contains(&m.property.name.as_str())
                    && let Some(state) = self.state_root(&m.object)
                {
                    out.push(Stmt::Touch { state });
                }
                Ok(())
            }
            other => Err(Diagnostic::new(
                Code::UnsupportedCall,
                other.span(),
                "this call is not supported yet",
            )),
        }
    }

    /// `object.field op= value` / `array[index] op= value`.
    fn member_assign(
        &mut self,
        member: &MemberExpression<'_>,
        op: Option<BinaryOp>,
        value: Expr,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Result<()> {
        // `r.current = v` on a value ref writes its slot (and re-renders nothing).
        if let MemberExpression::StaticMemberExpression(m) = member
            && m.property.name == "current"
            && let Expression::Identifier(id) = &m.object
            && let Some(Name::ValueRef(state)) = self.scope.get(&id.name)
        {
            let target = Target::Ref(*state);
            let value = match op {
                None => value,
                Some(op) => read_modify(target, m.span, op, value, span),
            };
            out.push(target.assign(value, span));
            return Ok(());
        }
        // `input.current.value = ""`, `box.current.style.height = h`: the element's property.
        if let MemberExpression::StaticMemberExpression(m) = member {
            let style = match &m.object {
                Expression::StaticMemberExpression(s) if s.property.name == "style" => {
                    self.element_ref_current(&s.object)
                }
                _ => None,
            };
            let target = match style {
                Some(r) => Some((r, format!("style.{}", m.property.name))),
                None => self
                    .element_ref_current(&m.object)
                    .map(|r| (r, m.property.name.to_string())),
            };
            if let Some((r, name)) = target {
                let writable = name.starts_with("style.")
                    || super::jsx::ELEMENT_PROPERTIES
                        .iter()
                        .any(|(n, _, w)| *n == name && *w);
                let kind = super::jsx::ELEMENT_PROPERTIES
                    .iter()
                    .find(|(n, ..)| *n == name)
                    .map_or(crate::ir::EventValue::Str, |(_, v, _)| *v);
                if !writable {
                    return Err(Diagnostic::new(
                        Code::AssignToNonState,
                        m.span,
                        format!("setting `{name}` of an element is not supported yet"),
                    )
                    .with_hint("see docs/support.md for the element properties dx can set"));
                }
                let value = match op {
                    None => value,
                    Some(op) => {
                        let Some((name, read, _)) = super::jsx::ELEMENT_PROPERTIES
                            .iter()
                            .find(|(n, ..)| *n == name)
                        else {
                            return Err(Diagnostic::new(
                                Code::AssignToNonState,
                                m.span,
                                "`op=` on a style property is not supported yet",
                            ));
                        };
                        let current = Expr::new(
                            ExprKind::ElementProp {
                                r,
                                name,
                                value: *read,
                            },
                            m.span,
                        );
                        Expr::new(
                            ExprKind::Binary(op, Box::new(current), Box::new(value)),
                            span,
                        )
                    }
                };
                out.push(Stmt::ElementSet {
                    r,
                    name,
                    value,
                    kind,
                    span,
                });
                return Ok(());
            }
        }
        let root = self.state_root(member.object());
        let mut base = member.object();
        while let Some(inner) = base.as_member_expression() {
            base = inner.object();
        }
        if let Expression::Identifier(id) = base.without_parentheses()
            && self.scope.get(&id.name).is_none()
            && !self.module.constants.contains_key(id.name.as_str())
        {
            return Err(Diagnostic::new(
                Code::AssignToNonState,
                member.span(),
                format!("assigning to a property of `{}` is not supported", id.name),
            )
            .with_hint(
                "only state, `let` variables and fields of dx arrays and objects can be assigned",
            ));
        }
        let object = self.expr(member.object())?;
        // `get().x += 1` and `xs[next()] += 1` evaluate the object and the index once, as JS
        // does: a read-modify-write keeps anything with effects in a local first.
        let object = match op {
            Some(_) => self.once(object, out),
            None => object,
        };
        match member {
            MemberExpression::StaticMemberExpression(m) => {
                let field = m.property.name.to_string();
                let value = match op {
                    None => value,
                    Some(op) => {
                        let current = Expr::new(
                            ExprKind::Field(Box::new(object.clone()), field.clone()),
                            m.span,
                        );
                        Expr::new(
                            ExprKind::Binary(op, Box::new(current), Box::new(value)),
                            span,
                        )
                    }
                };
                out.push(Stmt::SetField {
                    object,
                    field,
                    value,
                    root,
                    span,
                });
            }
            MemberExpression::ComputedMemberExpression(m) => {
                let index = self.expr(&m.expression)?;
                let index = match op {
                    Some(_) => self.once(index, out),
                    None => index,
                };
                let value = match op {
                    None => value,
                    Some(op) => {
                        let current = Expr::new(
                            ExprKind::Index(Box::new(object.clone()), Box::new(index.clone())),
                            m.span,
                        );
                        Expr::new(
                            ExprKind::Binary(op, Box::new(current), Box::new(value)),
                            span,
                        )
                    }
                };
                out.push(Stmt::SetIndex {
                    array: object,
                    index,
                    value,
                    root,
                    span,
                });
            }
            MemberExpression::PrivateFieldExpression(p) => {
                return Err(Diagnostic::new(
                    Code::AssignToNonState,
                    p.span,
                    "private fields are not supported",
                ));
            }
        }
        Ok(())
    }

    /// `e` itself if reading it twice is the same as reading it once, else a local holding it.
    fn once(&mut self, e: Expr, out: &mut Vec<Stmt>) -> Expr {
        fn pure(e: &Expr) -> bool {
            match &e.kind {
                ExprKind::Local(_)
                | ExprKind::State(_)
                | ExprKind::Prop(_)
                | ExprKind::Constant(_)
                | ExprKind::RowItem(_)
                | ExprKind::RowIndex(_)
                | ExprKind::Num(_)
                | ExprKind::Str(_)
                | ExprKind::Bool(_) => true,
                ExprKind::Field(o, _) => pure(o),
                ExprKind::Index(a, i) => pure(a) && pure(i),
                _ => false,
            }
        }
        if pure(&e) {
            return e;
        }
        let span = e.span;
        let local = self.new_local();
        out.push(Stmt::Let { local, value: e });
        Expr::new(ExprKind::Local(local), span)
    }

    /// The `.dx` state an object expression is part of (`todos[i].done` → `todos`): changing
    /// it in place re-renders what reads that state. React state is never changed in place.
    fn state_root(&self, mut e: &Expression<'_>) -> Option<usize> {
        loop {
            e = match e.without_parentheses() {
                Expression::StaticMemberExpression(m) => &m.object,
                Expression::ComputedMemberExpression(m) => &m.object,
                Expression::Identifier(id) => {
                    return match self.scope.get(&id.name) {
                        Some(Name::State(s)) if self.module.flavour == Flavour::Dx => Some(*s),
                        _ => None,
                    };
                }
                _ => return None,
            };
        }
    }

    /// The state that `name` assigns to, if assignment is allowed in this flavour.
    fn assign_target(&mut self, name: Option<&str>, span: Span) -> Result<Target> {
        let meaning = name.and_then(|n| self.scope.get(n));
        match meaning {
            Some(Name::State(s)) if self.module.flavour == Flavour::Dx => Ok(Target::State(*s)),
            Some(Name::Local(l)) if self.mutable_locals.contains(l) => Ok(Target::Local(*l)),
            None if let Some(&k) = name.and_then(|n| self.module.constants.get(n))
                && self.module.variables.contains(&k) =>
            {
                Ok(Target::Constant(k))
            }
            None if name.is_some_and(|n| self.module.constants.contains_key(n)) => Err(Diagnostic::new(
                Code::AssignToNonState,
                span,
                format!("`{}` is a module-level constant", name.unwrap_or_default()),
            )
            .with_hint("declare it with `let` to change it")),
            Some(Name::Local(_)) => Err(Diagnostic::new(Code::AssignToNonState, span, format!("`{}` is a constant", name.unwrap_or("this")))
                .with_hint("declare it with `let` to reassign it")),
            Some(Name::State(_)) => Err(Diagnostic::new(Code::AssignToNonState, span, "React state changes only through its setter")
                .with_hint("call the setter from `useState`, e.g. `setCount(count + 1)`, or use a .dx file where assignment is allowed")),
            // React runs the component again on every render, so a `let` of the render starts
            // afresh each time and a handler's change to it is lost (and renders nothing).
            _ if name.is_some_and(|n| self.render_lets.iter().any(|(l, _)| l == n)) => Err(Diagnostic::new(
                Code::LetInTsx,
                span,
                format!("`{}` would reset on every render", name.unwrap_or_default()),
            )),
            _ => Err(match name {
                Some(name) => Diagnostic::new(Code::AssignToNonState, span, format!("`{name}` is not state or a `let` variable")),
                None => Diagnostic::new(Code::AssignToNonState, span, "assigning to a property is not supported yet")
                    .with_hint("only state and `let` variables can be assigned"),
            }),
        }
    }
}

fn assignment_name<'x>(target: &'x AssignmentTarget<'_>) -> Option<&'x str> {
    match target {
        AssignmentTarget::AssignmentTargetIdentifier(id) => Some(id.name.as_str()),
        _ => None,
    }
}

/// What an assignment writes.
#[derive(Clone, Copy)]
enum Target {
    State(usize),
    Local(LocalId),
    /// A module-level `let`.
    Constant(usize),
    /// `.current` of a value ref.
    Ref(usize),
}

impl Target {
    fn read(self) -> ExprKind {
        match self {
            Target::State(s) => ExprKind::State(s),
            Target::Ref(s) => ExprKind::RefCurrent(s),
            Target::Local(l) => ExprKind::Local(l),
            Target::Constant(k) => ExprKind::Constant(k),
        }
    }

    fn assign(self, value: Expr, span: Span) -> Stmt {
        match self {
            Target::State(state) | Target::Ref(state) => Stmt::SetState { state, value, span },
            Target::Local(local) => Stmt::Assign { local, value },
            Target::Constant(constant) => Stmt::SetConstant {
                constant,
                value,
                span,
            },
        }
    }
}

impl Cx<'_> {
    /// The value of a property assignment's target read as an expression (`counts[k]` of
    /// `counts[k] ??= 0`). Its object and key are evaluated again by the assignment, so they
    /// must be free of effects: names, literals and reads of them.
    fn member_target_read(&mut self, member: &MemberExpression<'_>) -> Result<Expr> {
        fn pure(e: &Expression<'_>) -> bool {
            match e.without_parentheses() {
                Expression::Identifier(_)
                | Expression::StringLiteral(_)
                | Expression::NumericLiteral(_) => true,
                Expression::StaticMemberExpression(m) => pure(&m.object),
                Expression::ComputedMemberExpression(m) => pure(&m.object) && pure(&m.expression),
                _ => false,
            }
        }
        let span = member.span();
        match member {
            MemberExpression::StaticMemberExpression(m) if pure(&m.object) => {
                self.member(&m.object, &m.property.name, span)
            }
            MemberExpression::ComputedMemberExpression(m)
                if pure(&m.object) && pure(&m.expression) =>
            {
                Ok(Expr::new(
                    ExprKind::Index(
                        Box::new(self.expr(&m.object)?),
                        Box::new(self.expr(&m.expression)?),
                    ),
                    span,
                ))
            }
            _ => Err(Diagnostic::new(
                Code::UnsupportedOperator,
                span,
                "`??=`, `||=` and `&&=` are supported on a name or a property of one",
            )
            .with_hint("put the object in a variable first")),
        }
    }
}

/// `x op= v` → `x op v`, reading the live value of `x`.
fn read_modify(target: Target, target_span: Span, op: BinaryOp, value: Expr, span: Span) -> Expr {
    let current = Expr::new(target.read(), target_span);
    Expr::new(
        ExprKind::Binary(op, Box::new(current), Box::new(value)),
        span,
    )
}

impl Cx<'_> {
    /// The dx type an annotation names (`None` when absent or not a type dx models).
    pub(crate) fn annotation(&self, a: Option<&TSTypeAnnotation<'_>>) -> Result<Option<Ty>> {
        match a {
            None => Ok(None),
            Some(a) => self.ts_type(&a.type_annotation),
        }
    }

    /// The dx type a TypeScript type names (`None` when it is not one dx models).
    pub(crate) fn ts_type(&self, t: &TSType<'_>) -> Result<Option<Ty>> {
        super::types::annotation(
            t,
            &self.module.named_types,
            &mut self.module.types.borrow_mut(),
        )
    }
}

/// `value` with its type written out, if there is one.
pub(crate) fn typed(ty: Option<Ty>, value: Expr) -> Expr {
    match ty {
        Some(ty) => {
            let span = value.span;
            Expr::new(ExprKind::Typed(ty, Box::new(value)), span)
        }
        None => value,
    }
}

/// The operator of `=`, `+=`, … (`None` for plain assignment).
fn assignment_op(op: AssignmentOperator, span: Span) -> Result<Option<BinaryOp>> {
    Ok(match op {
        AssignmentOperator::Assign => None,
        AssignmentOperator::Addition => Some(BinaryOp::Add),
        AssignmentOperator::Subtraction => Some(BinaryOp::Sub),
        AssignmentOperator::Multiplication => Some(BinaryOp::Mul),
        AssignmentOperator::Division => Some(BinaryOp::Div),
        AssignmentOperator::Remainder => Some(BinaryOp::Rem),
        other => {
            return Err(Diagnostic::new(
                Code::UnsupportedOperator,
                span,
                format!("operator `{}` is not supported yet", other.as_str()),
            ));
        }
    })
}

/// Array methods that change the array they are called on.
const MUTATING_METHODS: &[&str] = &[
    "push", "pop", "splice", "shift", "unshift", "reverse", "sort", "fill",
];

/// `console.log(…)`: an action even where an expression body would be a result.
pub(crate) fn is_console_log(e: &Expression<'_>) -> bool {
    let Expression::CallExpression(call) = e.without_parentheses() else {
        return false;
    };
    let Expression::StaticMemberExpression(m) = &call.callee else {
        return false;
    };
    matches!(&m.object, Expression::Identifier(o) if o.name == "console")
        && m.property.name == "log"
}
