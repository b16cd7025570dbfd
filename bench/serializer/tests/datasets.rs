//! Smoke test run by `cargo nextest run --workspace`: every built-in dataset round-trips through
//! DX exactly and DX is smaller than minified JSON on each.

#[test]
fn builtin_datasets_round_trip_and_shrink() {
    for dataset in dx_serializer_bench::builtin() {
        for doc in &dataset.docs {
            let value =
                dx_serializer::from_json(doc).unwrap_or_else(|e| panic!("{}: {e}", dataset.name));
            let dx = dx_serializer::encode(&value);
            let back = dx_serializer::parse(dx.as_bytes())
                .unwrap_or_else(|e| panic!("{}: {e}", dataset.name));
            assert_eq!(back, value, "{}", dataset.name);
            let json = dx_serializer::to_json(&value);
            assert!(
                dx.len() < json.len(),
                "{}: DX {} B, JSON {} B",
                dataset.name,
                dx.len(),
                json.len()
            );
        }
    }
}
