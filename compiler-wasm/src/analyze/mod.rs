//! Stage 2: analyze. Finds the components of a module, resolves every name and turns
//! both flavours into the same component IR ([`crate::ir`]).

mod component;
pub(crate) mod dom_names;
mod element_refs;
mod entities;
mod expr;
mod handler;
pub(crate) mod hooks;
mod jsx;
pub(crate) use jsx::{REST_PROPS, SPREAD_PROPS, event_for};
mod optional_chain;
mod patterns;
mod reconcile;
mod regex_check;
mod render_helpers;
mod render_values;
mod scope;
mod types;
mod varying;

use std::collections::HashMap;

use oxc_ast::ast::{
    Declaration, ExportDefaultDeclarationKind, Expression, Function, ImportDeclarationSpecifier,
    ModuleExportName, Program, Statement,
};
use oxc_span::{GetSpan, Span};

use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir;
use crate::source::Flavour;

/// What a component is written as.
#[derive(Clone, Copy)]
pub(crate) enum ComponentAst<'s, 'a> {
    /// `function Name(props) { … }`
    Function(&'s Function<'a>),
    /// `const Name = (props) => …`
    Arrow(&'s oxc_ast::ast::ArrowFunctionExpression<'a>),
}

/// Module-level facts every component analysis needs.
pub(crate) struct Module {
    /// Index of the app file.
    pub file: usize,
    pub flavour: Flavour,
    /// Component name → id.
    pub components: HashMap<String, ir::ComponentId>,
    /// Local names bound to `useState`.
    pub use_state_names: Vec<String>,
    /// Local names bound to `useEffect` (and, in `.dx`, the built-in `effect`).
    pub effect_names: Vec<String>,
    /// Local names bound to `useMemo`.
    pub memo_names: Vec<String>,
    /// Local names of `useCallback`.
    pub callback_names: Vec<String>,
    /// Local names bound to `useRef`.
    pub ref_names: Vec<String>,
    /// Names attached to an element somewhere in the file (`ref={name}`): a `useRef` of one
    /// of them is an element ref, any other `useRef` holds a value (`element_refs.rs`).
    pub element_ref_names: std::collections::HashSet<String>,
    /// Local names bound to `useReducer`.
    pub reducer_names: Vec<String>,
    /// Local names bound to `useContext`.
    pub use_context_names: Vec<String>,
    /// Context name → id (index into `Program::contexts`), own and imported.
    pub contexts: HashMap<String, ir::ContextId>,
    /// Module-level functions (of any file) that end with `return <function>`: a call of
    /// one is a function value (`const withTax = applyTax(0.2)`).
    pub makes_functions: std::collections::HashSet<ir::HelperId>,
    /// Module-level function name → id.
    pub helpers: HashMap<String, ir::HelperId>,
    /// Module-level constant name → id (index into `Program::constants`).
    pub constants: HashMap<String, usize>,
    /// The ids of `constants` declared with `let`/`var`: assignable outside rendering.
    pub variables: std::collections::HashSet<usize>,
    /// The app's declared types by name.
    pub named_types: std::rc::Rc<types::NamedTypes>,
    /// The app's heap types (shared by all files).
    pub types: std::rc::Rc<std::cell::RefCell<crate::types::Types>>,
    /// By helper id: whether the function computes a value that differs from one call to the
    /// next (`varying.rs`), which a render may not call.
    pub varying_helpers: std::rc::Rc<Vec<bool>>,
}

/// A module-level constant before analysis: name, span, value, annotation.
type ConstantAst<'s, 'a> = (
    String,
    Span,
    &'s Expression<'a>,
    Option<&'s oxc_ast::ast::TSTypeAnnotation<'a>>,
);

/// What the top level of a module declares, before analysis of bodies.
#[derive(Default)]
struct TopLevel<'s, 'a> {
    components: Vec<(String, Span, ComponentAst<'s, 'a>)>,
    helpers: Vec<(String, Span, ComponentAst<'s, 'a>)>,
    /// Functions that return markup (`function renderStep(step) { … }`): rendered in place
    /// where a component of the file calls them (`render_helpers.rs`).
    render_helpers: Vec<(String, Span, ComponentAst<'s, 'a>)>,
    /// Custom hooks (`function useThing(…)`), inlined where components call them.
    hooks: Vec<(String, Span, ComponentAst<'s, 'a>)>,
    /// Statements of a `.ts` program, run by `main`.
    main: Vec<&'s Statement<'a>>,
    /// `interface` / `type` declarations.
    types: Vec<types::TypeDecl<'s, 'a>>,
    /// Module-level `const` values, and `let`/`var` ones (named in `mutable`).
    constants: Vec<ConstantAst<'s, 'a>>,
    /// Names of the module-level variables declared with `let`/`var`.
    mutable: std::collections::HashSet<String>,
    /// `const Ctx = createContext(default)`: name, span, default.
    contexts: Vec<(String, Span, Option<&'s Expression<'a>>)>,
}

