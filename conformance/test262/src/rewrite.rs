//! Turns a test262 test into a dx program: harness calls become `console.log` lines that carry
//! the values the harness would have checked, so the check runs in the node runner (`run.mjs`)
//! on the values each side logged, and dx needs no exceptions, no `Object.is` and no harness.
//!
//! | test262 | dx program |
//! |---|---|
//! | `assert.sameValue(a, b, msg)` | `console.log("__262__", "sameValue", N, a, b)` |
//! | `assert.notSameValue(a, b, msg)` | `console.log("__262__", "notSameValue", N, a, b)` |
//! | `assert(c, msg)` | `console.log("__262__", "assert", N, c)` |
//! | `throw new Test262Error(msg);`, `Test262Error.thrower(msg)`, `$ERROR(msg)` | `console.log("__262__", "fail", N)` |
//!
//! `N` numbers the checks of a test in source order. Messages are dropped (they are only read
//! when a check fails, and often use what dx does not support). Every other harness call
//! (`assert.throws`, `compareArray`, `verifyProperty`, …) is left alone, so dx reports it.
//! Nested checks (`assert(…assert.sameValue(…)…)`) are rewritten inside out.

use oxc_allocator::Allocator;
use oxc_ast::ast::{Argument, CallExpression, Expression, ThrowStatement};
use oxc_ast_visit::{Visit, walk};
use oxc_parser::Parser;
use oxc_span::{GetSpan, SourceType, Span};

/// The first value of every line a rewritten check logs.
pub const MARKER: &str = "__262__";

/// The rewritten program and how many checks it makes.
#[derive(Debug)]
pub struct Rewritten {
    /// The program text (what dx compiles and node runs).
    pub text: String,
    /// The number of harness checks it contains.
    pub checks: usize,
}

/// Rewrites the harness calls of `source`, parsed as TypeScript (as dx parses it). `Err` holds
/// the parser's first message when oxc cannot parse it.
pub fn rewrite(source: &str) -> Result<Rewritten, String> {
    let allocator = Allocator::default();
    let parsed = Parser::new(&allocator, source, SourceType::ts()).parse();
    if let Some(error) = parsed.diagnostics.errors().next() {
        return Err(error.message.to_string());
    }
    if parsed.panicked {
        return Err("the parser gave up".into());
    }
    let mut finder = Finder::default();
    finder.visit_program(&parsed.program);
    let mut edits = finder.edits;
    edits.sort_by_key(|e| e.span.start);
    let text = render(source, &edits, Span::new(0, source.len() as u32));
    Ok(Rewritten {
        text,
        checks: edits.len(),
    })
}

/// One harness call to replace.
#[derive(Debug)]
struct Edit {
    /// The whole call (or `throw` statement).
    span: Span,
    /// `sameValue`, `notSameValue`, `assert` or `fail`.
    kind: &'static str,
    /// The argument expressions the check logs.
    args: Vec<Span>,
    /// A statement (`throw …;`): the replacement ends with `;` if the span did.
    statement: bool,
}

#[derive(Default)]
struct Finder {
    edits: Vec<Edit>,
}

impl<'a> Visit<'a> for Finder {
    fn visit_call_expression(&mut self, call: &CallExpression<'a>) {
        if let Some((kind, wanted)) = harness_call(&call.callee) {
            let spans: Option<Vec<Span>> = call
                .arguments
                .iter()
                .take(wanted)
                .map(|a| match a {
                    Argument::SpreadElement(_) => None,
                    a => Some(a.span()),
                })
                .collect();
            if let Some(args) = spans.filter(|s| s.len() == wanted) {
                self.edits.push(Edit {
                    span: call.span,
                    kind,
                    args,
                    statement: false,
                });
            }
        }
        walk::walk_call_expression(self, call);
    }

