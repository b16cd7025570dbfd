//! Diagnostics: a code from the catalogue, a message, a span and a hint, rendered with a
//! `file:line:col` and a code frame.

mod catalogue;

pub use catalogue::{CATALOGUE, Code, CodeInfo, errors_markdown};
use oxc_span::Span;

use crate::source::SourceFile;

/// One problem found in a source file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Catalogue code.
    pub code: Code,
    /// What is wrong here, specifically.
    pub message: String,
    /// Where (byte offsets into the file).
    pub span: Span,
    /// Advice; the catalogue's hint unless a more specific one applies.
    pub hint: String,
    /// Index of the app file it is in (`None` until known; the entry file by default).
    pub file: Option<usize>,
}

impl Diagnostic {
    /// A diagnostic with the catalogue's default hint.
    pub fn new(code: Code, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            message: message.into(),
            span,
            hint: code.info().hint.to_string(),
            file: None,
        }
    }

    /// Places the diagnostic in file `file` unless a more precise place is already known.
    pub fn in_file(mut self, file: usize) -> Self {
        self.file.get_or_insert(file);
        self
    }

    /// Index of the file it is in.
    pub fn file_index(&self) -> usize {
        self.file.unwrap_or(0)
    }

    /// Replaces the hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = hint.into();
        self
    }

    /// `path:line:col` of the start of the span.
    pub fn location(&self, file: &SourceFile) -> String {
        let (line, col) = file.line_col(self.span.start);
        format!("{}:{line}:{col}", file.path)
    }

    /// The full human-readable report: header, location, code frame, hint.
    pub fn render(&self, file: &SourceFile) -> String {
        let (line, col) = file.line_col(self.span.start);
        let (end_line, end_col) = file.line_col(self.span.end);
        let text = file.line_text(line);
        let width = if end_line == line && end_col > col {
            end_col - col
        } else {
            1
        };
        let gutter = line.to_string().len();
        let pad = " ".repeat(gutter);
        let caret_indent: String = text
            .chars()
            .take(col - 1)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        format!(
            "error[{}]: {}\n{pad}--> {}:{line}:{col}\n{pad} |\n{line} | {text}\n{pad} | {caret_indent}{}\n{pad} = hint: {}\n",
            self.code.info().id,
            self.message,
            file.path,
            "^".repeat(width),
            self.hint
        )
    }
}

/// Shorthand for analysis results.
pub type Result<T> = std::result::Result<T, Diagnostic>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_frame_with_caret_under_span() {
        let file = SourceFile::new("app.tsx", "let a = 1;\nreturn <p>{cout}</p>;\n");
        let d = Diagnostic::new(
            Code::UnknownIdentifier,
            Span::new(22, 26),
            "unknown identifier `cout`",
        );
        assert_eq!(
            d.render(&file),
            "error[DX0201]: unknown identifier `cout`\n --> app.tsx:2:12\n  |\n2 | return <p>{cout}</p>;\n  |            ^^^^\n  = hint: declare it as state, a prop, a `const` in the component, or a handler parameter\n"
        );
    }

    #[test]
    fn catalogue_ids_are_unique_and_well_formed() {
        let mut ids: Vec<_> = CATALOGUE.iter().map(|(_, i)| i.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), CATALOGUE.len());
        assert!(ids.iter().all(|id| id.len() == 6 && id.starts_with("DX")));
    }
}