/// An import of another file of the app: `import { local as … } from "./file"`.
#[derive(Clone, Debug)]
pub struct FileImport {
    /// Name in the importing file.
    pub local: String,
    /// Name exported by the other file (`default` for a default import).
    pub imported: String,
    /// The import path as written (`./row`).
    pub source: String,
    /// Where the import is written.
    pub span: Span,
}

/// What one module declares at its top level.
pub(crate) struct Collected<'s, 'a> {
    top: TopLevel<'s, 'a>,
    default_export: Option<(String, Span)>,
    use_state_names: Vec<String>,
    effect_names: Vec<String>,
    memo_names: Vec<String>,
    callback_names: Vec<String>,
    ref_names: Vec<String>,
    element_ref_names: std::collections::HashSet<String>,
    reducer_names: Vec<String>,
    use_context_names: Vec<String>,
    /// Imports of other files of the app.
    pub imports: Vec<FileImport>,
    /// Names exported by name.
    exported: Vec<String>,
    /// `export { local as name }`: (name, local).
    export_aliases: Vec<(String, String)>,
}

/// One parsed file of an app, with its imports resolved to other modules' indices.
pub struct ModuleInput<'s, 'a> {
    /// The parsed program.
    pub program: &'s Program<'a>,
    /// Its flavour.
    pub flavour: Flavour,
}

/// Analyzes a single-file app.
pub fn analyze(program: &Program<'_>, flavour: Flavour) -> Result<ir::Program> {
    let collected = collect(program, flavour)?;
    link(vec![collected], &[vec![]], &[flavour], program.span).map_err(|(_, d)| d)
}

