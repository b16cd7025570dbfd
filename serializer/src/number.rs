//! Number text: the JSON number grammar (for self-typed values), the looser float cells of `%f`
//! columns, base62 integers of `%x` columns, and the shortest float spelling.

use crate::value::Number;

/// Whether `s` matches JSON's number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
/// Self-typed DX values use exactly this test, so the encoder escapes every string it accepts.
pub fn is_json_number(s: &[u8]) -> bool {
    let mut i = 0;
    if s.first() == Some(&b'-') {
        i = 1;
    }
    match s.get(i) {
        Some(b'0') => i += 1,
        Some(b'1'..=b'9') => {
            while matches!(s.get(i), Some(b'0'..=b'9')) {
                i += 1;
            }
        }
        _ => return false,
    }
    if s.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while matches!(s.get(i), Some(b'0'..=b'9')) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let start = i;
        while matches!(s.get(i), Some(b'0'..=b'9')) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    i == s.len()
}

/// Whether `s` is a float cell of a `%f` column: JSON's grammar, except that the integer part may
/// be empty (`.5`) and may have leading zeros.
pub fn is_float_cell(s: &[u8]) -> bool {
    let mut i = usize::from(s.first() == Some(&b'-'));
    let int_start = i;
    while matches!(s.get(i), Some(b'0'..=b'9')) {
        i += 1;
    }
    let mut digits = i > int_start;
    if s.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while matches!(s.get(i), Some(b'0'..=b'9')) {
            i += 1;
        }
        if i == start {
            return false;
        }
        digits = true;
    }
    if !digits {
        return false;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let start = i;
        while matches!(s.get(i), Some(b'0'..=b'9')) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    i == s.len()
}

/// Parses text already known to match [`is_json_number`]. Integers that fit `u64`/`i64` stay
/// integers; larger ones become floats (as serde_json does). `None` if a float overflows.
pub fn parse_json_number(s: &str) -> Option<Number> {
    let b = s.as_bytes();
    let is_float = b.iter().any(|c| matches!(c, b'.' | b'e' | b'E'));
    if !is_float {
        let (neg, digits) = match b.first() {
            Some(b'-') => (true, &b[1..]),
            _ => (false, b),
        };
        let mut n: u64 = 0;
        let mut overflow = false;
        for &d in digits {
            let digit = d.wrapping_sub(b'0');
            if digit > 9 {
                return None;
            }
            match n
                .checked_mul(10)
                .and_then(|n| n.checked_add(u64::from(digit)))
            {
                Some(m) => n = m,
                None => {
                    overflow = true;
                    break;
                }
            }
        }
        if !overflow {
            if !neg {
                return Some(Number::PosInt(n));
            }
            if n == 0 {
                return Some(Number::Float(-0.0));
            }
            if n <= i64::MAX as u64 + 1 {
                return Some(Number::NegInt((n as i128).wrapping_neg() as i64));
            }
        }
    }
    parse_float(s).map(Number::Float)
}

/// Parses float text (grammar already checked); `None` when it overflows to infinity.
pub fn parse_float(s: &str) -> Option<f64> {
    let x: f64 = s.parse().ok()?;
    x.is_finite().then_some(x)
}

/// The shortest text that reads back as exactly `x`. With `marked`, the text always has a `.` or
/// an exponent (so a self-typed reader sees a float); `%f` cells drop that mark and the leading
/// zero (`7`, `.5`).
pub fn format_float(out: &mut String, x: f64, marked: bool) {
    let start = out.len();
    let mut buffer = zmij::Buffer::new();
    let shortest = buffer.format_finite(x);
    out.push_str(shortest.strip_suffix(".0").unwrap_or(shortest));
    let plain = &out[start..];
    // Only trailing zeros before the point or leading zeros after it can make the exponent
    // form shorter (`1e21`, `1e-7`); only then is it formatted too.
    let digits = plain.trim_start_matches('-');
    if digits.ends_with("00") || digits.starts_with("0.00") || digits.contains('e') {
        let exp = format!("{x:e}");
        if exp.len() < plain.len() {
            out.truncate(start);
            out.push_str(&exp);
        }
    }
    let text = &out[start..];
    if marked {
        if !text.bytes().any(|c| matches!(c, b'.' | b'e' | b'E')) {
            out.push_str(".0");
        }
    } else if text.starts_with("0.") {
        out.remove(start);
    } else if text.starts_with("-0.") {
        out.remove(start + 1);
    }
}

