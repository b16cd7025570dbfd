//! Content-Type by file extension.

/// Every extension the server knows, with the Content-Type it is served as.
/// Anything not listed (including `.htip`) is `application/octet-stream`.
const TABLE: &[(&str, &str)] = &[
    ("wasm", "application/wasm"),
    ("js", "text/javascript; charset=utf-8"),
    ("mjs", "text/javascript; charset=utf-8"),
    ("html", "text/html; charset=utf-8"),
    ("htm", "text/html; charset=utf-8"),
    ("css", "text/css; charset=utf-8"),
    ("json", "application/json"),
    ("map", "application/json"),
    ("svg", "image/svg+xml"),
    ("png", "image/png"),
    ("jpg", "image/jpeg"),
    ("jpeg", "image/jpeg"),
    ("gif", "image/gif"),
    ("webp", "image/webp"),
    ("ico", "image/x-icon"),
    ("txt", "text/plain; charset=utf-8"),
    ("woff2", "font/woff2"),
];

/// Content-Type for anything the table does not name.
pub const FALLBACK: &str = "application/octet-stream";

/// The Content-Type for a file path, chosen by its extension (case-insensitive).
pub fn content_type(path: &std::path::Path) -> &'static str {
    let Some(ext) = path.extension().and_then(|e| e.to_str()) else {
        return FALLBACK;
    };
    TABLE
        .iter()
        .find(|(known, _)| known.eq_ignore_ascii_case(ext))
        .map_or(FALLBACK, |(_, mime)| mime)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn known_unknown_and_case() {
        assert_eq!(content_type(Path::new("a/app.wasm")), "application/wasm");
        assert_eq!(
            content_type(Path::new("x.MJS")),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(content_type(Path::new("page.htip")), FALLBACK);
        assert_eq!(content_type(Path::new("Makefile")), FALLBACK);
    }
}