/// Reads a module's top level: imports, exports, components, functions, program statements.
pub(crate) fn collect<'s, 'a>(
    program: &'s Program<'a>,
    flavour: Flavour,
) -> Result<Collected<'s, 'a>> {
    let mut top = TopLevel::default();
    let mut imports = Vec::new();
    let mut exported = Vec::new();
    let mut export_aliases = Vec::new();
    let mut default_export: Option<(String, Span)> = None;
    let mut use_state_names = Vec::new();
    let mut effect_names = if flavour == Flavour::Dx {
        vec!["effect".to_string()]
    } else {
        Vec::new()
    };
    let mut memo_names = Vec::new();
    let mut callback_names = Vec::new();
    let mut ref_names = Vec::new();
    let mut reducer_names = Vec::new();
    let mut context_names = Vec::new();
    let mut use_context_names = Vec::new();
    let mut react_namespaces: Vec<String> = Vec::new();

    for stmt in &program.body {
        match stmt {
            Statement::ImportDeclaration(import) => {
                if import.import_kind.is_type() {
                    continue;
                }
                let source = import.source.value.as_str();
                if source.starts_with("./") || source.starts_with("../") {
                    for spec in import.specifiers.iter().flatten() {
                        let (local, imported, span) = match spec {
                            ImportDeclarationSpecifier::ImportSpecifier(s) => {
                                let imported = match &s.imported {
                                    ModuleExportName::IdentifierName(n) => n.name.to_string(),
                                    ModuleExportName::IdentifierReference(n) => n.name.to_string(),
                                    ModuleExportName::StringLiteral(n) => n.value.to_string(),
                                };
                                (s.local.name.to_string(), imported, s.span)
                            }
                            ImportDeclarationSpecifier::ImportDefaultSpecifier(s) => {
                                (s.local.name.to_string(), "default".to_string(), s.span)
                            }
                            ImportDeclarationSpecifier::ImportNamespaceSpecifier(s) => {
                                return Err(Diagnostic::new(
                                    Code::UnsupportedImport,
                                    s.span,
                                    "namespace imports (`* as x`) are not supported yet",
                                ));
                            }
                        };
                        if !import.import_kind.is_type() {
                            imports.push(FileImport {
                                local,
                                imported,
                                source: source.to_string(),
                                span,
                            });
                        }
                    }
                    continue;
                }
                if source != "dx" && source != "react" {
                    return Err(Diagnostic::new(
                        Code::UnsupportedImport,
                        import.source.span,
                        format!("cannot import from \"{source}\""),
                    ));
                }
                for spec in import.specifiers.iter().flatten() {
                    match spec {
                        ImportDeclarationSpecifier::ImportSpecifier(s) => {
                            let imported = match &s.imported {
                                ModuleExportName::IdentifierName(n) => n.name.as_str(),
                                ModuleExportName::IdentifierReference(n) => n.name.as_str(),
                                ModuleExportName::StringLiteral(n) => n.value.as_str(),
                            };
                            let local = s.local.name.to_string();
                            if imported == "useState" {
                                use_state_names.push(local);
                            } else if imported == "useEffect" || imported == "useLayoutEffect" {
                                // dx runs effects right after the flush's DOM edits, before
                                // the browser paints: a layout effect's timing already.
                                effect_names.push(local);
                            } else if imported == "useMemo" {
                                memo_names.push(local);
                            } else if imported == "useCallback" {
                                callback_names.push(local);
                            } else if imported == "useRef" {
                                ref_names.push(local);
                            } else if imported == "useReducer" {
                                reducer_names.push(local);
                            } else if imported == "createContext" {
                                context_names.push(local);
                            } else if imported == "useContext" {
                                use_context_names.push(local);
                            } else if imported == "memo" {
                                // `memo(Component)` is the component (`memoized`).
                            } else if imported == "Fragment" {
                                // Resolved by name in JSX (`is_fragment`).
                            } else if !s.import_kind.is_type() {
                                return Err(Diagnostic::new(
                                    Code::UnsupportedImport,
                                    s.span,
                                    format!("`{imported}` is not supported yet"),
                                ));
                            }
                        }
                        // `import React from "react"` / `import * as React from "react"`:
                        // JSX does not need it, and `React.useState(…)` is `useState(…)`.
                        ImportDeclarationSpecifier::ImportDefaultSpecifier(s)
                            if source == "react" =>
                        {
                            react_namespaces.push(s.local.name.to_string())
                        }
                        ImportDeclarationSpecifier::ImportNamespaceSpecifier(s)
                            if source == "react" =>
                        {
                            react_namespaces.push(s.local.name.to_string())
                        }
                        ImportDeclarationSpecifier::ImportDefaultSpecifier(_)
                        | ImportDeclarationSpecifier::ImportNamespaceSpecifier(_) => {}
                    }
                }
            }
            Statement::FunctionDeclaration(f) => push_function(&mut top, f)?,
            Statement::VariableDeclaration(v)
                if flavour == Flavour::Ts && !is_function_declaration(v) =>
            {
                top.main.push(stmt)
            }
            Statement::VariableDeclaration(v) => push_arrows(&mut top, v)?,
            // `export { useThing, Button as PrimaryButton, App as default };` of this file's
            // declarations (checked when another file imports them).
            Statement::ExportNamedDeclaration(e) => {
                for spec in &e.specifiers {
                    let (local, name) = (
                        spec.local.name().to_string(),
                        spec.exported.name().to_string(),
                    );
                    if name == "default" {
                        default_export = Some((local, spec.span));
                    } else if local == name {
                        exported.push(name);
                    } else {
                        export_aliases.push((name, local));
                    }
                }
            }
            Statement::ExportDeclaration(e) => match &e.declaration {
                Declaration::FunctionDeclaration(f) => {
                    push_function(&mut top, f)?;
                    exported.extend(f.id.as_ref().map(|id| id.name.to_string()));
                }
                Declaration::VariableDeclaration(v) => {
                    push_arrows(&mut top, v)?;
                    exported.extend(
                        v.declarations
                            .iter()
                            .filter_map(|d| d.id.get_binding_identifier())
                            .map(|id| id.name.to_string()),
                    );
                }
                Declaration::TSTypeAliasDeclaration(a) => {
                    top.types.push(types::TypeDecl::Alias(a));
                    exported.push(a.id.name.to_string());
                }
                Declaration::TSInterfaceDeclaration(i) => {
                    top.types.push(types::TypeDecl::Interface(i));
                    exported.push(i.id.name.to_string());
                }
                other => {
                    return Err(Diagnostic::new(
                        Code::TopLevelStatement,
                        other.span(),
                        "only components and types can be exported",
                    ));
                }
            },
            Statement::ExportDefaultDeclaration(e) => match &e.declaration {
                ExportDefaultDeclarationKind::FunctionDeclaration(f) => {
                    let Some(id) = &f.id else {
                        return Err(Diagnostic::new(
                            Code::NotAComponent,
                            f.span,
                            "the default-exported component needs a name",
                        )
                        .with_hint("write `export default function App() { … }`"));
                    };
                    default_export = Some((id.name.to_string(), id.span));
                    push_function(&mut top, f)?;
                }
                ExportDefaultDeclarationKind::Identifier(id) => {
                    default_export = Some((id.name.to_string(), id.span))
                }
                // `export default memo(App)`, `export default memo(function App() { … })`.
                other if let Some(inner) = other.as_expression().and_then(memoized) => {
                    match inner {
                        Expression::Identifier(id) => {
                            default_export = Some((id.name.to_string(), id.span))
                        }
                        Expression::FunctionExpression(f) if f.id.is_some() => {
                            let id = f.id.as_ref().expect("checked");
                            default_export = Some((id.name.to_string(), id.span));
                            push_function(&mut top, f)?;
                        }
                        _ => {
                            return Err(Diagnostic::new(
                                Code::NotAComponent,
                                inner.span(),
                                "the default-exported component needs a name",
                            )
                            .with_hint("write `export default memo(function App() { … })`"));
                        }
                    }
                }
                other => {
                    return Err(Diagnostic::new(
                        Code::NotAComponent,
                        other.span(),
                        "the default export must be a component function",
                    ));
                }
            },
            Statement::TSTypeAliasDeclaration(a) => top.types.push(types::TypeDecl::Alias(a)),
            Statement::TSInterfaceDeclaration(i) => top.types.push(types::TypeDecl::Interface(i)),
            Statement::EmptyStatement(_) => {}
            // `declare global { interface WindowEventMap { … } }`, `declare module "x" { … }`:
            // declarations for the type checker, nothing runs.
            Statement::TSGlobalDeclaration(_) => {}
            Statement::TSExternalModuleDeclaration(m) if m.declare => {}
            other if flavour == Flavour::Ts => top.main.push(other),
            other => {
                return Err(Diagnostic::new(
                    Code::TopLevelStatement,
                    other.span(),
                    "this statement cannot run at the top level of a component module",
                ));
            }
        }
    }

    // What `console.log(…)` in a component body becomes (`desugar/render_logs.rs`).
    effect_names.push(crate::desugar::render_logs::MOUNT_EFFECT.to_string());
    for ns in &react_namespaces {
        use_state_names.push(format!("{ns}.useState"));
        effect_names.push(format!("{ns}.useEffect"));
        effect_names.push(format!("{ns}.useLayoutEffect"));
        memo_names.push(format!("{ns}.useMemo"));
        callback_names.push(format!("{ns}.useCallback"));
        ref_names.push(format!("{ns}.useRef"));
        reducer_names.push(format!("{ns}.useReducer"));
        context_names.push(format!("{ns}.createContext"));
        use_context_names.push(format!("{ns}.useContext"));
    }
    // `const Ctx = createContext(…)` is a context, not a constant.
    let constants = std::mem::take(&mut top.constants);
    for constant in constants {
        let (name, span, init, _) = &constant;
        match init.without_parentheses() {
            Expression::CallExpression(call)
                if component::callee_name(&call.callee)
                    .is_some_and(|c| context_names.contains(&c)) =>
            {
                if top.mutable.contains(name) {
                    return Err(Diagnostic::new(
                        Code::TopLevelStatement,
                        *span,
                        "declare a context with `const`",
                    ));
                }
                let default = match call.arguments.as_slice() {
                    [] => None,
                    [arg] => match arg.as_expression() {
                        Some(e) => Some(e),
                        None => {
                            return Err(Diagnostic::new(
                                Code::UnsupportedCall,
                                arg.span(),
                                "spread arguments are not supported",
                            ));
                        }
                    },
                    [_, extra, ..] => {
                        return Err(Diagnostic::new(
                            Code::UnsupportedCall,
                            extra.span(),
                            "`createContext` takes one default value",
                        ));
                    }
                };
                top.contexts.push((name.clone(), *span, default));
            }
            _ => top.constants.push(constant),
        }
    }
    Ok(Collected {
        top,
        default_export,
        use_state_names,
        effect_names,
        memo_names,
        callback_names,
        ref_names,
        element_ref_names: element_refs::attached_names(program.source_text),
        reducer_names,
        use_context_names,
        imports,
        exported,
        export_aliases,
    })
}

