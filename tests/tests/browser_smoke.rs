//! Proves the browser harness end to end: dx-server-lite serves a tiny page,
//! real headless Chromium loads it, and clicks change the DOM.

use std::time::Duration;

use dx_tests::TempDir;
use dx_tests::browser::Browser;

const WAIT: Duration = Duration::from_secs(10);

const PAGE: &str = r#"<!doctype html>
<html>
  <head><meta charset="utf-8"><title>smoke</title></head>
  <body>
    <button id="inc">+1</button>
    <span id="count">0</span>
    <input id="name">
    <script>
      let count = 0;
      document.getElementById("inc").addEventListener("click", () => {
        count += 1;
        document.getElementById("count").textContent = String(count);
        console.log("clicked " + count);
      });
    </script>
  </body>
</html>
"#;

#[test]
fn counter_increments_in_real_chromium() -> Result<(), Box<dyn std::error::Error>> {
    let site = TempDir::new("dx-smoke-site")?;
    site.write("index.html", PAGE)?;
    let (addr, _server) = dx_server_lite::spawn_background(site.path().to_owned(), 0)?;

    let browser = Browser::launch()?;
    browser.goto(&format!("http://{addr}/"))?;
    let button = browser.wait_for("#inc", WAIT)?;
    for _ in 0..3 {
        button.click()?;
    }
    browser.wait_until_text("#count", "3", WAIT)?;

    assert_eq!(browser.find("#count")?.text()?, "3");
    assert_eq!(browser.execute("return document.title", vec![])?, "smoke");
    assert_eq!(browser.find_all("button")?.len(), 1);
    assert!(!browser.exists("#missing")?);
    assert_eq!(browser.find("#inc")?.attr("id")?.as_deref(), Some("inc"));
    assert_eq!(browser.find("#inc")?.attr("data-none")?, None);

    let input = browser.find("#name")?;
    input.send_keys("dx")?;
    assert_eq!(input.prop("value")?, "dx");
    input.clear()?;
    assert_eq!(input.prop("value")?, "");

    let viewport = browser.execute("return [window.outerWidth, window.outerHeight]", vec![])?;
    assert_eq!(viewport, serde_json::json!([1024, 768]));

    let log = browser.console_log()?;
    assert!(
        log.iter().any(|line| line.contains("clicked 3")),
        "console log: {log:?}"
    );
    Ok(())
}

#[test]
fn waits_fail_with_what_was_last_seen() -> Result<(), Box<dyn std::error::Error>> {
    let site = TempDir::new("dx-smoke-site")?;
    site.write("index.html", PAGE)?;
    let (addr, _server) = dx_server_lite::spawn_background(site.path().to_owned(), 0)?;
    let browser = Browser::launch()?;
    browser.goto(&format!("http://{addr}/"))?;

    let short = Duration::from_millis(300);
    let error = browser
        .wait_until_text("#count", "5", short)
        .unwrap_err()
        .to_string();
    assert!(error.contains("last seen: text \"0\""), "{error}");
    let error = browser.wait_for("#missing", short).unwrap_err().to_string();
    assert!(error.contains("`#missing`"), "{error}");
    Ok(())
}
