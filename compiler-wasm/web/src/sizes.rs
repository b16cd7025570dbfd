//! Artifact sizes, measured exactly as `dx build` measures them: gzip level 9, brotli quality 11
//! with a 22-bit window.

use std::io::Write;

use crate::protocol::{SizeRow, SizesRequest, SizesResponse};

/// Sizes of one artifact.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sizes {
    /// Bytes.
    pub raw: usize,
    /// Bytes after gzip -9.
    pub gzip: usize,
    /// Bytes after brotli -q 11.
    pub brotli: usize,
}

impl Sizes {
    /// Measures `bytes`.
    pub fn of(bytes: &[u8]) -> Sizes {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(bytes).expect("writing to a Vec cannot fail");
        let gzip = gz.finish().expect("writing to a Vec cannot fail").len();
        let mut br = Vec::new();
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            lgwin: 22,
            ..Default::default()
        };
        brotli::BrotliCompress(&mut &bytes[..], &mut br, &params)
            .expect("writing to a Vec cannot fail");
        Sizes {
            raw: bytes.len(),
            gzip,
            brotli: br.len(),
        }
    }
}

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
