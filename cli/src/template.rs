//! An app's own `index.html`: the page `dx build` writes when the entry's directory has one.
//!
//! The template must contain an element with `id="app"` (where the app mounts) and a `</body>`
//! (dx's start script goes right before it). Every local file it names in `<link href>` or
//! `<script src>` is an asset `dx build` copies next to the page at the same relative path;
//! URLs (`https://…`, `//cdn…`, `data:`) are left to the browser. The scan is a small tokenizer
//! (tags, quoted/unquoted attributes, comments, raw-text elements), not a full HTML parser.

/// The files a build writes itself: references to them are not copied.
const GENERATED: &[&str] = &["index.html", dx_runtime::HOST_FILE, "app.htip", "app.wasm"];

/// A template with dx's start script inserted.
#[derive(Debug)]
pub struct Page {
    /// The page to write as `index.html`.
    pub html: String,
    /// Local files to copy, in order of first reference, without duplicates.
    pub assets: Vec<Asset>,
}

/// A local file the template references.
#[derive(Debug, PartialEq, Eq)]
pub struct Asset {
    /// Normalised path relative to the template's directory (`/`-separated, no `.`/`..`).
    pub path: String,
    /// Byte offset of the reference in the template (for `line:col` in errors).
    pub offset: usize,
}

/// Why a template cannot be used.
#[derive(Debug, PartialEq, Eq)]
pub struct TemplateError {
    /// Byte offset of the problem in the template, when it has one.
    pub offset: Option<usize>,
    pub message: String,
    pub hint: String,
}

impl TemplateError {
    fn new(offset: Option<usize>, message: impl Into<String>, hint: impl Into<String>) -> Self {
        TemplateError {
            offset,
            message: message.into(),
            hint: hint.into(),
        }
    }
}

/// Whether the template links a stylesheet (`<link rel="stylesheet">`): the page's module
/// script then runs only once it has loaded (see `dx_runtime::preload_links`).
pub fn links_stylesheets(template: &str) -> bool {
    scan(template).stylesheets
}

/// Inserts `head` (preload hints) before the template's `</head>`, when it has one, and
/// `start_script` before its `</body>`, and lists the local files it references.
pub fn fill(template: &str, head: &str, start_script: &str) -> Result<Page, TemplateError> {
    let scan = scan(template);
    if !scan.has_app {
        return Err(TemplateError::new(
            None,
            "no element with id=\"app\"",
            "add <div id=\"app\"></div> inside <body>: the app mounts into it",
        ));
    }
    if let Some(offset) = scan.loads_host {
        return Err(TemplateError::new(
            Some(offset),
            format!("the template loads {} itself", dx_runtime::HOST_FILE),
            "remove that script: dx build inserts the one that starts the app before </body>",
        ));
    }
    let Some(body_end) = scan.body_end else {
        return Err(TemplateError::new(
            None,
            "no </body>",
            "end the body with </body>: dx build inserts the script that starts the app before it",
        ));
    };
    let mut assets: Vec<Asset> = Vec::new();
    for (value, offset) in scan.references {
        if let Some(path) = local_path(value).map_err(|(message, hint)| {
            TemplateError::new(Some(offset), format!("`{value}`: {message}"), hint)
        })? && !GENERATED.contains(&path.as_str())
            && !assets.iter().any(|a| a.path == path)
        {
            assets.push(Asset { path, offset });
        }
    }
    let mut html = String::with_capacity(template.len() + head.len() + start_script.len());
    match scan.head_end.filter(|&h| h < body_end) {
        Some(head_end) => {
            html.push_str(&template[..head_end]);
            html.push_str(head);
            html.push_str(&template[head_end..body_end]);
        }
        None => html.push_str(&template[..body_end]),
    }
    html.push_str(start_script);
    html.push_str(&template[body_end..]);
    Ok(Page { html, assets })
}

/// `page` with `html` inserted at the start of its `id="app"` element (the prerendered first
/// frame, which the host replaces with the live DOM when it mounts); `None` without one.
pub fn insert_into_app(page: &str, html: &str) -> Option<String> {
    let at = scan(page).app_content?;
    Some(format!("{}{html}{}", &page[..at], &page[at..]))
}

/// What the tokenizer found.
#[derive(Default)]
struct Scan<'a> {
    has_app: bool,
    /// Offset just after the start tag of the first element with id="app".
    app_content: Option<usize>,
    /// Offset of the last `</body>`.
    body_end: Option<usize>,
    /// Offset of the first `</head>`.
    head_end: Option<usize>,
    /// A `<link rel="stylesheet">` was seen.
    stylesheets: bool,
    /// Offset of a script that loads the dx host.
    loads_host: Option<usize>,
    /// `<link href>` and `<script src>` values with their offsets.
    references: Vec<(&'a str, usize)>,
}

