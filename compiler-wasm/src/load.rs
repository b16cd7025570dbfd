//! The files of an app: the entry and every file it imports with a relative path,
//! found through a loader (the file system for the CLI, the editor's files in the playground).

use oxc_span::GetSpan;

use crate::analyze::{self, Collected};
use crate::diagnostics::{Code, Diagnostic};
use crate::source::SourceFile;

/// Extensions tried, in order, for an import path written without one (then a folder's
/// `index` file, as bundlers resolve `./components`).
const EXTENSIONS: &[&str] = &[
    "",
    ".tsx",
    ".dx",
    ".ts",
    ".jsx",
    ".js",
    "/index.tsx",
    "/index.ts",
    "/index.jsx",
    "/index.js",
];

/// `base`'s directory joined with the relative `import`, normalised (`a/./b/../c` → `a/c`).
pub fn join(base: &str, import: &str) -> String {
    let mut parts: Vec<&str> = base.split('/').collect();
    parts.pop();
    for segment in import.split('/') {
        match segment {
            "." | "" => {}
            ".." => {
                if parts.last().is_some_and(|p| *p != "..") && !parts.is_empty() {
                    parts.pop();
                } else {
                    parts.push("..");
                }
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// Parses the entry and, transitively, the files it imports; links and analyzes them.
/// Returns every file read (diagnostics index into it) and the analyzed program.
pub(crate) fn load_and_analyze(
    allocator: &oxc_allocator::Allocator,
    entry: SourceFile,
    load: &mut dyn FnMut(&str) -> Option<String>,
) -> (Vec<SourceFile>, Result<crate::ir::Program, Vec<Diagnostic>>) {
    let mut files = vec![entry];
    let mut collected: Vec<Collected<'_, '_>> = Vec::new();
    let mut resolved: Vec<Vec<usize>> = Vec::new();
    let mut flavours = Vec::new();
    let mut entry_span = oxc_span::Span::new(0, 0);
    let mut i = 0;
    while i < files.len() {
        let Some(flavour) = files[i].flavour() else {
            let d = Diagnostic::new(
                Code::UnsupportedFile,
                oxc_span::Span::new(0, 0),
                format!(
                    "`{}` is not a .tsx, .jsx, .ts, .js or .dx file",
                    files[i].path
                ),
            );
            return (files, Err(vec![d.in_file(i)]));
        };
        // The allocator owns a copy of the text, so the AST can outlive this loop's borrows.
        let text = allocator.alloc_str(&files[i].text);
        let program = match crate::parse::parse(allocator, text, files[i].source_type()) {
            Ok(mut p) => {
                if flavour != crate::source::Flavour::Dx {
                    crate::desugar::desugar(&mut p, allocator);
                }
                allocator.alloc(p)
            }
            Err(ds) => return (files, Err(ds.into_iter().map(|d| d.in_file(i)).collect())),
        };
        if i == 0 {
            entry_span = program.span();
        }
        // An imported `.ts` file is a module (constants, functions, types), not a program.
        let flavour = match flavour {
            crate::source::Flavour::Ts if i > 0 => crate::source::Flavour::Tsx,
            other => other,
        };
        let module = match analyze::collect(program, flavour) {
            Ok(m) => m,
            Err(d) => return (files, Err(vec![d.in_file(i)])),
        };
        let mut targets = Vec::new();
        for import in &module.imports {
            let base = join(&files[i].path, &import.source);
            let found = EXTENSIONS.iter().find_map(|ext| {
                let path = format!("{base}{ext}");
                if let Some(k) = files.iter().position(|f| f.path == path) {
                    return Some(Ok(k));
                }
                load(&path).map(|text| Err(SourceFile::new(path, text)))
            });
            match found {
                Some(Ok(k)) => targets.push(k),
                Some(Err(file)) => {
                    files.push(file);
                    targets.push(files.len() - 1);
                }
                None => {
                    let d = Diagnostic::new(
                        Code::FileNotFound,
                        import.span,
                        format!(
                            "cannot find \"{}\" (looked for {base} with .tsx, .dx, .ts, .jsx, .js and as a folder's index)",
                            import.source
                        ),
                    );
                    return (files, Err(vec![d.in_file(i)]));
                }
            }
        }
        collected.push(module);
        resolved.push(targets);
        flavours.push(flavour);
        i += 1;
    }
    let result = analyze::link(collected, &resolved, &flavours, entry_span)
        .map_err(|(file, d)| vec![d.in_file(file)]);
    (files, result)
}

#[cfg(test)]
mod tests {
    use super::join;

    #[test]
    fn joins_relative_paths() {
        assert_eq!(join("app/main.tsx", "./row"), "app/row");
        assert_eq!(join("app/ui/main.tsx", "../lib/util"), "app/lib/util");
        assert_eq!(join("main.tsx", "./a/./b"), "a/b");
        assert_eq!(join("main.tsx", "../x"), "../x");
    }
}
