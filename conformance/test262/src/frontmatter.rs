//! The YAML frontmatter of a test262 test (`/*--- … ---*/`), read by hand: only the keys the
//! runner acts on (`flags`, `features`, `includes`, `negative`), in the two list forms test262
//! uses (`[a, b]` and `- a` lines).

/// What the runner needs to know about one test.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    /// `flags:` — e.g. `onlyStrict`, `noStrict`, `module`, `async`, `raw`.
    pub flags: Vec<String>,
    /// `features:` — language features the test needs.
    pub features: Vec<String>,
    /// `includes:` — harness files beyond the default `assert.js` and `sta.js`.
    pub includes: Vec<String>,
    /// `negative:` — the test must fail in this phase with this error.
    pub negative: Option<Negative>,
}

/// A `negative:` block.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Negative {
    /// `parse`, `resolution` or `runtime`.
    pub phase: String,
    /// The expected error constructor, e.g. `SyntaxError`.
    pub error: String,
}

/// Reads the frontmatter of `source`; `None` when it has none (test262 requires one).
pub fn parse(source: &str) -> Option<Meta> {
    let start = source.find("/*---")? + "/*---".len();
    let end = start + source[start..].find("---*/")?;
    let mut meta = Meta::default();
    let mut key = "";
    for line in source[start..end].lines() {
        let trimmed = line.trim();
        if let Some(item) = trimmed.strip_prefix("- ") {
            if let Some(list) = list_mut(&mut meta, key) {
                list.push(item.trim().to_string());
            }
        } else if !trimmed.is_empty() && !line.starts_with([' ', '\t']) {
            let (k, value) = line.split_once(':').unwrap_or((line, ""));
            key = k.trim();
            if let Some(list) = list_mut(&mut meta, key) {
                list.extend(inline_list(value.trim()));
            } else if key == "negative" {
                meta.negative = Some(Negative::default());
            }
        } else if key == "negative"
            && let (Some(negative), Some((k, v))) =
                (meta.negative.as_mut(), trimmed.split_once(':'))
        {
            match k.trim() {
                "phase" => negative.phase = v.trim().to_string(),
                "type" => negative.error = v.trim().to_string(),
                _ => {}
            }
        }
    }
    Some(meta)
}

fn list_mut<'m>(meta: &'m mut Meta, key: &str) -> Option<&'m mut Vec<String>> {
    match key {
        "flags" => Some(&mut meta.flags),
        "features" => Some(&mut meta.features),
        "includes" => Some(&mut meta.includes),
        _ => None,
    }
}

/// `[a, b]` → `a`, `b`; anything else (the start of a `- a` block) → nothing.
fn inline_list(value: &str) -> Vec<String> {
    let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) else {
        return Vec::new();
    };
    inner
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_lists_and_negative_block() {
        let src = "// c\n/*---\nesid: sec-x\ndescription: >\n  flags: [not, a, key]\nflags: [onlyStrict, generated]\nfeatures: [BigInt]\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\n$DONOTEVALUATE();";
        let meta = parse(src).unwrap();
        assert_eq!(meta.flags, ["onlyStrict", "generated"]);
        assert_eq!(meta.features, ["BigInt"]);
        assert!(meta.includes.is_empty());
        assert_eq!(
            meta.negative,
            Some(Negative {
                phase: "parse".into(),
                error: "SyntaxError".into()
            })
        );
    }

    #[test]
    fn block_lists() {
        let src = "/*---\ninfo: |\n  - not an item\nincludes:\n  - compareArray.js\n  - propertyHelper.js\nfeatures:\n- Symbol\n---*/";
        let meta = parse(src).unwrap();
        assert_eq!(meta.includes, ["compareArray.js", "propertyHelper.js"]);
        assert_eq!(meta.features, ["Symbol"]);
        assert_eq!(meta.negative, None);
    }

    #[test]
    fn no_frontmatter() {
        assert_eq!(parse("assert(true);"), None);
    }
}
