//! The browser side of a compiled dx app: the JS host that loads the templates and the
//! wasm and applies op batches to the DOM, and the page that starts it.
//!
//! The host is hand-written (`host.js`) except for the op decoding loop and constants,
//! which are generated from the format tables and spliced in here.

use dx_formats::js::host_prelude;

#[cfg(feature = "sizes")]
pub mod sizes;

mod minify;

const HOST_TEMPLATE: &str = include_str!("../host.js");
const GENERATED_MARK: &str = "/*@GENERATED@*/";

/// File name of the JS host inside a built app.
pub const HOST_FILE: &str = "dx-host.js";

/// The complete JS host module (an ES module exporting `start(target, base)`).
pub fn host_js() -> String {
    HOST_TEMPLATE.replacen(GENERATED_MARK, &host_prelude(), 1)
}

/// The JS host with only the `dx` imports in `used` (the names a module imports from
/// module `dx`): an app ships the host functions it calls and no others.
pub fn host_js_for(used: &[&str]) -> String {
    let full = host_js();
    let Some(start) = full
        .find(DX_OBJECT_START)
        .map(|i| i + DX_OBJECT_START.len())
    else {
        return full;
    };
    let Some(len) = full[start..].find(DX_OBJECT_END).map(|i| i + 1) else {
        return full;
    };
    let body = &full[start..start + len];
    let kept: String = object_entries(body)
        .into_iter()
        .filter(|entry| used.contains(&entry_name(entry)))
        .collect();
    strip_comment_lines(&format!(
        "{}{}{}",
        &full[..start],
        kept,
        &full[start + len..]
    ))
}

const TINY_TEMPLATE: &str = include_str!("../../runtime-tiny/host.js");

/// The JS host of one app, and how its page loads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppHost {
    /// The host as an ES module exporting `start(target, base)` and
    /// `startWithBytes(target, htip, wasm)`.
    pub js: String,
    /// Whether the page carries the host in its start script (the tiny host: a file of its
    /// own would cost a request and a compression window of its own) instead of loading
    /// [`HOST_FILE`].
    pub inline: bool,
}

/// The host an app needs, from the names its module imports from `dx`: a module of the
/// Micro back-end imports the op functions (`op_*`) themselves and gets the tiny host, inline
/// in the page; a Macro module imports `apply` and gets the full host with the op-buffer loop,
/// as [`HOST_FILE`].
pub fn host_for_imports(used: &[&str]) -> AppHost {
    if used.iter().any(|n| n.starts_with("op_")) {
        AppHost {
            js: micro_host_js_for(used),
            inline: true,
        }
    } else {
        AppHost {
            js: host_js_for(used),
            inline: false,
        }
    }
}

/// The tiny JS host of the Micro back-end (`runtime-tiny/host.js`) for a module importing
/// `used` (see `dx_compiler::host_imports`): its own op functions and tagged lines that the
/// module needs, and every other `dx` import (built-ins, timers, logging) taken from the full
/// host's `dx` object, so both hosts implement them with the same code.
pub fn micro_host_js_for(used: &[&str]) -> String {
    minify::minify(&unminified_tiny_host(used), TINY_EXPORTS)
}

/// [`micro_host_js_for`] before minifying.
fn unminified_tiny_host(used: &[&str]) -> String {
    let full = host_js();
    let shared: Vec<&str> = dx_object(&full)
        .map(object_entries)
        .unwrap_or_default()
        .into_iter()
        .filter(|e| used.contains(&entry_name(e)) && !entry_name(e).starts_with("op_"))
        .collect();
    let mut names: Vec<&str> = used.to_vec();
    if shared.iter().any(|e| e.contains("bool(")) {
        names.push("bool");
    }
    let mut js = String::with_capacity(TINY_TEMPLATE.len());
    for line in TINY_TEMPLATE.lines() {
        let line = match line.split_once(" //@if:") {
            None => line,
            Some((code, tag)) => {
                let keep = match tag.strip_prefix('!') {
                    Some(name) => !names.contains(&name),
                    None => names.contains(&tag),
                };
                if !keep {
                    continue;
                }
                code
            }
        };
        js.push_str(line);
        js.push('\n');
    }
    for kind in dx_formats::htip::NODE_KINDS {
        js = js.replace(&format!("NODE_{}", kind.name), &kind.code.to_string());
    }
    let Some(body) = dx_object(&js) else {
        return js;
    };
    let start = js.find(DX_OBJECT_START).expect("found above") + DX_OBJECT_START.len();
    let mut kept: String = object_entries(body)
        .into_iter()
        .filter(|e| used.contains(&entry_name(e)))
        .collect();
    kept.extend(shared);
    format!("{}{}{}", &js[..start], kept, &js[start + body.len()..])
}

