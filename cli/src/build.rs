//! `dx build`: compile an entry component and write a self-contained static app. When the
//! entry's directory has an `index.html`, that template is the page (see [`crate::template`])
//! and the local files it references are copied along.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use dx_compiler::{Diagnostic, Options, SourceFile, compile_app};

use crate::sizes::Sizes;
use crate::template::{self, TemplateError};

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
    /// The files dx generates (`index.html`, then `dx_runtime::AppHost::files`), in a stable
    /// order.
    pub artifacts: Vec<Artifact>,
    /// Files copied because the app's `index.html` template references them (paths relative
    /// to the output directory), in order of reference; empty without a template.
    pub assets: Vec<Artifact>,
    /// The template the page was made from, if the entry's directory has one.
    pub template: Option<PathBuf>,
    /// Time spent compiling (parse → emit), excluding file I/O and size measurement.
    pub compile_time: Duration,
    /// The back-end that wrote the module.
    pub backend: dx_compiler::Backend,
    /// Why the compiler chose it (or that `--mode` did).
    pub backend_reason: String,
    /// The first frame's HTML in the page, or why there is none.
    pub prerender: Prerender,
}

/// Whether the page carries the app's first frame as HTML (see `dx_ssr`).
#[derive(Debug, Clone, PartialEq)]
pub enum Prerender {
    /// This many bytes of HTML went into the `id="app"` element.
    Html(usize),
    /// The app's start-up needs something only a browser has (named in the reason); the page
    /// starts empty and the app renders when its wasm runs, as without prerendering.
    Skipped(String),
    /// Turned off (`--prerender off`).
    Off,
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
    /// The app's `index.html` template cannot be used, or a file it references is missing.
    Template {
        /// The template.
        path: PathBuf,
        /// 1-based line and column of the problem, when it has a place.
        at: Option<(usize, usize)>,
        message: String,
        hint: String,
    },
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
            BuildError::Template {
                path,
                at,
                message,
                hint,
            } => {
                let at = at.map_or(String::new(), |(line, col)| format!(":{line}:{col}"));
                write!(
                    f,
                    "error: {}{at}: {message}\n  = hint: {hint}",
                    path.display()
                )
            }
            BuildError::Compile { files, diagnostics } => {
                for d in diagnostics {
                    write!(f, "{}", d.render(&files[d.file_index()]))?;
                }
                Ok(())
            }
        }
    }
}

/// Compiles `entry` and writes `index.html`, `app.wasm` and for the Macro back-end the JS host
/// and `app.htip` (Micro's page carries its host, which has the templates built in) to `out`,
/// plus the assets of the entry directory's `index.html` template if there is one. Nothing is
/// written when the source or the template has an error.
pub fn build_app(entry: &Path, out: &Path) -> Result<BuildReport, BuildError> {
    build_app_with(entry, out, None)
}

/// [`build_app`] with the back-end chosen (`None`: the compiler picks, see
/// `dx_compiler::Backend::choose`).
pub fn build_app_with(
    entry: &Path,
    out: &Path,
    backend: Option<dx_compiler::Backend>,
) -> Result<BuildReport, BuildError> {
    build_app_opts(
        entry,
        out,
        BuildOptions {
            backend,
            prerender: true,
        },
    )
}

/// How to build.
#[derive(Debug, Clone, Copy)]
pub struct BuildOptions {
    /// The back-end (`None`: the compiler picks, see `dx_compiler::Backend::choose`).
    pub backend: Option<dx_compiler::Backend>,
    /// Put the first frame's HTML into the page (static SSR, so the browser paints before the
    /// wasm runs).
    pub prerender: bool,
}

/// [`build_app`] with options.
pub fn build_app_opts(
    entry: &Path,
    out: &Path,
    options: BuildOptions,
) -> Result<BuildReport, BuildError> {
    let backend = options.backend;
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
        Options {
            backend,
            ..Options::default()
        },
    );
    let output = result.map_err(|diagnostics| BuildError::Compile { files, diagnostics })?;
    let compile_time = started.elapsed();
    if output.plan.main.is_some() {
        return Err(BuildError::NotAnApp {
            path: entry.to_path_buf(),
        });
    }

    let app_dir = match entry.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let template_path = app_dir.join("index.html");
    let has_template = template_path.is_file();
    let host = host_for(&output);
    let page = if has_template {
        Some(page_from_template(&template_path, app_dir, &host)?)
    } else {
        None
    };

    std::fs::create_dir_all(out).map_err(io(out))?;
    let mut index = match &page {
        Some((html, _)) => html.clone(),
        None => dx_runtime::index_html(&output.entry, &host),
    };
    let prerender = if options.prerender {
        match first_frame_of(&output) {
            Ok(html) => match template::insert_into_app(&index, &html) {
                Some(with_html) => {
                    index = with_html;
                    Prerender::Html(html.len())
                }
                None => Prerender::Skipped("the page has no id=\"app\" element".into()),
            },
            Err(reason) => Prerender::Skipped(reason),
        }
    } else {
        Prerender::Off
    };
    let mut files: Vec<(&str, Vec<u8>)> = vec![("index.html", index.into_bytes())];
    for &file in host.files() {
        let bytes = match file {
            "app.htip" => output.templates.clone(),
            "app.wasm" => output.wasm.clone(),
            _ => host.js.clone().into_bytes(),
        };
        files.push((file, bytes));
    }
    let mut artifacts = Vec::new();
    for (name, bytes) in files {
        let path = out.join(name);
        std::fs::write(&path, &bytes).map_err(io(&path))?;
        artifacts.push(Artifact {
            name: name.to_string(),
            sizes: Sizes::of(&bytes),
        });
    }
    let mut assets = Vec::new();
    for (relative, bytes) in page.map(|(_, assets)| assets).unwrap_or_default() {
        let path = out.join(&relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        std::fs::write(&path, &bytes).map_err(io(&path))?;
        assets.push(Artifact {
            name: relative,
            sizes: Sizes::of(&bytes),
        });
    }
    Ok(BuildReport {
        backend: output.backend,
        backend_reason: output.backend_reason,
        entry: output.entry,
        artifacts,
        assets,
        template: has_template.then_some(template_path),
        compile_time,
        prerender,
    })
}

