//! The tiny host of the Micro back-end (`runtime-tiny/host.js`), assembled per app: the app's
//! templates as JS (`templates_js`), the op functions and tagged statements its module needs,
//! the other `dx` imports it uses taken from the full host, then minified.
//!
//! Tags (a trailing comment; on a line that opens brackets it covers the lines up to where
//! they close):
//! - `//@if:a|b`: kept when the module imports `a` or `b`; `//@if:!a|b` when it imports
//!   neither. `js-string` stands for any `wasm:js-string` import.
//! - `//@if-used:name`: kept when the rest of what is kept uses `name` (helpers, state).

use dx_formats::htip::TemplateTable;
use dx_formats::ops::OPS;

use crate::templates_js::templates_js;
use crate::{dx_object, entry_name, minify, object_entries};

const TINY_TEMPLATE: &str = include_str!("../../runtime-tiny/host.js");
const TEMPLATES_MARK: &str = "/*@TEMPLATES@*/\n";
const DX_OBJECT_START: &str = crate::DX_OBJECT_START;

/// What the tiny host exports (the minifier keeps these names).
pub(crate) const EXPORTS: &[&str] = &["start", "startWithBytes"];

/// The tiny JS host of the Micro back-end for a module importing `used` (see
/// `dx_compiler::host_imports`) with the template table `templates`, whose strings
/// `static_strings` its ops name: its own op functions and tagged statements that the module
/// needs, and every other `dx` import (built-ins, timers, logging) taken from the full host's
/// `dx` object, so both hosts implement them with the same code; minified.
pub fn micro_host_js_for(
    used: &[&str],
    templates: &TemplateTable,
    static_strings: &[u32],
) -> String {
    minify::minify(&unminified(used, templates, static_strings), EXPORTS)
}

