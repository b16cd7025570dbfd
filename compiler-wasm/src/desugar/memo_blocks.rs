//! `useMemo` with a block body:
//!
//! ```jsx
//! const twins = useMemo(() => { const set = new Set(); …; return set; }, [primes]);
//! ```
//!
//! becomes `useMemo(() => (() => { … })(), [primes])`: the analyzer's memo takes an expression,
//! and a function called in place is one (a derived value, `render_blocks.rs`). Only a body that
//! changes nothing but its own variables is rewritten: a memo that counts its runs in a ref
//! (`computations.current += 1`) shows how often React ran it, which a derived value does not
//! reproduce, so it stays a diagnostic.

use oxc_allocator::Vec as ArenaVec;
use oxc_ast::ast::{Argument, ArrowFunctionBody, Expression, Statement};
use oxc_ast::builder::AstBuilder;

use super::facts::Facts;

/// Rewrites the block-bodied memos declared at the top of a component or hook body.
pub(crate) fn rewrite<'a>(stmts: &mut ArenaVec<'a, Statement<'a>>, build: &AstBuilder<'a>) {
    for stmt in stmts.iter_mut() {
        let Statement::VariableDeclaration(v) = stmt else {
            continue;
        };
        for d in v.declarations.iter_mut() {
            if let Some(Expression::CallExpression(call)) = &mut d.init
                && is_use_memo(&call.callee)
                && let Some(arg) = call.arguments.first_mut()
            {
                wrap(arg, build);
            }
        }
    }
}

/// `useMemo` or `React.useMemo`.
fn is_use_memo(callee: &Expression<'_>) -> bool {
    match callee.without_parentheses() {
        Expression::Identifier(id) => id.name == "useMemo",
        Expression::StaticMemberExpression(m) => m.property.name == "useMemo",
        _ => false,
    }
}

fn wrap<'a>(arg: &mut Argument<'a>, build: &AstBuilder<'a>) {
    let Argument::ArrowFunctionExpression(arrow) = arg else {
        return;
    };
    let Some(body) = arrow.get_function_body() else {
        return;
    };
    if !arrow.params.items.is_empty() || arrow.params.rest.is_some() || arrow.r#async {
        return;
    }
    let facts = Facts::of_statements(&body.statements);
    let own = |n: &String| facts.declares.contains(n);
    if facts.hooks
        || facts.unknown
        || facts.impure
        || !facts.assigned.iter().chain(&facts.mutated).all(own)
    {
        return;
    }
    let span = arrow.span;
    let placeholder = Argument::from(Expression::new_null_literal(span, build));
    let inner = std::mem::replace(arg, placeholder).into_expression();
    let call =
        Expression::new_call_expression(span, inner, None, ArenaVec::new_in(build), false, build);
    let outer = super::build::arrow(
        span,
        ArenaVec::new_in(build),
        ArrowFunctionBody::from(call),
        build,
    );
    *arg = Argument::from(outer);
}
