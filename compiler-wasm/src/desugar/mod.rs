//! Stage 1b: rewrites of the parsed program into equivalent JavaScript the analyzer already
//! understands, AST to AST, before analysis. Each rewrite keeps the source spans of the code it
//! moves, so a diagnostic inside rewritten code still points at what the user wrote.
//!
//! - `render_blocks`: statements that compute values while a component renders (loops,
//!   `rows.push(…)`, `counts.set(…)`, `list.sort(…)`) become functions called in place;
//!   `markup_pushes`: an array such a block fills with markup (`rows.push(<tr/>)`) becomes
//!   the data each row reads, mapped to the markup;
//! - `else_returns`: `if (c) { return <A/>; } else { return <B/>; }` at the end of a body
//!   becomes `if (c) return <A/>; return <B/>;`;
//! - `render_logs`: `console.log(…)` in a component body runs once, when the instance mounts;
//! - `memo_blocks`: `useMemo(() => { …; return v; }, deps)` becomes a memo of a function called
//!   in place.
//!
//! Only component and hook bodies of `.tsx`/`.jsx`/`.ts`/`.js` modules are rewritten: in a `.dx`
//! file a plain `let` is state, so moving it into a function would change its meaning.

mod build;
mod else_returns;
pub(crate) mod facts;
mod markup_pushes;
mod memo_blocks;
mod render_blocks;
pub(crate) mod render_logs;

use oxc_allocator::Allocator;
use oxc_ast::ast::{
    ArrowFunctionBody, Declaration, ExportDefaultDeclarationKind, Expression, Function, Program,
    Statement, VariableDeclaration,
};
use oxc_ast::builder::AstBuilder;

/// Rewrites the component and hook bodies of `program` (see the module comment).
pub(crate) fn desugar<'a>(program: &mut Program<'a>, allocator: &'a Allocator) {
    let build = AstBuilder::new(allocator);
    for stmt in program.body.iter_mut() {
        match stmt {
            Statement::FunctionDeclaration(f) => function(f, &build),
            Statement::VariableDeclaration(v) => variables(v, &build),
            Statement::ExportDefaultDeclaration(e) => match &mut e.declaration {
                ExportDefaultDeclarationKind::FunctionDeclaration(f) => function(f, &build),
                other => {
                    if let Some(e) = other.as_expression_mut() {
                        expression(e, None, &build);
                    }
                }
            },
            Statement::ExportDeclaration(e) => match &mut e.declaration {
                Declaration::FunctionDeclaration(f) => function(f, &build),
                Declaration::VariableDeclaration(v) => variables(v, &build),
                _ => {}
            },
            _ => {}
        }
    }
}

/// The rewrites of a component or hook body.
fn body_rewrites<'a>(stmts: &mut oxc_allocator::Vec<'a, Statement<'a>>, build: &AstBuilder<'a>) {
    render_logs::rewrite(stmts, build);
    else_returns::rewrite(stmts);
    render_blocks::rewrite(stmts, build);
    memo_blocks::rewrite(stmts, build);
}

/// `Counter`, `useCounter`: the names whose bodies render or run hooks.
fn is_component_or_hook(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase()) || facts::is_hook_name(name)
}

fn function<'a>(f: &mut Function<'a>, build: &AstBuilder<'a>) {
    let named =
        f.id.as_ref()
            .is_none_or(|id| is_component_or_hook(&id.name));
    if named && let Some(body) = &mut f.body {
        body_rewrites(&mut body.statements, build);
    }
}

/// `const Row = ({ item }) => { … }`, `const Row = memo(function Row() { … })`.
fn variables<'a>(v: &mut VariableDeclaration<'a>, build: &AstBuilder<'a>) {
    for d in v.declarations.iter_mut() {
        let name = d.id.get_identifier_name().map(|n| n.to_string());
        if let Some(init) = &mut d.init {
            expression(init, name.as_deref(), build);
        }
    }
}

/// A function value bound to `name` (or the default export, `None`), possibly wrapped in a
/// call such as `memo(…)` or `forwardRef(…)`.
fn expression<'a>(e: &mut Expression<'a>, name: Option<&str>, build: &AstBuilder<'a>) {
    if name.is_some_and(|n| !is_component_or_hook(n)) {
        return;
    }
    match e {
        Expression::ArrowFunctionExpression(a) => {
            if let ArrowFunctionBody::FunctionBody(body) = &mut a.body {
                body_rewrites(&mut body.statements, build);
            }
        }
        Expression::FunctionExpression(f) => {
            if let Some(body) = &mut f.body {
                body_rewrites(&mut body.statements, build);
            }
        }
        Expression::CallExpression(c) => {
            for arg in c.arguments.iter_mut() {
                if let Some(inner) = arg.as_expression_mut() {
                    expression(inner, None, build);
                }
            }
        }
        Expression::ParenthesizedExpression(p) => expression(&mut p.expression, None, build),
        _ => {}
    }
}

/// What the rewrites' tests share.
#[cfg(test)]
pub(crate) mod tests {
    use oxc_allocator::Allocator;
    use oxc_span::SourceType;

    /// `source` after the desugar stage, printed back as JavaScript.
    pub(crate) fn desugared(source: &str) -> String {
        let allocator = Allocator::default();
        let mut program = crate::parse::parse(&allocator, source, SourceType::jsx())
            .expect("the test source parses");
        super::desugar(&mut program, &allocator);
        oxc_codegen::Codegen::new().build(&program).code
    }

    /// `s` with every run of white space one space.
    pub(crate) fn squash(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}