/// Files in the order JavaScript evaluates them, from the entry (0): depth first, each file's
/// imports (in source order) before the file itself, each file once (an import cycle ends
/// where it meets a file already being evaluated, as in JavaScript).
fn evaluation_order(resolved: &[Vec<usize>]) -> Vec<usize> {
    fn visit(file: usize, resolved: &[Vec<usize>], seen: &mut Vec<bool>, order: &mut Vec<usize>) {
        if std::mem::replace(&mut seen[file], true) {
            return;
        }
        for &import in &resolved[file] {
            visit(import, resolved, seen, order);
        }
        order.push(file);
    }
    let mut seen = vec![false; resolved.len()];
    let mut order = Vec::new();
    if !resolved.is_empty() {
        visit(0, resolved, &mut seen, &mut order);
    }
    // Files nothing imports (none in an app loaded from its entry) come last.
    order.extend((0..resolved.len()).filter(|&f| !seen[f]));
    order
}

/// Links the modules of an app (module 0 is the entry; `resolved[i][k]` is the module that
/// `modules[i].imports[k]` names) and analyzes every component and function.
/// Errors carry the index of the module they are in.
pub(crate) fn link(
    modules: Vec<Collected<'_, '_>>,
    resolved: &[Vec<usize>],
    flavours: &[Flavour],
    entry_span: Span,
) -> std::result::Result<ir::Program, (usize, Diagnostic)> {
    // Global ids: each module's components and functions, in module order.
    let mut component_base = Vec::new();
    let mut helper_base = Vec::new();
    let (mut nc, mut nh) = (0, 0);
    for m in &modules {
        component_base.push(nc);
        helper_base.push(nh);
        nc += m.top.components.len();
        nh += m.top.helpers.len();
    }
    let mut heap_types = crate::types::Types::default();
    let decls: Vec<&[types::TypeDecl<'_, '_>]> =
        modules.iter().map(|m| m.top.types.as_slice()).collect();
    let named_types = std::rc::Rc::new(types::resolve_all(&decls, &mut heap_types)?);
    let heap_types = std::rc::Rc::new(std::cell::RefCell::new(heap_types));
    let mut constant_base = Vec::new();
    let mut context_base = Vec::new();
    let (mut nk, mut nx) = (0, 0);
    for m in &modules {
        constant_base.push(nk);
        nk += m.top.constants.len();
        context_base.push(nx);
        nx += m.top.contexts.len();
    }
    // Name tables per module: own declarations, then imports.
    let mut tables = Vec::new();
    // Per module: imported hooks as (local name, file, index in that file's hooks).
    let mut visible_hooks: Vec<Vec<(String, usize, usize)>> = Vec::new();
    for (i, m) in modules.iter().enumerate() {
        let at = |d: Diagnostic| (i, d);
        let mut hook_imports = Vec::new();
        let mut components = HashMap::new();
        for (k, (name, span, _)) in m.top.components.iter().enumerate() {
            if components
                .insert(name.clone(), component_base[i] + k)
                .is_some()
            {
                return Err(at(Diagnostic::new(
                    Code::DuplicateName,
                    *span,
                    format!("component `{name}` is declared twice"),
                )));
            }
        }
        let mut helpers = HashMap::new();
        for (k, (name, span, _)) in m.top.helpers.iter().enumerate() {
            if helpers.insert(name.clone(), helper_base[i] + k).is_some() {
                return Err(at(Diagnostic::new(
                    Code::DuplicateName,
                    *span,
                    format!("function `{name}` is declared twice"),
                )));
            }
        }
        let mut constants = HashMap::new();
        let mut variables = std::collections::HashSet::new();
        for (k, (name, span, _, _)) in m.top.constants.iter().enumerate() {
            if m.top.mutable.contains(name) {
                variables.insert(constant_base[i] + k);
            }
            if constants
                .insert(name.clone(), constant_base[i] + k)
                .is_some()
                || helpers.contains_key(name)
                || components.contains_key(name)
            {
                return Err(at(Diagnostic::new(
                    Code::DuplicateName,
                    *span,
                    format!("`{name}` is declared twice"),
                )));
            }
        }
        let mut contexts: HashMap<String, ir::ContextId> = HashMap::new();
        for (k, (name, span, _)) in m.top.contexts.iter().enumerate() {
            if contexts.insert(name.clone(), context_base[i] + k).is_some()
                || constants.contains_key(name)
                || helpers.contains_key(name)
                || components.contains_key(name)
            {
                return Err(at(Diagnostic::new(
                    Code::DuplicateName,
                    *span,
                    format!("`{name}` is declared twice"),
                )));
            }
        }
        for (k, import) in m.imports.iter().enumerate() {
            let j = resolved[i][k];
            let target = &modules[j];
            let name = if import.imported == "default" {
                match &target.default_export {
                    Some((name, _)) => name.clone(),
                    None => {
                        return Err(at(Diagnostic::new(
                            Code::UnsupportedImport,
                            import.span,
                            format!("\"{}\" has no default export", import.source),
                        )));
                    }
                }
            } else if target.exported.contains(&import.imported) {
                import.imported.clone()
            } else if let Some((_, local)) = target
                .export_aliases
                .iter()
                .find(|(name, _)| *name == import.imported)
            {
                local.clone()
            } else {
                return Err(at(Diagnostic::new(
                    Code::UnsupportedImport,
                    import.span,
                    format!(
                        "\"{}\" does not export `{}`",
                        import.source, import.imported
                    ),
                )
                .with_hint("export it: `export function Name(…)`")));
            };
            if target.top.types.iter().any(|t| t.name().0 == name) {
                // Type names are resolved across the whole app (see `types.rs`).
                continue;
            }
            if let Some(pos) = target
                .top
                .components
                .iter()
                .position(|(n, _, _)| *n == name)
            {
                components.insert(import.local.clone(), component_base[j] + pos);
            } else if let Some(pos) = target.top.helpers.iter().position(|(n, _, _)| *n == name) {
                helpers.insert(import.local.clone(), helper_base[j] + pos);
            } else if let Some(pos) = target.top.hooks.iter().position(|(n, _, _)| *n == name) {
                hook_imports.push((import.local.clone(), j, pos));
            } else if let Some(pos) = target.top.contexts.iter().position(|(n, _, _)| *n == name) {
                contexts.insert(import.local.clone(), context_base[j] + pos);
            } else if let Some(pos) = target
                .top
                .constants
                .iter()
                .position(|(n, _, _, _)| *n == name)
            {
                constants.insert(import.local.clone(), constant_base[j] + pos);
                if target.top.mutable.contains(&name) {
                    variables.insert(constant_base[j] + pos);
                }
            } else {
                return Err(at(Diagnostic::new(
                    Code::UnsupportedImport,
                    import.span,
                    format!("`{name}` is not a component or function"),
                )));
            }
        }
        tables.push((components, helpers, constants, variables, contexts));
        visible_hooks.push(hook_imports);
    }
    // A lowercase default export is a function: say so before its body is analyzed as one.
    if flavours[0] != Flavour::Ts
        && let Some((name, span)) = &modules[0].default_export
        && tables[0].1.contains_key(name)
    {
        return Err((0, Diagnostic::new(Code::NotAComponent, *span, format!("`{name}` is a function, not a component"))
            .with_hint("component names start with a capital letter: React treats lowercase tags as DOM elements")));
    }
    let varying_helpers = {
        let mut owner = Vec::new();
        let mut facts = Vec::new();
        for (i, m) in modules.iter().enumerate() {
            for (_, _, ast) in &m.top.helpers {
                owner.push(i);
                facts.push(varying::of_function(ast));
            }
        }
        std::rc::Rc::new(varying::close(&facts, |k, name| {
            tables[owner[k]].1.get(name).copied()
        }))
    };
    let mut program = ir::Program {
        components: Vec::new(),
        entry: None,
        helpers: Vec::new(),
        main: None,
        constants: Vec::new(),
        types: crate::types::Types::default(),
        contexts: Vec::new(),
        init_order: evaluation_order(resolved),
    };
    let mut contexts = Vec::new();
    for (i, (m, (components, helpers, constants, variables, context_ids))) in
        modules.iter().zip(tables).enumerate()
    {
        let module = Module {
            file: i,
            flavour: flavours[i],
            components,
            use_state_names: m.use_state_names.clone(),
            effect_names: m.effect_names.clone(),
            memo_names: m.memo_names.clone(),
            callback_names: m.callback_names.clone(),
            ref_names: m.ref_names.clone(),
            element_ref_names: m.element_ref_names.clone(),
            reducer_names: m.reducer_names.clone(),
            use_context_names: m.use_context_names.clone(),
            contexts: context_ids,
            makes_functions: Default::default(),
            helpers,
            constants,
            variables,
            named_types: named_types.clone(),
            types: heap_types.clone(),
            varying_helpers: varying_helpers.clone(),
        };
        program
            .helpers
            .extend(analyze_helpers(&module, &m.top.helpers).map_err(|d| (i, d))?);
        contexts.push(module);
    }
    let makes_functions: std::collections::HashSet<ir::HelperId> = program
        .helpers
        .iter()
        .enumerate()
        .filter(|(_, h)| matches!(h.body.body.last(), Some(ir::Stmt::ReturnCleanup { .. })))
        .map(|(id, _)| id)
        .collect();
    for module in &mut contexts {
        module.makes_functions = makes_functions.clone();
    }
    for (i, m) in modules.iter().enumerate() {
        for (name, span, value, annotation) in &m.top.constants {
            let value = component::analyze_constant(&contexts[i], value, *annotation)
                .map_err(|d| (i, d))?;
            program.constants.push(ir::Constant {
                name: name.clone(),
                file: i,
                value,
                mutable: m.top.mutable.contains(name),
                span: *span,
            });
        }
    }
    for (i, m) in modules.iter().enumerate() {
        for (name, span, default) in &m.top.contexts {
            let default = match default {
                Some(e)
                    if matches!(
                        e.without_parentheses(),
                        Expression::ArrowFunctionExpression(_) | Expression::FunctionExpression(_)
                    ) =>
                {
                    ir::PropValue::Handler(
                        component::Cx::new(&contexts[i])
                            .handler_ref(e)
                            .map_err(|d| (i, d))?,
                    )
                }
                Some(e) => ir::PropValue::Expr(
                    component::analyze_constant(&contexts[i], e, None).map_err(|d| (i, d))?,
                ),
                None => ir::PropValue::Expr(ir::Expr::new(ir::ExprKind::Undefined, *span)),
            };
            program.contexts.push(ir::Context {
                name: name.clone(),
                file: i,
                default,
                span: *span,
            });
        }
    }
    let hook_table = hooks::Hooks {
        modules: &contexts,
        visible: modules
            .iter()
            .zip(&visible_hooks)
            .enumerate()
            .map(|(i, (m, imported))| {
                let own = m.top.hooks.iter().map(|(n, _, ast)| (n.clone(), (i, ast)));
                let imported = imported
                    .iter()
                    .map(|(local, j, pos)| (local.clone(), (*j, &modules[*j].top.hooks[*pos].2)));
                own.chain(imported).collect()
            })
            .collect(),
    };
    for (i, m) in modules.iter().enumerate() {
        program.components.extend(
            analyze_components(
                &contexts[i],
                &hook_table,
                &m.top.components,
                &m.top.render_helpers,
            )
            .map_err(|d| (i, d))?,
        );
    }
    let entry = &modules[0];
    if flavours[0] == Flavour::Ts {
        program.main = Some(
            component::analyze_main(&contexts[0], &entry.top.main, entry_span)
                .map_err(|d| (0, d))?,
        );
        program.types = heap_types.borrow().clone();
        return Ok(program);
    }
    let at0 = |d: Diagnostic| (0, d);
    let Some((entry_name, entry_span)) = entry.default_export.clone() else {
        return Err(at0(match entry.top.components.first() {
            Some((name, span, _)) => Diagnostic::new(
                Code::NoDefaultExport,
                *span,
                format!("`{name}` is a component, but nothing is exported as default"),
            )
            .with_hint(format!("mount it with `export default function {name}(…)`")),
            None => Diagnostic::new(
                Code::NoDefaultExport,
                Span::new(0, 0),
                "this file has no `export default` component",
            ),
        }));
    };
    let renders_markup = modules[0]
        .top
        .render_helpers
        .iter()
        .any(|(n, _, _)| *n == entry_name);
    if contexts[0].helpers.contains_key(&entry_name) || renders_markup {
        return Err(at0(Diagnostic::new(Code::NotAComponent, entry_span, format!("`{entry_name}` is a function, not a component"))
            .with_hint("component names start with a capital letter: React treats lowercase tags as DOM elements")));
    }
    let Some(&entry) = contexts[0].components.get(&entry_name) else {
        return Err(at0(Diagnostic::new(
            Code::UnknownComponent,
            entry_span,
            format!("`{entry_name}` is not a component of this file"),
        )));
    };
    program.entry = Some(entry);
    check_recursion(&program, entry).map_err(at0)?;
    program.types = heap_types.borrow().clone();
    Ok(program)
}