/// What the tiny host exports (the minifier keeps these names).
const TINY_EXPORTS: &[&str] = &["start", "startWithBytes"];

/// The body of the `dx: { … }` object in a host's source.
fn dx_object(js: &str) -> Option<&str> {
    let start = js.find(DX_OBJECT_START)? + DX_OBJECT_START.len();
    let len = js[start..].find(DX_OBJECT_END)? + 1;
    Some(&js[start..start + len])
}

/// Drops whole-line `//` comments and `/** … */` blocks: they are for readers of `host.js`,
/// not for every app's users to download.
fn strip_comment_lines(js: &str) -> String {
    let mut out = String::with_capacity(js.len());
    let mut in_block = false;
    for line in js.lines() {
        let t = line.trim_start();
        if in_block {
            in_block = !t.contains("*/");
            continue;
        }
        if t.starts_with("/**") || t.starts_with("/*") && !t.starts_with("/*@") {
            in_block = !t.contains("*/");
            continue;
        }
        if t.starts_with("//") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Where the `dx` import object's entries start and end in `host.js`.
const DX_OBJECT_START: &str = "    dx: {\n";
const DX_OBJECT_END: &str = "\n    },\n";

/// The property name of an object entry (after any comment lines).
fn entry_name(entry: &str) -> &str {
    let line = entry
        .lines()
        .map(str::trim_start)
        .find(|l| !l.starts_with("//"))
        .unwrap_or("");
    line.split([':', ',']).next().unwrap_or("").trim()
}

/// Splits an object literal's body into its top-level entries (each with its trailing
/// comma and newline), tracking brackets and skipping string contents.
fn object_entries(body: &str) -> Vec<&str> {
    let mut entries = Vec::new();
    let (mut depth, mut start, mut quote) = (0i32, 0, None::<char>);
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match (quote, c) {
            (Some(_), '\\') => {
                chars.next();
            }
            (None, '/') if body[i..].starts_with("//") => {
                while chars.peek().is_some_and(|(_, c)| *c != '\n') {
                    chars.next();
                }
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'' | '`') => quote = Some(c),
            (None, '(' | '[' | '{') => depth += 1,
            (None, ')' | ']' | '}') => depth -= 1,
            (None, ',') if depth == 0 => {
                let end = body[i..].find('\n').map_or(body.len(), |n| i + n + 1);
                entries.push(&body[start..end]);
                start = end;
                while chars.peek().is_some_and(|(j, _)| *j < end) {
                    chars.next();
                }
            }
            _ => {}
        }
    }
    if start < body.len() && !body[start..].trim().is_empty() {
        entries.push(&body[start..]);
    }
    entries
}

/// The `index.html` of a built app: an `#app` container and the [`start_script`] that mounts it.
pub fn index_html(title: &str, host: &AppHost) -> String {
    let title = escape_html(title);
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n{}</head>\n<body>\n<div id=\"app\"></div>\n{}</body>\n</html>\n",
        preload_links(host),
        start_script(host)
    )
}

