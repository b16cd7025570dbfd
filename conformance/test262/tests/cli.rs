//! The runner's command without a test262 checkout: the path CI takes.

use std::process::Command;

#[test]
fn without_test262_dir_it_says_it_skipped_and_succeeds() {
    let output = Command::new(env!("CARGO_BIN_EXE_dx-test262"))
        .env_remove("TEST262_DIR")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(
        stdout.starts_with("skipped: TEST262_DIR not set"),
        "{stdout}"
    );
}

#[test]
fn a_directory_without_tests_is_an_error() {
    let output = Command::new(env!("CARGO_BIN_EXE_dx-test262"))
        .env("TEST262_DIR", env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("has no test/ and harness/"));
}

#[test]
fn the_committed_skip_list_gives_every_line_a_reason() {
    let text = include_str!("../../test262-skip.txt");
    dx_test262::skiplist::SkipList::parse(text).unwrap();
}
