//! `dx check` as users run it: the line per entry, the summary, the blockers by code, `--json`,
//! `--verbose`, exit statuses, and what the directory walk skips. The fixture project is
//! `tests/check/project/`; each test checks a copy, with the directories git ignores
//! (`node_modules`, build output) and the non-UTF-8 file added at run time.

use std::path::{Path, PathBuf};

mod common;
use common::{dx_in, temp};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A failing component: if the walk entered its directory, the counts would change.
const NOT_CHECKED: &str = "export default function Skipped() {\n  return <p>{nope}</p>;\n}\n";

/// A copy of the fixture project, with a failing component in every directory the walk skips.
fn project(name: &str) -> PathBuf {
    let dir = temp(name);
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/check/project"),
        &dir,
    );
    for skipped in ["node_modules/pkg", "dist", "target", "build", "out"] {
        std::fs::create_dir_all(dir.join(skipped)).unwrap();
        std::fs::write(dir.join(skipped).join("index.tsx"), NOT_CHECKED).unwrap();
    }
    dir
}

/// The summary's last lines for a run with failures of the fixture project.
const LEGEND: &str =
    "entries are files whose default export is a component, compiled with the files they import;
modules are the other files, checked where an entry imports them
";

#[test]
fn each_entry_gets_a_line_then_the_summary_and_the_blockers_by_code() {
    let dir = project("report");
    let (code, stdout, stderr) = dx_in(&dir, &["check", "."]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(
        stdout,
        format!(
            "ok   app.tsx
FAIL broken.tsx:4:14 DX0201 unknown identifier `cout`
FAIL nested/deep/widget.tsx:2:17 DX0201 unknown identifier `missing` (entry nested/deep/page.tsx)
FAIL unclosed.tsx:3:19 DX0001 Expected corresponding JSX closing tag for 'p'.
9 files: 1 compile, 3 fail, 5 modules
{LEGEND}code   count  what
DX0201     2  unknown identifier
DX0001     1  syntax error
"
        )
    );
    assert_eq!(stderr, "");
}

#[test]
fn paths_are_relative_to_the_current_directory_however_they_are_named() {
    let dir = project("paths");
    let absolute = dir.join("nested").display().to_string();
    for arg in [
        "nested",
        "./nested/",
        "nested/deep/../deep",
        absolute.as_str(),
    ] {
        let (code, stdout, _) = dx_in(&dir, &["check", arg]);
        assert_eq!(code, 1, "{arg}");
        assert_eq!(
            stdout.lines().next(),
            Some(
                "FAIL nested/deep/widget.tsx:2:17 DX0201 unknown identifier `missing` (entry nested/deep/page.tsx)"
            ),
            "{arg}: {stdout}"
        );
    }
    // From another directory, the paths name the files from there.
    let (_, stdout, _) = dx_in(&dir.join("nested"), &["check", "deep/page.tsx"]);
    assert!(
        stdout.starts_with("FAIL deep/widget.tsx:2:17 DX0201 unknown identifier `missing` (entry deep/page.tsx)\n1 file: 0 compile, 1 fail, 0 modules\n"),
        "{stdout}"
    );
}

#[test]
fn every_entry_compiling_exits_0_and_modules_alone_are_counted() {
    let dir = project("ok");
    let (code, stdout, _) = dx_in(&dir, &["check", "app.tsx", "lib", "components"]);
    assert_eq!(code, 0, "{stdout}");
    assert_eq!(
        stdout,
        format!("ok   app.tsx\n4 files: 1 compile, 0 fail, 3 modules\n{LEGEND}")
    );
    // A file named twice (and inside a named directory) is checked once.
    let (code, stdout, _) = dx_in(&dir, &["check", "lib", "lib/format.ts", "config.js"]);
    assert_eq!(code, 0, "{stdout}");
    assert_eq!(
        stdout,
        format!("2 files: 0 compile, 0 fail, 2 modules\n{LEGEND}")
    );
}

#[test]
fn a_component_file_that_an_entry_imports_is_checked_with_that_entry() {
    // React projects keep each component in its own file with a default export; `Panel.jsx`
    // needs the prop `App.jsx` gives it, so it is part of that app, not an app of its own
    // (it was reported as failing with "`<Panel>` needs the prop `items`"). `Alone.jsx`, which no
    // file imports, is still an app of its own.
    let dir = temp("parts");
    std::fs::write(
        dir.join("App.jsx"),
        "import Panel from \"./Panel.jsx\";\nexport default function App() {\n  return <Panel items={[\"a\", \"b\"]} />;\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("Panel.jsx"),
        "export default function Panel({ items }) {\n  return <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul>;\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("Alone.jsx"),
        "export default function Alone({ items }) {\n  return <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul>;\n}\n",
    )
    .unwrap();
    let (code, stdout, _) = dx_in(&dir, &["check", "."]);
    assert_eq!(code, 1, "{stdout}");
    assert_eq!(
        stdout,
        format!(
            "FAIL Alone.jsx:1:25 DX0113 `<Alone>` needs the prop `items`\nok   App.jsx\n3 files: 1 compile, 1 fail, 1 module\n{LEGEND}code   count  what\nDX0113     1  missing prop\n"
        )
    );
}

#[test]
fn json_has_the_entries_their_first_diagnostic_and_the_counts() {
    let dir = project("json");
    let (code, stdout, stderr) = dx_in(&dir, &["check", "--json", "."]);
    assert_eq!(code, 1, "{stderr}");
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("--json prints JSON");
    assert_eq!(
        json["summary"],
        serde_json::json!({
            "files": 9, "compile": 1, "fail": 3, "modules": 5, "crashes": 0, "unreadable": 0
        })
    );
    let entries = json["entries"].as_array().unwrap();
    let paths: Vec<&str> = entries
        .iter()
        .map(|e| e["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "app.tsx",
            "broken.tsx",
            "nested/deep/page.tsx",
            "unclosed.tsx"
        ]
    );
    assert_eq!(
        entries[0],
        serde_json::json!({ "path": "app.tsx", "status": "ok" })
    );
    assert_eq!(
        entries[2],
        serde_json::json!({
            "path": "nested/deep/page.tsx",
            "status": "fail",
            "diagnostic": {
                "code": "DX0201",
                "message": "unknown identifier `missing`",
                "file": "nested/deep/widget.tsx",
                "line": 2,
                "col": 17,
                "hint": "declare it as state, a prop, a `const` in the component, or a handler parameter"
            }
        })
    );
    assert_eq!(
        json["codes"],
        serde_json::json!([
            { "code": "DX0201", "count": 2, "title": "unknown identifier" },
            { "code": "DX0001", "count": 1, "title": "syntax error" }
        ])
    );
}

#[test]
fn verbose_prints_each_failure_as_dx_build_does() {
    let dir = project("verbose");
    let (code, stdout, _) = dx_in(&dir, &["check", "--verbose", "broken.tsx"]);
    assert_eq!(code, 1);
    let (_, _, build_stderr) = dx_in(&dir, &["build", "broken.tsx", "--out", "built"]);
    assert!(build_stderr.starts_with("error[DX0201]"), "{build_stderr}");
    assert_eq!(
        stdout,
        format!(
            "FAIL broken.tsx:4:14 DX0201 unknown identifier `cout`\n{build_stderr}\n\
             1 file: 0 compile, 1 fail, 0 modules\n{LEGEND}code   count  what\n\
             DX0201     1  unknown identifier\n"
        )
    );
}

#[test]
fn a_file_that_is_not_utf8_is_reported_with_the_os_error() {
    let dir = temp("latin1");
    std::fs::write(
        dir.join("caf\u{e9}.tsx"),
        b"export default function Caf\xe9() {\n  return <p>caf\xe9</p>;\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("ok.tsx"),
        "export default function Ok() {\n  return <p>ok</p>;\n}\n",
    )
    .unwrap();
    let (code, stdout, stderr) = dx_in(&dir, &["check", "."]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(
        stdout,
        format!(
            "error caf\u{e9}.tsx: stream did not contain valid UTF-8\nok   ok.tsx\n\
             2 files: 1 compile, 0 fail, 0 modules, 1 unreadable\n{LEGEND}"
        )
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn symlinked_directories_are_not_followed() {
    let dir = project("symlink");
    std::os::unix::fs::symlink(&dir, dir.join("nested/loop")).unwrap();
    std::os::unix::fs::symlink(dir.join("broken.tsx"), dir.join("lib/link.tsx")).unwrap();
    let (code, stdout, _) = dx_in(&dir, &["check", "nested", "lib"]);
    assert_eq!(code, 1);
    // The symlinked file is checked (under its own path), the loop is not entered.
    assert_eq!(
        stdout,
        format!(
            "FAIL lib/link.tsx:4:14 DX0201 unknown identifier `cout`
FAIL nested/deep/widget.tsx:2:17 DX0201 unknown identifier `missing` (entry nested/deep/page.tsx)
4 files: 0 compile, 2 fail, 2 modules
{LEGEND}code   count  what
DX0201     2  unknown identifier
"
        )
    );
}

#[test]
fn usage_errors_exit_2_with_a_clear_message() {
    let dir = project("usage");
    let cases: [(&[&str], &str); 4] = [
        (
            &["check"],
            "error: dx check needs the files or directories to check\n",
        ),
        (
            &["check", "app.tsx", "missing"],
            "error: missing: No such file or directory (os error 2)\n",
        ),
        (
            &["check", "README.md"],
            "error: README.md: No such file or directory (os error 2)\n",
        ),
        (&["check", "--fast", "."], "error: unknown option --fast\n"),
    ];
    for (args, message) in cases {
        let (code, stdout, stderr) = dx_in(&dir, args);
        assert_eq!(code, 2, "{args:?}: {stdout}");
        assert_eq!(stdout, "", "{args:?}");
        assert!(stderr.starts_with(message), "{args:?}: {stderr}");
    }
    std::fs::write(dir.join("notes.md"), "# notes\n").unwrap();
    let (code, _, stderr) = dx_in(&dir, &["check", "notes.md"]);
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("error: notes.md is not a .tsx, .jsx, .ts, .js or .dx file\n"),
        "{stderr}"
    );
}

#[test]
fn help_lists_dx_check() {
    let (code, stdout, _) = dx_in(Path::new("."), &["help"]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("\n  dx check <file|dir>... [--verbose] [--json]\n"),
        "{stdout}"
    );
}
