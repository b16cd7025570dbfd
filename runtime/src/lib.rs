//! The browser side of a compiled dx app: the JS host that loads the templates and the
//! wasm and applies op batches to the DOM, and the page that starts it.
//!
//! The host is hand-written (`host.js`) except for the op decoding loop and constants,
//! which are generated from the format tables and spliced in here.

use dx_formats::js::host_prelude;

const HOST_TEMPLATE: &str = include_str!("../host.js");
const GENERATED_MARK: &str = "/*@GENERATED@*/";

/// File name of the JS host inside a built app.
pub const HOST_FILE: &str = "dx-host.js";

/// The complete JS host module (an ES module exporting `start(target, base)`).
pub fn host_js() -> String {
    HOST_TEMPLATE.replacen(GENERATED_MARK, &host_prelude(), 1)
}

/// The `index.html` of a built app: an `#app` container and a module script that mounts it.
pub fn index_html(title: &str) -> String {
    let title = escape_html(title);
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n</head>\n<body>\n<div id=\"app\"></div>\n<script type=\"module\">\nimport {{ start }} from \"./{HOST_FILE}\";\nstart(document.getElementById(\"app\")).catch((e) => {{ console.error(e); document.body.dataset.dxError = String(e); }});\n</script>\n</body>\n</html>\n"
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
    fn index_escapes_title() {
        assert!(index_html("<a&b>").contains("<title>&lt;a&amp;b&gt;</title>"));
    }
}
