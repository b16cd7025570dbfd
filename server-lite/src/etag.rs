//! Strong entity tags from file content, and `If-None-Match` matching.

use sha2::{Digest, Sha256};

/// A strong ETag for `content`: the quoted hex of the first 16 bytes of its SHA-256.
pub fn etag(content: &[u8]) -> String {
    let digest = Sha256::digest(content);
    let mut tag = String::with_capacity(34);
    tag.push('"');
    for byte in &digest[..16] {
        tag.push_str(&format!("{byte:02x}"));
    }
    tag.push('"');
    tag
}

/// Whether an `If-None-Match` header value matches `etag` (RFC 9110 §13.1.2:
/// `*`, or any listed tag equal under weak comparison, i.e. ignoring `W/`).
pub fn if_none_match(header: &str, etag: &str) -> bool {
    header.split(',').map(str::trim).any(|candidate| {
        candidate == "*" || candidate.strip_prefix("W/").unwrap_or(candidate) == etag
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_is_quoted_hex() {
        let tag = etag(b"hello");
        assert_eq!(tag.len(), 34);
        assert_eq!(tag, "\"2cf24dba5fb0a30e26e83b2ac5b9e29e\"");
    }

    #[test]
    fn matching() {
        let tag = etag(b"x");
        assert!(if_none_match(&tag, &tag));
        assert!(if_none_match(&format!("\"nope\", W/{tag}"), &tag));
        assert!(if_none_match("*", &tag));
        assert!(!if_none_match("\"nope\"", &tag));
    }
}
