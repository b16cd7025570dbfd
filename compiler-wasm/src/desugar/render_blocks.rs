//! Render-time blocks: the statements of a component body that compute values imperatively.
//!
//! React developers build values while rendering with loops and in-place changes:
//!
//! ```jsx
//! const sequence = [start];
//! let n = start;
//! while (n !== 1) { n = n % 2 === 0 ? n / 2 : 3 * n + 1; sequence.push(n); }
//! ```
//!
//! A render runs these statements once, top to bottom, and only the names they declare are seen
//! afterwards. So the run of statements — from the first declaration it changes to its last
//! loop or in-place change — is the body of a function that returns one of those names, called
//! in place, once per name used after the run:
//!
//! ```jsx
//! const sequence = (() => { const sequence = [start]; let n = start; while (…) {…}; return sequence; })();
//! ```
//!
//! which the analyzer already compiles as a derived value (re-evaluated when the state it reads
//! changes). The rewrite changes nothing a program can observe: the moved statements only
//! change names they declare (a statement that changes anything else — a ref, a prop, a module
//! variable — ends the run and is left for the analyzer to refuse), they contain no `return`
//! and no hook call, and each function runs the same statements in the same order.

use oxc_allocator::Vec as ArenaVec;
use oxc_ast::ast::{
    ArrowFunctionBody, Expression, Statement, VariableDeclarationKind, VariableDeclarator,
};
use oxc_ast::builder::AstBuilder;
use oxc_span::{GetSpan, Span};

use super::facts::Facts;

/// A top-level declaration of the body: the names it binds and how.
struct Declared {
    names: Vec<String>,
    kind: Option<VariableDeclarationKind>,
}

/// Rewrites the render-time blocks of a component or hook body (see the module comment).
pub(crate) fn rewrite<'a>(stmts: &mut ArenaVec<'a, Statement<'a>>, build: &AstBuilder<'a>) {
    let facts: Vec<Facts> = stmts
        .iter()
        .map(|s| Facts::of_statements(std::slice::from_ref(s)))
        .collect();
    let declared: Vec<Declared> = stmts
        .iter()
        .zip(&facts)
        .map(|(s, f)| declared(s, f))
        .collect();
    let mut blocks: Vec<(usize, usize, Vec<String>)> = Vec::new();
    let mut i = 0;
    while i < stmts.len() {
        if !is_imperative(&stmts[i], &facts[i], &declared[..i]) {
            i += 1;
            continue;
        }
        let mut end = i;
        while end + 1 < stmts.len()
            && is_imperative(&stmts[end + 1], &facts[end + 1], &declared[..=end])
        {
            end += 1;
        }
        let changed: Vec<&String> = facts[i..=end]
            .iter()
            .flat_map(|f| f.assigned.iter().chain(&f.mutated))
            .collect();
        let start = (0..i)
            .filter(|&k| declared[k].names.iter().any(|n| changed.contains(&n)))
            .min()
            .unwrap_or(i);
        // A run is computed again wherever its value is read, so it must give the same value
        // each time and have no visible effect (`Facts::impure`).
        let movable = (start..=end).all(|k| {
            let f = &facts[k];
            !f.returns
                && !f.hooks
                && !f.unknown
                && !f.impure
                && (k >= i || declared[k].kind.is_some())
        }) && blocks
            .last()
            .is_none_or(|&(_, last_end, _)| last_end < start);
        let after = &facts[end + 1..];
        let exports: Vec<String> = declared[start..=end]
            .iter()
            .flat_map(|d| d.names.iter())
            .filter(|n| after.iter().any(|f| f.mentions(n)))
            .cloned()
            .collect();
        if movable && !exports.is_empty() {
            blocks.push((start, end, exports));
        }
        i = end + 1;
    }
    if blocks.is_empty() {
        return;
    }
    let old = std::mem::replace(stmts, ArenaVec::new_in(build));
    let mut old: Vec<Option<Statement<'a>>> = old.into_iter().map(Some).collect();
    let mut k = 0;
    for (n, (start, end, exports)) in blocks.into_iter().enumerate() {
        while k < start {
            stmts.push(old[k].take().expect("each statement is moved once"));
            k += 1;
        }
        let run: Vec<Statement<'a>> = old[start..=end]
            .iter_mut()
            .map(|s| s.take().expect("each statement is moved once"))
            .collect();
        stmts.extend(called_block(run, &exports, n, build));
        k = end + 1;
    }
    stmts.extend(old.into_iter().skip(k).flatten());
}

