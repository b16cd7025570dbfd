//! Share links: every file of the playground, compressed into the URL fragment.
//!
//! `#code=v1.<base64url(deflate(dx))>` where `dx` is `{entry, files: [[path, text], …]}` in the DX
//! text format (`serializer/`, the project's share format; smaller than JSON before deflate).
//! The version prefix lets the format change without breaking old links. Decoding checks
//! everything and never panics: a broken link is an error message.

use serde::{Deserialize, Serialize};

/// The fragment key.
pub const KEY: &str = "code=";
const VERSION: &str = "v1.";
/// Links whose inflated content exceeds this are refused (a hostile link cannot eat memory).
const MAX_INFLATED: usize = 4 << 20;

/// What a link holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shared {
    /// The entry file's path.
    pub entry: String,
    /// Every file, in tab order.
    pub files: Vec<(String, String)>,
}

/// The fragment (without `#`) for `shared`.
pub fn encode(shared: &Shared) -> String {
    let text = dx_serializer::to_string(shared).expect("strings always serialize");
    let deflated = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9);
    format!("{KEY}{VERSION}{}", base64url(&deflated))
}

/// The files in a fragment (with or without the leading `#`), `Ok(None)` if it holds no code.
pub fn decode(fragment: &str) -> Result<Option<Shared>, String> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let Some(payload) = fragment.strip_prefix(KEY) else {
        return Ok(None);
    };
    let data = payload
        .strip_prefix(VERSION)
        .ok_or("this share link comes from another version of the playground")?;
    let deflated = unbase64url(data).ok_or("the share link is damaged (not base64url)")?;
    let text = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_INFLATED)
        .map_err(|_| "the share link is damaged (cannot inflate it)")?;
    let shared: Shared =
        dx_serializer::from_slice(&text).map_err(|e| format!("the share link is damaged ({e})"))?;
    if shared.files.is_empty() || !shared.files.iter().any(|(p, _)| *p == shared.entry) {
        return Err("the share link names no entry file".to_owned());
    }
    Ok(Some(shared))
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (*b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn unbase64url(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let v = ALPHABET.iter().position(|a| *a == c)? as u32;
        acc = acc << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Shared {
        Shared {
            entry: "App.tsx".into(),
            files: vec![
                (
                    "App.tsx".into(),
                    "export default function App() {\n  return <p>héllo ✓ \"q\" #</p>;\n}\n".into(),
                ),
                ("notes.dx".into(), String::new()),
                (
                    "parts/edge.tsx".into(),
                    "  lead\ttab\r\n\\back^caret|pipe:colon=eq #hash [x] {y} \"q\" 'a' `t` \u{0} 🎉  \n\n".into(),
                ),
                ("42".into(), "true".into()),
            ],
        }
    }

    #[test]
    fn round_trips_exactly() {
        let link = encode(&sample());
        assert!(link.starts_with("code=v1."));
        assert!(
            link.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"=._-".contains(&b)),
            "{link}"
        );
        assert_eq!(decode(&link).unwrap(), Some(sample()));
        assert_eq!(decode(&format!("#{link}")).unwrap(), Some(sample()));
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..40 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(unbase64url(&base64url(&bytes)).unwrap(), bytes, "len {len}");
        }
    }

    #[test]
    fn other_fragments_are_not_links() {
        assert_eq!(decode("").unwrap(), None);
        assert_eq!(decode("#section").unwrap(), None);
    }

    #[test]
    fn damaged_links_are_errors_not_panics() {
        let link = encode(&sample());
        for cut in 0..link.len() {
            let _ = decode(&link[..cut]);
        }
        assert!(decode("code=v1.!!!").is_err());
        assert!(decode("code=v9.AAAA").is_err());
        let mut bytes = link.into_bytes();
        for i in 8..bytes.len() {
            let original = bytes[i];
            bytes[i] = if original == b'A' { b'B' } else { b'A' };
            let _ = decode(std::str::from_utf8(&bytes).unwrap());
            bytes[i] = original;
        }
    }
}
