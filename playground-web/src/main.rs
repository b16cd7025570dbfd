#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

//! The dx playground: type a component, see it run. The compiler runs in a Web Worker
//! (`compiler-wasm/web`), the app in a sandboxed iframe, the editor is CodeMirror 6.
//!
//! ```text
//!  editor (CodeMirror) ──edit, debounced──▶ compiler.rs ──postMessage──▶ worker: dx_compiler::compile
//!        ▲ squiggles                                                        │ templates, wasm, dumps, sizes
//!        └──────────────── app.rs ◀──────────────── response ◀──────────────┘
//!                            └──▶ preview (iframe, sandbox="allow-scripts") ──▶ console, errors, ready
//! ```
//!
//! Everything browser-side is compiled for wasm32 only; the pure parts (share links, the
//! preview page) build and are tested everywhere.

mod examples;
mod preview_page;
mod share;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod compiler;
#[cfg(target_arch = "wasm32")]
mod editor;
#[cfg(target_arch = "wasm32")]
mod preview;

fn main() {
    #[cfg(target_arch = "wasm32")]
    app::start();
}