fn analyze_components<'m>(
    module: &'m Module,
    hooks: &'m dyn hooks::HookTable,
    asts: &'m [(String, Span, ComponentAst<'m, 'm>)],
    render_helpers: &'m [(String, Span, ComponentAst<'m, 'm>)],
) -> Result<Vec<ir::Component>> {
    asts.iter()
        .map(|(name, span, ast)| {
            component::analyze_component(module, hooks, render_helpers, name, *span, ast)
        })
        .collect()
}

fn analyze_helpers(
    module: &Module,
    asts: &[(String, Span, ComponentAst<'_, '_>)],
) -> Result<Vec<ir::Helper>> {
    asts.iter()
        .map(|(name, _, ast)| {
            Ok(ir::Helper {
                file: module.file,
                name: name.clone(),
                body: component::analyze_helper(module, ast)?,
            })
        })
        .collect()
}

/// `const f = (…) => …` / `const f = function …` declares a function, not a variable.
fn is_function_declaration(v: &oxc_ast::ast::VariableDeclaration<'_>) -> bool {
    v.declarations.iter().all(|d| {
        matches!(
            d.init.as_ref().map(Expression::without_parentheses),
            Some(Expression::ArrowFunctionExpression(_) | Expression::FunctionExpression(_))
        )
    })
}

