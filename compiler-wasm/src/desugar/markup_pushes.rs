//! Arrays of markup built by a loop while rendering:
//!
//! ```jsx
//! const rows = [];
//! for (const p of products) { const low = p.stock < 3; rows.push(<tr key={p.id}>…{low}…</tr>); }
//! ```
//!
//! JSX is evaluated where it is written, so each pushed element is fixed by the values its
//! expressions read at the push. The block (see `render_blocks.rs`) instead pushes those values
//! — the names the JSX reads that the block itself declares (`p`, `low`) — and the markup is
//! made from them afterwards, one row per pushed record:
//!
//! ```jsx
//! const rows = (() => { const rows = []; for (…) { …; rows.push({ p, low }); } return rows; })()
//!   .map(({ p, low }) => <tr key={p.id}>…{low}…</tr>);
//! ```
//!
//! which is a list the analyzer renders (`{rows}`), keyed as the JSX says. Names the JSX reads
//! from outside the block (state, props, constants) are the same at the push and at the map.
//! Only an array whose every use in the block is one `push` of JSX is rewritten.

use oxc_allocator::Vec as ArenaVec;
use oxc_ast::ast::{
    Argument, ArrowFunctionBody, BindingPattern, BindingProperty, Expression, FormalParameter,
    PropertyKey, Statement,
};
use oxc_ast::builder::AstBuilder;
use oxc_span::{GetSpan, Span};

use super::facts::Facts;

/// The markup pushed into `name` by `body` and the names it reads that `body` declares.
pub(crate) struct Row<'a> {
    markup: Expression<'a>,
    captured: Vec<String>,
}

/// When `body` (a copy of a block's statements) declares `name` as `[]` and only ever pushes
/// one JSX element into it: rewrites that push to push the record of what the JSX reads, and
/// returns the JSX.
pub(crate) fn rows_of<'a>(
    body: &mut ArenaVec<'a, Statement<'a>>,
    name: &str,
    build: &AstBuilder<'a>,
) -> Option<Row<'a>> {
    let facts = Facts::of_statements(body);
    let declared_empty = body.iter().any(|s| match s {
        Statement::VariableDeclaration(v) => v.declarations.iter().any(|d| {
            d.id.get_binding_identifier()
                .is_some_and(|id| id.name == name)
                && matches!(&d.init, Some(Expression::ArrayExpression(a)) if a.elements.is_empty())
        }),
        _ => false,
    });
    let reads = |f: &Facts| f.reads.iter().filter(|n| *n == name).count();
    if !declared_empty || facts.assigned.iter().any(|n| n == name) {
        return None;
    }
    // Every read of the array is in its one push (as the receiver).
    let mut found: Option<&mut Argument<'a>> = None;
    let (mut pushes, mut push_reads) = (0, 0);
    each_statement(body, &mut |s| {
        let here = reads(&Facts::of_statements(std::slice::from_ref(&*s)));
        if let Some(arg) = pushed_jsx(s, name) {
            pushes += 1;
            push_reads += here;
            found = Some(arg);
        }
    });
    if pushes != 1 || push_reads != reads(&facts) {
        return None;
    }
    let arg = found?;
    let markup_facts = Facts::of_expression(arg.as_expression()?);
    let mut captured: Vec<String> = Vec::new();
    for n in &markup_facts.reads {
        if facts.declares.contains(n) && n != name && !captured.contains(n) {
            captured.push(n.clone());
        }
    }
    let span = arg.span();
    let record =
        super::build::shorthand_object(captured.iter().map(|n| (n.as_str(), span)), span, build);
    let markup = std::mem::replace(arg, Argument::from(record));
    Some(Row {
        markup: markup.into_expression(),
        captured,
    })
}

/// `values.map(({ a, b }) => markup)`.
pub(crate) fn mapped<'a>(
    values: Expression<'a>,
    row: Row<'a>,
    span: Span,
    build: &AstBuilder<'a>,
) -> Expression<'a> {
    let markup_span = row.markup.span();
    let properties = ArenaVec::from_iter_in(
        row.captured.iter().map(|n| {
            let n = super::build::name(n, build);
            BindingProperty::new(
                markup_span,
                PropertyKey::new_static_identifier(markup_span, n, build),
                BindingPattern::new_binding_identifier(markup_span, n, build),
                true,
                false,
                build,
            )
        }),
        build,
    );
    let mut items = ArenaVec::new_in(build);
    if !row.captured.is_empty() {
        items.push(FormalParameter::new(
            markup_span,
            ArenaVec::new_in(build),
            BindingPattern::new_object_pattern(markup_span, properties, None, build),
            None,
            None,
            false,
            None,
            false,
            false,
            build,
        ));
    }
    let arrow = super::build::arrow(
        markup_span,
        items,
        ArrowFunctionBody::from(row.markup),
        build,
    );
    let map = oxc_ast::ast::IdentifierName::new(span, "map", build);
    let callee = Expression::new_static_member_expression(span, values, map, false, build);
    let mut args = ArenaVec::new_in(build);
    args.push(Argument::from(arrow));
    Expression::new_call_expression(span, callee, None, args, false, build)
}

/// The JSX argument of `name.push(<jsx/>)` when `s` is that statement.
fn pushed_jsx<'s, 'a>(s: &'s mut Statement<'a>, name: &str) -> Option<&'s mut Argument<'a>> {
    let Statement::ExpressionStatement(e) = s else {
        return None;
    };
    let Expression::CallExpression(call) = &mut e.expression else {
        return None;
    };
    let Expression::StaticMemberExpression(m) = &call.callee else {
        return None;
    };
    if m.property.name != "push"
        || !matches!(&m.object, Expression::Identifier(id) if id.name == name)
        || call.arguments.len() != 1
    {
        return None;
    }
    let arg = call.arguments.first_mut()?;
    matches!(
        arg.as_expression().map(Expression::without_parentheses),
        Some(Expression::JSXElement(_) | Expression::JSXFragment(_))
    )
    .then_some(arg)
}

/// Calls `f` on every statement of `stmts`, nested ones included (not inside functions).
fn each_statement<'s, 'a>(
    stmts: &'s mut [Statement<'a>],
    f: &mut impl FnMut(&'s mut Statement<'a>),
) {
    for s in stmts {
        each_in(s, f);
    }
}

fn each_in<'s, 'a>(s: &'s mut Statement<'a>, f: &mut impl FnMut(&'s mut Statement<'a>)) {
    // A statement holding others is walked into; any other is handed to `f`.
    match s {
        Statement::BlockStatement(b) => each_statement(&mut b.body, f),
        Statement::IfStatement(i) => {
            let i = &mut **i;
            each_in(&mut i.consequent, f);
            if let Some(a) = &mut i.alternate {
                each_in(a, f);
            }
        }
        Statement::ForStatement(x) => each_in(&mut x.body, f),
        Statement::ForOfStatement(x) => each_in(&mut x.body, f),
        Statement::ForInStatement(x) => each_in(&mut x.body, f),
        Statement::WhileStatement(x) => each_in(&mut x.body, f),
        Statement::DoWhileStatement(x) => each_in(&mut x.body, f),
        Statement::SwitchStatement(sw) => {
            for case in sw.cases.iter_mut() {
                each_statement(&mut case.consequent, f);
            }
        }
        other => f(other),
    }
}
