//! Artifact sizes, measured exactly as `dx build` measures them: gzip level 9, brotli quality 11
//! with a 22-bit window; and the Wasm tab's text of a module (wasmprinter), printed here so the
//! printer (about 50 KB brotli) stays out of the compiler's download.

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
        wasm_text: if request.print.is_empty() {
            String::new()
        } else {
            wasmprinter::print_bytes(&request.print)
                .unwrap_or_else(|e| format!("(wasmprinter failed: {e})"))
        },
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
            print: Vec::new(),
        });
        assert_eq!(r.wasm_text, "");
        assert_eq!(r.id, 3);
        let row = &r.sizes[0];
        assert_eq!(row.raw as usize, text.len());
        assert!(row.gzip.unwrap() < 100 && row.brotli.unwrap() < row.gzip.unwrap());
    }

    #[test]
    fn prints_a_module_as_text() {
        // An empty module: the magic number and version 1.
        let r = measure(&SizesRequest {
            id: 4,
            files: Vec::new(),
            print: b"\0asm\x01\0\0\0".to_vec(),
        });
        assert!(r.wasm_text.starts_with("(module"), "{}", r.wasm_text);
        let bad = measure(&SizesRequest {
            id: 5,
            files: Vec::new(),
            print: b"junk".to_vec(),
        });
        assert!(
            bad.wasm_text.starts_with("(wasmprinter failed"),
            "{}",
            bad.wasm_text
        );
    }
}
