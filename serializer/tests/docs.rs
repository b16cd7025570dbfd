//! docs/dx-format.md lists every error code with its message, as in the catalogue.

#[test]
fn the_error_table_matches_the_catalogue() {
    let docs =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/dx-format.md"))
            .expect("docs/dx-format.md");
    for kind in dx_serializer::ErrorKind::ALL {
        let row = format!("| {} | {} |", kind.code(), kind.message());
        assert!(
            docs.contains(&row),
            "docs/dx-format.md lacks the row `{row}`"
        );
    }
    let rows = docs.lines().filter(|l| l.starts_with("| DXS")).count();
    assert_eq!(
        rows,
        dx_serializer::ErrorKind::ALL.len(),
        "docs list codes the catalogue does not have"
    );
}
