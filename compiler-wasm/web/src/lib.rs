//! The dx compiler for the browser.
//!
//! - [`protocol`]: the request (files + entry) and the response (artifacts, diagnostics with
//!   spans, readable dumps, stats) exchanged with the playground's Web Worker. Always built, so
//!   the playground page can speak the protocol without linking the compiler.
//! - [`compile_request`] (feature `compiler`): runs [`dx_compiler::compile`] on a request and
//!   fills a response. Plain Rust, tested natively.
//! - On `wasm32` with `compiler`: the wasm-bindgen API (`compile(request)`) and the worker loop
//!   (`worker.rs`), which answers `postMessage` requests.
//! - [`Sizes`] (feature `sizes`): gzip -9 and brotli -q 11 sizes, measured as `dx build` does.
//!   A separate feature because the encoders would double the compiler's download; the
//!   playground measures in a second, lazily loaded worker (`playground-web/sizes/`).

pub mod protocol;

#[cfg(feature = "compiler")]
mod compile;
#[cfg(feature = "sizes")]
mod sizes;

#[cfg(feature = "compiler")]
pub use compile::compile_request;
#[cfg(feature = "sizes")]
pub use sizes::{Sizes, measure};

#[cfg(all(target_arch = "wasm32", feature = "compiler"))]
mod worker;
