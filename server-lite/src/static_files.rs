//! The request handler: URL path → file → response with type, ETag and caching headers.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::Response;

use crate::resolve::{Resolved, resolve};
use crate::{etag, mime, url_path};

/// Serves the file `uri` names under `root`. Files are read on every request,
/// so a rebuild is picked up without restarting; `Cache-Control: no-cache` makes
/// browsers revalidate with `If-None-Match`, answered by 304 when unchanged.
pub async fn serve_file(
    State(root): State<Arc<PathBuf>>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let Ok(relative) = url_path::relative_path(uri.path()) else {
        return text(StatusCode::BAD_REQUEST, "bad request path\n".to_owned());
    };
    let file = match resolve(&root, &relative, uri.path().ends_with('/')).await {
        Ok(Resolved::File(file)) => file,
        Ok(Resolved::AddSlash) => return add_slash(&uri),
        Ok(Resolved::NotFound) => return not_found(&uri),
        Err(e) => {
            return text(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("cannot read: {e}\n"),
            );
        }
    };
    let content = match tokio::fs::read(&file).await {
        Ok(content) => content,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return not_found(&uri),
        Err(e) => {
            return text(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("cannot read: {e}\n"),
            );
        }
    };
    let tag = etag::etag(&content);
    let unchanged = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| etag::if_none_match(value, &tag));
    let (status, body) = if unchanged {
        (StatusCode::NOT_MODIFIED, Body::empty())
    } else {
        (StatusCode::OK, Body::from(content))
    };
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(&relative, &file)),
    );
    headers.insert(
        header::ETAG,
        HeaderValue::from_str(&tag).expect("hex is a valid header"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

/// The type by the name the client asked for, or by the resolved file
/// (`index.html`) when it asked for a directory.
fn content_type(requested: &Path, file: &Path) -> &'static str {
    if requested.extension().is_some() {
        mime::content_type(requested)
    } else {
        mime::content_type(file)
    }
}

fn add_slash(uri: &Uri) -> Response {
    let location = match uri.query() {
        Some(query) => format!("{}/?{query}", uri.path()),
        None => format!("{}/", uri.path()),
    };
    let mut response = text(StatusCode::TEMPORARY_REDIRECT, format!("see {location}\n"));
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

fn not_found(uri: &Uri) -> Response {
    text(
        StatusCode::NOT_FOUND,
        format!("not found: {}\n", uri.path()),
    )
}

fn text(status: StatusCode, body: String) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}
