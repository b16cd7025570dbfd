//! Source files and the two flavours of component syntax.

/// Which language rules apply to a file, chosen by its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavour {
    /// React-style `.tsx`: state through `useState`, handlers see the state of their render.
    Tsx,
    /// `.dx`: the same syntax, but a component's top-level `let` is state and reads are live.
    Dx,
    /// `.ts`: a program without UI; its top-level statements run in the exported `main`.
    /// Used by the differential tests that compare dx with JavaScript under node.
    Ts,
}

/// One source file of an app.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Path as the user wrote it (used in diagnostics).
    pub path: String,
    /// Full text.
    pub text: String,
}

impl SourceFile {
    /// A file from its path and text.
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile {
            path: path.into(),
            text: text.into(),
        }
    }

    /// The flavour implied by the extension, if it is one dx compiles. Plain JavaScript
    /// (`.js`, `.jsx`, `.mjs`) is React-style code without annotations: the `.tsx` flavour.
    pub fn flavour(&self) -> Option<Flavour> {
        if self.path.ends_with(".tsx") || self.is_javascript() {
            Some(Flavour::Tsx)
        } else if self.path.ends_with(".dx") {
            Some(Flavour::Dx)
        } else if self.path.ends_with(".ts") {
            Some(Flavour::Ts)
        } else {
            None
        }
    }

    /// Whether the file is JavaScript (with JSX), not TypeScript: parsed without type syntax,
    /// so `a < b > c` and the like mean what they mean in JavaScript.
    pub fn is_javascript(&self) -> bool {
        [".js", ".jsx", ".mjs"]
            .iter()
            .any(|e| self.path.ends_with(e))
    }

    /// How oxc parses the file: TypeScript with JSX (`.tsx`, `.dx`), TypeScript (`.ts`),
    /// JavaScript with JSX (`.js`, `.jsx`, `.mjs`).
    pub fn source_type(&self) -> oxc_span::SourceType {
        if self.is_javascript() {
            oxc_span::SourceType::jsx()
        } else if self.path.ends_with(".ts") {
            oxc_span::SourceType::ts()
        } else {
            oxc_span::SourceType::tsx()
        }
    }

    /// 1-based line and column (in characters) of byte offset `offset`.
    pub fn line_col(&self, offset: u32) -> (usize, usize) {
        let offset = (offset as usize).min(self.text.len());
        let before = &self.text[..floor_char_boundary(&self.text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }

    /// The text of 1-based line `line`, without its newline.
    pub fn line_text(&self, line: usize) -> &str {
        self.text.lines().nth(line.saturating_sub(1)).unwrap_or("")
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_chars_not_bytes() {
        let f = SourceFile::new("a.tsx", "ab\nçd x\n");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(3), (2, 1));
        assert_eq!(f.line_col(7), (2, 4));
        assert_eq!(f.line_text(2), "çd x");
        assert_eq!(f.line_col(999), (3, 1));
    }
}
