//! The `dx` command-line tool as a library: `build` writes a static app, `serve` serves one.

pub mod build;
pub mod sizes;
