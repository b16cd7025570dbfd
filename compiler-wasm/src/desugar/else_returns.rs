//! A component that ends in `if (c) { return <A/>; } else { return <B/>; }` (or an `else if`
//! chain): since the `if` branch always returns, its `else` can follow the `if` instead,
//! `if (c) return <A/>; return <B/>;`, which is the early-return shape the analyzer reads
//! (`analyze/render_values.rs::early_return`). Only an `else` that declares nothing is moved
//! (its declarations would otherwise join the function's scope).

use oxc_allocator::Vec as ArenaVec;
use oxc_ast::ast::Statement;

/// Rewrites the `if … else` that ends `stmts`, repeatedly for `else if` chains.
pub(crate) fn rewrite<'a>(stmts: &mut ArenaVec<'a, Statement<'a>>) {
    while let Some(Statement::IfStatement(i)) = stmts.last_mut() {
        let movable = i.alternate.as_ref().is_some_and(|a| match a {
            Statement::BlockStatement(b) => !b.body.iter().any(declares),
            other => !declares(other),
        });
        if !movable || !always_returns(&i.consequent) {
            return;
        }
        let Some(alternate) = i.alternate.take() else {
            return;
        };
        match alternate {
            Statement::BlockStatement(b) => {
                let b = b.unbox();
                stmts.extend(b.body);
            }
            other => stmts.push(other),
        }
    }
}

/// Whether `s` ends every path by returning (a `return`, a block ending in one, or an `if`
/// whose both branches do).
fn always_returns(s: &Statement<'_>) -> bool {
    match s {
        Statement::ReturnStatement(_) => true,
        Statement::BlockStatement(b) => b.body.last().is_some_and(always_returns),
        Statement::IfStatement(i) => {
            always_returns(&i.consequent) && i.alternate.as_ref().is_some_and(always_returns)
        }
        _ => false,
    }
}

fn declares(s: &Statement<'_>) -> bool {
    matches!(
        s,
        Statement::VariableDeclaration(_)
            | Statement::FunctionDeclaration(_)
            | Statement::ClassDeclaration(_)
    )
}
