//! The page inside the preview iframe: the dx JS host inlined as a module, plus a bootstrap
//! that receives the compiled bytes by `postMessage` and reports back (ready, console output,
//! runtime errors with their location).
//!
//! The iframe is `sandbox="allow-scripts"` without `allow-same-origin`: its origin is opaque, so
//! it cannot read the playground's storage or DOM, nor fetch its blob URLs; the bytes therefore
//! arrive by message and start through the host's `startWithBytes`. It has no `localStorage`
//! of its own either, so the bootstrap gives apps an in-memory one per run.

/// The `srcdoc` of one preview run; `token` tags every message it sends back.
pub fn document(host_js: &str, token: u32) -> String {
    // `</script` inside the inlined module would end the script element early.
    let host = host_js.replace("</script", "<\\/script");
    format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font:15px/1.4 system-ui,sans-serif;margin:12px;color:#1d1d1f}}button{{font:inherit}}</style>
</head><body><div id="app"></div>
<script type="module">
{host}
const TOKEN = {token};
{BOOTSTRAP}
</script></body></html>
"#
    )
}

const BOOTSTRAP: &str = r#"const send = (m) => parent.postMessage({ dxPreview: TOKEN, ...m }, "*");
const show = (v) => {
  if (typeof v === "string") return v;
  if (v instanceof Error) return v.stack || String(v);
  try { return JSON.stringify(v); } catch { return String(v); }
};
for (const level of ["log", "info", "warn", "error", "debug"]) {
  const original = console[level].bind(console);
  console[level] = (...args) => { send({ kind: "console", level, text: args.map(show).join(" ") }); original(...args); };
}
// Function names of app.wasm by index (from the compiler), for traps.
let names = [];
// Where an error happened: the wasm function (by name) and byte offset for traps in app.wasm,
// else file:line:col.
const where = (error, file, line, col) => {
  const stack = String((error && error.stack) || "");
  const wasm = stack.match(/wasm-function\[(\d+)\]:(0x[0-9a-f]+)/);
  if (wasm) {
    const name = names[+wasm[1]];
    return `app.wasm: ${name ? `${name} (function ${wasm[1]})` : `function ${wasm[1]}`} at byte ${wasm[2]}`;
  }
  if (line) return `${file && !file.startsWith("about:") ? file : "preview"}:${line}:${col}`;
  const frame = stack.split("\n").map((s) => s.trim()).find((s) => s.startsWith("at "));
  return frame ? frame.slice(3) : "";
};
// The opaque origin has no storage (reading `localStorage` throws a SecurityError): apps get
// one in memory that lasts as long as this run's frame.
try { localStorage; } catch {
  const items = new Map();
  const storage = {
    getItem: (k) => (items.has(String(k)) ? items.get(String(k)) : null),
    setItem: (k, v) => { items.set(String(k), String(v)); },
    removeItem: (k) => { items.delete(String(k)); },
    clear: () => items.clear(),
    key: (i) => [...items.keys()][i] ?? null,
    get length() { return items.size; },
  };
  Object.defineProperty(window, "localStorage", { value: storage, configurable: true });
}
addEventListener("error", (e) => send({ kind: "error", message: String(e.message), location: where(e.error, e.filename, e.lineno, e.colno) }));
addEventListener("unhandledrejection", (e) => send({ kind: "error", message: String((e.reason && e.reason.message) || e.reason), location: where(e.reason) }));
addEventListener("message", (e) => {
  if (e.source !== parent || !e.data || e.data.dxRun !== TOKEN) return;
  names = e.data.names || [];
  const started = performance.now();
  startWithBytes(document.getElementById("app"), e.data.templates, e.data.wasm)
    .then(() => send({ kind: "ready", ms: performance.now() - started }))
    .catch((err) => send({ kind: "error", message: String((err && err.message) || err), location: where(err) }));
});
send({ kind: "loaded" });"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inlines_the_host_and_tags_messages() {
        let page = document(&dx_runtime::host_js(), 42);
        assert!(page.contains("export async function startWithBytes("));
        assert!(page.contains("const TOKEN = 42;"));
        assert_eq!(page.matches("</script>").count(), 1, "only the closing tag");
    }
}