fn scan(html: &str) -> Scan<'_> {
    let bytes = html.as_bytes();
    let mut found = Scan::default();
    let mut pos = 0;
    while let Some(lt) = html[pos..].find('<').map(|i| pos + i) {
        let rest = &html[lt..];
        if rest.starts_with("<!--") {
            pos = html[lt + 4..]
                .find("-->")
                .map_or(html.len(), |i| lt + 4 + i + 3);
        } else if rest.starts_with("<!") || rest.starts_with("<?") {
            pos = skip_to_gt(html, lt);
        } else if rest.starts_with("</") {
            let (name, _) = tag_name(html, lt + 2);
            if name.eq_ignore_ascii_case("body") {
                found.body_end = Some(lt);
            } else if name.eq_ignore_ascii_case("head") {
                found.head_end.get_or_insert(lt);
            }
            pos = skip_to_gt(html, lt);
        } else if bytes.get(lt + 1).is_some_and(u8::is_ascii_alphabetic) {
            let (name, after_name) = tag_name(html, lt + 1);
            let (attributes, end) = attributes(html, after_name);
            let attr = |wanted: &str| {
                attributes
                    .iter()
                    .find(|(n, _, _)| n.eq_ignore_ascii_case(wanted))
            };
            if attr("id").is_some_and(|(_, v, _)| *v == "app") {
                found.has_app = true;
                found.app_content.get_or_insert(end);
            }
            let name = name.to_ascii_lowercase();
            if name == "link"
                && attr("rel").is_some_and(|(_, rel, _)| {
                    rel.split_ascii_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("stylesheet"))
                })
            {
                found.stylesheets = true;
            }
            let reference = match name.as_str() {
                "link" => attr("href"),
                "script" => attr("src"),
                _ => None,
            };
            if let Some((_, value, offset)) = reference {
                found.references.push((value, *offset));
                if name == "script" && value.trim() == dx_runtime::HOST_FILE {
                    found.loads_host = Some(*offset);
                }
            }
            pos = end;
            // The text of these elements is not markup: skip to their end tag.
            if matches!(name.as_str(), "script" | "style" | "textarea" | "title") {
                let close = format!("</{name}");
                let text_end = find_ignore_case(html, end, &close).unwrap_or(html.len());
                if name == "script" && html[end..text_end].contains(dx_runtime::HOST_FILE) {
                    found.loads_host = Some(end);
                }
                pos = text_end;
            }
        } else {
            pos = lt + 1;
        }
    }
    found
}

fn skip_to_gt(html: &str, from: usize) -> usize {
    html[from..].find('>').map_or(html.len(), |i| from + i + 1)
}

fn tag_name(html: &str, from: usize) -> (&str, usize) {
    let end = html[from..]
        .find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
        .map_or(html.len(), |i| from + i);
    (&html[from..end], end)
}

/// The attributes of a start tag from `from` (just after its name): (name, value, value's
/// offset), and the offset just after the tag's `>`.
fn attributes(html: &str, from: usize) -> (Vec<(&str, &str, usize)>, usize) {
    let bytes = html.as_bytes();
    let mut found = Vec::new();
    let mut i = from;
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() {
            return (found, html.len());
        }
        if bytes[i] == b'>' {
            return (found, i + 1);
        }
        let name_start = i;
        while i < bytes.len()
            && !matches!(bytes[i], b'=' | b'>' | b'/')
            && !bytes[i].is_ascii_whitespace()
        {
            i += 1;
        }
        let name = &html[name_start..i];
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if bytes.get(i) != Some(&b'=') {
            found.push((name, "", i));
            continue;
        }
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let (value_start, value_end, next) = match bytes.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                let end = html[i + 1..]
                    .find(q as char)
                    .map_or(html.len(), |n| i + 1 + n);
                (i + 1, end, (end + 1).min(html.len()))
            }
            _ => {
                let end = html[i..]
                    .find(|c: char| c.is_ascii_whitespace() || c == '>')
                    .map_or(html.len(), |n| i + n);
                (i, end, end)
            }
        };
        found.push((name, &html[value_start..value_end], value_start));
        i = next;
    }
}

fn find_ignore_case(html: &str, from: usize, needle: &str) -> Option<usize> {
    html.as_bytes()[from..]
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
        .map(|i| from + i)
}

/// The normalised relative path a reference names; `Ok(None)` for URLs, fragments and
/// directories (nothing to copy); `Err((message, hint))` for paths that leave the app directory.
fn local_path(value: &str) -> Result<Option<String>, (String, String)> {
    let value = value.trim();
    let is_url = value.starts_with("//")
        || value.split_once(':').is_some_and(|(scheme, _)| {
            scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        });
    if is_url || value.is_empty() || value.starts_with(['#', '?']) {
        return Ok(None);
    }
    let path = value.split(['?', '#']).next().unwrap_or_default();
    let path = percent_decode(path);
    if path.starts_with('/') {
        return Err((
            "an absolute path".into(),
            "write it relative to the template's directory (dx build copies it there)".into(),
        ));
    }
    if path.contains('\\') {
        return Err((
            "a path with a backslash".into(),
            "separate directories with `/`".into(),
        ));
    }
    let mut parts: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err((
                        "a path outside the app's directory".into(),
                        "dx build copies only files inside the directory of index.html: move the file there".into(),
                    ));
                }
            }
            s => parts.push(s),
        }
    }
    if parts.is_empty() || path.ends_with('/') {
        return Ok(None);
    }
    Ok(Some(parts.join("/")))
}