/// The HTML of the first frame of the app at `entry` (compiled as `dx build` compiles it).
pub fn first_frame(entry: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(entry).map_err(|e| e.to_string())?;
    let file = SourceFile::new(entry.display().to_string(), text);
    let (_, result) = compile_app(
        file,
        &mut |path| std::fs::read_to_string(path).ok(),
        Options::default(),
    );
    let output = result.map_err(|_| "the app did not compile".to_string())?;
    first_frame_of(&output)
}

/// The HTML of a compiled app's first frame: its plan emitted once more for the Macro back-end
/// with nullable references only (what the native interpreter runs; the same plan, so the same
/// frame, without reading and analyzing the sources again) and its start-up run by `dx_ssr`.
fn first_frame_of(output: &dx_compiler::Output) -> Result<String, String> {
    let options = dx_compiler::emit::EmitOptions {
        backend: dx_compiler::Backend::Macro,
        names: false,
        nullable_refs_only: true,
    };
    let wasm = dx_compiler::emit::emit(&output.plan, options).wasm;
    dx_ssr::prerender(&output.templates, &wasm).map_err(|e| e.to_string())
}

/// The page made from the template at `path` and the bytes of every asset it references
/// (read now, so a missing one fails the build before anything is written).
fn page_from_template(
    path: &Path,
    app_dir: &Path,
    host: &dx_runtime::AppHost,
) -> Result<(String, Vec<(String, Vec<u8>)>), BuildError> {
    let text = std::fs::read_to_string(path).map_err(|error| BuildError::Io {
        path: path.to_path_buf(),
        error,
    })?;
    let error = |e: TemplateError| BuildError::Template {
        path: path.to_path_buf(),
        at: e.offset.map(|offset| line_col(&text, offset)),
        message: e.message,
        hint: e.hint,
    };
    let head = dx_runtime::preload_links(host, template::links_stylesheets(&text));
    let page = template::fill(&text, &head, &dx_runtime::start_script(host)).map_err(error)?;
    let mut assets = Vec::new();
    for asset in page.assets {
        let file = app_dir.join(&asset.path);
        let bytes = std::fs::read(&file).map_err(|e| {
            let why = if file.is_dir() {
                "is a directory, not a file".to_owned()
            } else if e.kind() == std::io::ErrorKind::NotFound {
                "does not exist".to_owned()
            } else {
                e.to_string()
            };
            let hint = if asset.path.split('/').any(|s| s == "node_modules") {
                format!(
                    "run `npm ci` in {} to install the packages the template uses",
                    app_dir.display()
                )
            } else {
                format!(
                    "the path is relative to {}: create the file or fix the reference",
                    app_dir.display()
                )
            };
            error(TemplateError {
                offset: Some(asset.offset),
                message: format!("`{}` {why} ({})", asset.path, file.display()),
                hint,
            })
        })?;
        assets.push((asset.path, bytes));
    }
    Ok((page.html, assets))
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// The size table `dx build` prints: dx's files and their `total`, then (with a template) each
/// copied asset and the `total with assets`, so the app's own cost stays visible next to the
/// page's full download.
pub fn size_table(report: &BuildReport) -> String {
    let width = report
        .artifacts
        .iter()
        .chain(&report.assets)
        .map(|a| a.name.len())
        .chain(["total with assets".len()])
        .max()
        .unwrap_or_default();
    let row = |name: &str, s: Sizes| {
        format!(
            "{name:<width$} {:>7} B {:>7} B {:>7} B\n",
            s.raw, s.gzip, s.brotli
        )
    };
    let mut table = format!(
        "{:<width$} {:>9} {:>9} {:>9}\n",
        "artifact", "raw", "gzip", "brotli"
    );
    let mut total = Sizes::default();
    for a in &report.artifacts {
        table.push_str(&row(&a.name, a.sizes));
        total = total.plus(a.sizes);
    }
    table.push_str(&row("total", total));
    if !report.assets.is_empty() {
        for a in &report.assets {
            table.push_str(&row(&a.name, a.sizes));
            total = total.plus(a.sizes);
        }
        table.push_str(&row("total with assets", total));
    }
    table
}

/// The JS host with just the functions this module imports.
fn host_for(output: &dx_compiler::Output) -> dx_runtime::AppHost {
    let imports = dx_compiler::host_imports(&output.wasm);
    let imports: Vec<&str> = imports.iter().map(String::as_str).collect();
    dx_runtime::host_for_imports(&imports, &output.plan.table, &output.static_strings)
}
