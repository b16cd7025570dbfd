//! TodoMVC (`examples/todomvc/`, the todomvc.com app spec) in both flavours, in real
//! headless Chromium with the standard `todomvc-app-css` stylesheet.

use std::time::{Duration, Instant};

use dx_tests::apps::{App, TestResult, WAIT, open_with, wait_mounted};
use serde_json::{Value, json};

const ENTER: &str = "\u{E007}";
const ESCAPE: &str = "\u{E00C}";
/// Control+A then Control up: selects the field's text, so typing replaces it. (WebDriver's
/// element clear would blur the field, which saves the edit.)
const SELECT_ALL: &str = "\u{E009}a\u{E009}";

/// What the page shows: each visible todo's title and state, the counter, the filters.
const READ: &str = r#"
const q = (s) => document.querySelector(s);
const items = [...document.querySelectorAll('.todo-list li')].map((li) => ({
  title: li.querySelector('label').textContent,
  completed: li.classList.contains('completed'),
  checked: li.querySelector('.toggle').checked,
  editing: li.classList.contains('editing'),
}));
return JSON.stringify({
  items,
  main: !!q('.main'),
  footer: !!q('.footer'),
  count: q('.todo-count') ? q('.todo-count').textContent : null,
  strong: q('.todo-count strong') ? q('.todo-count strong').textContent : null,
  clear: !!q('.clear-completed'),
  selected: [...document.querySelectorAll('.filters a.selected')].map((a) => a.getAttribute('href')),
  toggleAll: q('.toggle-all') ? q('.toggle-all').checked : null,
  focused: document.activeElement ? document.activeElement.className : '',
  newTodo: q('.new-todo').value,
});
"#;

fn read(app: &App) -> Result<Value, Box<dyn std::error::Error>> {
    let raw = app.browser.execute(READ, vec![])?;
    Ok(serde_json::from_str(raw.as_str().unwrap_or("{}"))?)
}