/// [`micro_host_js_for`] before minifying.
pub(crate) fn unminified(
    used: &[&str],
    templates: &TemplateTable,
    static_strings: &[u32],
) -> String {
    let full = crate::host_js();
    let shared: Vec<&str> = dx_object(&full)
        .map(object_entries)
        .unwrap_or_default()
        .into_iter()
        .filter(|e| used.contains(&entry_name(e)) && !entry_name(e).starts_with("op_"))
        .collect();
    let mut names: Vec<&str> = used.to_vec();
    if used.iter().any(|n| n.starts_with("js:")) {
        names.push("js-string");
    }
    let source =
        TINY_TEMPLATE.replacen(TEMPLATES_MARK, &templates_js(templates, static_strings), 1);

    // The statements tagged with imports.
    let mut js = String::with_capacity(source.len());
    for unit in units(&source) {
        if !unit.tag.is_none_or(|tag| imported(tag, &names)) {
            continue;
        }
        for (i, line) in unit.lines.iter().enumerate() {
            match split_tag(line) {
                (code, Some(tag)) if i > 0 => {
                    if imported(tag, &names) {
                        js.push_str(code);
                        js.push('\n');
                    }
                }
                _ => {
                    js.push_str(line);
                    js.push('\n');
                }
            }
        }
    }

    // The `dx` entries: the module's op functions, then what the full host shares.
    if let Some(body) = dx_object(&js) {
        let start = js.find(DX_OBJECT_START).expect("found above") + DX_OBJECT_START.len();
        // A Micro module imports each op by its opcode (`OpInfo::import_name`).
        let mut kept: String = object_entries(body)
            .into_iter()
            .filter(|e| used.contains(&entry_name(e)))
            .map(
                |e| match OPS.iter().find(|op| op.js_name == entry_name(e)) {
                    Some(op) => e.replacen(
                        &format!("{}:", op.js_name),
                        &format!("{}:", op.import_name),
                        1,
                    ),
                    None => e.to_owned(),
                },
            )
            .collect();
        kept.extend(shared);
        js = format!("{}{}{}", &js[..start], kept, &js[start + body.len()..]);
    }

    // The helpers something kept uses (one may use another: repeat until nothing changes).
    let units = units(&js);
    let mut kept = vec![true; units.len()];
    loop {
        let mut changed = false;
        for (i, unit) in units.iter().enumerate() {
            let Some(name) = unit.tag.and_then(|t| t.strip_prefix("if-used:")) else {
                continue;
            };
            let others: String = units
                .iter()
                .zip(&kept)
                .enumerate()
                .filter(|&(j, (_, k))| j != i && *k)
                .map(|(_, (u, _))| u.lines.join("\n") + "\n")
                .collect();
            let used = minify::uses(&others, name);
            if used != kept[i] {
                kept[i] = used;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut out = String::with_capacity(js.len());
    for (unit, _) in units.iter().zip(&kept).filter(|(_, k)| **k) {
        for line in &unit.lines {
            out.push_str(split_tag(line).0);
            out.push('\n');
        }
    }
    out
}

/// Whether a module importing `names` keeps a statement tagged `tag` (`if:…`; any other tag
/// is decided later).
fn imported(tag: &str, names: &[&str]) -> bool {
    let Some(condition) = tag.strip_prefix("if:") else {
        return true;
    };
    let (negated, alternatives) = match condition.strip_prefix('!') {
        Some(rest) => (true, rest),
        None => (false, condition),
    };
    alternatives.split('|').any(|a| names.contains(&a)) != negated
}

/// A line's code and its tag (the text after ` //@`), if any.
fn split_tag(line: &str) -> (&str, Option<&str>) {
    match line.split_once(" //@") {
        Some((code, tag)) => (code, Some(tag)),
        None => (line, None),
    }
}

/// A statement as tagged: one line, or a tagged line and the lines up to where the brackets it
/// opens close.
struct Unit<'a> {
    tag: Option<&'a str>,
    lines: Vec<&'a str>,
}

fn units(js: &str) -> Vec<Unit<'_>> {
    let mut units = Vec::new();
    let mut lines = js.lines();
    while let Some(line) = lines.next() {
        let (code, tag) = split_tag(line);
        let mut unit = Unit {
            tag,
            lines: vec![line],
        };
        if tag.is_some() {
            let mut depth = minify::bracket_depth(code);
            while depth > 0
                && let Some(next) = lines.next()
            {
                depth += minify::bracket_depth(split_tag(next).0);
                unit.lines.push(next);
            }
        }
        units.push(unit);
    }
    units
}

#[cfg(test)]
mod tests {
    use dx_formats::htip::{Node, Template};
    use oxc_allocator::Vec as ArenaVec;
    use oxc_ast::ast::Statement;
    use oxc_ast_visit::VisitMut;

    use super::*;

    /// A table with one template, `<p>{text}</p>` (slot 0 is the text).
    fn table() -> TemplateTable {
        let mut t = TemplateTable::default();
        let [p, empty] = ["p", ""].map(|s| t.intern(s));
        t.templates.push(Template {
            roots: vec![Node::Element {
                svg: false,
                tag: p,
                attrs: vec![],
                children: vec![Node::Text(empty)],
            }],
            slots: vec![vec![0, 0]],
        });
        t
    }

    #[test]
    fn the_tiny_host_has_every_op_and_keeps_only_what_a_module_uses() {
        for op in OPS {
            let js = micro_host_js_for(&[op.js_name], &table(), &[]);
            assert!(
                js.contains(&format!("{}:", op.import_name)),
                "{}",
                op.js_name
            );
        }
        let used = ["op_CLONE", "op_SET_TEXT_NUM", "op_LISTEN"];
        let counter = unminified(&used, &table(), &[]);
        assert!(
            !counter.contains("op_SET_ATTR")
                && !counter.contains("rowOf")
                && !counter.contains("concat:")
                && !counter.contains("scheduleFlush")
                && !counter.contains("importedStringConstants"),
            "{counter}"
        );
        assert!(
            counter.contains("delegate")
                && counter.contains("slot(0, element(\"p\", {}, slot(1, new Text)))")
        );
        let shipped = micro_host_js_for(&used, &table(), &[]);
        assert!(
            !shipped.contains("//") && !shipped.contains("/*"),
            "tags and comments are stripped"
        );
        // Shared imports come from the full host, with the helpers they use.
        let with_builtins = unminified(
            &[
                "op_CLONE",
                "is_nan",
                "log_num",
                "log_end",
                "set_timeout",
                "js:concat",
                "'",
            ],
            &table(),
            &[],
        );
        assert!(with_builtins.contains("is_nan:") && with_builtins.contains("const bool ="));
        assert!(
            with_builtins.contains("let line = []") && with_builtins.contains("concat: (a, b)")
        );
        assert!(with_builtins.contains("const fire =") && with_builtins.contains("scheduleFlush"));
        assert!(with_builtins.contains("new Proxy"));
        assert!(with_builtins.contains("importedStringConstants"));
        assert!(
            !with_builtins.contains("delegate"),
            "no listeners, no delegation"
        );
    }

    #[test]
    fn tags_cover_the_lines_a_statement_spans() {
        let js = "a(); //@if:x\nb({ //@if:!x\n  c: 1, //@if:y\n  d: 2,\n});\ne();\n";
        let kept = |names: &[&str]| -> String {
            units(js)
                .into_iter()
                .filter(|u| u.tag.is_none_or(|t| imported(t, names)))
                .flat_map(|u| u.lines)
                .map(|l| split_tag(l).0.to_owned() + "\n")
                .collect()
        };
        assert_eq!(kept(&["x"]), "a();\ne();\n");
        assert_eq!(kept(&["y"]), "b({\n  c: 1,\n  d: 2,\n});\ne();\n");
    }

    /// `js` parsed as a module: its code as oxc prints it, and the names it uses without
    /// declaring them (globals).
    fn parse_module(js: &str) -> (String, Vec<String>) {
        let allocator = oxc_allocator::Allocator::default();
        let parsed = oxc_parser::Parser::new(&allocator, js, oxc_span::SourceType::mjs()).parse();
        let errors: Vec<String> = parsed.diagnostics.errors().map(|e| e.to_string()).collect();
        assert!(errors.is_empty() && !parsed.panicked, "{errors:?} in\n{js}");
        let semantic = oxc_semantic::SemanticBuilder::new()
            .with_check_syntax_error(true)
            .build(&parsed.program);
        assert!(
            semantic.diagnostics.is_empty(),
            "{:?} in\n{js}",
            semantic.diagnostics
        );
        let mut globals: Vec<String> = semantic
            .semantic
            .scoping()
            .root_unresolved_references()
            .keys()
            .map(|k| k.to_string())
            .collect();
        globals.sort();
        // The minifier merges `const a = 1; const b = 2;` into one declaration: print each
        // declarator as a declaration of its own, so both forms print alike.
        let mut program = parsed.program;
        SplitDeclarations(oxc_ast::builder::AstBuilder::new(&allocator))
            .visit_program(&mut program);
        let options = oxc_codegen::CodegenOptions {
            comments: oxc_codegen::CommentOptions::disabled(),
            ..Default::default()
        };
        let code = oxc_codegen::Codegen::new()
            .with_options(options)
            .build(&program)
            .code;
        (code, globals)
    }

    struct SplitDeclarations<'a>(oxc_ast::builder::AstBuilder<'a>);

    impl<'a> VisitMut<'a> for SplitDeclarations<'a> {
        fn visit_statements(&mut self, statements: &mut ArenaVec<'a, Statement<'a>>) {
            oxc_ast_visit::walk_mut::walk_statements(self, statements);
            let all = std::mem::replace(statements, ArenaVec::new_in(&self.0));
            for statement in all {
                match statement {
                    Statement::VariableDeclaration(mut d) if d.declarations.len() > 1 => {
                        let (span, kind) = (d.span, d.kind);
                        for declarator in d.declarations.drain(..) {
                            statements.push(Statement::new_variable_declaration(
                                span,
                                kind,
                                ArenaVec::from_iter_in([declarator], &self.0),
                                false,
                                &self.0,
                            ));
                        }
                    }
                    statement => statements.push(statement),
                }
            }
        }
    }

    /// What a browser provides that the tiny host may read.
    const BROWSER_GLOBALS: &[&str] = &[
        "Comment",
        "Date",
        "JSON",
        "Map",
        "Math",
        "Number",
        "Object",
        "Set",
        "String",
        "Text",
        "WebAssembly",
        "addEventListener",
        "removeEventListener",
        "alert",
        "clearTimeout",
        "console",
        "document",
        "globalThis",
        "isFinite",
        "localStorage",
        "location",
        "parseFloat",
        "parseInt",
        "performance",
        "requestAnimationFrame",
        "setInterval",
        "setTimeout",
        "undefined",
        "window",
        "Array",
        "NaN",
        "fetch",
        "Proxy",
        "RegExp",
        "Symbol",
    ];

    /// Every tiny host dx can ship: each import alone (with the one op every app has), and
    /// all at once.
    fn tiny_hosts() -> Vec<(String, String)> {
        let mut names: Vec<&str> = OPS.iter().map(|op| op.js_name).collect();
        let full = crate::host_js();
        names.extend(
            dx_object(&full)
                .map(object_entries)
                .unwrap_or_default()
                .into_iter()
                .map(entry_name)
                .filter(|n| !n.is_empty() && !n.starts_with("op_") && *n != "apply"),
        );
        names.extend(["'", "js:concat", "js:length", "js:equals", "js:compare"]);
        let mut hosts: Vec<(String, String)> = names
            .iter()
            .map(|n| (n.to_string(), unminified(&["op_CLONE", n], &table(), &[0])))
            .collect();
        hosts.push(("every import".into(), unminified(&names, &table(), &[0, 1])));
        hosts
    }

    #[test]
    fn minified_tiny_hosts_parse_and_mean_what_their_sources_mean() {
        for (name, source) in tiny_hosts() {
            let minified = minify::minify(&source, EXPORTS);
            // Only whitespace, comments and redundant punctuation differ from the renamed source.
            let (renamed, renamed_globals) = parse_module(&minify::rename_only(&source, EXPORTS));
            let (code, globals) = parse_module(&minified);
            assert_eq!(code, renamed, "{name}: minifying changed the code");
            // Renaming captured no global and left no reference behind, and every global the
            // host reads is the browser's (no helper was left out).
            assert_eq!(globals, renamed_globals, "{name}");
            assert_eq!(
                globals,
                parse_module(&source).1,
                "{name}: renaming changed the globals"
            );
            for global in &globals {
                assert!(
                    BROWSER_GLOBALS.contains(&global.as_str()),
                    "{name}: {global} is not defined"
                );
            }
            assert!(
                !minified.trim_end().contains('\n'),
                "{name}: a line break stayed (a statement without `;`?):\n{minified}"
            );
        }
    }
}
