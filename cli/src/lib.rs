//! The `dx` command-line tool as a library: `build` writes a static app, `check` reports how
//! much of a project compiles, `serve` serves an app, `fmt` converts between DX and JSON,
//! `config` reads the project's `dx` file.

pub mod build;
pub mod check;
pub mod config;
pub mod fmt;
pub mod template;
/// Artifact sizes (defined in `dx-runtime`, shared with the playground).
pub use dx_runtime::sizes;
