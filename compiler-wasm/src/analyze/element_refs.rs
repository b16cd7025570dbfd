//! Which `useRef`s are element refs.
//!
//! React has one `useRef` for two jobs: a box for a value that survives renders without
//! causing one (`useRef(0)`, a timer id, the previous props), and a handle on a DOM element
//! (`useRef(null)` attached with `ref={input}`). dx compiles them differently (an element ref
//! is a node handle known at compile time, a value ref a slot of the instance), and a
//! declaration alone does not say which it is: the JSX that attaches it may come after the
//! handlers that use it. So a file is scanned once, before analysis, for the names written in
//! `ref={name}` attributes.

use std::collections::HashSet;

/// The identifiers written as `ref={name}` anywhere in `source`. Text inside strings or
/// comments may add a name too; that only makes a value ref an element ref, which reports a
/// diagnostic where it is used as a value, never a different behaviour.
pub(crate) fn attached_names(source: &str) -> HashSet<String> {
    let bytes = source.as_bytes();
    let mut names = HashSet::new();
    let mut from = 0;
    while let Some(at) = source[from..].find("ref") {
        let start = from + at;
        from = start + 3;
        let before_ok = start == 0 || !is_ident_byte(bytes[start - 1]);
        if !before_ok {
            continue;
        }
        let mut i = skip_spaces(bytes, start + 3);
        if bytes.get(i) != Some(&b'=') {
            continue;
        }
        i = skip_spaces(bytes, i + 1);
        if bytes.get(i) != Some(&b'{') {
            continue;
        }
        i = skip_spaces(bytes, i + 1);
        let name_start = i;
        while i < bytes.len() && is_ident_byte(bytes[i]) {
            i += 1;
        }
        let name_end = i;
        if name_end > name_start
            && !bytes[name_start].is_ascii_digit()
            && bytes.get(skip_spaces(bytes, name_end)) == Some(&b'}')
        {
            names.insert(source[name_start..name_end].to_string());
        }
    }
    names
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$'
}

fn skip_spaces(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::attached_names;

    #[test]
    fn finds_names_in_ref_attributes_only() {
        let names = attached_names(
            "const a = useRef(null); const b = useRef(0);\n<input ref={a} /> <div ref = { c }/>\n\
             <p myref={d} /> <p ref={(el) => x(el)} /> <p ref={e.f} />",
        );
        let mut names: Vec<_> = names.into_iter().collect();
        names.sort();
        assert_eq!(names, ["a", "c"]);
    }
}
