//! Values that differ from one evaluation to the next: `Math.random()`, `Date.now()`, `new
//! Date()`, `performance.now()`, `crypto.randomUUID()`, or a call of a function computing one.
//!
//! React computes a render's values once per render. dx computes a derived value where its
//! inputs change, once for each binding and handler that reads it (no render re-runs). For a
//! value that differs between evaluations the two disagree: `const id = Math.random()` would
//! show two numbers in two places, and keep its first value where React shows a new one after
//! any re-render. So dx refuses such a value while rendering (DX0106) and accepts it where it
//! runs once: state and ref initializers, `useMemo(…, [])`, handlers and effects.

use oxc_span::Span;

use super::ComponentAst;
use crate::desugar::facts::Facts;
use crate::diagnostics::{Code, Diagnostic, Result};

/// The facts of a function's body.
pub(super) fn of_function(ast: &ComponentAst<'_, '_>) -> Facts {
    match ast {
        ComponentAst::Function(f) => {
            Facts::of_statements(f.body.as_ref().map_or(&[][..], |b| &b.statements))
        }
        ComponentAst::Arrow(a) => match a.get_expression() {
            Some(e) => Facts::of_expression(e),
            None => Facts::of_statements(a.get_function_body().map_or(&[][..], |b| &b.statements)),
        },
    }
}

/// Which functions (by position) compute a varying value, given the facts of their bodies and
/// what each name a body reads calls: a function calling a varying one varies too.
pub(super) fn close(facts: &[Facts], callee: impl Fn(usize, &str) -> Option<usize>) -> Vec<bool> {
    let mut varies: Vec<bool> = facts.iter().map(|f| f.varies).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for (i, f) in facts.iter().enumerate() {
            if !varies[i]
                && f.reads
                    .iter()
                    .any(|n| callee(i, n).is_some_and(|c| varies[c]))
            {
                varies[i] = true;
                changed = true;
            }
        }
    }
    varies
}

/// The error for a varying value (`what`, as written) computed while rendering.
pub(super) fn refused(span: Span, what: &str) -> Diagnostic {
    Diagnostic::new(
        Code::BodyStatement,
        span,
        format!(
            "`{what}` gives a new value each time it runs: React computes it again on every \
             render, dx computes a value only when its inputs change"
        ),
    )
    .with_hint(
        "compute it once, in state (`const [id] = useState(() => Math.random())`) or \
         `useMemo(() => …, [])`, or in an event handler or effect",
    )
}

/// `Ok` unless `varies` while rendering.
pub(super) fn check(renders: bool, varies: bool, span: Span, what: &str) -> Result<()> {
    if renders && varies {
        return Err(refused(span, what));
    }
    Ok(())
}
