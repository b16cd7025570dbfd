//! Turning a request's URL path into a path relative to the served root,
//! refusing anything that could name a file outside it.

use std::path::PathBuf;

/// Why a URL path was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Rejected {
    /// A `%` escape is malformed, or the decoded path is not UTF-8.
    BadEncoding,
    /// A segment is `..` or `.`, or contains `\` or NUL (also when percent-encoded).
    Traversal,
}

/// The relative file path for a URL path such as `/assets/app.wasm`, after
/// percent-decoding. Empty segments are dropped, so `//etc/passwd` stays under
/// the root. An empty result means the root directory itself.
pub fn relative_path(url_path: &str) -> Result<PathBuf, Rejected> {
    let decoded = percent_decode(url_path)?;
    let mut relative = PathBuf::new();
    for segment in decoded.split('/').filter(|s| !s.is_empty()) {
        if segment == ".." || segment == "." || segment.contains(['\\', '\0']) {
            return Err(Rejected::Traversal);
        }
        relative.push(segment);
    }
    Ok(relative)
}

fn percent_decode(input: &str) -> Result<String, Rejected> {
    let bytes = input.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3).ok_or(Rejected::BadEncoding)?;
            let hex = std::str::from_utf8(hex).map_err(|_| Rejected::BadEncoding)?;
            out.push(u8::from_str_radix(hex, 16).map_err(|_| Rejected::BadEncoding)?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| Rejected::BadEncoding)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_and_encoded() {
        assert_eq!(relative_path("/"), Ok(PathBuf::new()));
        assert_eq!(relative_path("/a/b.js"), Ok(PathBuf::from("a/b.js")));
        assert_eq!(relative_path("/a%20b.js"), Ok(PathBuf::from("a b.js")));
        assert_eq!(
            relative_path("//etc/passwd"),
            Ok(PathBuf::from("etc/passwd"))
        );
    }

    #[test]
    fn traversal_and_bad_encoding() {
        assert_eq!(relative_path("/../x"), Err(Rejected::Traversal));
        assert_eq!(relative_path("/a/%2e%2E/x"), Err(Rejected::Traversal));
        assert_eq!(relative_path("/a%2f..%2fx"), Err(Rejected::Traversal));
        assert_eq!(relative_path("/a%5c..%5cx"), Err(Rejected::Traversal));
        assert_eq!(relative_path("/a%00"), Err(Rejected::Traversal));
        assert_eq!(relative_path("/a%zz"), Err(Rejected::BadEncoding));
        assert_eq!(relative_path("/a%2"), Err(Rejected::BadEncoding));
        assert_eq!(relative_path("/%ff"), Err(Rejected::BadEncoding));
    }
}
