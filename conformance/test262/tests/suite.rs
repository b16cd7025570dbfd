//! The whole pipeline on a tiny test262-shaped directory made here (no test262 checkout
//! needed): skip rules, harness rewrite, dx compile, node run in batches, judging, timeouts.

use std::path::Path;
use std::time::Duration;

use dx_test262::skiplist::SkipList;
use dx_test262::suite::{self, Config, Outcome};

const HEADER: &str = "// fixture\n/*---\ndescription: a test\n---*/\n";

fn write(root: &Path, name: &str, text: &str) {
    std::fs::write(root.join("test/cases").join(name), text).unwrap();
}

#[test]
fn outcomes_of_a_small_suite() {
    let root = std::env::temp_dir().join(format!("dx-test262-fixture-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("test/cases")).unwrap();
    std::fs::create_dir_all(root.join("harness")).unwrap();
    let checks = "assert.sameValue(Math.abs(-2), 2, 'abs');\nassert(1 < 2);\nif (\"a\" + 1 !== \"a1\") { throw new Test262Error('concat'); }\n";
    write(&root, "pass.js", &format!("{HEADER}{checks}"));
    write(
        &root,
        "false-in-node.js",
        &format!("{HEADER}assert.sameValue(1 + 1, 3);\n"),
    );
    write(
        &root,
        "negative-zero.js",
        &format!("{HEADER}assert.sameValue(0 * -1, 0);\n"),
    );
    write(
        &root,
        "unsupported.js",
        &format!("{HEADER}assert.throws(TypeError, function() {{}});\n"),
    );
    write(
        &root,
        "hangs.js",
        &format!("{HEADER}let i = 0;\nwhile (i < 1) {{ i = i * 1; }}\n"),
    );
    write(
        &root,
        "after-hang.js",
        &format!("{HEADER}assert.sameValue(`${{1 + 1}}`, \"2\");\n"),
    );
    write(
        &root,
        "skipped.js",
        "/*---\nflags: [noStrict]\n---*/\nassert(true);\n",
    );

    let skips = SkipList::parse("flag:noStrict  # modules are strict\n").unwrap();
    let config = Config {
        test262: root.clone(),
        dirs: vec!["cases".into()],
        filter: None,
        workers: 1,
        limit: Duration::from_secs(5),
        scratch: root.join("scratch"),
        keep: false,
    };
    let results = suite::run(&config, &skips).unwrap();
    let outcome = |name: &str| {
        results
            .iter()
            .find(|(case, _)| case.path == format!("cases/{name}"))
            .map(|(_, outcome)| outcome.clone())
            .unwrap()
    };
    assert_eq!(outcome("pass.js"), Outcome::Pass);
    assert_eq!(outcome("after-hang.js"), Outcome::Pass);
    assert_eq!(
        outcome("false-in-node.js"),
        Outcome::Fail("node itself: check #1 sameValue(2, 3) failed".into())
    );
    assert_eq!(
        outcome("negative-zero.js"),
        Outcome::Fail("node itself: check #1 sameValue(-0, 0) failed".into())
    );
    assert!(
        matches!(outcome("unsupported.js"), Outcome::Unsupported(code, _) if code.starts_with("DX")),
        "{:?}",
        outcome("unsupported.js")
    );
    assert_eq!(
        outcome("hangs.js"),
        Outcome::Fail("timed out after 5 s".into())
    );
    assert_eq!(
        outcome("skipped.js"),
        Outcome::Skip("modules are strict".into())
    );
    assert!(results.iter().all(|(case, _)| case.dir == "cases"));
    let _ = std::fs::remove_dir_all(&root);
}
