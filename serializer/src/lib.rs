//! The DX text format: compact enough for LLM prompts and share links, readable by people, and
//! lossless with JSON. The grammar and escaping rules are in `docs/dx-format.md`.
//!
//! ```
//! let dx = "c.task:Our favorite hikes together^loc:Boulder\nf>ana|luis|sam";
//! let value = dx_serializer::parse(dx.as_bytes()).unwrap();
//! assert_eq!(
//!     dx_serializer::to_json(&value),
//!     r#"{"c":{"task":"Our favorite hikes together","loc":"Boulder"},"f":["ana","luis","sam"]}"#
//! );
//! assert_eq!(dx_serializer::encode(&value), dx);
//! ```
//!
//! The pipeline is `parse` (text → [`Value`]) and `encode` ([`Value`] → smallest text), with
//! `format_human` for the expanded view and serde on both sides.

mod de;
mod dict;
mod encode;
mod error;
mod human;
mod number;
mod parse;
mod ser;
mod table;
mod text;
mod value;

pub use de::from_value;
pub use dict::Dict;
pub use error::{Error, ErrorKind, Position};
pub use parse::MAX_DEPTH;
pub use ser::to_value;
pub use value::{Number, Object, Value};

/// Parses DX text. Strings without escapes borrow from `input`. Abbreviations declared in the
/// document (`@short=long`) are expanded.
pub fn parse(input: &[u8]) -> Result<Value<'_>, Error> {
    parse::parse_document(input, None)
}

/// Parses DX text written against a shared abbreviation dictionary.
pub fn parse_with<'a>(input: &'a [u8], dict: &Dict) -> Result<Value<'a>, Error> {
    parse::parse_document(input, Some(dict))
}

/// Writes the smallest DX text that parses back to exactly `value`.
pub fn encode(value: &Value<'_>) -> String {
    encode::encode_document(value, None, false)
}

/// Like [`encode`], abbreviating keys with a dictionary the reader also has ([`parse_with`]).
pub fn encode_with(value: &Value<'_>, dict: &Dict) -> String {
    encode::encode_document(value, Some(dict), false)
}

/// Like [`encode_with`], but declares the dictionary in the document (`@short=long` lines), so
/// [`parse`] alone reads it back.
pub fn encode_declaring(value: &Value<'_>, dict: &Dict) -> String {
    encode::encode_document(value, Some(dict), true)
}

/// The human view: indented JSON with short arrays on one line and same-shape objects aligned
/// as rows. Keys are shown in full (abbreviations were expanded when parsing).
pub fn format_human(value: &Value<'_>) -> String {
    human::format(value)
}

/// Reads JSON into a [`Value`], keeping key order (a repeated key keeps its first position and
/// its last value).
pub fn from_json(json: &str) -> Result<Value<'_>, Error> {
    serde_json::from_str(json).map_err(|e| Error {
        kind: ErrorKind::InvalidJson,
        detail: Some(e.to_string()),
        position: (e.line() > 0).then(|| Position {
            line: u32::try_from(e.line()).unwrap_or(u32::MAX),
            column: u32::try_from(e.column()).unwrap_or(u32::MAX),
        }),
    })
}

/// Minified JSON, as serde_json writes it.
pub fn to_json(value: &Value<'_>) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// JSON text → DX text.
pub fn json_to_dx(json: &str) -> Result<String, Error> {
    Ok(encode(&from_json(json)?))
}

/// DX text → minified JSON text.
pub fn dx_to_json(dx: &[u8]) -> Result<String, Error> {
    Ok(to_json(&parse(dx)?))
}

/// Serializes any `Serialize` type as DX.
pub fn to_string<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    Ok(encode(&to_value(value)?))
}

/// Deserializes a type from DX text; `&str` fields borrow from `input` when they can.
pub fn from_str<'de, T: serde::Deserialize<'de>>(input: &'de str) -> Result<T, Error> {
    from_slice(input.as_bytes())
}

/// Deserializes a type from DX bytes.
pub fn from_slice<'de, T: serde::Deserialize<'de>>(input: &'de [u8]) -> Result<T, Error> {
    from_value(parse(input)?)
}