    fn visit_throw_statement(&mut self, throw: &ThrowStatement<'a>) {
        if let Expression::NewExpression(new) = &throw.argument
            && is_identifier(&new.callee, "Test262Error")
        {
            self.edits.push(Edit {
                span: throw.span,
                kind: "fail",
                args: Vec::new(),
                statement: true,
            });
            return;
        }
        walk::walk_throw_statement(self, throw);
    }
}

/// The check a callee stands for and how many arguments it logs.
fn harness_call(callee: &Expression) -> Option<(&'static str, usize)> {
    match callee {
        Expression::Identifier(id) if id.name == "assert" => Some(("assert", 1)),
        Expression::Identifier(id) if id.name == "$ERROR" => Some(("fail", 0)),
        Expression::StaticMemberExpression(member) => {
            match (&member.object, member.property.name.as_str()) {
                (object, "sameValue") if is_identifier(object, "assert") => Some(("sameValue", 2)),
                (object, "notSameValue") if is_identifier(object, "assert") => {
                    Some(("notSameValue", 2))
                }
                (object, "thrower") if is_identifier(object, "Test262Error") => Some(("fail", 0)),
                _ => None,
            }
        }
        _ => None,
    }
}

fn is_identifier(expr: &Expression, name: &str) -> bool {
    matches!(expr, Expression::Identifier(id) if id.name == name)
}

/// `source[range]` with every outermost edit inside it replaced (its arguments rendered the
/// same way). `edits` is sorted by start; an edit nested in another is reached through the
/// outer one's arguments.
fn render(source: &str, edits: &[Edit], range: Span) -> String {
    let mut out = String::new();
    let mut pos = range.start;
    for (n, edit) in edits.iter().enumerate() {
        if edit.span.start < pos || edit.span.end > range.end {
            continue;
        }
        out.push_str(&source[pos as usize..edit.span.start as usize]);
        out.push_str(&format!(
            "console.log(\"{MARKER}\", \"{}\", {}",
            edit.kind,
            n + 1
        ));
        for arg in &edit.args {
            out.push_str(", ");
            out.push_str(&render(source, edits, *arg));
        }
        out.push(')');
        if edit.statement && source[..edit.span.end as usize].ends_with(';') {
            out.push(';');
        }
        pos = edit.span.end;
    }
    out.push_str(&source[pos as usize..range.end as usize]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(source: &str) -> String {
        rewrite(source).unwrap().text
    }

    #[test]
    fn same_value_logs_both_values_and_drops_the_message() {
        assert_eq!(
            text("assert.sameValue(Math.abs(-0), 0, \"abs(-0)\" + x);\n"),
            "console.log(\"__262__\", \"sameValue\", 1, Math.abs(-0), 0);\n"
        );
        assert_eq!(
            text("assert.notSameValue(a, b);"),
            "console.log(\"__262__\", \"notSameValue\", 1, a, b);"
        );
    }

    #[test]
    fn assert_and_throws_are_numbered_in_order() {
        let rewritten = rewrite(
            "assert(x > 1, 'm');\nif (y !== 2) throw new Test262Error('#2: ' + y);\nelse z = Test262Error.thrower('no');\n",
        )
        .unwrap();
        assert_eq!(
            rewritten.text,
            "console.log(\"__262__\", \"assert\", 1, x > 1);\nif (y !== 2) console.log(\"__262__\", \"fail\", 2);\nelse z = console.log(\"__262__\", \"fail\", 3);\n"
        );
        assert_eq!(rewritten.checks, 3);
    }

    #[test]
    fn nested_checks_and_other_harness_calls() {
        assert_eq!(
            text("assert(f(() => assert.sameValue(1, 1)));"),
            "console.log(\"__262__\", \"assert\", 1, f(() => console.log(\"__262__\", \"sameValue\", 2, 1, 1)));"
        );
        let untouched = "assert.throws(TypeError, () => f());\nthrow new TypeError();\n";
        assert_eq!(text(untouched), untouched);
        assert_eq!(rewrite(untouched).unwrap().checks, 0);
    }

    #[test]
    fn unparsable_source_is_an_error() {
        assert!(rewrite("if (").is_err());
    }
}
