//! Unsigned LEB128, the integer encoding of the HTIP table (small numbers take one byte).

/// Appends `value` as unsigned LEB128.
pub fn write_u32(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Reads an unsigned LEB128 value at `*pos`, advancing it. `None` on truncation or overflow.
pub fn read_u32(bytes: &[u8], pos: &mut usize) -> Option<u32> {
    let mut result: u32 = 0;
    for shift in (0..35).step_by(7) {
        let byte = *bytes.get(*pos)?;
        *pos += 1;
        let bits = u32::from(byte & 0x7f);
        if shift == 28 && bits > 0x0f {
            return None;
        }
        result |= bits << shift;
        if byte & 0x80 == 0 {
            return Some(result);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_edges() {
        for v in [0, 1, 127, 128, 16_383, 16_384, u32::MAX] {
            let mut buf = Vec::new();
            write_u32(&mut buf, v);
            let mut pos = 0;
            assert_eq!(read_u32(&buf, &mut pos), Some(v));
            assert_eq!(pos, buf.len());
        }
    }

    #[test]
    fn rejects_truncated_and_overlong() {
        assert_eq!(read_u32(&[0x80], &mut 0), None);
        assert_eq!(read_u32(&[0xff, 0xff, 0xff, 0xff, 0x7f], &mut 0), None);
    }
}
