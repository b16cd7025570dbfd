//! The js-framework-benchmark table app (`examples/js-framework-benchmark/`), in both
//! flavours, in real headless Chromium: every operation's resulting DOM is checked exactly,
//! and creating and clearing 10,000 rows 20 times must not grow linear memory.

use std::time::{Duration, Instant};

use dx_tests::apps::{App, TestResult, WAIT, click, open};
use serde_json::Value;

/// Reads the table: ids, labels, selected rows, and the first structural problem found.
const READ_TABLE: &str = r#"
const tbody = document.getElementById('tbody');
const rows = [...tbody.children];
const words = /^(pretty|large|big|small|tall|short|long|handsome|plain|quaint|clean|elegant|easy|angry|crazy|helpful|mushy|odd|unsightly|adorable|important|inexpensive|cheap|expensive|fancy) (red|yellow|blue|green|pink|brown|purple|white|black|orange) (table|chair|house|bbq|desk|car|pony|cookie|sandwich|burger|pizza|mouse|keyboard)( !!!)*$/;
let bad = '';
const ids = [], labels = [], danger = [];
const elements = [...tbody.childNodes].filter((n) => n.nodeType !== 8);
if (elements.length !== rows.length) bad = 'tbody holds something other than rows';
rows.forEach((tr, i) => {
  const fail = (why) => { if (!bad) bad = `row ${i}: ${why}`; };
  if (tr.tagName !== 'TR') fail('not a tr');
  const td = tr.children;
  if (td.length !== 4) return fail(`${td.length} cells`);
  if (td[0].className !== 'col-md-1' || td[1].className !== 'col-md-4' || td[2].className !== 'col-md-1' || td[3].className !== 'col-md-6') fail('cell classes');
  const a = td[1].firstElementChild, rm = td[2].firstElementChild;
  if (!a || a.tagName !== 'A' || a.className !== 'lbl' || td[1].childNodes.length !== 1) fail('label link');
  if (!rm || rm.tagName !== 'A' || rm.className !== 'remove') fail('remove link');
  const icon = rm && rm.firstElementChild;
  if (!icon || icon.tagName !== 'SPAN' || icon.className !== 'remove glyphicon glyphicon-remove' || icon.getAttribute('aria-hidden') !== 'true') fail('remove icon');
  if (td[3].childNodes.length !== 0) fail('last cell not empty');
  if (!words.test(a.textContent)) fail(`label "${a.textContent}"`);
  const cls = tr.getAttribute('class') || '';
  if (cls === 'danger') danger.push(i); else if (cls !== '') fail(`class "${cls}"`);
  ids.push(Number(td[0].textContent));
  labels.push(a.textContent);
});
return JSON.stringify({ n: rows.length, ids, labels, danger, bad });
"#;

struct Table {
    ids: Vec<u64>,
    labels: Vec<String>,
    danger: Vec<usize>,
}

