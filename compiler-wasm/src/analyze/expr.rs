//! Expressions: TypeScript expression AST → IR expressions with names resolved.

use oxc_ast::ast::{
    Argument, ArrayExpressionElement, Expression, FormalParameters, ObjectPropertyKind,
    PropertyKey, PropertyKind, TemplateLiteral,
};
use oxc_span::{GetSpan, Span};
use oxc_syntax::operator::{BinaryOperator, LogicalOperator, UnaryOperator};

use super::component::Cx;
use super::scope::Name;
use crate::builtins::{self, Receiver};
use crate::diagnostics::{Code, Diagnostic, Result};

/// Deepest expression nesting accepted.
const MAX_EXPRESSION_DEPTH: usize = 64;

/// Global objects whose members are built-ins (`Math.floor`, `Date.now`).
const NAMESPACES: &[&str] = &[
    "Math",
    "Date",
    "performance",
    "localStorage",
    "location",
    "JSON",
    "Number",
    "String",
    "Object",
    "Array",
    "document",
    "window",
];

/// Globals that are objects in every browser (`typeof window` is `"object"`).
const BROWSER_OBJECTS: &[&str] = &[
    "window",
    "document",
    "navigator",
    "localStorage",
    "sessionStorage",
];

use crate::ir::{self, BinaryOp, EventField, Expr, ExprKind, Item, Lambda, LogicalOp, UnaryOp};