fn push_function<'s, 'a>(top: &mut TopLevel<'s, 'a>, f: &'s Function<'a>) -> Result<()> {
    let Some(id) = &f.id else {
        return Err(Diagnostic::new(
            Code::NotAComponent,
            f.span,
            "top-level functions need a name",
        ));
    };
    let ast = ComponentAst::Function(f);
    let list = if is_component_name(&id.name) {
        &mut top.components
    } else if hooks::is_hook_name(&id.name) {
        &mut top.hooks
    } else if component::renders_markup(ast) {
        &mut top.render_helpers
    } else {
        &mut top.helpers
    };
    list.push((id.name.to_string(), id.span, ast));
    Ok(())
}

fn push_arrows<'s, 'a>(
    top: &mut TopLevel<'s, 'a>,
    v: &'s oxc_ast::ast::VariableDeclaration<'a>,
) -> Result<()> {
    for d in &v.declarations {
        let init = d.init.as_ref().map(|e| memoized(e).unwrap_or(e));
        let function = match init.map(Expression::without_parentheses) {
            Some(Expression::ArrowFunctionExpression(arrow)) => Some(ComponentAst::Arrow(arrow)),
            Some(Expression::FunctionExpression(f)) => Some(ComponentAst::Function(f)),
            _ => None,
        };
        let Some(name) = d.id.get_binding_identifier() else {
            return Err(Diagnostic::new(
                Code::TopLevelStatement,
                d.span,
                "destructuring is not supported at the top level",
            ));
        };
        let Some(function) = function else {
            let Some(init) = &d.init else {
                return Err(Diagnostic::new(
                    Code::TopLevelStatement,
                    d.span,
                    "top-level variables need a value",
                )
                .with_hint("give it its first value: `let nextId = 1;`"));
            };
            // A module-level `let` (`let nextId = 1`): one variable for the whole app, which
            // handlers, effects and functions may change; nothing re-renders when they do.
            if !v.kind.is_const() {
                top.mutable.insert(name.name.to_string());
            }
            top.constants.push((
                name.name.to_string(),
                name.span,
                init,
                d.type_annotation.as_deref(),
            ));
            continue;
        };
        let list = if is_component_name(&name.name) {
            &mut top.components
        } else if hooks::is_hook_name(&name.name) {
            &mut top.hooks
        } else if component::renders_markup(function) {
            &mut top.render_helpers
        } else {
            &mut top.helpers
        };
        list.push((name.name.to_string(), name.span, function));
    }
    Ok(())
}

