//! One request → one response: compile the entry, resolve diagnostics to lines, dump and measure.

use dx_compiler::{Diagnostic, Options, SourceFile};
use dx_formats::htip::TemplateTable;

use crate::protocol::{DiagnosticInfo, Request, Response, SizeRow};

/// Compiles `request` with the same options as `dx build`, so the bytes are identical to a
/// native build. `now` is a millisecond clock (`performance.now()` in the browser).
pub fn compile_request(request: &Request, now: &dyn Fn() -> f64) -> Response {
    let started = now();
    let mut response = Response {
        id: request.id,
        ..Response::default()
    };

    let Some(text) = request.files.get(&request.entry) else {
        response.diagnostics.push(missing_entry(request));
        response.stats.total_ms = now() - started;
        return response;
    };
    let entry = SourceFile::new(request.entry.clone(), text.clone());
    let compile_started = now();
    // Imports resolve against the other files of the request, as `dx build` resolves them
    // against the file system.
    let (files, result) = dx_compiler::compile_app(
        entry,
        &mut |path| request.files.get(path).cloned(),
        Options::default(),
    );
    response.stats.compile_ms = now() - compile_started;
    match result {
        Ok(output) => {
            response.ok = true;
            response.stats.backend = format!("{:?}", output.backend);
            response.stats.backend_reason = output.backend_reason.clone();
            response.templates_text = TemplateTable::decode(&output.templates)
                .map(|t| t.dump())
                .unwrap_or_else(|e| format!("(the template table does not decode: {e:?})"));
            // The same module with a name section (names are the only difference): readable
            // text, and names for the functions a runtime error points at.
            let named = dx_compiler::compile_app(
                files[0].clone(),
                &mut |path| request.files.get(path).cloned(),
                Options {
                    debug_names: true,
                    ..Options::default()
                },
            )
            .1
            .map_or_else(|_| output.wasm.clone(), |o| o.wasm);
            response.function_names = function_names(&named);
            response.named_wasm = named;
            let host = host_for(&output);
            response.index_html = dx_runtime::index_html(&output.entry, &host);
            // The files `dx build` writes.
            let files = host.files().iter().map(|&file| match file {
                "app.htip" => (file, output.templates.len()),
                "app.wasm" => (file, output.wasm.len()),
                _ => (file, host.js.len()),
            });
            response.stats.sizes = [("index.html", response.index_html.len())]
                .into_iter()
                .chain(files)
                .map(|(name, raw)| SizeRow {
                    name: name.to_owned(),
                    raw: raw as u32,
                    gzip: None,
                    brotli: None,
                })
                .collect();
            response.host_js = host.js;
            response.component = output.entry;
            response.templates = output.templates;
            response.wasm = output.wasm;
        }
        Err(diagnostics) => {
            response.diagnostics = diagnostics
                .iter()
                .map(|d| describe(&files[d.file_index().min(files.len() - 1)], d))
                .collect();
        }
    }
    response.stats.total_ms = now() - started;
    response
}

/// Function names from a module's name section, by function index.
fn function_names(wasm: &[u8]) -> Vec<String> {
    let mut names = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm).flatten() {
        let wasmparser::Payload::CustomSection(section) = payload else {
            continue;
        };
        let wasmparser::KnownCustom::Name(reader) = section.as_known() else {
            continue;
        };
        for name in reader.flatten() {
            if let wasmparser::Name::Function(map) = name {
                for naming in map.into_iter().flatten() {
                    let index = naming.index as usize;
                    if names.len() <= index {
                        names.resize(index + 1, String::new());
                    }
                    names[index] = naming.name.to_owned();
                }
            }
        }
    }
    names
}

/// The JS host with just the functions this module imports, exactly as `dx build` writes it.
fn host_for(output: &dx_compiler::Output) -> dx_runtime::AppHost {
    let imports = dx_compiler::host_imports(&output.wasm);
    let imports: Vec<&str> = imports.iter().map(String::as_str).collect();
    dx_runtime::host_for_imports(&imports, &output.plan.table, &output.static_strings)
}

fn missing_entry(request: &Request) -> DiagnosticInfo {
    let known: Vec<&str> = request.files.keys().map(String::as_str).collect();
    let message = format!("the entry `{}` is not one of the files", request.entry);
    DiagnosticInfo {
        code: dx_compiler::Code::UnsupportedFile.info().id.to_owned(),
        title: "entry file missing".to_owned(),
        rendered: format!("error: {message}\n = files: {}\n", known.join(", ")),
        message,
        hint: format!("pick one of: {}", known.join(", ")),
        path: request.entry.clone(),
        line: 1,
        col: 1,
        end_line: 1,
        end_col: 1,
        ..DiagnosticInfo::default()
    }
}

