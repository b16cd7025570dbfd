//! The project config file: a file named `dx` at the project root, in the DX text format,
//! read through `dx-serializer` (keys are listed in docs/dx-format.md):
//!
//! ```text
//! build.entry:examples/counter.tsx^out:out/counter
//! serve.port:8080
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The file name looked up in the current directory.
pub const FILE_NAME: &str = "dx";

/// The whole config; every key is optional.
#[derive(Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// `build.*`: what `dx build` compiles when no entry is given.
    #[serde(default)]
    pub build: Build,
    /// `serve.*`: what `dx serve` serves when no directory is given.
    #[serde(default)]
    pub serve: Serve,
}

/// `build.entry` and `build.out`.
#[derive(Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Build {
    /// The component file to compile (`.tsx` or `.dx`).
    pub entry: Option<String>,
    /// The output directory.
    pub out: Option<String>,
}

/// `serve.dir` and `serve.port`.
#[derive(Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Serve {
    /// The directory to serve (default: `build.out`).
    pub dir: Option<String>,
    /// The port on 127.0.0.1 (default 8080).
    pub port: Option<u16>,
}

/// Reads `dir/dx` if it exists. The error text names the file and, for syntax errors, the
/// `line:column`.
pub fn load(dir: &Path) -> Result<Option<Config>, String> {
    let path: PathBuf = dir.join(FILE_NAME);
    if !path.is_file() {
        return Ok(None);
    }
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    parse(&text)
        .map(Some)
        .map_err(|e| format!("{}{}", path.display(), e))
}

/// Parses config text; the error starts with `:line:col: ` when it has a position.
pub fn parse(text: &str) -> Result<Config, String> {
    dx_serializer::from_str(text).map_err(|e: dx_serializer::Error| {
        let detail = e
            .detail
            .clone()
            .map(|d| format!(" ({d})"))
            .unwrap_or_default();
        let at = e
            .position
            .map(|p| format!(":{}:{}", p.line, p.column))
            .unwrap_or_default();
        format!(
            "{at}: {}{detail} [{}]\n  = hint: {}",
            e.kind.message(),
            e.kind.code(),
            e.kind.hint()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_documented_keys() {
        let config =
            parse("# project\nbuild.entry:examples/counter.tsx^out:out/counter\nserve.port:8080\n")
                .unwrap();
        assert_eq!(config.build.entry.as_deref(), Some("examples/counter.tsx"));
        assert_eq!(config.build.out.as_deref(), Some("out/counter"));
        assert_eq!(config.serve.port, Some(8080));
        assert_eq!(parse("").unwrap(), Config::default());
    }

    #[test]
    fn unknown_keys_and_syntax_errors_are_reported() {
        let e = parse("build.entyr:x\n").unwrap_err();
        assert!(e.contains("unknown field `entyr`"), "{e}");
        let e = parse("build.entry:x\nserve.port 80\n").unwrap_err();
        assert!(e.starts_with(":2:"), "{e}");
    }
}
