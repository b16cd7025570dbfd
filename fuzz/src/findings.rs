//! Finding files: the input that shows a bug, with a comment header that says what the bug
//! is and how to get the input again. `dx-fuzz --replay FILE` and `--minimize FILE` read
//! them back.

use std::path::{Path, PathBuf};

use dx_compiler::SourceFile;

use crate::{Found, Input};

/// The line that ends the header.
const END: &str = "// ---";

/// FNV-1a, for short stable file names.
fn hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// `panic-0123abcd.tsx`: the kind, a hash of the finding's key, the input's extension.
pub fn file_name(found: &Found) -> String {
    let ext = found
        .input
        .subject()
        .path
        .rsplit('.')
        .next()
        .unwrap_or("tsx");
    format!(
        "{}-{:08x}.{ext}",
        found.finding.kind.name(),
        hash(&found.finding.key) as u32
    )
}

/// The finding file's text.
pub fn render(found: &Found) -> String {
    let f = &found.finding;
    let mut out = format!("// dx-fuzz finding: {}\n// key: {}\n", f.kind.name(), f.key);
    let mut lines = f.message.lines();
    out += &format!("// message: {}\n", lines.next().unwrap_or(""));
    for line in lines {
        out += &format!("//   {line}\n");
    }
    if let Some(b) = f.backend {
        out += &format!("// backend: {}\n", b.name());
    }
    out += &format!(
        "// origin: {}\n// reproduce: cargo run --release -p dx-fuzz -- --show {}:{} (seen in {} inputs)\n// entry: {}\n// file: {}\n{END}\n",
        found.input.origin,
        found.seed,
        found.index,
        found.hits,
        found.input.entry.path,
        found.input.subject().path,
    );
    out + &found.input.subject().text
}

/// Writes `found` into `dir` unless a smaller input for the same finding is already there.
/// Returns the file's path.
pub fn write(dir: &Path, found: &Found) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(file_name(found));
    let text = render(found);
    let keep_old = std::fs::read_to_string(&path).is_ok_and(|old| old.len() <= text.len());
    if !keep_old {
        std::fs::write(&path, text)?;
    }
    Ok(path)
}

/// The input of a finding file (or of any source file, taken as an entry at its own path).
/// Imports of the entry are read from `files` (the seed corpus).
pub fn read(
    path: &Path,
    files: &std::collections::HashMap<String, String>,
) -> Result<Input, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let header = |name: &str| {
        text.lines()
            .take_while(|l| *l != END)
            .find_map(|l| l.strip_prefix(&format!("// {name}: ")))
            .map(str::to_string)
    };
    let (Some(entry), Some(file)) = (header("entry"), header("file")) else {
        return Ok(Input {
            entry: SourceFile::new(path.display().to_string(), text),
            overrides: Vec::new(),
            origin: "a file".into(),
        });
    };
    let body = text
        .split_once(&format!("{END}\n"))
        .map_or("", |(_, b)| b)
        .to_string();
    let origin = header("origin").unwrap_or_default();
    if entry == file {
        return Ok(Input {
            entry: SourceFile::new(entry, body),
            overrides: Vec::new(),
            origin,
        });
    }
    let entry_text = files
        .get(&entry)
        .ok_or_else(|| format!("the entry {entry} is not a seed file"))?;
    Ok(Input {
        entry: SourceFile::new(entry, entry_text.clone()),
        overrides: vec![SourceFile::new(file, body)],
        origin,
    })
}