/// A diagnostic with lines, columns and UTF-16 offsets worked out.
pub(crate) fn describe(file: &SourceFile, d: &Diagnostic) -> DiagnosticInfo {
    let (line, col) = file.line_col(d.span.start);
    let (end_line, end_col) = file.line_col(d.span.end);
    DiagnosticInfo {
        code: d.code.info().id.to_owned(),
        title: d.code.info().title.to_owned(),
        message: d.message.clone(),
        hint: d.hint.clone(),
        path: file.path.clone(),
        start: d.span.start,
        end: d.span.end,
        line: line as u32,
        col: col as u32,
        end_line: end_line as u32,
        end_col: end_col as u32,
        from16: utf16_offset(&file.text, d.span.start),
        to16: utf16_offset(&file.text, d.span.end),
        rendered: d.render(file),
    }
}

fn utf16_offset(text: &str, byte: u32) -> u32 {
    let mut end = (byte as usize).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].encode_utf16().count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(files: &[(&str, &str)], entry: &str) -> Request {
        Request {
            id: 7,
            files: files
                .iter()
                .map(|(p, t)| (p.to_string(), t.to_string()))
                .collect(),
            entry: entry.to_owned(),
        }
    }

    fn clock() -> f64 {
        0.0
    }

    #[test]
    fn compiles_like_dx_build() {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/counter.tsx"),
        )
        .unwrap();
        let r = compile_request(&request(&[("counter.tsx", &text)], "counter.tsx"), &clock);
        assert!(r.ok, "{:?}", r.diagnostics);
        assert_eq!(r.id, 7);
        let native = dx_compiler::compile(
            &SourceFile::new("counter.tsx", text.clone()),
            Options::default(),
        )
        .unwrap();
        assert_eq!(r.wasm, native.wasm);
        assert_eq!(r.templates, native.templates);
        assert!(r.named_wasm.starts_with(b"\0asm"));
        assert!(
            r.function_names.iter().any(|n| n.contains("Counter")),
            "{:?}",
            r.function_names
        );
        assert!(r.templates_text.starts_with("template 0"));
        let names: Vec<&str> = r.stats.sizes.iter().map(|s| s.name.as_str()).collect();
        // The counter is a Micro app: its page carries the host, with the templates built in.
        assert_eq!(names, ["index.html", "app.wasm"]);
        assert_eq!(r.stats.sizes[1].raw as usize, native.wasm.len());
        assert!(r.host_js.contains("export async function startWithBytes("));
        assert!(r.index_html.contains("<div id=\"app\">"));
        assert!(r.index_html.contains(&r.host_js));
        assert_eq!(r.stats.backend, "Micro");
    }

    #[test]
    fn diagnostics_carry_lines_and_utf16_offsets() {
        let src = "// é\nexport default function App() {\n  return <p>{cout}</p>;\n}\n";
        let r = compile_request(&request(&[("a.tsx", src)], "a.tsx"), &clock);
        assert!(!r.ok);
        let d = &r.diagnostics[0];
        assert_eq!(d.code, "DX0201");
        assert_eq!((d.line, d.col, d.end_line, d.end_col), (3, 14, 3, 18));
        assert_eq!(d.start - d.from16, 1, "é is two bytes but one UTF-16 unit");
        assert_eq!(d.to16 - d.from16, 4);
        assert!(d.rendered.contains("--> a.tsx:3:14"));
    }

    #[test]
    fn imports_resolve_against_the_other_files() {
        let entry = "import { Label } from \"./parts/label\";\nexport default function App() { return <Label text=\"hi\"/>; }\n";
        let label = "export function Label({ text }: { text: string }) { return <b>{text}</b>; }\n";
        let r = compile_request(
            &request(&[("App.tsx", entry), ("parts/label.tsx", label)], "App.tsx"),
            &clock,
        );
        assert!(r.ok, "{:?}", r.diagnostics);
        let broken = "export function Label() { return <b>; }\n";
        let r = compile_request(
            &request(
                &[("App.tsx", entry), ("parts/label.tsx", broken)],
                "App.tsx",
            ),
            &clock,
        );
        assert!(!r.ok);
        assert_eq!(r.diagnostics[0].path, "parts/label.tsx");
        assert_eq!(r.diagnostics[0].line, 1);
        let r = compile_request(&request(&[("App.tsx", entry)], "App.tsx"), &clock);
        assert_eq!(r.diagnostics[0].code, "DX0003");
        assert_eq!(r.diagnostics[0].path, "App.tsx");
    }

    #[test]
    fn a_missing_entry_is_a_diagnostic() {
        let r = compile_request(&request(&[("a.tsx", "")], "b.tsx"), &clock);
        assert!(!r.ok);
        assert!(r.diagnostics[0].message.contains("`b.tsx`"));
    }

    #[test]
    fn responses_round_trip_through_json() {
        let r = compile_request(&request(&[("a.tsx", "x")], "a.tsx"), &clock);
        let json = serde_json::to_string(&r).unwrap();
        let back: Response = serde_json::from_str(&json).unwrap();
        assert_eq!(back, r);
        assert!(json.contains("\"templatesText\""));
    }
}