/// Waits until the table has `n` rows, then reads and checks its structure.
fn table(app: &App, n: usize) -> Result<Table, Box<dyn std::error::Error>> {
    let deadline = Instant::now() + WAIT;
    loop {
        let raw = app.browser.execute(READ_TABLE, vec![])?;
        let v: Value = serde_json::from_str(raw.as_str().unwrap_or("{}"))?;
        if v["n"].as_u64() == Some(n as u64) {
            let bad = v["bad"].as_str().unwrap_or_default();
            assert!(bad.is_empty(), "table structure: {bad}");
            let ids = v["ids"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_u64().unwrap())
                .collect();
            let labels = v["labels"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_str().unwrap().to_string())
                .collect();
            let danger = v["danger"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_u64().unwrap() as usize)
                .collect();
            return Ok(Table {
                ids,
                labels,
                danger,
            });
        }
        if Instant::now() > deadline {
            return Err(format!("expected {n} rows, table has {}", v["n"]).into());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Waits until `check` holds for the table of `n` rows.
fn table_where(
    app: &App,
    n: usize,
    what: &str,
    check: impl Fn(&Table) -> bool,
) -> Result<Table, Box<dyn std::error::Error>> {
    let deadline = Instant::now() + WAIT;
    loop {
        let t = table(app, n)?;
        if check(&t) {
            return Ok(t);
        }
        if Instant::now() > deadline {
            return Err(format!("table never showed: {what}").into());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn every_operation(example: &str) -> TestResult {
    let app = open(example)?;
    assert_eq!(table(&app, 0)?.ids.len(), 0);

    click(&app, "#run", 1)?;
    let t = table(&app, 1000)?;
    assert_eq!(t.ids, (1..=1000).collect::<Vec<u64>>());
    assert!(t.danger.is_empty());
    let before = t.labels.clone();

    click(&app, "#update", 1)?;
    let t = table_where(&app, 1000, "every 10th label updated", |t| {
        t.labels[0].ends_with(" !!!")
    })?;
    for (i, label) in t.labels.iter().enumerate() {
        let expected = if i % 10 == 0 {
            format!("{} !!!", before[i])
        } else {
            before[i].clone()
        };
        assert_eq!(*label, expected, "label of row {i} after update");
    }
    assert_eq!(t.ids, (1..=1000).collect::<Vec<u64>>());

    click(&app, "#tbody > tr:nth-child(2) a.lbl", 1)?;
    table_where(&app, 1000, "row 2 selected", |t| t.danger == [1])?;
    click(&app, "#tbody > tr:nth-child(5) a.lbl", 1)?;
    table_where(&app, 1000, "only row 5 selected", |t| t.danger == [4])?;

    click(&app, "#swaprows", 1)?;
    let t = table_where(&app, 1000, "rows 2 and 999 swapped", |t| t.ids[1] == 999)?;
    let mut expected: Vec<u64> = (1..=1000).collect();
    expected.swap(1, 998);
    assert_eq!(t.ids, expected);
    assert_eq!(t.danger, [4], "selection follows its row, not its position");
    click(&app, "#swaprows", 1)?;
    table_where(&app, 1000, "swapped back", |t| t.ids[1] == 2)?;

    // The remove icon is empty without Bootstrap's font, so WebDriver cannot click it:
    // dispatch the click from the page instead (it bubbles through the same listeners).
    app.browser.execute(
        "document.querySelector('#tbody > tr:nth-child(3) a.remove').click(); return 0",
        vec![],
    )?;
    let t = table(&app, 999)?;
    assert!(!t.ids.contains(&3), "row 3 removed");
    assert_eq!(t.ids[..4], [1, 2, 4, 5]);
    assert_eq!(t.danger, [3], "the selected row moved up one place");

    click(&app, "#add", 1)?;
    let t = table(&app, 1999)?;
    assert_eq!(t.ids[999..], (1001..=2000).collect::<Vec<u64>>()[..]);
    assert_eq!(
        t.labels[..999],
        {
            let mut kept = before.clone();
            for (i, l) in kept.iter_mut().enumerate() {
                if i % 10 == 0 {
                    l.push_str(" !!!");
                }
            }
            kept.remove(2);
            kept
        }[..]
    );

    click(&app, "#clear", 1)?;
    table(&app, 0)?;

    click(&app, "#runlots", 1)?;
    let t = table(&app, 10_000)?;
    assert_eq!(t.ids, (2001..=12_000).collect::<Vec<u64>>());

    click(&app, "#run", 1)?;
    let t = table(&app, 1000)?;
    assert_eq!(t.ids, (12_001..=13_000).collect::<Vec<u64>>());
    assert!(t.danger.is_empty(), "the old selection's row is gone");
    Ok(())
}

#[test]
fn tsx_table_app_does_every_operation() -> TestResult {
    every_operation("js-framework-benchmark/app.tsx")
}

/// Creates and clears 10,000 rows 20 times: freed rows, items and strings are reused, so
/// linear memory stops growing after the first rounds.
fn memory_stays_bounded(example: &str) -> TestResult {
    let app = open(example)?;
    let mut sizes = Vec::new();
    for _ in 0..20 {
        click(&app, "#runlots", 1)?;
        table(&app, 10_000)?;
        click(&app, "#clear", 1)?;
        table(&app, 0)?;
        let bytes = app
            .browser
            .execute("return globalThis.__dx_memory.buffer.byteLength", vec![])?;
        sizes.push(bytes.as_u64().ok_or("no memory size")?);
    }
    assert_eq!(
        sizes[2], sizes[19],
        "linear memory grew between round 3 and round 20: {sizes:?}"
    );
    assert!(
        sizes[19] < 16 << 20,
        "10,000 rows should fit in 16 MiB: {sizes:?}"
    );
    Ok(())
}

#[test]
fn tsx_table_app_memory_is_bounded() -> TestResult {
    memory_stays_bounded("js-framework-benchmark/app.tsx")
}

#[test]
fn dx_table_app_does_every_operation() -> TestResult {
    every_operation("js-framework-benchmark/app.dx")
}

#[test]
fn dx_table_app_memory_is_bounded() -> TestResult {
    memory_stays_bounded("js-framework-benchmark/app.dx")
}
