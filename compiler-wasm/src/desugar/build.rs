//! The few AST nodes the rewrites build, in one place.

use oxc_allocator::{GetAllocator, Vec as ArenaVec};
use oxc_ast::ast::{
    ArrowFunctionBody, Expression, FormalParameter, FormalParameterKind, FormalParameters,
    ObjectPropertyKind, PropertyKey, PropertyKind,
};
use oxc_ast::builder::AstBuilder;
use oxc_span::Span;

/// `name` kept in the AST's arena.
pub(crate) fn name<'a>(name: &str, build: &AstBuilder<'a>) -> &'a str {
    oxc_allocator::StringBuilder::from_str_in(name, build.allocator()).into_str()
}

/// `{ a, b }`: an object of the named variables, each at its span.
pub(crate) fn shorthand_object<'a, 'n>(
    names: impl IntoIterator<Item = (&'n str, Span)>,
    span: Span,
    build: &AstBuilder<'a>,
) -> Expression<'a> {
    let properties = names.into_iter().map(|(n, at)| {
        let n = name(n, build);
        ObjectPropertyKind::new_object_property(
            at,
            PropertyKind::Init,
            PropertyKey::new_static_identifier(at, n, build),
            Expression::new_identifier(at, n, build),
            false,
            true,
            false,
            build,
        )
    });
    Expression::new_object_expression(span, ArenaVec::from_iter_in(properties, build), build)
}

/// `(params) => body`.
pub(crate) fn arrow<'a>(
    span: Span,
    params: ArenaVec<'a, FormalParameter<'a>>,
    body: ArrowFunctionBody<'a>,
    build: &AstBuilder<'a>,
) -> Expression<'a> {
    let params = FormalParameters::boxed(
        span,
        FormalParameterKind::ArrowFormalParameters,
        params,
        None,
        build,
    );
    Expression::new_arrow_function_expression(span, false, None, params, None, body, build)
}
