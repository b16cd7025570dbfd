//! Property tests: random values round-trip exactly through DX and through the human view, and
//! the parser never panics on arbitrary or mutated input (whatever it accepts re-encodes to the
//! same value).

use std::borrow::Cow;

use dx_serializer::{Number, Value, encode, format_human, from_json, parse};
use proptest::prelude::*;

/// Pieces that stress the grammar: every structural character, escapes, look-alikes of typed
/// values, blanks, control characters and non-ASCII text.
const ATOMS: &[&str] = &[
    " ", "  ", "^", "|", ":", ">", "=", "{", "}", "[", "]", "\"", "\\", "#", "@", "%", ".", "~",
    "+", "-", "0", "12", "1.5", "e", "E", "\n", "\t", "\r", "\r\n", "\u{1}", "\u{7f}", "a", "id",
    "n", "u", "true", "null", "é", "😀", "東京", "\\n", "\\u0041", "x y", "_", ",", "/",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ATOMS), 0..6).prop_map(|parts| parts.concat())
}

fn number() -> impl Strategy<Value = Number> {
    prop_oneof![
        any::<i64>().prop_map(Number::from_i64),
        any::<u64>().prop_map(Number::PosInt),
        (-1000i64..1000).prop_map(Number::from_i64),
        any::<f64>()
            .prop_filter("finite", |x| x.is_finite())
            .prop_map(Number::Float),
        (-1000i32..1000, 0u32..4)
            .prop_map(|(m, e)| Number::Float(f64::from(m) / 10f64.powi(e as i32))),
    ]
}

fn leaf() -> impl Strategy<Value = Value<'static>> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number().prop_map(Value::Number),
        text().prop_map(|s| Value::String(Cow::Owned(s))),
    ]
}

/// Arrays of objects with one key list: they exercise tables, typed columns, `#` ids and
/// dotted columns.
fn table(
    inner: impl Strategy<Value = Value<'static>> + Clone + 'static,
) -> impl Strategy<Value = Value<'static>> {
    let column = prop_oneof![
        leaf().boxed(),
        inner.boxed(),
        any::<i32>()
            .prop_map(|n| Value::Number(Number::from_i64(i64::from(n))))
            .boxed(),
        (-100i32..100)
            .prop_map(|n| Value::Number(Number::Float(f64::from(n) / 4.0)))
            .boxed(),
        text().prop_map(|s| Value::String(Cow::Owned(s))).boxed(),
    ];
    (
        prop::collection::vec(text(), 1..5),
        2usize..5,
        any::<bool>(),
        any::<bool>(),
        any::<u64>(),
    )
        .prop_flat_map(move |(keys, rows, with_id, nest, holes)| {
            let mut keys = keys;
            keys.dedup();
            let width = keys.len();
            prop::collection::vec(prop::collection::vec(column.clone(), width), rows).prop_map(
                move |cells| {
                    let rows = cells.into_iter().enumerate().map(|(i, row)| {
                        // Some rows lack some keys (sparse tables, `!` cells).
                        let mut members: Vec<(Cow<'static, str>, Value<'static>)> = keys
                            .iter()
                            .cloned()
                            .map(Cow::Owned)
                            .zip(row)
                            .enumerate()
                            .filter(|(j, _)| {
                                holes % 3 == 0 || (holes >> ((i * 7 + j) % 64)) & 1 == 0
                            })
                            .map(|(_, m)| m)
                            .collect();
                        if with_id {
                            members.insert(
                                0,
                                (
                                    Cow::Borrowed("id"),
                                    Value::Number(Number::PosInt(i as u64 + 1)),
                                ),
                            );
                        }
                        if nest {
                            let inner = members.split_off(members.len() / 2);
                            members.push((Cow::Borrowed("nested"), Value::Object(inner)));
                        }
                        Value::Object(members)
                    });
                    Value::Array(rows.collect())
                },
            )
        })
}

fn value() -> impl Strategy<Value = Value<'static>> {
    leaf().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((text().prop_map(Cow::Owned), inner.clone()), 0..5)
                .prop_map(Value::Object),
            table(inner),
        ]
    })
}

fn has_duplicate_keys(v: &Value<'_>) -> bool {
    match v {
        Value::Array(items) => items.iter().any(has_duplicate_keys),
        Value::Object(members) => {
            members
                .iter()
                .enumerate()
                .any(|(i, (k, _))| members[..i].iter().any(|(o, _)| o == k))
                || members.iter().any(|(_, v)| has_duplicate_keys(v))
        }
        _ => false,
    }
}

proptest! {
    // 600 cases per property in the normal run; PROPTEST_CASES=N for a longer fuzzing session.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(600)
    ))]

    #[test]
    fn random_values_round_trip(v in value()) {
        let dx = encode(&v);
        let back = parse(dx.as_bytes());
        prop_assert!(back.is_ok(), "{:?}\n--- dx ---\n{dx}", back);
        prop_assert_eq!(back.as_ref().ok(), Some(&v), "dx:\n{}", dx);
        if !has_duplicate_keys(&v) {
            let human = format_human(&v);
            prop_assert_eq!(from_json(&human).ok(), Some(v.clone()), "human:\n{}", human);
            // JSON → DX → JSON through the public conversions.
            let json = dx_serializer::to_json(&v);
            let dx2 = dx_serializer::json_to_dx(&json).expect("json");
            prop_assert_eq!(dx_serializer::dx_to_json(dx2.as_bytes()).ok(), Some(json));
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        check_accepted(&bytes)?;
    }

    #[test]
    fn grammar_shaped_bytes_never_panic(parts in prop::collection::vec(prop::sample::select(ATOMS), 0..40)) {
        check_accepted(parts.concat().as_bytes())?;
    }

    #[test]
    fn mutated_documents_never_panic(v in value(), edits in prop::collection::vec((any::<usize>(), prop::sample::select(ATOMS), 0u8..3), 1..6)) {
        let mut bytes = encode(&v).into_bytes();
        for (at, atom, op) in edits {
            let at = if bytes.is_empty() { 0 } else { at % (bytes.len() + 1) };
            match op {
                0 => { bytes.splice(at..at, atom.bytes()); }
                1 => { if at < bytes.len() { bytes.remove(at); } }
                _ => bytes.truncate(at),
            }
        }
        check_accepted(&bytes)?;
    }
}

/// Whatever the parser accepts must re-encode to text that parses back to the same value.
fn check_accepted(bytes: &[u8]) -> Result<(), TestCaseError> {
    if let Ok(v) = parse(bytes) {
        let dx = encode(&v);
        let back = parse(dx.as_bytes());
        prop_assert_eq!(
            back.as_ref().ok(),
            Some(&v),
            "input {:?}\n--- re-encoded ---\n{}",
            String::from_utf8_lossy(bytes),
            dx
        );
    }
    Ok(())
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = "[".repeat(100_000);
    assert!(parse(deep.as_bytes()).is_err());
    let dotted = format!("{}:1", vec!["a"; 100_000].join("."));
    assert!(parse(dotted.as_bytes()).is_err());
    let braces = format!("x:{}", "{a:".repeat(10_000));
    assert!(parse(braces.as_bytes()).is_err());
}
