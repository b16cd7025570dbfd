//! The CodeMirror 6 editor, bundled from npm into `editor.js` (playground-web/editor/), which
//! defines `globalThis.dxEditor` before this wasm starts.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// One editor view with a document per file.
    #[derive(Clone)]
    pub type Editor;

    /// Creates the editor inside `parent`; `on_change(path, text)` runs on every user edit.
    #[wasm_bindgen(js_namespace = dxEditor, js_name = create)]
    pub fn create(parent: &web_sys::Element, on_change: &js_sys::Function) -> Editor;

    /// Shows `path`, creating its document from `text` the first time.
    #[wasm_bindgen(method)]
    pub fn open(this: &Editor, path: &str, text: &str);

    /// Forgets every document and creates these (`[[path, text], …]`).
    #[wasm_bindgen(method, js_name = replaceAll)]
    pub fn replace_all(this: &Editor, files: &JsValue);

    /// Replaces a document's text as an (undoable) edit.
    #[wasm_bindgen(method, js_name = setText)]
    pub fn set_text(this: &Editor, path: &str, text: &str);

    /// Forgets one document.
    #[wasm_bindgen(method)]
    pub fn remove(this: &Editor, path: &str);

    /// Squiggles with hover messages: `[{from, to, message}]`, UTF-16 offsets.
    #[wasm_bindgen(method, js_name = setDiagnostics)]
    pub fn set_diagnostics(this: &Editor, path: &str, list: &JsValue);

    /// `"vim"` or `"default"`.
    #[wasm_bindgen(method, js_name = setKeymap)]
    pub fn set_keymap(this: &Editor, name: &str);

    /// Re-measures after the editor was hidden.
    #[wasm_bindgen(method)]
    pub fn refresh(this: &Editor);
}
