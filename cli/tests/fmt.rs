//! `dx fmt` as users run it: conversions, exit codes, coded errors with file:line:col; and the
//! project file `dx` read by `dx build`.

use std::path::Path;

mod common;
use common::{dx_in, temp};

const HIKES: &str = r#"{"context":{"task":"Our favorite hikes together","location":"Boulder"},"friends":["ana","luis","sam"],"hikes":[{"id":1,"name":"Blue Lake Trail","distanceKm":7.5,"wasSunny":true},{"id":2,"name":"Ridge Overlook","distanceKm":9.2,"wasSunny":false}]}"#;

#[test]
fn json_to_dx_to_json_and_human() {
    let dir = temp("convert");
    std::fs::write(dir.join("hikes.json"), HIKES).unwrap();
    let (code, dx, err) = dx_in(&dir, &["fmt", "--to", "dx", "hikes.json"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        dx,
        "context.task:Our favorite hikes together^location:Boulder\nfriends>ana|luis|sam\nhikes=# name distanceKm%f wasSunny%b\nBlue Lake Trail 7.5 +\nRidge Overlook 9.2 -\n"
    );
    std::fs::write(dir.join("hikes"), &dx).unwrap();
    let (code, json, err) = dx_in(&dir, &["fmt", "--to", "json", "hikes"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json.trim_end(), HIKES);
    let (code, human, err) = dx_in(&dir, &["fmt", "--to=human", "hikes"]);
    assert_eq!(code, 0, "{err}");
    assert!(human.contains("\"name\": \"Blue Lake Trail\","), "{human}");
    // The human view is JSON: it converts back to the same DX.
    std::fs::write(dir.join("human.json"), &human).unwrap();
    let (code, again, _) = dx_in(&dir, &["fmt", "--to", "dx", "human.json"]);
    assert_eq!((code, again), (0, dx));
}

#[test]
fn errors_name_the_file_line_and_column() {
    let dir = temp("errors");
    std::fs::write(dir.join("bad"), "a:1\nb c:2\n").unwrap();
    let (code, _, err) = dx_in(&dir, &["fmt", "--to", "json", "bad"]);
    assert_eq!(code, 1);
    assert!(err.starts_with("error[DXS0102]"), "{err}");
    assert!(err.contains(" --> bad:2:2"), "{err}");
    assert!(err.contains("2 | b c:2\n  |  ^"), "{err}");

    std::fs::write(dir.join("bad.json"), "{\"a\": }").unwrap();
    let (code, _, err) = dx_in(&dir, &["fmt", "--to", "dx", "--from", "json", "bad.json"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("DXS0900") && err.contains("bad.json:1:"),
        "{err}"
    );

    let (code, _, err) = dx_in(&dir, &["fmt", "--to", "dx", "missing"]);
    assert_eq!(code, 1);
    assert!(err.contains("cannot read missing"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    let dir = temp("usage");
    for args in [
        &["fmt", "x"][..],
        &["fmt", "--to", "yaml", "x"],
        &["fmt", "--to", "dx"],
        &["fmt", "--to", "dx", "--from", "xml", "x"],
    ] {
        let (code, _, err) = dx_in(&dir, args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("usage:"), "{err}");
    }
}

#[test]
fn build_reads_entry_and_out_from_the_project_file() {
    let dir = temp("config");
    let entry = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/counter.tsx");
    std::fs::write(
        dir.join("dx"),
        format!("# project\nbuild.entry:{}^out:site\n", entry.display()),
    )
    .unwrap();
    let (code, stdout, err) = dx_in(&dir, &["build"]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("built Counter"), "{stdout}");
    assert!(dir.join("site/app.wasm").is_file());

    std::fs::write(dir.join("dx"), "build.entyr:x\n").unwrap();
    let (code, _, err) = dx_in(&dir, &["build"]);
    assert_eq!(code, 1);
    assert!(err.contains("unknown field `entyr`"), "{err}");
}
