//! `dx fmt --to json|dx|human <file>`: converts between JSON and the DX text format.
//!
//! The input is JSON when it starts with `{` or `[` and parses as JSON, DX otherwise
//! (`--from json|dx` decides explicitly).

use std::fmt;
use std::path::Path;

use dx_serializer::{Error, Value};

/// What `dx fmt` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Minified JSON.
    Json,
    /// The smallest DX text.
    Dx,
    /// The human view: indented JSON with aligned rows.
    Human,
}

/// What `dx fmt` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// JSON text.
    Json,
    /// DX text.
    Dx,
}

impl Target {
    /// Parses the value of `--to`.
    pub fn parse(name: &str) -> Option<Target> {
        match name {
            "json" => Some(Target::Json),
            "dx" => Some(Target::Dx),
            "human" => Some(Target::Human),
            _ => None,
        }
    }
}

impl Source {
    /// Parses the value of `--from`.
    pub fn parse(name: &str) -> Option<Source> {
        match name {
            "json" => Some(Source::Json),
            "dx" => Some(Source::Dx),
            _ => None,
        }
    }
}

/// A failed conversion: the file could not be read, or its text is invalid.
#[derive(Debug)]
pub enum FmtError {
    /// Reading the file failed.
    Read(String, std::io::Error),
    /// The text is not valid JSON / DX; carries the file's text for the code frame.
    Invalid {
        /// The file as given on the command line.
        file: String,
        /// Its contents.
        text: String,
        /// What the parser reported.
        error: Error,
    },
}

impl fmt::Display for FmtError {
    /// `error[CODE]: message`, ` --> file:line:col`, a code frame with a caret, and the hint.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FmtError::Read(file, e) => writeln!(f, "error: cannot read {file}: {e}"),
            FmtError::Invalid { file, text, error } => {
                write!(f, "error[{}]: {}", error.kind.code(), error.kind.message())?;
                if let Some(detail) = &error.detail {
                    write!(f, " ({detail})")?;
                }
                writeln!(f)?;
                let Some(pos) = error.position else {
                    writeln!(f, " --> {file}")?;
                    return writeln!(f, "  = hint: {}", error.kind.hint());
                };
                writeln!(f, " --> {file}:{}:{}", pos.line, pos.column)?;
                let line = text
                    .lines()
                    .nth(pos.line.saturating_sub(1) as usize)
                    .unwrap_or("");
                let number = pos.line.to_string();
                let gutter = " ".repeat(number.len());
                writeln!(f, "{gutter} |")?;
                writeln!(f, "{number} | {line}")?;
                let caret = " ".repeat(pos.column.saturating_sub(1) as usize);
                writeln!(f, "{gutter} | {caret}^")?;
                writeln!(f, "  = hint: {}", error.kind.hint())
            }
        }
    }
}

/// Reads `file` and returns its conversion, ending with a newline.
pub fn format_file(file: &Path, from: Option<Source>, to: Target) -> Result<String, FmtError> {
    let shown = file.display().to_string();
    let text = std::fs::read_to_string(file).map_err(|e| FmtError::Read(shown.clone(), e))?;
    convert(&text, from, to).map_err(|error| FmtError::Invalid {
        file: shown,
        text: text.clone(),
        error,
    })
}

/// Converts text (JSON or DX, detected unless `from` says) to `to`.
pub fn convert(text: &str, from: Option<Source>, to: Target) -> Result<String, Error> {
    let value = read(text, from)?;
    let mut out = match to {
        Target::Json => dx_serializer::to_json(&value),
        Target::Dx => dx_serializer::encode(&value),
        Target::Human => dx_serializer::format_human(&value),
    };
    if !out.ends_with('\n') {
        out.push('\n');
    }
    Ok(out)
}

fn read(text: &str, from: Option<Source>) -> Result<Value<'_>, Error> {
    match from {
        Some(Source::Json) => dx_serializer::from_json(text),
        Some(Source::Dx) => dx_serializer::parse(text.as_bytes()),
        None => {
            let looks_json = matches!(text.trim_start().bytes().next(), Some(b'{' | b'['));
            match looks_json.then(|| dx_serializer::from_json(text)) {
                Some(Ok(value)) => Ok(value),
                _ => dx_serializer::parse(text.as_bytes()),
            }
        }
    }
}
