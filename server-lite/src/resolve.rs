//! Finding the file a request names on disk, without leaving the served root.

use std::io;
use std::path::{Path, PathBuf};

/// What a (traversal-free) relative path names under the root.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A regular file inside the root; for a directory this is its `index.html`.
    File(PathBuf),
    /// A directory requested without a trailing `/`: the client should be sent to
    /// `path/`, so that relative URLs in its `index.html` resolve inside it.
    AddSlash,
    /// Nothing servable: missing, outside the root through a symlink, or a
    /// directory without `index.html`.
    NotFound,
}

/// Resolves `relative` (already checked by `url_path`) under `root`.
/// Symlinks are followed, but the final path must still lie inside `root`.
/// `ends_with_slash` says whether the request path ended in `/`.
pub async fn resolve(root: &Path, relative: &Path, ends_with_slash: bool) -> io::Result<Resolved> {
    let Some(root) = canonical(root).await? else {
        return Ok(Resolved::NotFound);
    };
    let Some(target) = inside(&root, &root.join(relative)).await? else {
        return Ok(Resolved::NotFound);
    };
    let metadata = tokio::fs::metadata(&target).await?;
    if metadata.is_file() {
        return Ok(Resolved::File(target));
    }
    if !metadata.is_dir() {
        return Ok(Resolved::NotFound);
    }
    if !ends_with_slash && !relative.as_os_str().is_empty() {
        return Ok(Resolved::AddSlash);
    }
    match inside(&root, &target.join("index.html")).await? {
        Some(index) if tokio::fs::metadata(&index).await?.is_file() => Ok(Resolved::File(index)),
        _ => Ok(Resolved::NotFound),
    }
}

/// The canonical form of `path` if it exists and lies inside `root` (canonical).
async fn inside(root: &Path, path: &Path) -> io::Result<Option<PathBuf>> {
    Ok(canonical(path).await?.filter(|path| path.starts_with(root)))
}

/// `canonicalize`, with "does not exist" as `None` rather than an error.
async fn canonical(path: &Path) -> io::Result<Option<PathBuf>> {
    match tokio::fs::canonicalize(path).await {
        Ok(path) => Ok(Some(path)),
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
            ) =>
        {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}