/// `%20` → ` ` (invalid escapes stay as written).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).and_then(|b| hex(*b)),
            bytes.get(i + 2).and_then(|b| hex(*b)),
        ) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCRIPT: &str = "<script>start()</script>\n";

    fn paths(template: &str) -> Vec<String> {
        fill(template, "", SCRIPT)
            .unwrap()
            .assets
            .into_iter()
            .map(|a| a.path)
            .collect()
    }

    #[test]
    fn inserts_the_script_before_the_last_body_end_tag() {
        let page = fill(
            "<html><body><div id=app></div><!-- </body> --></BODY></html>",
            "",
            SCRIPT,
        )
        .unwrap();
        assert_eq!(
            page.html,
            "<html><body><div id=app></div><!-- </body> --><script>start()</script>\n</BODY></html>"
        );
    }

    #[test]
    fn finds_link_and_script_references_in_any_quoting() {
        let template = r#"<head><link rel="stylesheet" href="node_modules/todomvc-app-css/index.css">
<link rel=icon href=./img/icon.png><LINK HREF='a%20b.css?v=2#x'>
<link rel="stylesheet" href="https://cdn.example/bootstrap.css"><link href="//cdn/x.css"><link href="data:text/css,">
<script src="js/extra.js"></script><script>const s = '<link href="not-a-link.css">';</script>
<!-- <link href="commented.css"> --><link rel="preload" href="app.wasm">
<style>a[href="style.css"] {}</style><link href="css/../img/icon.png"></head>
<body><div class="x" id="app"></div></body>"#;
        assert_eq!(
            paths(template),
            [
                "node_modules/todomvc-app-css/index.css",
                "img/icon.png",
                "a b.css",
                "js/extra.js"
            ]
        );
        let page = fill(template, "", SCRIPT).unwrap();
        assert_eq!(&template[page.assets[1].offset..][..13], "./img/icon.pn");
    }

    #[test]
    fn puts_the_preload_hints_before_the_head_end_tag_and_sees_stylesheets() {
        let template = "<html><head><title></head></title><LINK REL=\"preload stylesheet\" href=x.css></HEAD><body><div id=app></div></body></html>";
        assert!(links_stylesheets(template));
        let page = fill(template, "<link rel=preload>", SCRIPT).unwrap();
        assert_eq!(
            page.html,
            "<html><head><title></head></title><LINK REL=\"preload stylesheet\" href=x.css><link rel=preload></HEAD><body><div id=app></div><script>start()</script>\n</body></html>"
        );
        // Without a head end tag the hints are left out; other links are no stylesheets.
        let bare = "<link rel=icon href=i.png><div id=app></div></body>";
        assert!(!links_stylesheets(bare));
        let page = fill(bare, "<link rel=preload>", SCRIPT).unwrap();
        assert!(!page.html.contains("preload"), "{}", page.html);
    }

    #[test]
    fn rejects_paths_outside_the_app_directory() {
        for bad in ["../secret.css", "a/../../x.css", "/etc/passwd", "a\\b.css"] {
            let template = format!("<link href=\"{bad}\"><div id=\"app\"></div></body>");
            let error = fill(&template, "", SCRIPT).unwrap_err();
            assert_eq!(error.offset, Some(12), "{bad}");
            assert!(error.message.contains(bad), "{error:?}");
        }
    }

    #[test]
    fn prerendered_html_goes_inside_the_app_element() {
        let page =
            "<body><!-- <div id=\"app\"> --><div class=x id=\"app\" data-a=\">\">old</div></body>";
        assert_eq!(
            insert_into_app(page, "<p>1</p>").unwrap(),
            "<body><!-- <div id=\"app\"> --><div class=x id=\"app\" data-a=\">\"><p>1</p>old</div></body>"
        );
        assert_eq!(insert_into_app("<body></body>", "<p>"), None);
    }

    #[test]
    fn needs_an_app_element_and_a_body_end_tag_and_no_host_script() {
        let no_app = fill(
            "<body><div id=\"main\"></div><!-- id=\"app\" --></body>",
            "",
            SCRIPT,
        );
        assert!(no_app.unwrap_err().message.contains("id=\"app\""));
        let no_body = fill("<div id=\"app\"></div>", "", SCRIPT);
        assert!(no_body.unwrap_err().message.contains("</body>"));
        for host in [
            "<script src=\"dx-host.js\"></script>",
            "<script type=module>import { start } from './dx-host.js';</script>",
        ] {
            let error = fill(&format!("<div id=app></div>{host}</body>"), "", SCRIPT).unwrap_err();
            assert!(error.message.contains("dx-host.js"), "{error:?}");
        }
    }
}
