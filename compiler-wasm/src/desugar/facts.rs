//! What a statement does with names, found by one read-only walk: which names it reads, which
//! it writes (and whether through a property or a mutating method), whether it returns, calls a
//! hook, builds JSX or loops. The render-block rewrite (`render_blocks.rs`) decides from these
//! facts alone, so the walk is conservative: a construct it does not look into sets `unknown`,
//! and the caller then leaves the statement as it is.

use oxc_ast::ast::{
    Argument, ArrayExpressionElement, AssignmentTarget, BindingPattern, ChainElement, Expression,
    ForStatementInit, ForStatementLeft, JSXAttributeItem, JSXAttributeValue, JSXChild, JSXElement,
    JSXExpression, ObjectPropertyKind, SimpleAssignmentTarget, Statement, UnaryOperator,
    VariableDeclaration,
};

/// Methods that change the array, map or set they are called on.
const MUTATING_METHODS: &[&str] = &[
    "push",
    "pop",
    "shift",
    "unshift",
    "splice",
    "sort",
    "reverse",
    "fill",
    "copyWithin",
    "set",
    "add",
    "delete",
    "clear",
];

/// What one statement (or a run of them) does with names.
#[derive(Default, Debug)]
pub(crate) struct Facts {
    /// Every identifier read.
    pub reads: Vec<String>,
    /// Names assigned as a whole (`x = …`, `x += …`, `x++`).
    pub assigned: Vec<String>,
    /// Names changed in place: a property assigned (`x.a = …`, `out[k] = …`), deleted, or a
    /// mutating method called (`x.push(…)`, `m.set(…)`), also from inside callbacks.
    pub mutated: Vec<String>,
    /// Names declared by `let`/`const`/`var` anywhere in the statements (a loop's `let i`).
    pub declares: Vec<String>,
    /// A `return` outside nested functions.
    pub returns: bool,
    /// A call to a hook (`useX(…)`, `React.useX(…)`).
    pub hooks: bool,
    /// A loop statement.
    pub loops: bool,
    /// JSX anywhere.
    pub jsx: bool,
    /// A construct the walk does not look into (classes, `this`, patterns in assignments…).
    pub unknown: bool,
    /// A value that differs from one evaluation to the next, or a visible effect:
    /// `Math.random()`, `Date.now()`, `new Date()`, `performance.now()`, `console.log(…)`,
    /// `crypto.…`. A render runs such code once; a derived value may be evaluated more often.
    pub impure: bool,
    /// A value that differs from one evaluation to the next (the `impure` calls but
    /// `console`): a render must not compute it where dx may compute it more than once.
    pub varies: bool,
}