/// A statement that starts or continues a render-time block: a loop, or a statement that
/// changes in place a value declared earlier in the body (`rows.push(…)`, `out[k] = v`). Every
/// name it changes must be one of the body's plain locals declared before it or one it declares
/// itself (a loop's `let i`): a change to anything else (a prop, state, a ref, a module
/// variable) would be repeated each time the block's value is computed.
fn is_imperative(stmt: &Statement<'_>, facts: &Facts, before: &[Declared]) -> bool {
    if facts.returns || facts.hooks || facts.unknown || facts.impure {
        return false;
    }
    let local = |name: &String| {
        before
            .iter()
            .any(|d| d.kind.is_some() && d.names.contains(name))
    };
    let own = |name: &String| {
        local(name)
            || facts.declares.contains(name) && !before.iter().any(|d| d.names.contains(name))
    };
    let changes_only_own = facts.assigned.iter().chain(&facts.mutated).all(own);
    match stmt {
        Statement::ForStatement(_)
        | Statement::ForOfStatement(_)
        | Statement::ForInStatement(_)
        | Statement::WhileStatement(_)
        | Statement::DoWhileStatement(_) => changes_only_own,
        Statement::ExpressionStatement(_) | Statement::IfStatement(_) => {
            (facts.loops || facts.mutated.iter().any(local)) && changes_only_own
        }
        _ => false,
    }
}

/// The names a top-level statement of the body declares, and with which keyword (`None` for a
/// statement that is not a plain declaration, or one that calls a hook); `facts` are its own.
fn declared(stmt: &Statement<'_>, facts: &Facts) -> Declared {
    match stmt {
        Statement::VariableDeclaration(v) => {
            let mut names = Vec::new();
            for d in &v.declarations {
                for id in d.id.get_binding_identifiers() {
                    names.push(id.name.to_string());
                }
            }
            Declared {
                names,
                kind: (!facts.hooks).then_some(v.kind),
            }
        }
        _ => Declared {
            names: Vec::new(),
            kind: None,
        },
    }
}

