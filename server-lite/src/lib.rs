//! `dx-server-lite`: a small static file server for built dx apps.
//!
//! It serves a directory as-is: Content-Type by extension (`mime.rs`), a strong
//! content ETag with 304 revalidation (`etag.rs`), `Cache-Control: no-cache`,
//! gzip/brotli negotiated from `Accept-Encoding`, `index.html` for directories,
//! and no way out of the root (`url_path.rs`, `resolve.rs`). Files are read per
//! request, so a rebuild shows up on the next reload.

#![deny(missing_docs)]

mod background;
mod etag;
mod mime;
mod resolve;
mod static_files;
mod url_path;

use std::path::PathBuf;

use axum::Router;
use axum::routing::get;
use tower_http::compression::CompressionLayer;

pub use background::{ServerHandle, spawn_background};

/// Serves `root` on an already-bound listener until the future is dropped.
pub async fn serve(listener: tokio::net::TcpListener, root: PathBuf) -> std::io::Result<()> {
    axum::serve(listener, router(root)).await
}

/// The axum router serving `root` (for embedding and tests). Only GET and HEAD
/// are routed; other methods get 405 with an `Allow` header.
pub fn router(root: PathBuf) -> Router {
    Router::new()
        .fallback(get(static_files::serve_file))
        .with_state(std::sync::Arc::new(root))
        .layer(CompressionLayer::new())
}
