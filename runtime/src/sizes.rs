//! Artifact sizes as users will pay for them: raw, gzip (level 9) and brotli (quality 11 with a
//! 22-bit window). One definition for `dx build` and the playground's sizes worker.

use std::io::Write;

/// Sizes of one artifact.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sizes {
    /// Bytes on disk.
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

    /// Adds two measurements (for totals).
    pub fn plus(self, other: Sizes) -> Sizes {
        Sizes {
            raw: self.raw + other.raw,
            gzip: self.gzip + other.gzip,
            brotli: self.brotli + other.brotli,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn compression_shrinks_repetitive_input() {
        let s = super::Sizes::of(&[b'a'; 10_000]);
        assert_eq!(s.raw, 10_000);
        assert!(s.gzip < 100 && s.brotli < 100, "{s:?}");
    }
}
