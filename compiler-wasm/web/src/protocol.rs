//! Messages between the playground page and the compiler worker.
//!
//! Requests and responses cross `postMessage` as plain JS objects (serialized with
//! `serde-wasm-bindgen`; byte arrays become `Uint8Array`s), so any page can drive the worker:
//!
//! ```js
//! worker.postMessage({ id: 1, files: { "App.tsx": source }, entry: "App.tsx" });
//! worker.onmessage = (e) => e.data.ok ? run(e.data.templates, e.data.wasm) : show(e.data.diagnostics);
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One compile: every file of the app (path → source) and which one is the entry.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Request {
    /// Chosen by the sender; echoed in the response so stale answers can be dropped.
    pub id: u32,
    /// Path → source text.
    pub files: BTreeMap<String, String>,
    /// Path of the entry component file (a key of `files`).
    pub entry: String,
}

/// What one compile produced.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Response {
    /// The request's id.
    pub id: u32,
    /// Whether the app compiled (then `templates` and `wasm` are set and `diagnostics` is empty).
    pub ok: bool,
    /// The mounted component's name.
    pub component: String,
    /// `app.htip`: the HTIP template table.
    #[serde(with = "serde_bytes")]
    pub templates: Vec<u8>,
    /// `app.wasm`, validated.
    #[serde(with = "serde_bytes")]
    pub wasm: Vec<u8>,
    /// The JS host that runs these artifacts (exports `start` and `startWithBytes`): `dx-host.js`,
    /// or for a Micro app the module inline in `index_html`.
    pub host_js: String,
    /// `index.html` of a `dx build` of this app.
    pub index_html: String,
    /// The decoded template table, readable.
    pub templates_text: String,
    /// The same module with a name section (function names), for the Wasm tab's text, which
    /// the second worker prints (`SizesRequest::print`): the printer stays out of the
    /// compiler's download.
    #[serde(with = "serde_bytes")]
    pub named_wasm: Vec<u8>,
    /// Name of each wasm function, by function index (imports first), e.g. `Counter.onClick`,
    /// so a trap's `wasm-function[N]` can be shown as the handler it happened in.
    pub function_names: Vec<String>,
    /// Errors, each with its span; empty when `ok`.
    pub diagnostics: Vec<DiagnosticInfo>,
    /// Sizes, back-end and timings.
    pub stats: Stats,
}

/// One diagnostic, with its span resolved to lines and columns (1-based, in characters).
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct DiagnosticInfo {
    /// Catalogue code, e.g. `DX0201`.
    pub code: String,
    /// The catalogue's title for the code.
    pub title: String,
    /// What is wrong here.
    pub message: String,
    /// Advice.
    pub hint: String,
    /// File the span is in.
    pub path: String,
    /// Span start, byte offset into the file.
    pub start: u32,
    /// Span end, byte offset.
    pub end: u32,
    /// Span start line (1-based).
    pub line: u32,
    /// Span start column (1-based, characters).
    pub col: u32,
    /// Span end line.
    pub end_line: u32,
    /// Span end column.
    pub end_col: u32,
    /// Span start as a UTF-16 offset (what CodeMirror and JS strings count).
    pub from16: u32,
    /// Span end as a UTF-16 offset.
    pub to16: u32,
    /// The full report as `dx build` prints it (code frame and hint).
    pub rendered: String,
}

/// Figures about one compile.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// Time in `dx_compiler::compile` (parse → emit → validate), in milliseconds.
    pub compile_ms: f64,
    /// Time for the whole request, including dumps and size measurement.
    pub total_ms: f64,
    /// The back-end that produced the app.
    pub backend: String,
    /// Why that back-end.
    pub backend_reason: String,
    /// The files a `dx build` of this app would write, in the same order, with their raw sizes
    /// (compressed sizes come from a [`SizesRequest`]).
    pub sizes: Vec<SizeRow>,
}

/// Sizes of one artifact.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct SizeRow {
    /// File name, as `dx build` writes it.
    pub name: String,
    /// Bytes.
    pub raw: u32,
    /// Bytes after gzip -9, once measured.
    pub gzip: Option<u32>,
    /// Bytes after brotli -q 11, once measured.
    pub brotli: Option<u32>,
}

/// A request to the sizes worker: measure these files.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct SizesRequest {
    /// Echoed in the answer.
    pub id: u32,
    /// The files, in display order.
    pub files: Vec<NamedBytes>,
    /// A wasm module to print as text (`Response::named_wasm`); empty: none.
    #[serde(with = "serde_bytes", default)]
    pub print: Vec<u8>,
}

/// One file to measure.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct NamedBytes {
    /// File name.
    pub name: String,
    /// Contents.
    #[serde(with = "serde_bytes")]
    pub bytes: Vec<u8>,
}

/// The sizes worker's answer.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct SizesResponse {
    /// The request's id.
    pub id: u32,
    /// One row per file, every size measured.
    pub sizes: Vec<SizeRow>,
    /// `print` as wasm text (wasmprinter); empty when nothing was to be printed.
    pub wasm_text: String,
}