/// Waits until the page satisfies `check`; fails with what it showed last.
fn wait(
    app: &App,
    what: &str,
    check: impl Fn(&Value) -> bool,
) -> Result<Value, Box<dyn std::error::Error>> {
    let deadline = Instant::now() + WAIT;
    loop {
        let v = read(app)?;
        if check(&v) {
            return Ok(v);
        }
        if Instant::now() > deadline {
            return Err(format!("page never showed {what}; it shows {v}").into());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn titles(v: &Value) -> Vec<String> {
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap().to_string())
        .collect()
}

fn completed(v: &Value) -> Vec<bool> {
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["completed"] == json!(true))
        .collect()
}

/// Clicks from the page (elements TodoMVC's stylesheet shows only on hover, or with no
/// size, are not clickable for WebDriver); the click bubbles through the app's listeners.
fn js(app: &App, script: &str) -> TestResult {
    app.browser
        .execute(&format!("{script}; return 0;"), vec![])?;
    Ok(())
}

fn add(app: &App, text: &str) -> TestResult {
    app.browser
        .find(".new-todo")?
        .send_keys(&format!("{text}{ENTER}"))
        .map_err(|e| format!("typing {text:?} into .new-todo: {e}"))?;
    Ok(())
}

/// Types into the field of the todo being edited.
fn type_in_edit(app: &App, text: &str) -> TestResult {
    app.browser
        .find(".todo-list li.editing .edit")?
        .send_keys(text)
        .map_err(|e| format!("typing {text:?} into the edit field: {e}"))?;
    Ok(())
}

fn dblclick_label(app: &App, nth: usize) -> TestResult {
    js(
        app,
        &format!(
            "document.querySelectorAll('.todo-list li label')[{nth}].dispatchEvent(new MouseEvent('dblclick', {{ bubbles: true }}))"
        ),
    )
}

fn the_spec(example: &str) -> TestResult {
    the_spec_with(example, None)
}

fn the_spec_with(example: &str, backend: Option<dx_compiler::Backend>) -> TestResult {
    let app = open_with(example, backend)?;
    js(&app, "localStorage.clear()")?;
    let v = read(&app)?;
    assert_eq!(v["main"], json!(false), "no list without todos");
    assert_eq!(v["footer"], json!(false), "no footer without todos");
    assert_eq!(
        v["focused"],
        json!("new-todo"),
        "the new-todo field has focus"
    );

    // Add: trimmed; empty and blank are ignored; the field is cleared.
    add(&app, "  Buy milk  ")?;
    let v = wait(&app, "one todo", |v| titles(v) == ["Buy milk"])?;
    assert_eq!(v["newTodo"], json!(""));
    assert_eq!(v["count"], json!("1 item left"));
    assert_eq!(v["strong"], json!("1"));
    add(&app, "   ")?;
    add(&app, "Walk the dog")?;
    add(&app, "Write tests")?;
    let v = wait(&app, "three todos", |v| titles(v).len() == 3)?;
    assert_eq!(titles(&v), ["Buy milk", "Walk the dog", "Write tests"]);
    assert_eq!(v["count"], json!("3 items left"));
    assert_eq!(v["clear"], json!(false), "nothing to clear yet");
    assert_eq!(v["selected"], json!(["#/"]));

    // Toggle one, then all, then none.
    js(
        &app,
        "document.querySelectorAll('.todo-list .toggle')[1].click()",
    )?;
    let v = wait(&app, "second completed", |v| {
        completed(v) == [false, true, false]
    })?;
    assert_eq!(v["count"], json!("2 items left"));
    assert_eq!(v["clear"], json!(true));
    assert_eq!(v["items"][1]["checked"], json!(true));
    js(&app, "document.querySelector('.toggle-all').click()")?;
    let v = wait(&app, "all completed", |v| {
        completed(v) == [true, true, true]
    })?;
    assert_eq!(v["count"], json!("0 items left"));
    assert_eq!(v["toggleAll"], json!(true));
    js(&app, "document.querySelector('.toggle-all').click()")?;
    let v = wait(&app, "none completed", |v| {
        completed(v) == [false, false, false]
    })?;
    assert_eq!(v["toggleAll"], json!(false));

    // Edit: double-click shows a focused field with the title; Enter saves trimmed.
    dblclick_label(&app, 0)?;
    let v = wait(&app, "editing the first", |v| {
        v["items"][0]["editing"] == json!(true)
    })?;
    assert_eq!(v["focused"], json!("edit"), "the edit field has focus");
    let edit = app.browser.find(".todo-list li.editing .edit")?;
    assert_eq!(edit.prop("value")?, json!("Buy milk"));
    type_in_edit(&app, &format!("{SELECT_ALL}  Buy oat milk {ENTER}"))?;
    let v = wait(&app, "the edit saved", |v| titles(v)[0] == "Buy oat milk")?;
    assert_eq!(v["items"][0]["editing"], json!(false));
    // Escape cancels.
    dblclick_label(&app, 1)?;
    wait(&app, "editing the second", |v| {
        v["items"][1]["editing"] == json!(true)
    })?;
    type_in_edit(&app, &format!(" and the cat{ESCAPE}"))?;
    let v = wait(&app, "the edit cancelled", |v| {
        v["items"][1]["editing"] == json!(false)
    })?;
    assert_eq!(titles(&v)[1], "Walk the dog");
    // Blur saves.
    dblclick_label(&app, 2)?;
    wait(&app, "editing the third", |v| {
        v["items"][2]["editing"] == json!(true)
    })?;
    app.browser
        .find(".todo-list li.editing .edit")?
        .send_keys("!")?;
    js(&app, "document.activeElement.blur()")?;
    wait(&app, "saved on blur", |v| titles(v)[2] == "Write tests!")?;
    // An empty title deletes.
    dblclick_label(&app, 2)?;
    wait(&app, "editing the third again", |v| {
        v["items"][2]["editing"] == json!(true)
    })?;
    type_in_edit(&app, &format!("{SELECT_ALL}\u{E003}{ENTER}"))?;
    wait(&app, "emptied todo deleted", |v| {
        titles(v) == ["Buy oat milk", "Walk the dog"]
    })?;

    // Delete with the destroy button.
    add(&app, "Temporary")?;
    wait(&app, "three again", |v| titles(v).len() == 3)?;
    js(
        &app,
        "document.querySelectorAll('.todo-list .destroy')[2].click()",
    )?;
    wait(&app, "temporary deleted", |v| {
        titles(v) == ["Buy oat milk", "Walk the dog"]
    })?;

    // Filters follow the URL hash and highlight their link.
    js(
        &app,
        "document.querySelectorAll('.todo-list .toggle')[0].click()",
    )?;
    wait(&app, "first completed", |v| completed(v) == [true, false])?;
    js(&app, "location.hash = '#/active'")?;
    let v = wait(&app, "active only", |v| titles(v) == ["Walk the dog"])?;
    assert_eq!(v["selected"], json!(["#/active"]));
    js(&app, "location.hash = '#/completed'")?;
    let v = wait(&app, "completed only", |v| titles(v) == ["Buy oat milk"])?;
    assert_eq!(v["selected"], json!(["#/completed"]));
    assert_eq!(v["count"], json!("1 item left"));
    js(&app, "location.hash = '#/'")?;
    wait(&app, "all again", |v| titles(v).len() == 2)?;

    // Clear completed, then persistence across a reload.
    js(&app, "document.querySelector('.clear-completed').click()")?;
    let v = wait(&app, "completed cleared", |v| titles(v) == ["Walk the dog"])?;
    assert_eq!(v["clear"], json!(false));
    add(&app, "Sleep")?;
    wait(&app, "sleep added", |v| titles(v).len() == 2)?;
    js(
        &app,
        "document.querySelectorAll('.todo-list .toggle')[1].click()",
    )?;
    wait(&app, "sleep completed", |v| completed(v) == [false, true])?;
    js(&app, "location.reload()")?;
    wait_mounted(&app.browser)?;
    let v = wait(&app, "todos restored", |v| {
        titles(v) == ["Walk the dog", "Sleep"]
    })?;
    assert_eq!(completed(&v), [false, true]);
    assert_eq!(v["count"], json!("1 item left"));
    Ok(())
}

#[test]
fn tsx_todomvc_follows_the_spec() -> TestResult {
    the_spec("todomvc/app.tsx")
}

#[test]
fn dx_todomvc_follows_the_spec() -> TestResult {
    the_spec("todomvc/app.dx")
}

/// Every app gets the Micro back-end by default; the op buffer and full host of Macro run
/// lists too.
#[test]
fn tsx_todomvc_with_the_macro_backend_follows_the_spec() -> TestResult {
    the_spec_with("todomvc/app.tsx", Some(dx_compiler::Backend::Macro))
}