/// Hints that start downloading the host, the templates and the wasm while the page is still
/// being parsed, instead of after the host module has run (`fetch` reuses the preloads).
pub fn preload_links(host: &AppHost) -> String {
    let module = if host.inline {
        String::new()
    } else {
        format!("<link rel=\"modulepreload\" href=\"./{HOST_FILE}\">\n")
    };
    format!(
        "{module}<link rel=\"preload\" href=\"./app.wasm\" as=\"fetch\" crossorigin>\n<link rel=\"preload\" href=\"./app.htip\" as=\"fetch\" crossorigin>\n"
    )
}

/// The module script that mounts the app into `#app`, with the host inline or imported from
/// [`HOST_FILE`] (see [`AppHost::inline`]). A start-up error lands in
/// `document.body.dataset.dxError` and the console. `dx build` puts it before an app
/// template's `</body>`.
pub fn start_script(host: &AppHost) -> String {
    if host.inline {
        format!(
            "<script type=\"module\">\n{}{}</script>\n",
            script_text(&host.js),
            minify::minify(START, TINY_EXPORTS)
        )
    } else {
        format!(
            "<script type=\"module\">\nimport {{ start }} from \"./{HOST_FILE}\";\n{START}\n</script>\n"
        )
    }
}

/// Mounts the app; an error is thrown on to the console as well.
const START: &str = "start(document.getElementById(\"app\")).catch((e) => { document.body.dataset.dxError = e; throw e; });";

