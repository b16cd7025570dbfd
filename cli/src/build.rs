//! `dx build`: compile an entry component and write a self-contained static app.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use dx_compiler::{Diagnostic, Options, SourceFile, compile_app};

use crate::sizes::Sizes;

/// One written file and its sizes.
#[derive(Debug)]
pub struct Artifact {
    /// File name inside the output directory.
    pub name: String,
    /// Its sizes.
    pub sizes: Sizes,
}

/// What a successful build wrote.
#[derive(Debug)]
pub struct BuildReport {
    /// The mounted component.
    pub entry: String,
    /// Files written, in a stable order.
    pub artifacts: Vec<Artifact>,
    /// Time spent compiling (parse → emit), excluding file I/O and size measurement.
    pub compile_time: Duration,
}

/// Why a build failed.
#[derive(Debug)]
pub enum BuildError {
    /// A file could not be read or written.
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    /// The entry is a `.ts` program, which has no UI to build.
    NotAnApp { path: PathBuf },
    /// The source has errors.
    Compile {
        /// Every file the compiler read; diagnostics point into it.
        files: Vec<SourceFile>,
        diagnostics: Vec<Diagnostic>,
    },
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::Io { path, error } => write!(f, "error: {}: {error}", path.display()),
            BuildError::NotAnApp { path } => write!(
                f,
                "error: {} is a .ts program without UI; `dx build` needs a component entry (.tsx or .dx)",
                path.display()
            ),
            BuildError::Compile { files, diagnostics } => {
                for d in diagnostics {
                    write!(f, "{}", d.render(&files[d.file_index()]))?;
                }
                Ok(())
            }
        }
    }
}

/// Compiles `entry` and writes `index.html`, the JS host, `app.htip` and `app.wasm` to `out`.
pub fn build_app(entry: &Path, out: &Path) -> Result<BuildReport, BuildError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |error| BuildError::Io { path, error }
    };
    let text = std::fs::read_to_string(entry).map_err(io(entry))?;
    let file = SourceFile::new(entry.display().to_string(), text);
    let started = Instant::now();
    // Imported files are read relative to the entry's path, as written on the command line.
    let (files, result) = compile_app(
        file,
        &mut |path| std::fs::read_to_string(path).ok(),
        Options::default(),
    );
    let output = result.map_err(|diagnostics| BuildError::Compile { files, diagnostics })?;
    let compile_time = started.elapsed();
    if output.plan.main.is_some() {
        return Err(BuildError::NotAnApp {
            path: entry.to_path_buf(),
        });
    }

    std::fs::create_dir_all(out).map_err(io(out))?;
    let files: [(&str, Vec<u8>); 4] = [
        (
            "index.html",
            dx_runtime::index_html(&output.entry).into_bytes(),
        ),
        (dx_runtime::HOST_FILE, host_for(&output.wasm).into_bytes()),
        ("app.htip", output.templates),
        ("app.wasm", output.wasm),
    ];
    let mut artifacts = Vec::new();
    for (name, bytes) in files {
        let path = out.join(name);
        std::fs::write(&path, &bytes).map_err(io(&path))?;
        artifacts.push(Artifact {
            name: name.to_string(),
            sizes: Sizes::of(&bytes),
        });
    }
    Ok(BuildReport {
        entry: output.entry,
        artifacts,
        compile_time,
    })
}

/// The size table `dx build` prints.
pub fn size_table(report: &BuildReport) -> String {
    let mut s = format!(
        "{:<12} {:>9} {:>9} {:>9}\n",
        "artifact", "raw", "gzip", "brotli"
    );
    let mut total = Sizes::default();
    for a in &report.artifacts {
        s.push_str(&format!(
            "{:<12} {:>7} B {:>7} B {:>7} B\n",
            a.name, a.sizes.raw, a.sizes.gzip, a.sizes.brotli
        ));
        total = total.plus(a.sizes);
    }
    s.push_str(&format!(
        "{:<12} {:>7} B {:>7} B {:>7} B\n",
        "total", total.raw, total.gzip, total.brotli
    ));
    s
}

/// The JS host with just the functions this module imports.
fn host_for(wasm: &[u8]) -> String {
    let imports = dx_compiler::host_imports(wasm);
    dx_runtime::host_js_for(&imports.iter().map(String::as_str).collect::<Vec<_>>())
}
