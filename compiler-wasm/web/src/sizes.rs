//! Artifact sizes, measured exactly as `dx build` measures them: gzip level 9, brotli quality 11
//! with a 22-bit window.

pub use dx_runtime::sizes::Sizes;

use crate::protocol::{SizeRow, SizesRequest, SizesResponse};

/// Answers a [`SizesRequest`].
pub fn measure(request: &SizesRequest) -> SizesResponse {
    SizesResponse {
        id: request.id,
        sizes: request
            .files
            .iter()
            .map(|f| {
                let s = Sizes::of(&f.bytes);
                SizeRow {
                    name: f.name.clone(),
                    raw: s.raw as u32,
                    gzip: Some(s.gzip as u32),
                    brotli: Some(s.brotli as u32),
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::NamedBytes;

    #[test]
    fn measures_like_dx_build() {
        let text = "hello hello hello hello hello hello".repeat(20);
        let r = measure(&SizesRequest {
            id: 3,
            files: vec![NamedBytes {
                name: "a.txt".into(),
                bytes: text.clone().into_bytes(),
            }],
        });
        assert_eq!(r.id, 3);
        let row = &r.sizes[0];
        assert_eq!(row.raw as usize, text.len());
        assert!(row.gzip.unwrap() < 100 && row.brotli.unwrap() < row.gzip.unwrap());
    }
}
