//! JSON → DX → JSON is exact for every document in `tests/corpus/` and for random values, the
//! human view is JSON that reads back to the same value, and the seed example holds.

use dx_serializer::{
    Dict, Value, encode, encode_declaring, encode_with, format_human, from_json, parse, parse_with,
    to_json,
};

fn corpus() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read_to_string(&p).expect("read"))
        })
        .collect()
}

/// Asserts the round trips of one value and returns its DX text.
fn assert_round_trip(name: &str, value: &Value<'_>) -> String {
    let dx = encode(value);
    let back = parse(dx.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}\n--- dx ---\n{dx}"));
    assert_eq!(&back, value, "{name}: DX round trip\n--- dx ---\n{dx}");
    assert_eq!(to_json(&back), to_json(value), "{name}: JSON text");
    assert_eq!(encode(&back), dx, "{name}: encoding is stable");
    let human = format_human(value);
    let from_human = from_json(&human)
        .unwrap_or_else(|e| panic!("{name}: human view is not JSON: {e}\n{human}"));
    assert_eq!(&from_human, value, "{name}: human view round trip");
    dx
}

#[test]
fn every_corpus_document_round_trips_exactly() {
    let docs = corpus();
    assert!(docs.len() >= 4, "corpus is missing");
    for (name, json) in &docs {
        let value = from_json(json).unwrap_or_else(|e| panic!("{name}: {e}"));
        let dx = assert_round_trip(name, &value);
        // The JSON text itself: serde_json's minified output of the original equals ours.
        let original: serde_json::Value = serde_json::from_str(json).expect("json");
        let ours: serde_json::Value = serde_json::from_str(&to_json(&value)).expect("json");
        assert_eq!(original, ours, "{name}");
        assert!(
            dx.len() <= to_json(&value).len(),
            "{name}: DX is larger than minified JSON"
        );
    }
}

const SEED: &str = "c.task:Our favorite hikes together^loc:Boulder^seas:spring_2025
f>ana|luis|sam
h=# n k%f g%x w s%b
Blue Lake Trail 7.5 5A ana +
Ridge Overlook 9.2 8i luis -
Wildflower Loop 5.1 2u sam +
";

fn hikes_dict() -> Dict {
    Dict::from_pairs([
        ("c", "context"),
        ("loc", "location"),
        ("seas", "season"),
        ("f", "friends"),
        ("h", "hikes"),
        ("n", "name"),
        ("k", "distanceKm"),
        ("g", "elevationGain"),
        ("w", "companion"),
        ("s", "wasSunny"),
    ])
    .expect("dict")
}

#[test]
fn the_seed_example_decodes_to_the_hikes_document_and_encodes_within_186_bytes() {
    assert_eq!(SEED.len(), 186);
    let hikes_json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/hikes.json"
    ))
    .expect("hikes.json");
    let hikes = from_json(&hikes_json).expect("json");

    // With the abbreviations shared out of band (like a schema), the seed is the hikes document.
    let dict = hikes_dict();
    assert_eq!(parse_with(SEED.as_bytes(), &dict).expect("seed"), hikes);
    let dx = encode_with(&hikes, &dict);
    assert!(dx.len() <= 186, "{} bytes:\n{dx}", dx.len());
    assert_eq!(dx, SEED.trim_end());
    assert_eq!(parse_with(dx.as_bytes(), &dict).expect("re-read"), hikes);

    // Read alone, the seed is the same data under its short keys, and re-encodes to itself.
    let short = parse(SEED.as_bytes()).expect("seed");
    assert_eq!(short.get("h").and_then(|h| h.as_array_len()), Some(3));
    assert_eq!(encode(&short), SEED.trim_end());

    // Self-describing: the dictionary travels in the document.
    let declared = encode_declaring(&hikes, &dict);
    assert_eq!(parse(declared.as_bytes()).expect("declared"), hikes);

    // Without any dictionary the full keys are written out.
    assert_round_trip("hikes", &hikes);
}

trait ArrayLen {
    fn as_array_len(&self) -> Option<usize>;
}

impl ArrayLen for Value<'_> {
    fn as_array_len(&self) -> Option<usize> {
        match self {
            Value::Array(items) => Some(items.len()),
            _ => None,
        }
    }
}

#[test]
fn a_literal_key_equal_to_an_abbreviation_stays_literal() {
    let dict = hikes_dict();
    let value = from_json(r#"{"n":1,"name":2,"loc":{"location":3}}"#).expect("json");
    let dx = encode_with(&value, &dict);
    assert_eq!(
        parse_with(dx.as_bytes(), &dict).expect("parse"),
        value,
        "{dx}"
    );
}

#[test]
fn tables_choose_types_and_absorb_spaces_in_the_first_string_column() {
    let value = from_json(
        r#"[{"id":1,"name":"Ada Lovelace","dept":"R and D","zip":"02134","ok":true,"score":0.5},
            {"id":2,"name":"Alan M Turing","dept":"Ops","zip":"10001","ok":false,"score":1.0}]"#,
    )
    .expect("json");
    let dx = assert_round_trip("table", &value);
    assert_eq!(
        dx,
        "=# name dept zip ok%b score%f\nAda Lovelace R\\ and\\ D 02134 + .5\nAlan M Turing Ops 10001 - 1"
    );
}

#[test]
fn nested_objects_of_one_shape_become_dotted_columns() {
    let value = from_json(
        r#"{"users":[{"name":"a","geo":{"lat":1.5,"lng":2.5}},{"name":"b","geo":{"lat":3.5,"lng":4.5}}]}"#,
    )
    .expect("json");
    let dx = assert_round_trip("dotted", &value);
    assert_eq!(dx, "users=name geo.lat%f geo.lng%f\na 1.5 2.5\nb 3.5 4.5");
}

#[test]
fn root_scalars_and_empty_documents() {
    for json in [
        "{}",
        "[]",
        "null",
        "true",
        "0",
        "-1.5",
        "\"\"",
        "\"hello world\"",
        "\"a:b\"",
        "\"#x\"",
        "\":x\"",
        "\"@a\"",
        "\"a.b:c\"",
        "[{}]",
        "[[]]",
        "{\"\":{}}",
        "\"~\"",
        "\"=\"",
        "\">\"",
    ] {
        let value = from_json(json).expect("json");
        assert_round_trip(json, &value);
    }
    assert_eq!(parse(b"").expect("empty"), Value::Object(Vec::new()));
    assert_eq!(
        parse(b"# only a comment\n\n").expect("comment"),
        Value::Object(Vec::new())
    );
}

#[test]
fn hand_written_documents() {
    let dx = "# dx project\nname:counter ^ version:0.1.0\nbuild.entry: examples/counter.tsx\nbuild.out:out\nserve.port:8080\n";
    let value = parse(dx.as_bytes()).expect("parse");
    assert_eq!(
        to_json(&value),
        r#"{"name":"counter","version":"0.1.0","build":{"entry":"examples/counter.tsx","out":"out"},"serve":{"port":8080}}"#
    );
    // CRLF line ends.
    let crlf = parse(b"a:1\r\nb>x|y\r\n").expect("crlf");
    assert_eq!(to_json(&crlf), r#"{"a":1,"b":["x","y"]}"#);
}
