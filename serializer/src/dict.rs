//! Key abbreviations: a one-to-one map between short keys (written in DX) and long keys (in the
//! data). A document declares its own with `@short=long` lines, or both sides share one out of
//! band (like a schema) through [`crate::parse_with`] and [`crate::encode_with`].
//!
//! Only a bare key without escapes is expanded, so a literal key that happens to equal a short
//! one is written quoted and stays literal: the round trip is exact either way.

use std::collections::HashMap;

use crate::error::{Error, ErrorKind};

/// A set of `short ↔ long` key abbreviations.
#[derive(Clone, Debug, Default)]
pub struct Dict {
    pairs: Vec<(String, String)>,
    to_long: HashMap<String, usize>,
    to_short: HashMap<String, usize>,
}

impl Dict {
    /// An empty dictionary.
    pub fn new() -> Dict {
        Dict::default()
    }

    /// A dictionary from `(short, long)` pairs; an error if a short or a long key repeats, or
    /// if a short key is not a bare key (it may not need escapes or quotes).
    pub fn from_pairs<S: Into<String>, L: Into<String>>(
        pairs: impl IntoIterator<Item = (S, L)>,
    ) -> Result<Dict, Error> {
        let mut dict = Dict::new();
        for (short, long) in pairs {
            let (short, long) = (short.into(), long.into());
            let bare = !short.is_empty()
                && !short.starts_with(['#', '@'])
                && !short.bytes().any(|c| crate::text::KEY_STOP[c as usize]);
            if !bare || dict.to_long.contains_key(&short) || dict.to_short.contains_key(&long) {
                return Err(Error {
                    kind: ErrorKind::DictConflict,
                    detail: Some(format!("`{short}` = `{long}`")),
                    position: None,
                });
            }
            let index = dict.pairs.len();
            dict.to_long.insert(short.clone(), index);
            dict.to_short.insert(long.clone(), index);
            dict.pairs.push((short, long));
        }
        Ok(dict)
    }

    /// Whether there are no abbreviations.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// The `(short, long)` pairs in declaration order.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.pairs.iter().map(|(s, l)| (s.as_str(), l.as_str()))
    }

    /// The long key for a short one.
    pub fn expand(&self, short: &str) -> Option<&str> {
        self.to_long.get(short).map(|&i| self.pairs[i].1.as_str())
    }

    /// The short key for a long one.
    pub fn abbreviate(&self, long: &str) -> Option<&str> {
        self.to_short.get(long).map(|&i| self.pairs[i].0.as_str())
    }

    /// Whether `key` is some abbreviation's short form (a literal key equal to it must be quoted).
    pub fn is_short(&self, key: &str) -> bool {
        self.to_long.contains_key(key)
    }
}
