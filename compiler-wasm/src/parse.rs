//! Stage 1: parse TypeScript + JSX with oxc. Syntax errors become `DX0001` diagnostics.

use oxc_allocator::Allocator;
use oxc_ast::ast::Program;
use oxc_parser::Parser;
use oxc_span::{SourceType, Span};

use crate::diagnostics::{Code, Diagnostic};

/// Parses `text` as a module of `source_type` (see `SourceFile::source_type`) into `allocator`.
pub fn parse<'a>(
    allocator: &'a Allocator,
    text: &'a str,
    source_type: SourceType,
) -> Result<Program<'a>, Vec<Diagnostic>> {
    let ret = Parser::new(allocator, text, source_type).parse();
    let errors: Vec<Diagnostic> = ret
        .diagnostics
        .errors()
        .map(|e| {
            let span = e
                .labels
                .iter()
                .find(|l| l.primary())
                .or_else(|| e.labels.first())
                .map_or(Span::new(0, 0), |l| l.span());
            let mut d = Diagnostic::new(Code::Syntax, span, e.message.to_string());
            if let Some(help) = &e.help {
                d = d.with_hint(help.to_string());
            }
            d
        })
        .collect();
    let mut errors = errors;
    if !errors.is_empty()
        && source_type.is_javascript()
        && !Parser::new(allocator, text, SourceType::tsx())
            .parse()
            .diagnostics
            .has_errors()
    {
        // Valid TypeScript in a JavaScript file: say so instead of leaving a bare syntax error.
        errors[0].hint = "this is TypeScript syntax in a JavaScript file: rename the file to .ts/.tsx, or remove the types"
            .into();
    }
    if !errors.is_empty() || ret.panicked {
        if errors.is_empty() {
            return Err(vec![Diagnostic::new(
                Code::Syntax,
                Span::new(0, 0),
                "the parser gave up on this file",
            )]);
        }
        return Err(errors);
    }
    Ok(ret.program)
}