/// The component of `memo(Component)` / `React.memo(…)` (one argument). `memo` only lets React
/// skip re-rendering a component whose props did not change; dx never re-renders, it updates
/// the bindings whose inputs changed, so the component is the same. With a comparison function
/// (`memo(C, arePropsEqual)`) React may keep showing old props: not this.
fn memoized<'s, 'a>(e: &'s Expression<'a>) -> Option<&'s Expression<'a>> {
    let Expression::CallExpression(call) = e.without_parentheses() else {
        return None;
    };
    let named = match &call.callee {
        Expression::Identifier(id) => id.name == "memo",
        Expression::StaticMemberExpression(m) => {
            m.property.name == "memo" && matches!(&m.object, Expression::Identifier(_))
        }
        _ => false,
    };
    match call.arguments.as_slice() {
        [only] if named => only.as_expression().map(Expression::without_parentheses),
        _ => None,
    }
}

fn is_component_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
}

/// Components are inlined at compile time, so a cycle would never end, unless it goes
/// through a list's rows (a tree rendering its children): the data's depth ends that one, and
/// lowering builds such rows once for every level (`lower/recursion.rs`).
fn check_recursion(program: &ir::Program, entry: ir::ComponentId) -> Result<()> {
    /// `stack`: the components on the path, each with whether its use is in a list's rows.
    fn visit(
        program: &ir::Program,
        id: ir::ComponentId,
        stack: &mut Vec<(ir::ComponentId, bool)>,
    ) -> Result<()> {
        for (child, span, in_rows) in uses(&program.components[id].view, false) {
            if let Some(at) = stack.iter().position(|(c, _)| *c == child) {
                if in_rows || stack[at + 1..].iter().any(|(_, rows)| *rows) {
                    continue;
                }
                return Err(Diagnostic::new(
                    Code::RecursiveComponent,
                    span,
                    format!(
                        "`{}` renders itself through `{}`",
                        program.components[child].name, program.components[id].name
                    ),
                )
                .with_hint("a component can render itself only from the rows of a list (`node.children.map(c => <Tree key={c.id} node={c} />)`), where the data's depth ends it"));
            }
            stack.push((child, in_rows));
            visit(program, child, stack)?;
            stack.pop();
        }
        Ok(())
    }
    fn uses(view: &[ir::ViewNode], in_rows: bool) -> Vec<(ir::ComponentId, Span, bool)> {
        let mut out = Vec::new();
        for node in view {
            match node {
                ir::ViewNode::Component { id, span, props } => {
                    out.push((*id, *span, in_rows));
                    for (_, value, _) in props {
                        if let ir::PropValue::Children(nodes) = value {
                            out.extend(uses(nodes, in_rows));
                        }
                    }
                }
                ir::ViewNode::Element { children, .. } => out.extend(uses(children, in_rows)),
                ir::ViewNode::Provider {
                    value, children, ..
                } => {
                    if let ir::PropValue::Children(nodes) = value {
                        out.extend(uses(nodes, in_rows));
                    }
                    out.extend(uses(children, in_rows));
                }
                ir::ViewNode::Cond {
                    then, otherwise, ..
                } => {
                    out.extend(uses(then, in_rows));
                    out.extend(uses(otherwise, in_rows));
                }
                ir::ViewNode::List { body, .. } => out.extend(uses(body, true)),
                ir::ViewNode::Keyed { body, .. } => out.extend(uses(body, in_rows)),
                ir::ViewNode::Text(_) | ir::ViewNode::Dynamic(_) | ir::ViewNode::Children(_) => {}
            }
        }
        out
    }
    visit(program, entry, &mut vec![(entry, false)])
}
