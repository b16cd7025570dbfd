//! `console.log(…)` in a component or hook body:
//!
//! ```jsx
//! function List({ items }) {
//!   console.log("Rendering <List /> with " + items.length + " items");
//!   …
//! ```
//!
//! becomes `$dx_mount_effect(() => { console.log(…); }, [])`: it runs once, when the instance
//! mounts. React runs it on every render; dx has no renders (it updates the bindings whose
//! inputs changed), so there is no "every render" to log. The page is the same, only the
//! console shows fewer lines (docs/react.md). `$dx_mount_effect` is an effect name the
//! analyzer always knows, so the rewrite needs no `useEffect` import.

use oxc_allocator::Vec as ArenaVec;
use oxc_ast::ast::{Argument, ArrowFunctionBody, Expression, Statement};
use oxc_ast::builder::AstBuilder;
use oxc_span::GetSpan;

/// The effect name the rewrite calls (`analyze` binds it in every module).
pub(crate) const MOUNT_EFFECT: &str = "$dx_mount_effect";

/// Rewrites the `console.…(…)` statements at the top of a component or hook body.
pub(crate) fn rewrite<'a>(stmts: &mut ArenaVec<'a, Statement<'a>>, build: &AstBuilder<'a>) {
    for stmt in stmts.iter_mut() {
        if !is_console_call(stmt) {
            continue;
        }
        let span = stmt.span();
        let log = std::mem::replace(stmt, Statement::new_empty_statement(span, build));
        let mut body = ArenaVec::new_in(build);
        body.push(log);
        let arrow = super::build::arrow(
            span,
            ArenaVec::new_in(build),
            ArrowFunctionBody::new_function_body(span, ArenaVec::new_in(build), body, build),
            build,
        );
        let mut args = ArenaVec::new_in(build);
        args.push(Argument::from(arrow));
        args.push(Argument::from(Expression::new_array_expression(
            span,
            ArenaVec::new_in(build),
            build,
        )));
        let callee = Expression::new_identifier(span, MOUNT_EFFECT, build);
        let call = Expression::new_call_expression(span, callee, None, args, false, build);
        *stmt = Statement::new_expression_statement(span, call, build);
    }
}

/// `console.log(…);`, `console.info(…);` and the other `console` methods.
fn is_console_call(stmt: &Statement<'_>) -> bool {
    let Statement::ExpressionStatement(e) = stmt else {
        return false;
    };
    let Expression::CallExpression(call) = e.expression.without_parentheses() else {
        return false;
    };
    matches!(call.callee.without_parentheses(), Expression::StaticMemberExpression(m)
        if matches!(&m.object, Expression::Identifier(o) if o.name == "console"))
}

#[cfg(test)]
mod tests {
    use crate::desugar::tests::{desugared, squash};

    #[test]
    fn a_log_in_a_component_body_becomes_a_mount_effect() {
        let out = squash(&desugared(
            "const Row = memo(({ n }) => { console.log('row', n); return <p>{n}</p>; });\n\
             function helper(n) { console.log(n); return n; }",
        ));
        assert!(
            out.contains("$dx_mount_effect(() => { console.log(\"row\", n); }, []);"),
            "{out}"
        );
        // Not in a plain function: there it runs when called.
        assert!(
            out.contains("function helper(n) { console.log(n);"),
            "{out}"
        );
    }
}
