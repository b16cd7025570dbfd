//! The browser side of a compiled dx app: the JS host that loads the templates and the
//! wasm and applies op batches to the DOM, and the page that starts it.
//!
//! The host is hand-written (`host.js`) except for the op decoding loop and constants,
//! which are generated from the format tables and spliced in here.

use dx_formats::js::host_prelude;

#[cfg(feature = "sizes")]
pub mod sizes;

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
pub fn index_html(title: &str) -> String {
    let title = escape_html(title);
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n</head>\n<body>\n<div id=\"app\"></div>\n{}</body>\n</html>\n",
        start_script()
    )
}

/// The module script that imports the host and mounts the app into `#app` (a start-up error
/// lands in `document.body.dataset.dxError`). `dx build` puts it before an app template's
/// `</body>`.
pub fn start_script() -> String {
    format!(
        "<script type=\"module\">\nimport {{ start }} from \"./{HOST_FILE}\";\nstart(document.getElementById(\"app\")).catch((e) => {{ console.error(e); document.body.dataset.dxError = String(e); }});\n</script>\n"
    )
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

    #[test]
    fn index_escapes_title() {
        assert!(index_html("<a&b>").contains("<title>&lt;a&amp;b&gt;</title>"));
    }
}