const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// Base62 text of an integer (`320` → `5A`), with a leading `-` for negatives.
#[cfg(test)]
pub fn to_base62(n: i128) -> String {
    let mut out = String::new();
    write_base62(&mut out, n);
    out
}

/// Appends the base62 text of an integer that fits `i64` or `u64`.
pub fn write_base62(out: &mut String, n: i128) {
    let mut digits = [0u8; 24];
    let mut at = digits.len();
    // u64 division: integers in the data model fit it, and u128 division is slow.
    let mut m = n.unsigned_abs() as u64;
    loop {
        at -= 1;
        digits[at] = BASE62[(m % 62) as usize];
        m /= 62;
        if m == 0 {
            break;
        }
    }
    if n < 0 {
        at -= 1;
        digits[at] = b'-';
    }
    out.extend(digits[at..].iter().map(|&d| d as char));
}

/// Parses base62 text into an integer that fits `i64` or `u64`.
pub fn from_base62(s: &[u8]) -> Option<Number> {
    let (neg, digits) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty() || digits.len() > 11 {
        return None;
    }
    let mut n: u128 = 0;
    for &c in digits {
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'A'..=b'Z' => c - b'A' + 10,
            b'a'..=b'z' => c - b'a' + 36,
            _ => return None,
        };
        n = n * 62 + u128::from(d);
    }
    if neg {
        if n == 0 || n > i64::MAX as u128 + 1 {
            return None;
        }
        Some(Number::NegInt((n as i128).wrapping_neg() as i64))
    } else {
        u64::try_from(n).ok().map(Number::PosInt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_grammar() {
        for ok in ["0", "-0", "12", "1.5", "1e5", "-1.5E-3", "0.0"] {
            assert!(is_json_number(ok.as_bytes()), "{ok}");
        }
        for bad in [
            "", "-", "01", "1.", ".5", "+1", "1e", "1x", "inf", "NaN", "0x1",
        ] {
            assert!(!is_json_number(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn float_cells() {
        for ok in ["7", ".5", "-.5", "1e5", "007.5"] {
            assert!(is_float_cell(ok.as_bytes()), "{ok}");
        }
        for bad in ["", ".", "-", "1.", "e5", "inf", "nan"] {
            assert!(!is_float_cell(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn base62_matches_the_seed_example() {
        assert_eq!(to_base62(320), "5A");
        assert_eq!(to_base62(540), "8i");
        assert_eq!(to_base62(180), "2u");
        assert_eq!(from_base62(b"5A"), Some(Number::PosInt(320)));
        for n in [0i128, 1, -1, 61, 62, i64::MIN as i128, u64::MAX as i128] {
            let back = from_base62(to_base62(n).as_bytes()).and_then(|n| n.as_i128());
            assert_eq!(back, Some(n));
        }
    }

    #[test]
    fn floats_are_shortest_and_exact() {
        let f = |x: f64, marked: bool| {
            let mut s = String::new();
            format_float(&mut s, x, marked);
            s
        };
        assert_eq!(f(1e300, true), "1e300");
        assert_eq!(f(1e5, true), "1e5");
        assert_eq!(f(1e-7, true), "1e-7");
        assert_eq!(f(7.0, true), "7.0");
        assert_eq!(f(7.0, false), "7");
        assert_eq!(f(0.5, false), ".5");
        assert_eq!(f(-0.5, false), "-.5");
        assert_eq!(f(-0.0, true), "-0.0");
        for x in [
            0.1,
            1.0 / 3.0,
            1e-7,
            123456789.125,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
        ] {
            for marked in [true, false] {
                let mut text = String::new();
                format_float(&mut text, x, marked);
                assert_eq!(text.parse::<f64>().ok(), Some(x), "{text}");
            }
        }
    }
}
