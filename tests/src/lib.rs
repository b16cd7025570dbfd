//! Test support for dx: a real-browser harness ([`browser`]), a tiny HTTP
//! client ([`http`]) and temp directories ([`TempDir`]). Used by the
//! integration tests in `tests/tests/`.

#![deny(missing_docs)]

pub mod apps;
pub mod browser;
pub mod http;
mod temp_dir;

pub use http::{free_port, http_get};
pub use temp_dir::TempDir;