impl Cx<'_> {
    /// Analyzes a value expression.
    pub fn expr(&mut self, e: &Expression<'_>) -> Result<Expr> {
        // Lowering and emission recurse over expressions; a bound keeps them off the
        // end of the stack (an error, never a crash, on machine-generated code).
        self.depth += 1;
        let result = if self.depth > MAX_EXPRESSION_DEPTH {
            Err(Diagnostic::new(
                Code::UnsupportedExpression,
                e.span(),
                format!("expression nested more than {MAX_EXPRESSION_DEPTH} levels deep"),
            )
            .with_hint("split it into several `const`s"))
        } else {
            self.expr_inner(e)
        };
        self.depth -= 1;
        result
    }

    fn expr_inner(&mut self, e: &Expression<'_>) -> Result<Expr> {
        let span = e.span();
        let kind = match e {
            Expression::NumericLiteral(n) => ExprKind::Num(n.value),
            Expression::StringLiteral(s) if s.lone_surrogates => {
                return Ok(lone_surrogate_string(&s.value, span));
            }
            Expression::StringLiteral(s) => ExprKind::Str(s.value.to_string()),
            Expression::BooleanLiteral(b) => ExprKind::Bool(b.value),
            Expression::RegExpLiteral(r)
                if let Some(problem) = super::regex_check::problem(&r.regex.pattern.text) =>
            {
                return Err(Diagnostic::new(
                    Code::UnsupportedExpression,
                    span,
                    format!("this regular expression is not valid: {problem}"),
                )
                .with_hint("JavaScript would refuse to load the file"));
            }
            Expression::RegExpLiteral(r) => ExprKind::Regex {
                pattern: Box::new(Expr::new(
                    ExprKind::Str(r.regex.pattern.text.to_string()),
                    span,
                )),
                flags: Box::new(Expr::new(ExprKind::Str(r.regex.flags.to_string()), span)),
            },
            // `new Set(items?)`, `new Map(entries?)`.
            Expression::NewExpression(n)
                if matches!(&n.callee, Expression::Identifier(id)
                    if matches!(id.name.as_str(), "Set" | "Map") && self.scope.get(&id.name).is_none()) =>
            {
                let Expression::Identifier(id) = &n.callee else {
                    unreachable!("matched above")
                };
                let kind = if id.name == "Set" {
                    crate::ir::CollectionKind::Set
                } else {
                    crate::ir::CollectionKind::Map
                };
                let ty = match n.type_arguments.as_ref().map(|a| a.params.as_slice()) {
                    Some(params) if !params.is_empty() => {
                        let mut types = self.module.types.borrow_mut();
                        match (kind, params) {
                            (crate::ir::CollectionKind::Set, [t]) => {
                                super::types::annotation(t, &self.module.named_types, &mut types)?
                                    .map(|e| types.set(e))
                            }
                            (crate::ir::CollectionKind::Map, [k, v]) => {
                                let k = super::types::annotation(
                                    k,
                                    &self.module.named_types,
                                    &mut types,
                                )?;
                                let v = super::types::annotation(
                                    v,
                                    &self.module.named_types,
                                    &mut types,
                                )?;
                                k.zip(v).map(|(k, v)| types.map(k, v))
                            }
                            _ => None,
                        }
                    }
                    _ => None,
                };
                let source = match n.arguments.as_slice() {
                    [] => None,
                    [a] => match a.as_expression() {
                        Some(e) => Some(Box::new(self.expr(e)?)),
                        None => {
                            return Err(Diagnostic::new(
                                Code::UnsupportedCall,
                                a.span(),
                                "spread arguments are not supported",
                            ));
                        }
                    },
                    [_, extra, ..] => {
                        return Err(Diagnostic::new(
                            Code::UnsupportedCall,
                            extra.span(),
                            format!("`new {}` takes one iterable", id.name),
                        ));
                    }
                };
                ExprKind::NewCollection { kind, source, ty }
            }
            // `new Date(…)` (`lower/dates.rs`).
            Expression::NewExpression(n)
                if matches!(&n.callee, Expression::Identifier(id)
                    if id.name == "Date" && self.scope.get("Date").is_none()) =>
            {
                super::varying::check(
                    self.renders(),
                    n.arguments.is_empty(),
                    n.span,
                    "new Date()",
                )?;
                ExprKind::NewDate(self.arguments(&n.arguments)?)
            }
            // `new RegExp(pattern, flags?)`.
            Expression::NewExpression(n) if matches!(&n.callee, Expression::Identifier(id) if id.name == "RegExp" && self.scope.get("RegExp").is_none()) =>
            {
                let mut args = self.arguments(&n.arguments)?;
                if args.is_empty() || args.len() > 2 {
                    return Err(Diagnostic::new(
                        Code::UnsupportedCall,
                        span,
                        "`new RegExp` takes a pattern and optional flags",
                    ));
                }
                let flags = if args.len() == 2 {
                    args.pop().expect("two arguments")
                } else {
                    Expr::new(ExprKind::Str(String::new()), span)
                };
                ExprKind::Regex {
                    pattern: Box::new(args.remove(0)),
                    flags: Box::new(flags),
                }
            }
            Expression::TemplateLiteral(t) => return self.template(t),
            Expression::Identifier(id) => return self.identifier(&id.name, span),
            Expression::ParenthesizedExpression(p) => return self.expr(&p.expression),
            Expression::TSAsExpression(x) => {
                let ty = self.ts_type(&x.type_annotation)?;
                return Ok(super::handler::typed(ty, self.expr(&x.expression)?));
            }
            Expression::TSSatisfiesExpression(x) => {
                let ty = self.ts_type(&x.type_annotation)?;
                return Ok(super::handler::typed(ty, self.expr(&x.expression)?));
            }
            Expression::ArrayExpression(a) => {
                let mut items = Vec::new();
                for el in &a.elements {
                    items.push(match el {
                        ArrayExpressionElement::SpreadElement(s) => Item {
                            spread: true,
                            value: self.expr(&s.argument)?,
                        },
                        ArrayExpressionElement::Elision(e) => {
                            return Err(Diagnostic::new(
                                Code::UnsupportedExpression,
                                e.span,
                                "holes in arrays are not supported",
                            ));
                        }
                        other => Item {
                            spread: false,
                            value: self.expr(other.as_expression().expect("an expression"))?,
                        },
                    });
                }
                ExprKind::Array(items)
            }
            Expression::ObjectExpression(o) => {
                let mut fields = Vec::new();
                // `{ ...prev, [key]: value }`: computed keys after every other field.
                let mut computed = Vec::new();
                for p in &o.properties {
                    if !computed.is_empty()
                        && !matches!(p, ObjectPropertyKind::ObjectProperty(q) if q.computed)
                    {
                        return Err(Diagnostic::new(
                            Code::UnsupportedExpression,
                            p.span(),
                            "fields after a computed key (`[key]: value`) are not supported yet",
                        )
                        .with_hint(
                            "write the computed keys last: `{ ...prev, a: 1, [key]: value }`",
                        ));
                    }
                    match p {
                        ObjectPropertyKind::SpreadProperty(s) => {
                            fields.push((None, self.expr(&s.argument)?))
                        }
                        ObjectPropertyKind::ObjectProperty(p)
                            if p.computed && !p.method && p.kind == PropertyKind::Init =>
                        {
                            let key = match &p.key {
                                PropertyKey::StaticIdentifier(_)
                                | PropertyKey::PrivateIdentifier(_) => None,
                                key => key.as_expression(),
                            };
                            let Some(key) = key else {
                                return Err(Diagnostic::new(
                                    Code::UnsupportedExpression,
                                    p.span,
                                    "this computed key is not supported",
                                ));
                            };
                            computed.push((self.expr(key)?, self.expr(&p.value)?, p.span));
                        }
                        ObjectPropertyKind::ObjectProperty(p) => {
                            // A method (`connect() { … }`) is a field holding a function
                            // value; `this` in it is not supported (a diagnostic there).
                            let name = match (&p.key, p.computed, p.kind) {
                                (key, false, PropertyKind::Init) => key.static_name(),
                                _ => None,
                            };
                            let Some(name) = name else {
                                return Err(Diagnostic::new(
                                    Code::UnsupportedExpression,
                                    p.span,
                                    "only `name: value` fields are supported in objects",
                                ));
                            };
                            if fields.iter().any(|(n, _)| n.as_deref() == Some(&*name)) {
                                return Err(Diagnostic::new(
                                    Code::DuplicateName,
                                    p.span,
                                    format!("field `{name}` is given twice"),
                                ));
                            }
                            fields.push((Some(name.to_string()), self.expr(&p.value)?));
                        }
                    }
                }
                let mut object = ExprKind::Object(fields);
                for (key, value, span) in computed {
                    object = ExprKind::WithKey {
                        object: Box::new(Expr::new(object, span)),
                        key: Box::new(key),
                        value: Box::new(value),
                    };
                }
                object
            }
            Expression::ComputedMemberExpression(m) => ExprKind::Index(
                Box::new(self.expr(&m.object)?),
                Box::new(self.expr(&m.expression)?),
            ),
            Expression::TSNonNullExpression(x) => return self.expr(&x.expression),
            Expression::TSTypeAssertion(x) => return self.expr(&x.expression),
            // `typeof window === "undefined"` (a server-rendering check): a dx app's code runs
            // in the browser, where these globals are objects.
            Expression::UnaryExpression(u)
                if u.operator == UnaryOperator::Typeof
                    && matches!(&u.argument, Expression::Identifier(id)
                        if BROWSER_OBJECTS.contains(&id.name.as_str()) && self.scope.get(&id.name).is_none()) =>
            {
                ExprKind::Str("object".into())
            }
            Expression::UnaryExpression(u) if u.operator == UnaryOperator::Typeof => {
                ExprKind::TypeOf(Box::new(self.expr(&u.argument)?))
            }
            Expression::UnaryExpression(u) => {
                let op = match u.operator {
                    UnaryOperator::LogicalNot => UnaryOp::Not,
                    UnaryOperator::UnaryNegation => UnaryOp::Neg,
                    UnaryOperator::UnaryPlus => UnaryOp::Plus,
                    other => return Err(unsupported_operator(other.as_str(), span)),
                };
                ExprKind::Unary(op, Box::new(self.expr(&u.argument)?))
            }
            // `a ** b` is exactly `Math.pow(a, b)`.
            Expression::BinaryExpression(b) if b.operator == BinaryOperator::Exponential => {
                ExprKind::Builtin {
                    name: "Math.pow".into(),
                    receiver: None,
                    args: vec![self.expr(&b.left)?, self.expr(&b.right)?],
                }
            }
            Expression::BinaryExpression(b) => {
                let op = match b.operator {
                    BinaryOperator::Addition => BinaryOp::Add,
                    BinaryOperator::Subtraction => BinaryOp::Sub,
                    BinaryOperator::Multiplication => BinaryOp::Mul,
                    BinaryOperator::Division => BinaryOp::Div,
                    BinaryOperator::Remainder => BinaryOp::Rem,
                    BinaryOperator::LessThan => BinaryOp::Lt,
                    BinaryOperator::LessEqualThan => BinaryOp::Le,
                    BinaryOperator::GreaterThan => BinaryOp::Gt,
                    BinaryOperator::GreaterEqualThan => BinaryOp::Ge,
                    BinaryOperator::StrictEquality | BinaryOperator::Equality => BinaryOp::Eq,
                    BinaryOperator::StrictInequality | BinaryOperator::Inequality => BinaryOp::Ne,
                    other => return Err(unsupported_operator(other.as_str(), span)),
                };
                ExprKind::Binary(
                    op,
                    Box::new(self.expr(&b.left)?),
                    Box::new(self.expr(&b.right)?),
                )
            }
            Expression::LogicalExpression(l)
                if l.operator == LogicalOperator::Coalesce && storage_get(&l.left).is_some() =>
            {
                let key = storage_get(&l.left).expect("checked");
                let key = self.expr(key)?;
                let default = self.expr(&l.right)?;
                ExprKind::Builtin {
                    name: "localStorage.getItemOr".into(),
                    receiver: None,
                    args: vec![key, default],
                }
            }
            Expression::LogicalExpression(l) => {
                let op = match l.operator {
                    LogicalOperator::And => LogicalOp::And,
                    LogicalOperator::Or => LogicalOp::Or,
                    LogicalOperator::Coalesce => LogicalOp::Coalesce,
                };
                ExprKind::Logical(
                    op,
                    Box::new(self.expr(&l.left)?),
                    Box::new(self.expr(&l.right)?),
                )
            }
            Expression::ConditionalExpression(c) => ExprKind::Cond(
                Box::new(self.expr(&c.test)?),
                Box::new(self.expr(&c.consequent)?),
                Box::new(self.expr(&c.alternate)?),
            ),
            Expression::StaticMemberExpression(m) => {
                return self.member(&m.object, &m.property.name, span);
            }
            Expression::ChainExpression(c) => return self.optional_chain(&c.expression, span),
            Expression::CallExpression(call) => {
                return self.call_expr(&call.callee, &call.arguments, span);
            }
            Expression::JSXElement(_) | Expression::JSXFragment(_) => {
                return Err(Diagnostic::new(
                    Code::UnsupportedExpression,
                    span,
                    "JSX is only supported where it is rendered",
                )
                .with_hint("write the markup inline in the returned JSX, or make it a component"));
            }
            Expression::ArrowFunctionExpression(_) | Expression::FunctionExpression(_) => {
                return self.function_value(e);
            }
            Expression::NullLiteral(_) => ExprKind::Null,
            // `seq.current++` as a value, on a value ref.
            Expression::UpdateExpression(u)
                if let oxc_ast::ast::SimpleAssignmentTarget::StaticMemberExpression(m) =
                    &u.argument
                    && m.property.name == "current"
                    && let Expression::Identifier(id) = &m.object
                    && let Some(Name::ValueRef(state)) = self.scope.get(&id.name) =>
            {
                ExprKind::RefUpdate {
                    state: *state,
                    delta: if u.operator == oxc_syntax::operator::UpdateOperator::Increment {
                        1.0
                    } else {
                        -1.0
                    },
                    prefix: u.prefix,
                }
            }
            // `nextId++` as a value (`{ id: nextId++, text }`), on a module-level `let`.
            Expression::UpdateExpression(u)
                if let oxc_ast::ast::SimpleAssignmentTarget::AssignmentTargetIdentifier(id) =
                    &u.argument
                    && self.scope.get(&id.name).is_none()
                    && let Some(&k) = self.module.constants.get(id.name.as_str())
                    && self.module.variables.contains(&k) =>
            {
                ExprKind::ConstantUpdate {
                    constant: k,
                    delta: if u.operator == oxc_syntax::operator::UpdateOperator::Increment {
                        1.0
                    } else {
                        -1.0
                    },
                    prefix: u.prefix,
                }
            }
            _ => {
                return Err(Diagnostic::new(
                    Code::UnsupportedExpression,
                    span,
                    "this kind of expression is not supported yet",
                ));
            }
        };
        Ok(Expr::new(kind, span))
    }

    /// `useContext(Ctx)`: a prop the instance gets from the nearest provider above it.
    pub(crate) fn use_context(&mut self, args: &[Argument<'_>], span: Span) -> Result<ir::PropId> {
        let context = match args {
            [arg] => match arg.as_expression().map(Expression::without_parentheses) {
                Some(Expression::Identifier(id)) if self.scope.get(&id.name).is_none() => {
                    self.module.contexts.get(id.name.as_str()).copied()
                }
                _ => None,
            },
            _ => None,
        };
        let Some(context) = context else {
            return Err(Diagnostic::new(
                Code::UnsupportedCall,
                span,
                "`useContext` takes a context made by `createContext` at the top level of a module",
            )
            .with_hint("write `const Ctx = createContext(default)` at the top level and call `useContext(Ctx)`"));
        };
        if self.handler_locals.is_some() {
            return Err(Diagnostic::new(
                Code::UnsupportedCall,
                span,
                "`useContext` can only be called while rendering, not inside a function",
            )
            .with_hint("call it at the top of the component and use the value in the function"));
        }
        Ok(self.context_prop(context, span))
    }

    /// The values of the arguments of a call of a function (not a built-in): a function
    /// written as an argument is a function value (`groupBy(songs, (s) => s.artist)`).
    pub(crate) fn function_arguments(&mut self, args: &[Argument<'_>]) -> Result<Vec<Expr>> {
        args.iter()
            .map(|a| match a.as_expression() {
                Some(e) => self.expr(e),
                None => Err(Diagnostic::new(
                    Code::UnsupportedCall,
                    a.span(),
                    "spread arguments are not supported",
                )),
            })
            .collect()
    }

    /// The values of call arguments (spread arguments are not supported).
    pub(crate) fn arguments(&mut self, args: &[Argument<'_>]) -> Result<Vec<Expr>> {
        args.iter()
            .map(
                |a| match a.as_expression().map(Expression::without_parentheses) {
                    Some(Expression::ArrowFunctionExpression(f)) => {
                        let (params, body) = super::component::arrow_parts(f);
                        self.lambda(params, body, f.span)
                    }
                    Some(Expression::FunctionExpression(f)) => {
                        let (params, body) = super::component::function_parts(f);
                        self.lambda(params, body, f.span)
                    }
                    Some(e) => self.expr(e),
                    None => Err(Diagnostic::new(
                        Code::UnsupportedCall,
                        a.span(),
                        "spread arguments are not supported",
                    )),
                },
            )
            .collect()
    }

    /// A call used as a value: `String(x)`, a module-level function, or a built-in.
    pub(crate) fn call_expr(
        &mut self,
        callee: &Expression<'_>,
        args: &[Argument<'_>],
        span: Span,
    ) -> Result<Expr> {
        // `handlerRef.current(e)`: call the function a value ref holds.
        if let Expression::StaticMemberExpression(m) = callee.without_parentheses()
            && m.property.name == "current"
            && let Expression::Identifier(id) = &m.object
            && let Some(Name::ValueRef(_)) = self.scope.get(&id.name)
        {
            return Ok(Expr::new(
                ExprKind::CallValue {
                    callee: Box::new(self.expr(callee)?),
                    args: self.arguments(args)?,
                },
                span,
            ));
        }
        if let Some(name) = super::component::callee_name(callee)
            && self.module.use_context_names.contains(&name)
        {
            return Ok(Expr::new(
                ExprKind::Prop(self.use_context(args, span)?),
                span,
            ));
        }
        // `Array(n).fill(v)`, `new Array(n).fill(v)`: `n` copies of `v` (`lower/records.rs`).
        if let Expression::StaticMemberExpression(m) = callee.without_parentheses()
            && m.property.name == "fill"
            && let Some(length) = array_of_length(&m.object)
            && self.scope.get("Array").is_none()
        {
            let [value] = args else {
                return Err(Diagnostic::new(
                    Code::UnsupportedCall,
                    span,
                    "`Array(n).fill(value)` takes one value here",
                ));
            };
            let Some(value) = value.as_expression() else {
                return Err(Diagnostic::new(
                    Code::UnsupportedCall,
                    value.span(),
                    "spread arguments are not supported",
                ));
            };
            return Ok(Expr::new(
                ExprKind::Builtin {
                    name: "Array.fill".into(),
                    receiver: None,
                    args: vec![self.expr(length)?, self.expr(value)?],
                },
                span,
            ));
        }
        if let Expression::Identifier(id) = callee.without_parentheses()
            && matches!(id.name.as_str(), "setTimeout" | "setInterval")
            && self.scope.get(&id.name).is_none()
        {
            let usage = || {
                Diagnostic::new(
                    Code::UnsupportedCall,
                    span,
                    format!("`{}` takes a function and a delay in milliseconds", id.name),
                )
            };
            let (Some(callback), Some(ms), 2) = (
                args.first().and_then(|a| a.as_expression()),
                args.get(1).and_then(|a| a.as_expression()),
                args.len(),
            ) else {
                return Err(usage());
            };
            let callback = self.handler_ref(callback)?;
            let ms = Box::new(self.expr(ms)?);
            return Ok(Expr::new(
                ExprKind::Timer {
                    callback,
                    ms,
                    repeat: id.name == "setInterval",
                },
                span,
            ));
        }
        if let Expression::StaticMemberExpression(m) = callee.without_parentheses()
            && m.property.name == "map"
            && args
                .first()
                .and_then(|a| a.as_expression())
                .is_some_and(returns_jsx)
        {
            return Err(Diagnostic::new(
                Code::ListsNotSupported,
                span,
                "a list of markup can only be rendered in place",
            ));
        }
        let global = |cx: &Self, name: &str| cx.scope.get(name).is_none();
        // `Math.max(...xs, 1)`: the extremes of the spread arrays' elements too.
        if let Expression::StaticMemberExpression(m) = callee.without_parentheses()
            && matches!(&m.object, Expression::Identifier(ns) if ns.name == "Math" && global(self, "Math"))
            && matches!(m.property.name.as_str(), "min" | "max")
            && args.iter().any(|a| a.is_spread())
        {
            let mut values = Vec::new();
            for arg in args {
                values.push(match arg {
                    Argument::SpreadElement(s) => {
                        Expr::new(ExprKind::Spread(Box::new(self.expr(&s.argument)?)), s.span)
                    }
                    other => match other.as_expression() {
                        Some(e) => self.expr(e)?,
                        None => {
                            return Err(Diagnostic::new(
                                Code::UnsupportedCall,
                                other.span(),
                                "this argument is not supported",
                            ));
                        }
                    },
                });
            }
            return Ok(Expr::new(
                ExprKind::Builtin {
                    name: format!("Math.{}", m.property.name),
                    receiver: None,
                    args: values,
                },
                span,
            ));
        }
        // `byString("title")`, `minLength(3)`: a function that makes a function, so the call
        // is a function value.
        if let Expression::Identifier(id) = callee.without_parentheses()
            && self.scope.get(&id.name).is_none()
            && let Some(&helper) = self.module.helpers.get(id.name.as_str())
            && self.module.makes_functions.contains(&helper)
        {
            let made = crate::ir::HandlerRef::Applied {
                factory: Box::new(crate::ir::HandlerRef::Helper(helper, id.span)),
                args: self.arguments(args)?,
                span,
            };
            return Ok(Expr::new(ExprKind::Function(made), span));
        }
        // A function passed to a function (not to an array method) is a function value.
        let to_function = match callee.without_parentheses() {
            Expression::Identifier(id) => match self.scope.get(&id.name) {
                Some(
                    Name::Function(_)
                    | Name::Local(_)
                    | Name::Derived(_)
                    | Name::RowItem(_)
                    | Name::State(_),
                ) => true,
                None => self.module.helpers.contains_key(id.name.as_str()),
                _ => false,
            },
            Expression::ComputedMemberExpression(_)
            | Expression::ArrowFunctionExpression(_)
            | Expression::FunctionExpression(_) => true,
            _ => false,
        };
        let mut values = if to_function {
            self.function_arguments(args)?
        } else {
            self.arguments(args)?
        };
        let kind = match callee.without_parentheses() {
            // `(() => { … })()`: a function called where it is written.
            Expression::ArrowFunctionExpression(_) | Expression::FunctionExpression(_) => {
                // Its value is what it returns (an arrow's expression body included).
                let outer = std::mem::replace(&mut self.expr_body_returns, true);
                let callee = self.handler_ref(callee);
                self.expr_body_returns = outer;
                ExprKind::CallInner {
                    callee: callee?,
                    args: values,
                }
            }
            Expression::Identifier(id)
                if id.name == "String" && global(self, "String") && values.len() == 1 =>
            {
                ExprKind::ToString(Box::new(values.remove(0)))
            }
            // `Boolean(x)`: the truthiness of `x`.
            Expression::Identifier(id)
                if id.name == "Boolean" && global(self, "Boolean") && values.len() == 1 =>
            {
                let x = values.remove(0);
                let not = |e: Expr| Expr::new(ExprKind::Unary(UnaryOp::Not, Box::new(e)), span);
                not(not(x)).kind
            }
            Expression::Identifier(id)
                if matches!(self.scope.get(&id.name), Some(Name::Function(_))) =>
            {
                let Some(Name::Function(callee)) = self.scope.get(&id.name).cloned() else {
                    unreachable!("checked")
                };
                let varies = matches!(callee, ir::HandlerRef::Function(f)
                    if self.varying_functions.get(f).copied().unwrap_or(false));
                super::varying::check(self.renders(), varies, span, &format!("{}()", id.name))?;
                ExprKind::CallInner {
                    callee,
                    args: values,
                }
            }
            Expression::Identifier(id)
                if global(self, &id.name) && self.module.helpers.contains_key(id.name.as_str()) =>
            {
                let helper = self.module.helpers[id.name.as_str()];
                let varies = self.module.varying_helpers[helper];
                super::varying::check(self.renders(), varies, span, &format!("{}()", id.name))?;
                ExprKind::Call {
                    helper,
                    args: values,
                }
            }
            Expression::Identifier(id)
                if global(self, &id.name) && builtins::exists(&id.name, Receiver::Global) =>
            {
                ExprKind::Builtin {
                    name: id.name.to_string(),
                    receiver: None,
                    args: values,
                }
            }
            Expression::StaticMemberExpression(m) => match &m.object {
                Expression::Identifier(ns)
                    if NAMESPACES.contains(&ns.name.as_str()) && global(self, &ns.name) =>
                {
                    let name = format!("{}.{}", ns.name, m.property.name);
                    if !builtins::exists(&name, Receiver::Global)
                        && name != "JSON.stringify"
                        && name != "JSON.parse"
                        && !builtins::TYPED_GLOBALS.contains(&name.as_str())
                    {
                        return Err(Diagnostic::new(
                            Code::UnsupportedCall,
                            m.span,
                            format!("`{name}` is not supported yet"),
                        )
                        .with_hint("see docs/support.md for the built-ins dx provides"));
                    }
                    let varies = matches!(
                        name.as_str(),
                        "Math.random" | "Date.now" | "performance.now" | "crypto.randomUUID"
                    );
                    super::varying::check(self.renders(), varies, span, &format!("{name}()"))?;
                    ExprKind::Builtin {
                        name,
                        receiver: None,
                        args: values,
                    }
                }
                object if m.property.name == "toString" && values.is_empty() => {
                    ExprKind::ToString(Box::new(self.expr(object)?))
                }
                object => ExprKind::Builtin {
                    name: m.property.name.to_string(),
                    receiver: Some(Box::new(self.expr(object)?)),
                    args: values,
                },
            },
            Expression::Identifier(id)
                if self.scope.get(&id.name).is_none()
                    && !self.module.components.contains_key(id.name.as_str()) =>
            {
                return Err(Diagnostic::new(
                    Code::UnknownIdentifier,
                    id.span,
                    format!("unknown identifier `{}`", id.name),
                ));
            }
            // A function value: in a variable, a list row, state, or an element of an array
            // or a record read with a computed key (`operations[op](x, y)`).
            Expression::Identifier(id)
                if matches!(
                    self.scope.get(&id.name),
                    Some(
                        Name::Local(_)
                            | Name::Derived(_)
                            | Name::RowItem(_)
                            | Name::State(_)
                            | Name::Prop(_)
                    )
                ) =>
            {
                ExprKind::CallValue {
                    callee: Box::new(self.expr(callee)?),
                    args: values,
                }
            }
            Expression::ComputedMemberExpression(_) => ExprKind::CallValue {
                callee: Box::new(self.expr(callee)?),
                args: values,
            },
            other => {
                return Err(Diagnostic::new(
                    Code::UnsupportedCall,
                    other.span(),
                    "this call cannot be used as a value",
                ));
            }
        };
        Ok(Expr::new(kind, span))
    }

    /// `r` when `e` is `r.current` of an element ref `r`.
    pub(crate) fn element_ref_current(&self, e: &Expression<'_>) -> Option<usize> {
        match e.without_parentheses() {
            Expression::StaticMemberExpression(m) if m.property.name == "current" => {
                match &m.object {
                    Expression::Identifier(id) => match self.scope.get(&id.name) {
                        Some(Name::Ref(r)) => Some(*r),
                        _ => None,
                    },
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn identifier(&mut self, name: &str, span: Span) -> Result<Expr> {
        let kind = match self.scope.get(name) {
            Some(Name::State(s)) => ExprKind::State(*s),
            Some(Name::Prop(p)) => ExprKind::Prop(*p),
            Some(Name::Local(l)) => ExprKind::Local(*l),
            Some(Name::ValueRef(_)) => {
                return Err(Diagnostic::new(
                    Code::UnsupportedExpression,
                    span,
                    format!("a ref can only be used through `{name}.current` yet"),
                )
                .with_hint(
                    "read or assign `.current`; passing the ref object itself is not supported yet",
                ));
            }
            Some(Name::Ref(_)) => {
                return Err(Diagnostic::new(
                    Code::UnsupportedExpression,
                    span,
                    format!("`{name}` is an element ref, not a value"),
                )
                .with_hint(format!(
                    "attach it with `ref={{{name}}}` and call `{name}.current.focus()`"
                )));
            }
            Some(Name::Derived(e)) => return Ok(Expr::new(e.kind.clone(), span)),
            Some(Name::Markup(_)) => {
                return Err(Diagnostic::new(
                    Code::UnsupportedExpression,
                    span,
                    format!(
                        "`{name}` is markup: it can be rendered (`{{{name}}}`) but not used as a value yet"
                    ),
                ));
            }
            Some(Name::RowItem(l)) => ExprKind::RowItem(*l),
            Some(Name::RowIndex(l)) => ExprKind::RowIndex(*l),
            Some(Name::RenderHelper(_)) => {
                return Err(Diagnostic::new(
                    Code::UnsupportedExpression,
                    span,
                    format!(
                        "`{name}` returns markup: it can be called where markup is rendered (`{{{name}(…)}}`, `items.map({name})`) but not used as a value yet"
                    ),
                ));
            }
            Some(Name::PropsObject) => {
                return Err(Diagnostic::new(
                    Code::UnsupportedExpression,
                    span,
                    format!("`{name}` is the whole props object"),
                )
                .with_hint(format!("read one prop: `{name}.title`")));
            }
            Some(Name::RestProps) => {
                return Err(Diagnostic::new(
                    Code::UnsupportedExpression,
                    span,
                    format!("`{name}` holds the rest props: they can only be spread onto an element (`<input {{...{name}}} />`) yet"),
                )
                .with_hint("name the props you read: `({ label, disabled, ...rest })`"));
            }
            Some(Name::Function(h)) => ExprKind::Function(h.clone()),
            Some(Name::Setter(state)) => {
                let state = *state;
                ExprKind::Function(self.forward_to_state(state, None, span))
            }
            Some(Name::Dispatch { state, reducer }) => {
                let (state, reducer) = (*state, *reducer);
                ExprKind::Function(self.forward_to_state(state, Some(reducer), span))
            }
            None if self.module.helpers.contains_key(name) => ExprKind::Function(
                crate::ir::HandlerRef::Helper(self.module.helpers[name], span),
            ),
            None => match name {
                _ if self.module.constants.contains_key(name) => {
                    ExprKind::Constant(self.module.constants[name])
                }
                "undefined" => ExprKind::Undefined,
                // `Boolean` as a callback (`xs.filter(Boolean)`): `x => !!x`.
                "Boolean" => {
                    let local = self.new_local();
                    let x = Expr::new(ExprKind::Local(local), span);
                    let not = |e: Expr| Expr::new(ExprKind::Unary(UnaryOp::Not, Box::new(e)), span);
                    ExprKind::Lambda(std::rc::Rc::new(Lambda {
                        params: vec![local],
                        param_types: vec![None],
                        body: vec![crate::ir::Stmt::Return {
                            value: Some(not(not(x))),
                            span,
                        }],
                        span,
                    }))
                }
                "NaN" => ExprKind::Num(f64::NAN),
                "Infinity" => ExprKind::Num(f64::INFINITY),
                _ if self.module.components.contains_key(name) => {
                    return Err(Diagnostic::new(
                        Code::UnsupportedExpression,
                        span,
                        format!("`{name}` is a component"),
                    )
                    .with_hint(format!("render it as `<{name} />`")));
                }
                _ => {
                    return Err(Diagnostic::new(
                        Code::UnknownIdentifier,
                        span,
                        format!("unknown identifier `{name}`"),
                    ));
                }
            },
        };
        Ok(Expr::new(kind, span))
    }

    pub(crate) fn member(
        &mut self,
        object: &Expression<'_>,
        property: &str,
        span: Span,
    ) -> Result<Expr> {
        if let Expression::Identifier(ns) = object
            && NAMESPACES.contains(&ns.name.as_str())
            && self.scope.get(&ns.name).is_none()
            && let Some(value) = builtins::constant(&format!("{}.{property}", ns.name))
        {
            return Ok(Expr::new(ExprKind::Num(value), span));
        }
        if let Expression::Identifier(ns) = object
            && NAMESPACES.contains(&ns.name.as_str())
            && self.scope.get(&ns.name).is_none()
            && builtins::PROPERTIES.contains(&format!("{}.{property}", ns.name).as_str())
        {
            let name = format!("{}.{property}", ns.name);
            let varies = name.starts_with("window.");
            super::varying::check(self.renders(), varies, span, &name)?;
            return Ok(Expr::new(
                ExprKind::Builtin {
                    name,
                    receiver: None,
                    args: Vec::new(),
                },
                span,
            ));
        }
        // `rows.length` of a list kept in a name (`const rows = items.map(i => <li/>)`): the
        // length of the array it maps.
        if property == "length"
            && let Expression::Identifier(id) = object
            && let Some(Name::Markup(m)) = self.scope.get(&id.name)
            && let [ir::ViewNode::List { array, .. }] = m.as_slice()
        {
            return Ok(Expr::new(ExprKind::Length(Box::new(array.clone())), span));
        }
        if property == "length" {
            return Ok(Expr::new(
                ExprKind::Length(Box::new(self.expr(object)?)),
                span,
            ));
        }
        if let Expression::Identifier(id) = object {
            match self.scope.get(&id.name) {
                Some(Name::PropsObject) if property == "children" => {
                    return Err(Diagnostic::new(
                        Code::UnsupportedMember,
                        span,
                        "`children` is not supported yet",
                    ));
                }
                Some(Name::PropsObject) => {
                    let prop = self.prop_id(property, span);
                    return Ok(Expr::new(ExprKind::Prop(prop), span));
                }
                Some(Name::ValueRef(state)) if property == "current" => {
                    return Ok(Expr::new(ExprKind::RefCurrent(*state), span));
                }
                Some(Name::Ref(r)) if property == "current" => {
                    return Ok(Expr::new(ExprKind::RefAttached(*r), span));
                }
                Some(Name::Local(local)) if property == "key" => {
                    return Ok(Expr::new(
                        ExprKind::EventField(EventField::Key, *local),
                        span,
                    ));
                }
                // An event's own property; a record local with such a field reads the field
                // (lowering knows which the local is).
                Some(Name::Local(local))
                    if let Some((name, value)) = super::jsx::EVENT_PROPERTIES
                        .iter()
                        .find(|(name, _)| *name == property) =>
                {
                    return Ok(Expr::new(
                        ExprKind::EventField(EventField::Property(name, *value), *local),
                        span,
                    ));
                }
                _ => {}
            }
        }
        if let Some(r) = self.element_ref_current(object)
            && let Some((name, value, _)) = super::jsx::ELEMENT_PROPERTIES
                .iter()
                .find(|(name, ..)| *name == property)
        {
            return Ok(Expr::new(
                ExprKind::ElementProp {
                    r,
                    name,
                    value: *value,
                },
                span,
            ));
        }
        if let Expression::StaticMemberExpression(inner) = object
            && inner.property.name == "target"
            && let Expression::Identifier(id) = &inner.object
            && let Some(Name::Local(local)) = self.scope.get(&id.name)
        {
            if let Some(field) = super::jsx::target_field(property) {
                return Ok(Expr::new(ExprKind::EventField(field, *local), span));
            }
        }
        // `e.currentTarget.value`: the element whose handler runs.
        if let Expression::StaticMemberExpression(inner) = object
            && inner.property.name == "currentTarget"
            && let Expression::Identifier(id) = &inner.object
            && let Some(Name::Local(local)) = self.scope.get(&id.name)
            && let Some(field) = super::jsx::current_target_field(property)
        {
            return Ok(Expr::new(ExprKind::EventField(field, *local), span));
        }
        // `e.target.dataset.id`, `e.currentTarget.dataset.id`.
        if let Some((local, on)) = self.event_element(object, "dataset") {
            let field = super::jsx::dataset_field(on, property);
            return Ok(Expr::new(ExprKind::EventField(field, local), span));
        }
        if let Expression::Identifier(ns) = object
            && (NAMESPACES.contains(&ns.name.as_str()) || ns.name == "window")
            && self.scope.get(&ns.name).is_none()
        {
            return Err(Diagnostic::new(
                Code::UnsupportedMember,
                span,
                format!("`{}.{property}` is not supported yet", ns.name),
            )
            .with_hint("see docs/support.md for the built-ins dx provides"));
        }
        Ok(Expr::new(
            ExprKind::Field(Box::new(self.expr(object)?), property.to_string()),
            span,
        ))
    }

    /// For `e.target.<member>` / `e.currentTarget.<member>` of a handler's event `e`: the
    /// event's local and the host path of the element (`target` or `$$current`).
    fn event_element(
        &self,
        e: &Expression<'_>,
        member: &str,
    ) -> Option<(ir::LocalId, &'static str)> {
        let Expression::StaticMemberExpression(m) = e.without_parentheses() else {
            return None;
        };
        if m.property.name != member {
            return None;
        }
        let Expression::StaticMemberExpression(el) = &m.object else {
            return None;
        };
        let on = match el.property.name.as_str() {
            "target" => "target",
            "currentTarget" => "$$current",
            _ => return None,
        };
        match &el.object {
            Expression::Identifier(id) => match self.scope.get(&id.name) {
                Some(Name::Local(local)) => Some((*local, on)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `target.key` where `target` is `e.target` of a handler's event `e` (a destructuring
    /// `const { name, value } = e.target`).
    pub(crate) fn event_target_read(
        &mut self,
        target: &Expression<'_>,
        key: &str,
        span: Span,
    ) -> Result<Expr> {
        let local = match target.without_parentheses() {
            Expression::StaticMemberExpression(m) => match &m.object {
                Expression::Identifier(id) => match self.scope.get(&id.name) {
                    Some(Name::Local(local)) => Some(*local),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        if let Some((local, on)) = self.event_element(target, "dataset") {
            let field = super::jsx::dataset_field(on, key);
            return Ok(Expr::new(ExprKind::EventField(field, local), span));
        }
        let current = matches!(target.without_parentheses(),
            Expression::StaticMemberExpression(m) if m.property.name == "currentTarget");
        let field = if current {
            super::jsx::current_target_field(key)
        } else {
            super::jsx::target_field(key)
        };
        match (local, field) {
            (Some(local), Some(field)) => Ok(Expr::new(ExprKind::EventField(field, local), span)),
            _ => Err(Diagnostic::new(
                Code::UnsupportedMember,
                span,
                format!("`{key}` of an event's target is not supported yet"),
            )
            .with_hint(
                "handlers can read `value`, `checked`, `name`, `type` and `id` of `e.target`",
            )),
        }
    }

    /// A function passed to an array method. Its parameters and locals continue the
    /// enclosing function's numbering (outside handlers: the component's render numbering).
    pub(crate) fn lambda(
        &mut self,
        params: &FormalParameters<'_>,
        body: super::component::Body<'_, '_>,
        span: Span,
    ) -> Result<Expr> {
        let in_render = self.handler_locals.is_none();
        if in_render {
            self.handler_locals = Some(self.render_locals);
        }
        // A callback's body starts outside any loop, as a function's does.
        let outer_jumps = (
            std::mem::take(&mut self.loops),
            std::mem::take(&mut self.switches),
        );
        self.scope.push();
        let result = self.lambda_inner(params, body, span);
        self.scope.pop();
        (self.loops, self.switches) = outer_jumps;
        if in_render {
            self.render_locals = self.handler_locals.take().unwrap_or(0);
        }
        result
    }

    fn lambda_inner(
        &mut self,
        params: &FormalParameters<'_>,
        body: super::component::Body<'_, '_>,
        span: Span,
    ) -> Result<Expr> {
        if let Some(rest) = &params.rest {
            return Err(Diagnostic::new(
                Code::UnsupportedExpression,
                rest.span,
                "rest parameters are not supported",
            ));
        }
        let mut locals = Vec::new();
        let mut param_types = Vec::new();
        let mut destructured = Vec::new();
        for p in &params.items {
            param_types.push(self.annotation(p.type_annotation.as_deref())?);
            let local = self.new_local();
            self.mutable_locals.push(local);
            locals.push(local);
            match &p.pattern {
                oxc_ast::ast::BindingPattern::BindingIdentifier(id) => {
                    self.scope.bind(&id.name, super::scope::Name::Local(local));
                }
                pattern => destructured.push((pattern, local, p.span)),
            }
        }
        let mut out = Vec::new();
        // A destructured parameter (`({ id, done }) => …`) is read into its names first.
        for (pattern, local, span) in destructured {
            let value = Expr::new(ExprKind::Local(local), span);
            self.bind_pattern(pattern, value, true, &mut out)?;
        }
        match body {
            // `x => console.log(x)`: an action, not a result.
            super::component::Body::Expr(e) if super::handler::is_console_log(e) => {
                self.expr_stmt(e, &mut out)?
            }
            super::component::Body::Expr(e) => out.push(crate::ir::Stmt::Return {
                value: Some(self.expr(e)?),
                span: e.span(),
            }),
            super::component::Body::Block(stmts) => {
                for (i, s) in stmts.iter().enumerate() {
                    self.statement(s, &mut out, i + 1 == stmts.len())?;
                }
            }
        }
        Ok(Expr::new(
            ExprKind::Lambda(std::rc::Rc::new(Lambda {
                params: locals,
                param_types,
                body: out,
                span,
            })),
            span,
        ))
    }

    /// `a${b}c` → `"a" + String(b) + "c"`.
    fn template(&mut self, t: &TemplateLiteral<'_>) -> Result<Expr> {
        let mut acc: Option<Expr> = None;
        let mut push = |part: Expr| {
            acc = Some(match acc.take() {
                None => part,
                Some(left) => {
                    let span = Span::new(left.span.start, part.span.end);
                    Expr::new(
                        ExprKind::Binary(BinaryOp::Add, Box::new(left), Box::new(part)),
                        span,
                    )
                }
            });
        };
        for (i, quasi) in t.quasis.iter().enumerate() {
            let text = quasi.value.cooked.as_ref().map_or("", |c| c.as_str());
            if !text.is_empty() || i == 0 {
                push(Expr::new(ExprKind::Str(text.to_string()), quasi.span));
            }
            if let Some(e) = t.expressions.get(i) {
                let value = self.expr(e)?;
                push(Expr::new(ExprKind::ToString(Box::new(value)), e.span()));
            }
        }
        Ok(acc.unwrap_or_else(|| Expr::new(ExprKind::Str(String::new()), t.span)))
    }
}

/// Whether `e` is a function whose result is JSX (`item => <li/>`).
pub(crate) fn returns_jsx(e: &Expression<'_>) -> bool {
    let jsx = |e: &Expression<'_>| {
        matches!(
            e.without_parentheses(),
            Expression::JSXElement(_) | Expression::JSXFragment(_)
        )
    };
    match e.without_parentheses() {
        Expression::ArrowFunctionExpression(a) => match a.get_expression() {
            Some(body) => jsx(body),
            None => a.get_function_body().is_some_and(|b| b.statements.iter().any(|s| {
                matches!(s, oxc_ast::ast::Statement::ReturnStatement(r) if r.argument.as_ref().is_some_and(jsx))
            })),
        },
        _ => false,
    }
}

fn unsupported_operator(op: &str, span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::UnsupportedOperator,
        span,
        format!("operator `{op}` is not supported yet"),
    )
}

/// The key if `e` is `localStorage.getItem(key)`.
fn storage_get<'s, 'a>(e: &'s Expression<'a>) -> Option<&'s Expression<'a>> {
    let Expression::CallExpression(call) = e.without_parentheses() else {
        return None;
    };
    let Expression::StaticMemberExpression(m) = &call.callee else {
        return None;
    };
    let Expression::Identifier(obj) = &m.object else {
        return None;
    };
    if obj.name != "localStorage" || m.property.name != "getItem" || call.arguments.len() != 1 {
        return None;
    }
    call.arguments[0].as_expression()
}

/// A string literal with lone surrogates (`"\uD83D"`), which no UTF-8 constant can carry:
/// its valid runs are constants and each lone surrogate is built by `String.fromCharCode`.
/// oxc writes a lone surrogate as U+FFFD followed by its code unit in four hex digits.
fn lone_surrogate_string(value: &str, span: Span) -> Expr {
    let mut parts: Vec<Expr> = Vec::new();
    let mut text = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\u{FFFD}' {
            text.push(c);
            continue;
        }
        let hex: String = chars.by_ref().take(4).collect();
        match u32::from_str_radix(&hex, 16) {
            Ok(0xFFFD) => text.push('\u{FFFD}'),
            Ok(unit) => {
                if !text.is_empty() {
                    parts.push(Expr::new(ExprKind::Str(std::mem::take(&mut text)), span));
                }
                let code = Expr::new(ExprKind::Num(f64::from(unit)), span);
                parts.push(Expr::new(
                    ExprKind::Builtin {
                        name: "String.fromCharCode".into(),
                        receiver: None,
                        args: vec![code],
                    },
                    span,
                ));
            }
            Err(_) => text.push_str(&hex),
        }
    }
    if !text.is_empty() || parts.is_empty() {
        parts.push(Expr::new(ExprKind::Str(text), span));
    }
    let mut parts = parts.into_iter();
    let first = parts.next().expect("at least one part");
    parts.fold(first, |acc, part| {
        Expr::new(
            ExprKind::Binary(BinaryOp::Add, Box::new(acc), Box::new(part)),
            span,
        )
    })
}

/// `n` of `Array(n)` or `new Array(n)` (an array of `n` empty slots).
fn array_of_length<'s, 'a>(e: &'s Expression<'a>) -> Option<&'s Expression<'a>> {
    let (callee, args) = match e.without_parentheses() {
        Expression::CallExpression(c) => (&c.callee, &c.arguments),
        Expression::NewExpression(n) => (&n.callee, &n.arguments),
        _ => return None,
    };
    match (callee, args.as_slice()) {
        (Expression::Identifier(id), [length]) if id.name == "Array" => length.as_expression(),
        _ => None,
    }
}