/// The keyword and the declarator span of `name`'s declaration among `run`.
fn declaration_of(run: &[Statement<'_>], name: &str) -> (VariableDeclarationKind, Span) {
    for stmt in run {
        if let Statement::VariableDeclaration(v) = stmt {
            for d in &v.declarations {
                if d.id
                    .get_binding_identifiers()
                    .iter()
                    .any(|id| id.name == name)
                {
                    return (v.kind, d.span);
                }
            }
        }
    }
    unreachable!("exports are names the run declares")
}

/// The declarations that replace a run of statements (moved, never copied: a copy of the AST
/// would cost the browser compiler the code to copy every kind of node):
///
/// - one name used afterwards: `kind name = (() => { …run; return name; })();`
/// - several: `const $dx_block0 = (() => { …run; return { a, b }; })();` then
///   `kind a = $dx_block0.a;` for each;
/// - a name the run only pushes markup into (`rows.push(<tr key={i}>…</tr>)`) is read as
///   `… .map(({ i, … }) => <tr key={i}>…</tr>)` of the values pushed instead
///   (`markup_pushes.rs`).
fn called_block<'a>(
    run: Vec<Statement<'a>>,
    exports: &[String],
    index: usize,
    build: &AstBuilder<'a>,
) -> Vec<Statement<'a>> {
    let whole = Span::new(run[0].span().start, run[run.len() - 1].span().end);
    let kinds: Vec<(VariableDeclarationKind, Span)> = exports
        .iter()
        .map(|name| declaration_of(&run, name))
        .collect();
    let mut body = ArenaVec::from_iter_in(run, build);
    let rows: Vec<Option<super::markup_pushes::Row<'a>>> = exports
        .iter()
        .map(|name| super::markup_pushes::rows_of(&mut body, name, build))
        .collect();
    let name_of = |n: &str| super::build::name(n, build);
    let result = match exports {
        [one] => Expression::new_identifier(kinds[0].1, name_of(one), build),
        many => super::build::shorthand_object(
            many.iter()
                .zip(&kinds)
                .map(|(n, (_, span))| (n.as_str(), *span)),
            whole,
            build,
        ),
    };
    body.push(Statement::new_return_statement(whole, Some(result), build));
    let arrow = super::build::arrow(
        whole,
        ArenaVec::new_in(build),
        ArrowFunctionBody::new_function_body(whole, ArenaVec::new_in(build), body, build),
        build,
    );
    let call =
        Expression::new_call_expression(whole, arrow, None, ArenaVec::new_in(build), false, build);
    let declare = |name: &'a str, kind, span, value| {
        let id = oxc_ast::ast::BindingPattern::new_binding_identifier(span, name, build);
        let declarator = VariableDeclarator::new(span, id, None, Some(value), false, build);
        Statement::new_variable_declaration(
            span,
            kind,
            ArenaVec::from_iter_in([declarator], build),
            false,
            build,
        )
    };
    let mut out = Vec::new();
    let block = (exports.len() > 1).then(|| name_of(&format!("$dx_block{index}")));
    let mut call = Some(call);
    if let Some(block) = block {
        let call = call.take().expect("not used yet");
        out.push(declare(block, VariableDeclarationKind::Const, whole, call));
    }
    for ((name, (kind, span)), row) in exports.iter().zip(kinds).zip(rows) {
        let name = name_of(name);
        let mut value = match block {
            Some(block) => Expression::new_static_member_expression(
                span,
                Expression::new_identifier(span, block, build),
                oxc_ast::ast::IdentifierName::new(span, name, build),
                false,
                build,
            ),
            None => call.take().expect("one name: one use of the call"),
        };
        if let Some(row) = row {
            value = super::markup_pushes::mapped(value, row, whole, build);
        }
        out.push(declare(name, kind, span, value));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::desugar::tests::{desugared, squash};

    #[test]
    fn a_loop_building_values_becomes_a_called_function_per_name_used_after() {
        let out = desugared(
            "function App() { const [start] = useState(6); const seq = [start]; let n = start; \
             while (n !== 1) { n = n / 2; seq.push(n); } let peak = start; \
             for (const v of seq) { if (v > peak) peak = v; } return <p>{seq.length} {peak}</p>; }",
        );
        assert_eq!(
            squash(&out),
            squash(
                "function App() { const [start] = useState(6); \
                 const seq = (() => { const seq = [start]; let n = start; \
                 while (n !== 1) { n = n / 2; seq.push(n); } return seq; })(); \
                 let peak = (() => { let peak = start; for (const v of seq) { if (v > peak) peak = v; } \
                 return peak; })(); return <p>{seq.length} {peak}</p>; }"
            )
        );
    }

    #[test]
    fn in_place_changes_of_a_copy_join_the_declaration() {
        let out = desugared(
            "const App = () => { const [by] = useState('a'); const sorted = [...items]; \
             if (by === 'b') sorted.sort((x, y) => x - y); return <p>{sorted[0]}</p>; };",
        );
        assert!(
            squash(&out).contains(
                "const sorted = (() => { const sorted = [...items]; if (by === \"b\") sorted.sort((x, y) => x - y); return sorted; })();"
            ),
            "{out}"
        );
    }

    #[test]
    fn changes_to_anything_but_the_bodys_own_locals_are_left_alone() {
        // A ref, a prop, a module variable, a hook between: the analyzer decides.
        for source in [
            "function App() { const r = useRef(0); r.current += 1; return <p/>; }",
            "function App({ list }) { list.sort(); return <p>{list[0]}</p>; }",
            "let total = 0; function App() { for (const x of [1]) total += x; return <p>{total}</p>; }",
            "function App() { const a = []; const [n] = useState(1); a.push(n); return <p>{a[0]}</p>; }",
            "function helper() { const a = []; for (const x of [1]) a.push(x); return a; }",
            // Values that differ per evaluation, or effects: a render runs them once.
            "function App() { const a = [1, 2]; a.sort(() => Math.random() - 0.5); return <p>{a[0]}</p>; }",
            "function App() { const a = []; for (const x of [1]) { console.log(x); a.push(x); } return <p>{a[0]}</p>; }",
            "function App() { const a = []; const t = new Date(); a.push(t.getTime()); return <p>{a[0]}</p>; }",
            "function App({ xs }) { const out = []; for (const x of xs) { if (!x) return <p/>; out.push(x); } return <p>{out[0]}</p>; }",
        ] {
            let out = desugared(source);
            assert!(!out.contains("=> {"), "rewritten: {source}\n{out}");
        }
    }

    #[test]
    fn markup_pushed_by_a_loop_becomes_data_mapped_to_the_markup() {
        let out = desugared(
            "function App({ n }) { const rows = []; let total = 0; \
             for (let i = 1; i <= n; i++) { const sq = i * i; total += sq; \
             rows.push(<li key={i}>{sq} of {n}</li>); } return <ul>{rows}{total}</ul>; }",
        );
        let out = squash(&out);
        assert!(
            out.contains(
                "const $dx_block0 = (() => { const rows = []; let total = 0; for (let i = 1; i <= n; i++) { const sq = i * i; total += sq; rows.push({ i, sq }); } return { rows, total }; })(); const rows = $dx_block0.rows.map(({ i, sq }) => <li key={i}>{sq} of {n}</li>); let total = $dx_block0.total;"
            ),
            "{out}"
        );
        assert_eq!(out.matches("<li").count(), 1, "{out}");
    }

    #[test]
    fn a_block_bodied_memo_becomes_a_function_called_in_place_unless_it_changes_a_ref() {
        let out = squash(&desugared(
            "function App({ xs }) { const s = useMemo(() => { const t = new Set(); \
             xs.forEach((x) => t.add(x)); return t; }, [xs]); \
             const runs = useRef(0); const f = useMemo(() => { runs.current += 1; return xs[0]; }, [xs]); \
             return <p>{s.size}{f}</p>; }",
        ));
        assert!(
            out.contains("const s = useMemo(() => (() => { const t = new Set(); xs.forEach((x) => t.add(x)); return t; })(), [xs]);"),
            "{out}"
        );
        assert!(
            out.contains("const f = useMemo(() => { runs.current += 1;"),
            "{out}"
        );
    }

    #[test]
    fn a_final_if_else_of_returns_becomes_an_early_return() {
        let out = squash(&desugared(
            "function App({ a, b }) { if (a) { return <p/>; } else if (b) { return <b/>; } else { return <i/>; } }",
        ));
        assert!(
            out.contains("if (a) { return <p />; } if (b) { return <b />; } return <i />; }"),
            "{out}"
        );
        // An `else` that declares a name keeps its block.
        let out = squash(&desugared(
            "function App({ a }) { if (a) return <p/>; else { const x = 1; return <b>{x}</b>; } }",
        ));
        assert!(out.contains("else {"), "{out}");
    }

    #[test]
    fn a_block_nothing_reads_afterwards_is_left_alone() {
        let out = desugared(
            "function App() { const seen = []; for (const x of [1, 2]) seen.push(x); return <p/>; }",
        );
        assert!(!out.contains("=> {"), "{out}");
    }
}