impl Facts {
    /// The facts of `stmts`, walked as statements of one function body.
    pub fn of_statements(stmts: &[Statement<'_>]) -> Facts {
        let mut facts = Facts::default();
        for s in stmts {
            facts.statement(s, false);
        }
        facts
    }

    /// The facts of the expression `e` (a function's facts are those of its body).
    pub fn of_expression(e: &Expression<'_>) -> Facts {
        let mut facts = Facts::default();
        facts.expr(e);
        facts
    }

    /// Whether the walk saw `name` read, assigned or mutated.
    pub fn mentions(&self, name: &str) -> bool {
        self.reads
            .iter()
            .chain(&self.assigned)
            .chain(&self.mutated)
            .any(|n| n == name)
    }

    /// `nested`: inside a function nested in the walked statements (its `return`s are its own).
    fn statement(&mut self, s: &Statement<'_>, nested: bool) {
        match s {
            Statement::BlockStatement(b) => b.body.iter().for_each(|s| self.statement(s, nested)),
            Statement::ExpressionStatement(e) => self.expr(&e.expression),
            Statement::IfStatement(i) => {
                self.expr(&i.test);
                self.statement(&i.consequent, nested);
                if let Some(a) = &i.alternate {
                    self.statement(a, nested);
                }
            }
            Statement::ForStatement(f) => {
                self.loops = true;
                match &f.init {
                    Some(ForStatementInit::VariableDeclaration(v)) => self.declaration(v),
                    Some(init) => match init.as_expression() {
                        Some(e) => self.expr(e),
                        None => self.unknown = true,
                    },
                    None => {}
                }
                if let Some(t) = &f.test {
                    self.expr(t);
                }
                if let Some(u) = &f.update {
                    self.expr(u);
                }
                self.statement(&f.body, nested);
            }
            Statement::ForOfStatement(f) => {
                self.loops = true;
                self.for_left(&f.left);
                self.expr(&f.right);
                self.statement(&f.body, nested);
            }
            Statement::ForInStatement(f) => {
                self.loops = true;
                self.for_left(&f.left);
                self.expr(&f.right);
                self.statement(&f.body, nested);
            }
            Statement::WhileStatement(w) => {
                self.loops = true;
                self.expr(&w.test);
                self.statement(&w.body, nested);
            }
            Statement::DoWhileStatement(w) => {
                self.loops = true;
                self.statement(&w.body, nested);
                self.expr(&w.test);
            }
            Statement::VariableDeclaration(v) => self.declaration(v),
            Statement::ReturnStatement(r) => {
                self.returns |= !nested;
                if let Some(a) = &r.argument {
                    self.expr(a);
                }
            }
            Statement::SwitchStatement(sw) => {
                self.expr(&sw.discriminant);
                for case in &sw.cases {
                    if let Some(t) = &case.test {
                        self.expr(t);
                    }
                    case.consequent
                        .iter()
                        .for_each(|s| self.statement(s, nested));
                }
            }
            Statement::ThrowStatement(t) => self.expr(&t.argument),
            Statement::BreakStatement(_)
            | Statement::ContinueStatement(_)
            | Statement::EmptyStatement(_)
            | Statement::TSTypeAliasDeclaration(_)
            | Statement::TSInterfaceDeclaration(_) => {}
            _ => self.unknown = true,
        }
    }

    fn for_left(&mut self, left: &ForStatementLeft<'_>) {
        match left {
            ForStatementLeft::VariableDeclaration(v) => self.declaration(v),
            other => match other.as_assignment_target() {
                Some(t) => self.target(t, false),
                None => self.unknown = true,
            },
        }
    }

    fn declaration(&mut self, v: &VariableDeclaration<'_>) {
        for d in &v.declarations {
            for id in d.id.get_binding_identifiers() {
                self.declares.push(id.name.to_string());
            }
            self.pattern(&d.id);
            if let Some(init) = &d.init {
                self.expr(init);
            }
        }
    }

    /// Default values inside a binding pattern are read when it binds.
    fn pattern(&mut self, p: &BindingPattern<'_>) {
        match p {
            BindingPattern::BindingIdentifier(_) => {}
            BindingPattern::AssignmentPattern(a) => {
                self.pattern(&a.left);
                self.expr(&a.right);
            }
            BindingPattern::ObjectPattern(o) => {
                for prop in &o.properties {
                    if prop.computed
                        && let Some(k) = prop.key.as_expression()
                    {
                        self.expr(k);
                    }
                    self.pattern(&prop.value);
                }
                if let Some(rest) = &o.rest {
                    self.pattern(&rest.argument);
                }
            }
            BindingPattern::ArrayPattern(a) => {
                for el in a.elements.iter().flatten() {
                    self.pattern(el);
                }
                if let Some(rest) = &a.rest {
                    self.pattern(&rest.argument);
                }
            }
        }
    }

    /// An assignment's target: a name assigned as a whole, or a name changed through a property.
    fn target(&mut self, t: &AssignmentTarget<'_>, compound: bool) {
        match t {
            AssignmentTarget::AssignmentTargetIdentifier(id) => {
                self.assigned.push(id.name.to_string());
                if compound {
                    self.reads.push(id.name.to_string());
                }
            }
            other => self.changed_member(other.as_member_expression()),
        }
    }

    /// `x.a` or `x[k]` written (`None`: a target the walk does not look into).
    fn changed_member(&mut self, m: Option<&oxc_ast::ast::MemberExpression<'_>>) {
        let Some(m) = m else {
            self.unknown = true;
            return;
        };
        self.member_object(m.object());
        if let oxc_ast::ast::MemberExpression::ComputedMemberExpression(c) = m {
            self.expr(&c.expression);
        }
    }

    /// The object of a property write or a mutating call: its root name is mutated.
    fn member_object(&mut self, object: &Expression<'_>) {
        if let Some(root) = root_name(object) {
            self.mutated.push(root.to_string());
        }
        self.expr(object);
    }

    fn arguments(&mut self, args: &[Argument<'_>]) {
        for a in args {
            match a {
                Argument::SpreadElement(s) => self.expr(&s.argument),
                other => match other.as_expression() {
                    Some(e) => self.expr(e),
                    None => self.unknown = true,
                },
            }
        }
    }

    fn call(&mut self, callee: &Expression<'_>, args: &[Argument<'_>]) {
        match callee.without_parentheses() {
            Expression::Identifier(id) if is_hook_name(&id.name) => self.hooks = true,
            Expression::StaticMemberExpression(m) => {
                if is_hook_name(&m.property.name) {
                    self.hooks = true;
                }
                if let Expression::Identifier(o) = &m.object {
                    let call = (o.name.as_str(), m.property.name.as_str());
                    self.varies |= matches!(
                        call,
                        ("Math", "random") | ("Date", "now") | ("performance", _) | ("crypto", _)
                    );
                    self.impure |= self.varies || call.0 == "console";
                }
                if MUTATING_METHODS.contains(&m.property.name.as_str()) {
                    self.member_object(&m.object);
                }
            }
            _ => {}
        }
        self.expr(callee);
        self.arguments(args);
    }

    fn function_body(&mut self, stmts: &[Statement<'_>]) {
        stmts.iter().for_each(|s| self.statement(s, true));
    }

    fn expr(&mut self, e: &Expression<'_>) {
        match e {
            Expression::BooleanLiteral(_)
            | Expression::NullLiteral(_)
            | Expression::NumericLiteral(_)
            | Expression::BigIntLiteral(_)
            | Expression::RegExpLiteral(_)
            | Expression::StringLiteral(_) => {}
            Expression::TemplateLiteral(t) => t.expressions.iter().for_each(|e| self.expr(e)),
            Expression::Identifier(id) => self.reads.push(id.name.to_string()),
            Expression::ArrayExpression(a) => {
                for el in &a.elements {
                    match el {
                        ArrayExpressionElement::SpreadElement(s) => self.expr(&s.argument),
                        ArrayExpressionElement::Elision(_) => {}
                        other => match other.as_expression() {
                            Some(e) => self.expr(e),
                            None => self.unknown = true,
                        },
                    }
                }
            }
            Expression::ArrowFunctionExpression(a) => {
                for p in &a.params.items {
                    self.pattern(&p.pattern);
                }
                match a.get_expression() {
                    Some(e) => self.expr(e),
                    None => {
                        if let Some(body) = a.get_function_body() {
                            self.function_body(&body.statements);
                        }
                    }
                }
            }
            Expression::FunctionExpression(f) => {
                for p in &f.params.items {
                    self.pattern(&p.pattern);
                }
                if let Some(body) = &f.body {
                    self.function_body(&body.statements);
                }
            }
            Expression::AssignmentExpression(a) => {
                let compound = a.operator != oxc_ast::ast::AssignmentOperator::Assign;
                self.target(&a.left, compound);
                self.expr(&a.right);
            }
            Expression::BinaryExpression(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expression::LogicalExpression(l) => {
                self.expr(&l.left);
                self.expr(&l.right);
            }
            Expression::ConditionalExpression(c) => {
                self.expr(&c.test);
                self.expr(&c.consequent);
                self.expr(&c.alternate);
            }
            Expression::CallExpression(c) => self.call(&c.callee, &c.arguments),
            Expression::NewExpression(n) => {
                // `new Date()` reads the clock.
                if matches!(&n.callee, Expression::Identifier(id) if id.name == "Date")
                    && n.arguments.is_empty()
                {
                    self.impure = true;
                    self.varies = true;
                }
                self.expr(&n.callee);
                self.arguments(&n.arguments);
            }
            Expression::ChainExpression(c) => match &c.expression {
                ChainElement::CallExpression(call) => self.call(&call.callee, &call.arguments),
                ChainElement::TSNonNullExpression(t) => self.expr(&t.expression),
                other => match other.as_member_expression() {
                    Some(m) => {
                        self.expr(m.object());
                        if let oxc_ast::ast::MemberExpression::ComputedMemberExpression(c) = m {
                            self.expr(&c.expression);
                        }
                    }
                    None => self.unknown = true,
                },
            },
            Expression::ObjectExpression(o) => {
                for p in &o.properties {
                    match p {
                        ObjectPropertyKind::ObjectProperty(p) => {
                            if p.computed
                                && let Some(k) = p.key.as_expression()
                            {
                                self.expr(k);
                            }
                            self.expr(&p.value);
                        }
                        ObjectPropertyKind::SpreadProperty(s) => self.expr(&s.argument),
                    }
                }
            }
            Expression::ParenthesizedExpression(p) => self.expr(&p.expression),
            Expression::SequenceExpression(s) => s.expressions.iter().for_each(|e| self.expr(e)),
            Expression::TaggedTemplateExpression(t) => {
                self.expr(&t.tag);
                t.quasi.expressions.iter().for_each(|e| self.expr(e));
            }
            Expression::UnaryExpression(u) => {
                if u.operator == UnaryOperator::Delete
                    && let Some(m) = u.argument.as_member_expression()
                {
                    self.member_object(m.object());
                }
                self.expr(&u.argument);
            }
            Expression::UpdateExpression(u) => match &u.argument {
                SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => {
                    self.assigned.push(id.name.to_string());
                    self.reads.push(id.name.to_string());
                }
                other => self.changed_member(other.as_member_expression()),
            },
            Expression::StaticMemberExpression(m) => self.expr(&m.object),
            Expression::ComputedMemberExpression(m) => {
                self.expr(&m.object);
                self.expr(&m.expression);
            }
            Expression::JSXElement(el) => self.jsx_element(el),
            Expression::JSXFragment(f) => {
                self.jsx = true;
                f.children.iter().for_each(|c| self.jsx_child(c));
            }
            Expression::TSAsExpression(t) => self.expr(&t.expression),
            Expression::TSSatisfiesExpression(t) => self.expr(&t.expression),
            Expression::TSNonNullExpression(t) => self.expr(&t.expression),
            Expression::TSTypeAssertion(t) => self.expr(&t.expression),
            Expression::TSInstantiationExpression(t) => self.expr(&t.expression),
            Expression::AwaitExpression(a) => self.expr(&a.argument),
            _ => self.unknown = true,
        }
    }

    fn jsx_element(&mut self, el: &JSXElement<'_>) {
        self.jsx = true;
        for attr in &el.opening_element.attributes {
            match attr {
                JSXAttributeItem::Attribute(a) => match &a.value {
                    Some(JSXAttributeValue::ExpressionContainer(c)) => {
                        self.jsx_expression(&c.expression)
                    }
                    Some(JSXAttributeValue::Element(e)) => self.jsx_element(e),
                    Some(JSXAttributeValue::Fragment(f)) => {
                        f.children.iter().for_each(|c| self.jsx_child(c))
                    }
                    Some(JSXAttributeValue::StringLiteral(_)) | None => {}
                },
                JSXAttributeItem::SpreadAttribute(s) => self.expr(&s.argument),
            }
        }
        if let oxc_ast::ast::JSXElementName::IdentifierReference(id) = &el.opening_element.name {
            self.reads.push(id.name.to_string());
        }
        el.children.iter().for_each(|c| self.jsx_child(c));
    }

    fn jsx_child(&mut self, c: &JSXChild<'_>) {
        match c {
            JSXChild::Text(_) => {}
            JSXChild::Element(e) => self.jsx_element(e),
            JSXChild::Fragment(f) => f.children.iter().for_each(|c| self.jsx_child(c)),
            JSXChild::ExpressionContainer(c) => self.jsx_expression(&c.expression),
            JSXChild::Spread(s) => self.expr(&s.expression),
        }
    }

    fn jsx_expression(&mut self, e: &JSXExpression<'_>) {
        if let Some(e) = e.as_expression() {
            self.expr(e);
        }
    }
}

/// `x` of `x`, `x.a.b`, `x[k]`, `x!.a` (the variable a property write or method call changes).
pub(crate) fn root_name<'a>(e: &'a Expression<'_>) -> Option<&'a str> {
    match e.without_parentheses() {
        Expression::Identifier(id) => Some(id.name.as_str()),
        Expression::TSNonNullExpression(t) => root_name(&t.expression),
        other => other
            .as_member_expression()
            .and_then(|m| root_name(m.object())),
    }
}

/// `useState`, `useMemo`, a custom `useThing`: `use` then an upper-case letter (or `use` alone,
/// React 19's `use(promise)`).
pub(crate) fn is_hook_name(name: &str) -> bool {
    name == "use"
        || name
            .strip_prefix("use")
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| c.is_ascii_uppercase())
}