/// `js` as the text of a `<script>` element: `</script` would end the element early and `<!--`
/// would change how the HTML parser reads the rest (both can only occur in string literals of
/// dx's hosts, where `<\/script` and `<\!--` mean the same).
fn script_text(js: &str) -> String {
    js.replace("</script", "<\\/script")
        .replace("<!--", "<\\!--")
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use dx_formats::ops::OPS;

    #[test]
    fn host_defines_exactly_one_function_per_op() {
        let js = host_js();
        assert!(!js.contains(GENERATED_MARK));
        for op in OPS {
            assert_eq!(
                js.matches(&format!("function {}(", op.js_name)).count(),
                1,
                "{}",
                op.js_name
            );
        }
        assert_eq!(
            js.matches("function op_").count(),
            OPS.len(),
            "host has op functions the table lacks"
        );
    }

    #[test]
    fn the_tiny_host_has_every_op_and_keeps_only_what_a_module_uses() {
        for op in OPS {
            let js = micro_host_js_for(&[op.js_name]);
            assert!(js.contains(&format!("{}:", op.js_name)), "{}", op.js_name);
        }
        let used = ["op_CLONE", "op_SET_TEXT_NUM", "op_LISTEN"];
        let counter = unminified_tiny_host(&used);
        assert!(
            !counter.contains("op_SET_ATTR")
                && !counter.contains("rowOf")
                && !counter.contains("concat:")
        );
        assert!(
            !counter.contains("NODE_"),
            "node kinds are substituted from the HTIP table"
        );
        let shipped = micro_host_js_for(&used);
        assert!(
            !shipped.contains("//") && !shipped.contains("/*"),
            "tags and comments are stripped"
        );
        // Shared imports come from the full host, with what they need.
        let with_builtins =
            unminified_tiny_host(&["op_CLONE", "is_nan", "log_num", "log_end", "js:concat", "'"]);
        assert!(with_builtins.contains("is_nan:") && with_builtins.contains("const bool ="));
        assert!(
            with_builtins.contains("let line = []") && with_builtins.contains("concat: (a, b)")
        );
        assert!(with_builtins.contains("i.module == \"'\""));
        // A Macro module (it imports `apply`) gets the full host.
        let macro_ = host_for_imports(&["apply", "num_str"]);
        assert!(macro_.js.contains("function applyOps") && !macro_.inline);
        let micro = host_for_imports(&["op_CLONE"]);
        assert!(!micro.js.contains("function applyOps") && micro.inline);
    }

    #[test]
    fn host_for_an_app_keeps_only_the_imports_it_uses() {
        let full = host_js();
        let trimmed = host_js_for(&["apply", "num_str", "log_end"]);
        assert!(trimmed.len() < full.len());
        assert!(
            trimmed.contains("num_str:")
                && trimmed.contains("log_end: () =>")
                && trimmed.contains("      apply,")
        );
        assert!(!trimmed.contains("str_trim:") && !trimmed.contains("window_listen:"));
        assert!(
            !trimmed.contains("\n// ") && !trimmed.contains("/**"),
            "comments are stripped"
        );
        // Everything outside the `dx` object is untouched.
        assert!(
            trimmed.contains("\"wasm:js-string\": {") && trimmed.contains("function op_CLONE(")
        );
        // Every entry survives when every name is used.
        let all: Vec<&str> =
            object_entries(&full[full.find(DX_OBJECT_START).unwrap() + DX_OBJECT_START.len()..])
                .iter()
                .map(|e| entry_name(e))
                .take_while(|n| !n.is_empty() && !n.starts_with('}'))
                .collect();
        assert!(all.len() > 30, "{all:?}");
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
        let options = oxc_codegen::CodegenOptions {
            comments: oxc_codegen::CommentOptions::disabled(),
            ..Default::default()
        };
        let code = oxc_codegen::Codegen::new()
            .with_options(options)
            .build(&parsed.program)
            .code;
        (code, globals)
    }

    /// Every tiny host dx can ship: each import alone, and all at once.
    fn tiny_hosts() -> Vec<(String, String)> {
        let mut names: Vec<&str> = OPS.iter().map(|op| op.js_name).collect();
        let full = host_js();
        names.extend(
            dx_object(&full)
                .map(object_entries)
                .unwrap_or_default()
                .into_iter()
                .map(entry_name)
                .filter(|n| !n.is_empty() && !n.starts_with("op_")),
        );
        names.extend(["'", "js:concat", "js:length", "js:equals", "js:compare"]);
        let mut hosts: Vec<(String, String)> = names
            .iter()
            .map(|n| (n.to_string(), unminified_tiny_host(&["op_CLONE", n])))
            .collect();
        hosts.push(("every import".into(), unminified_tiny_host(&names)));
        hosts
    }

    #[test]
    fn minified_tiny_hosts_parse_and_mean_what_their_sources_mean() {
        for (name, source) in tiny_hosts() {
            let minified = minify::minify(&source, TINY_EXPORTS);
            // Only whitespace, comments and redundant punctuation differ from the renamed source.
            let (renamed, renamed_globals) =
                parse_module(&minify::rename_only(&source, TINY_EXPORTS));
            let (code, globals) = parse_module(&minified);
            assert_eq!(code, renamed, "{name}: minifying changed the code");
            // Renaming captured no global and left no reference behind.
            assert_eq!(globals, renamed_globals, "{name}");
            assert_eq!(
                globals,
                parse_module(&source).1,
                "{name}: renaming changed the globals"
            );
            assert!(
                !minified.trim_end().contains('\n'),
                "{name}: a line break stayed (a statement without `;`?):\n{minified}"
            );
        }
    }

    #[test]
    fn index_escapes_title() {
        let host = host_for_imports(&["apply"]);
        assert!(index_html("<a&b>", &host).contains("<title>&lt;a&amp;b&gt;</title>"));
    }

    #[test]
    fn the_page_carries_the_tiny_host_and_loads_the_full_one() {
        let full = host_for_imports(&["apply"]);
        let page = index_html("App", &full);
        assert!(page.contains("import { start } from \"./dx-host.js\";"));
        assert!(page.contains("<link rel=\"modulepreload\" href=\"./dx-host.js\">"));
        let tiny = host_for_imports(&["op_CLONE", "op_LISTEN"]);
        let page = index_html("App", &tiny);
        assert!(!page.contains(HOST_FILE), "{page}");
        let script = start_script(&tiny);
        assert!(script.starts_with(&format!("<script type=\"module\">\n{}", tiny.js)));
        assert!(
            script.ends_with(".catch(e=>{document.body.dataset.dxError=e;throw e});\n</script>\n")
        );
        assert_eq!(page.matches("</script>").count(), 1);
        assert_eq!(
            script_text("a = \"</script><!--\";"),
            "a = \"<\\/script><\\!--\";"
        );
    }
}
