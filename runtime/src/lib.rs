//! The browser side of a compiled dx app: the JS host that loads the templates and the
//! wasm and applies op batches to the DOM, and the page that starts it.
//!
//! The host is hand-written (`host.js`) except for the op decoding loop and constants,
//! which are generated from the format tables and spliced in here.

use dx_formats::htip::TemplateTable;
use dx_formats::js::host_prelude;

#[cfg(feature = "sizes")]
pub mod sizes;

mod minify;
mod templates_js;
mod tiny;

pub use tiny::micro_host_js_for;

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

/// The JS host of one app, and how its page loads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppHost {
    /// The host as an ES module exporting `start(target, base)` and
    /// `startWithBytes(target, htip, wasm)`.
    pub js: String,
    /// The tiny host of a Micro app: it has the app's templates built in (no `app.htip`) and
    /// the page carries it in its start script (no [`HOST_FILE`]: a file of its own would
    /// cost a request and a compression window of its own). Otherwise the full host.
    pub tiny: bool,
}

impl AppHost {
    /// The files of a built app besides `index.html`, in order: what `dx build` writes and the
    /// playground's Sizes tab lists.
    pub fn files(&self) -> &'static [&'static str] {
        if self.tiny {
            &["app.wasm"]
        } else {
            &[HOST_FILE, "app.htip", "app.wasm"]
        }
    }
}

/// The host an app needs, from the names its module imports from `dx`, its templates and the
/// template strings its ops name (`dx_compiler::Output::static_strings`): a module of the
/// Micro back-end imports the op functions (`op_*`) themselves and gets the tiny host (see
/// [`AppHost::tiny`]); a Macro module imports `apply` and gets the full host with the op-buffer
/// loop.
pub fn host_for_imports(
    used: &[&str],
    templates: &TemplateTable,
    static_strings: &[u32],
) -> AppHost {
    if used.iter().any(|n| n.starts_with("op_")) {
        AppHost {
            js: micro_host_js_for(used, templates, static_strings),
            tiny: true,
        }
    } else {
        AppHost {
            js: host_js_for(used),
            tiny: false,
        }
    }
}

/// The body of the `dx: { … }` object in a host's source.
pub(crate) fn dx_object(js: &str) -> Option<&str> {
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
pub(crate) const DX_OBJECT_START: &str = "    dx: {\n";
const DX_OBJECT_END: &str = "\n    },\n";

/// The property name of an object entry (after any comment lines).
pub(crate) fn entry_name(entry: &str) -> &str {
    let line = entry
        .lines()
        .map(str::trim_start)
        .find(|l| !l.starts_with("//"))
        .unwrap_or("");
    line.split([':', ',']).next().unwrap_or("").trim()
}

/// Splits an object literal's body into its top-level entries (each with its trailing
/// comma and newline), tracking brackets and skipping string contents.
pub(crate) fn object_entries(body: &str) -> Vec<&str> {
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
        preload_links(host, false),
        start_script(host)
    )
}

/// Hints that start downloading the full host, the templates and the wasm while the page is
/// still being parsed, instead of one round trip after another (the page, the host module, then
/// what it fetches; `fetch` reuses the preloads). For the tiny host, which is in the page, only
/// when the page links stylesheets (`styles`): a module script runs once they have loaded, so
/// its `fetch` of `app.wasm` would start only then; with the hint the wasm loads beside them.
/// Over localhost the table benchmark's time to interactive did not move measurably (what is
/// left is the page's first rendering); over a network it saves the wasm's round trip after the
/// styles. Without stylesheets the wasm is the first request after the page anyway, and the
/// hint would only cost bytes.
pub fn preload_links(host: &AppHost, styles: bool) -> String {
    if host.tiny {
        return if styles {
            "<link rel=\"preload\" href=\"./app.wasm\" as=\"fetch\" crossorigin>\n".to_owned()
        } else {
            String::new()
        };
    }
    host.files()
        .iter()
        .map(|file| match *file {
            HOST_FILE => format!("<link rel=\"modulepreload\" href=\"./{file}\">\n"),
            _ => format!("<link rel=\"preload\" href=\"./{file}\" as=\"fetch\" crossorigin>\n"),
        })
        .collect()
}

/// The module script that mounts the app into `#app`, with the host inline or imported from
/// [`HOST_FILE`] (see [`AppHost::tiny`]). A start-up error lands in
/// `document.body.dataset.dxError` and the console. `dx build` puts it before an app
/// template's `</body>`.
pub fn start_script(host: &AppHost) -> String {
    if host.tiny {
        format!(
            "<script type=\"module\">\n{}{}</script>\n",
            script_text(&host.js),
            minify::minify(START, tiny::EXPORTS)
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
    fn micro_modules_get_the_tiny_host_and_macro_modules_the_full_one() {
        let table = TemplateTable::default();
        let macro_ = host_for_imports(&["apply", "num_str"], &table, &[]);
        assert!(macro_.js.contains("function applyOps") && !macro_.tiny);
        assert_eq!(macro_.files(), [HOST_FILE, "app.htip", "app.wasm"]);
        let micro = host_for_imports(&["op_CLONE"], &table, &[]);
        assert!(!micro.js.contains("function applyOps") && micro.tiny);
        assert_eq!(micro.files(), ["app.wasm"]);
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
        let host = host_for_imports(&["apply"], &TemplateTable::default(), &[]);
        assert!(index_html("<a&b>", &host).contains("<title>&lt;a&amp;b&gt;</title>"));
    }

    #[test]
    fn the_page_carries_the_tiny_host_and_loads_the_full_one() {
        let table = TemplateTable::default();
        let full = host_for_imports(&["apply"], &table, &[]);
        let page = index_html("App", &full);
        assert!(page.contains("import { start } from \"./dx-host.js\";"));
        assert!(page.contains("<link rel=\"modulepreload\" href=\"./dx-host.js\">"));
        let tiny = host_for_imports(&["op_CLONE", "op_LISTEN"], &table, &[]);
        let page = index_html("App", &tiny);
        assert!(
            !page.contains(HOST_FILE) && !page.contains("app.htip"),
            "{page}"
        );
        assert!(
            !page.contains("<link"),
            "no preload: the wasm is the first request anyway"
        );
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
