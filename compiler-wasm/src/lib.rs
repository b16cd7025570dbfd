//! The dx compiler: `.tsx` / `.dx` components → HTIP templates + a WebAssembly module.
//!
//! The pipeline, one module per stage:
//! ```text
//! parse (oxc) → analyze (component IR) → lower (app plan: templates, bindings, dirty bits) → emit (wasm-encoder)
//! ```
//! [`compile`] runs them in order. The crate builds natively (CLI, server, tests) and for
//! `wasm32-unknown-unknown` (the playground), so both compile with the same code.

pub mod analyze;
pub mod builtins;
pub(crate) mod desugar;
pub mod diagnostics;
pub mod emit;
pub mod ir;
pub mod load;
pub mod lower;
pub mod parse;
pub mod source;
pub mod support;
pub mod types;

pub use diagnostics::{Code, Diagnostic};
pub use source::{Flavour, SourceFile};

use dx_formats::htip::TemplateTable;

/// What one compile produces.
#[derive(Clone, Debug)]
pub struct Output {
    /// Name of the mounted (default-exported) component.
    pub entry: String,
    /// The HTIP template table (`app.htip`).
    pub templates: Vec<u8>,
    /// The WebAssembly module (`app.wasm`), validated.
    pub wasm: Vec<u8>,
    /// Indices of the template table's strings that the module's ops name (attributes,
    /// properties and events bound at run time): the tiny host ships only these.
    pub static_strings: Vec<u32>,
    /// The lowered plan, for dumps and tools.
    pub plan: lower::Plan,
    /// The back-end that wrote the module (it decides which JS host to ship).
    pub backend: Backend,
    /// Why that back-end.
    pub backend_reason: String,
}

/// Compile options.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Emit function names into the wasm (readable dumps, devtools).
    pub debug_names: bool,
    /// Use only nullable reference types, for engines without typed function references
    /// (Node 20). Browsers need the default: with the JS String Builtins enabled they
    /// require `concat` to be declared with its exact `(ref extern)` result. Semantics are
    /// the same either way; the differential tests use this to run under Node 20.
    pub nullable_refs_only: bool,
    /// Which back-end writes the DOM edits (`None`: chosen from the app, see [`Backend::choose`]).
    pub backend: Option<Backend>,
}

pub use emit::Backend;

/// Compiles one component file: parse → analyze → lower → emit. Imports of other files
/// are reported as not found; use [`compile_app`] for apps of several files.
pub fn compile(file: &SourceFile, options: Options) -> Result<Output, Vec<Diagnostic>> {
    compile_app(file.clone(), &mut |_| None, options).1
}

/// Compiles an app: the entry file and every file it imports with a relative path, which
/// `load(path)` provides. Returns the files read (each diagnostic's
/// [`Diagnostic::file_index`] points into it, for rendering) and the result.
pub fn compile_app(
    entry: SourceFile,
    load: &mut dyn FnMut(&str) -> Option<String>,
    options: Options,
) -> (Vec<SourceFile>, Result<Output, Vec<Diagnostic>>) {
    let allocator = oxc_allocator::Allocator::default();
    let (files, ir) = load::load_and_analyze(&allocator, entry, load);
    let result = ir.and_then(|ir| finish(&ir, options));
    (files, result)
}

/// Lowers and emits an analyzed program.
fn finish(ir: &ir::Program, options: Options) -> Result<Output, Vec<Diagnostic>> {
    let plan = lower::lower(ir).map_err(|d| vec![d])?;
    let (backend, why) = match options.backend {
        Some(b) => (b, "chosen with --mode".to_string()),
        None => Backend::choose(&plan),
    };
    let emit::Emitted {
        wasm,
        static_strings,
    } = emit::emit(
        &plan,
        emit::EmitOptions {
            names: options.debug_names,
            nullable_refs_only: options.nullable_refs_only,
            backend,
        },
    );
    if let Err(e) = wasmparser::validate(&wasm) {
        // A compiler bug, not a user error: say so plainly instead of shipping a broken module.
        return Err(vec![Diagnostic::new(
            Code::Internal,
            oxc_span::Span::new(0, 0),
            format!("dx emitted an invalid wasm module: {e}"),
        )]);
    }
    Ok(Output {
        entry: plan.entry.clone(),
        templates: plan.table.encode(),
        wasm,
        static_strings,
        plan,
        backend,
        backend_reason: why,
    })
}

/// The names a module imports from the host's `dx` object (for shipping a host with only
/// those functions, see `dx_runtime::host_for_imports`; a Micro module's op imports, named by
/// opcode, by their JS names: `op_CLONE`), plus `js:<name>` for each JS String Builtin and `'`
/// when it imports string constants.
pub fn host_imports(wasm: &[u8]) -> Vec<String> {
    let mut names = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        if let Ok(wasmparser::Payload::ImportSection(reader)) = payload {
            for group in reader.into_iter().flatten() {
                for (_, import) in group.into_iter().flatten() {
                    match import.module {
                        "dx" => names.push(match op_named(import.name) {
                            Some(op) => op.info().js_name.to_string(),
                            None => import.name.to_string(),
                        }),
                        // The tiny host keeps its fallbacks only for what the module imports.
                        "wasm:js-string" => names.push(format!("js:{}", import.name)),
                        "'" if !names.iter().any(|n| n == "'") => names.push("'".to_string()),
                        _ => {}
                    }
                }
            }
        }
    }
    names
}

/// The op a Micro module imports as `name` (its opcode).
fn op_named(name: &str) -> Option<dx_formats::ops::Op> {
    dx_formats::ops::Op::from_code(name.parse().ok()?)
}

/// A readable dump of a compile: templates, bindings and the wasm as text.
pub fn dump(output: &Output) -> String {
    let table = TemplateTable::decode(&output.templates).expect("own templates decode");
    let wat = wasmprinter::print_bytes(&output.wasm)
        .unwrap_or_else(|e| format!("(wasmprinter failed: {e})"));
    format!("{}\n;; --- wasm ---\n{wat}", table.dump())
}
