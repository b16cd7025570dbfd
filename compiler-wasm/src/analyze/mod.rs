//! Stage 2: analyze. Finds the components of a module, resolves every name and turns
//! both flavours into the same component IR ([`crate::ir`]).

mod component;
mod expr;
mod handler;
mod jsx;
mod scope;

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
pub(crate) enum ComponentAst<'s, 'a> {
    /// `function Name(props) { … }`
    Function(&'s Function<'a>),
    /// `const Name = (props) => …`
    Arrow(&'s oxc_ast::ast::ArrowFunctionExpression<'a>),
}

/// Module-level facts every component analysis needs.
pub(crate) struct Module {
    pub flavour: Flavour,
    /// Component name → id.
    pub components: HashMap<String, ir::ComponentId>,
    /// Local names bound to `useState`.
    pub use_state_names: Vec<String>,
    /// Local names bound to `useEffect` (and, in `.dx`, the built-in `effect`).
    pub effect_names: Vec<String>,
    /// Local names bound to `useMemo`.
    pub memo_names: Vec<String>,
    /// Module-level function name → id.
    pub helpers: HashMap<String, ir::HelperId>,
}

/// What the top level of a module declares, before analysis of bodies.
#[derive(Default)]
struct TopLevel<'s, 'a> {
    components: Vec<(String, Span, ComponentAst<'s, 'a>)>,
    helpers: Vec<(String, Span, ComponentAst<'s, 'a>)>,
    /// Statements of a `.ts` program, run by `main`.
    main: Vec<&'s Statement<'a>>,
}

/// Analyzes a parsed module.
pub fn analyze(program: &Program<'_>, flavour: Flavour) -> Result<ir::Program> {
    let mut top = TopLevel::default();
    let mut default_export: Option<(String, Span)> = None;
    let mut use_state_names = Vec::new();
    let mut effect_names = if flavour == Flavour::Dx {
        vec!["effect".to_string()]
    } else {
        Vec::new()
    };
    let mut memo_names = Vec::new();

    for stmt in &program.body {
        match stmt {
            Statement::ImportDeclaration(import) => {
                if import.import_kind.is_type() {
                    continue;
                }
                let source = import.source.value.as_str();
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
                            } else if imported == "useEffect" {
                                effect_names.push(local);
                            } else if imported == "useMemo" {
                                memo_names.push(local);
                            } else if !s.import_kind.is_type() {
                                return Err(Diagnostic::new(
                                    Code::UnsupportedImport,
                                    s.span,
                                    format!("`{imported}` is not supported yet"),
                                ));
                            }
                        }
                        // `import React from "react"` is harmless: JSX does not need it.
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
            Statement::ExportNamedDeclaration(_) => {}
            Statement::ExportDeclaration(e) => match &e.declaration {
                Declaration::FunctionDeclaration(f) => push_function(&mut top, f)?,
                Declaration::VariableDeclaration(v) => push_arrows(&mut top, v)?,
                Declaration::TSTypeAliasDeclaration(_) | Declaration::TSInterfaceDeclaration(_) => {
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
                other => {
                    return Err(Diagnostic::new(
                        Code::NotAComponent,
                        other.span(),
                        "the default export must be a component function",
                    ));
                }
            },
            Statement::TSTypeAliasDeclaration(_)
            | Statement::TSInterfaceDeclaration(_)
            | Statement::EmptyStatement(_) => {}
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

    let asts = &top.components;
    let mut helpers = HashMap::new();
    for (i, (name, span, _)) in top.helpers.iter().enumerate() {
        if helpers.insert(name.clone(), i).is_some() {
            return Err(Diagnostic::new(
                Code::DuplicateName,
                *span,
                format!("function `{name}` is declared twice"),
            ));
        }
    }
    let mut components = HashMap::new();
    for (i, (name, span, _)) in asts.iter().enumerate() {
        if components.insert(name.clone(), i).is_some() {
            return Err(Diagnostic::new(
                Code::DuplicateName,
                *span,
                format!("component `{name}` is declared twice"),
            ));
        }
    }
    if flavour == Flavour::Ts {
        let module = Module {
            flavour,
            components,
            use_state_names,
            effect_names,
            memo_names,
            helpers,
        };
        let helpers = analyze_helpers(&module, &top.helpers)?;
        let main = component::analyze_main(&module, &top.main, program.span)?;
        let components = analyze_components(&module, asts)?;
        return Ok(ir::Program {
            components,
            entry: None,
            helpers,
            main: Some(main),
        });
    }
    let Some((entry_name, entry_span)) = default_export else {
        return Err(match asts.first() {
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
        });
    };
    if helpers.contains_key(&entry_name) {
        return Err(Diagnostic::new(Code::NotAComponent, entry_span, format!("`{entry_name}` is a function, not a component"))
            .with_hint("component names start with a capital letter: React treats lowercase tags as DOM elements"));
    }
    let Some(&entry) = components.get(&entry_name) else {
        return Err(Diagnostic::new(
            Code::UnknownComponent,
            entry_span,
            format!("`{entry_name}` is not a component of this file"),
        ));
    };
    let module = Module {
        flavour,
        components,
        use_state_names,
        effect_names,
        memo_names,
        helpers,
    };
    let helpers = analyze_helpers(&module, &top.helpers)?;
    let components = analyze_components(&module, asts)?;
    let program = ir::Program {
        components,
        entry: Some(entry),
        helpers,
        main: None,
    };
    check_recursion(&program, entry)?;
    Ok(program)
}

fn analyze_components(
    module: &Module,
    asts: &[(String, Span, ComponentAst<'_, '_>)],
) -> Result<Vec<ir::Component>> {
    asts.iter()
        .map(|(name, span, ast)| component::analyze_component(module, name, *span, ast))
        .collect()
}

fn analyze_helpers(
    module: &Module,
    asts: &[(String, Span, ComponentAst<'_, '_>)],
) -> Result<Vec<ir::Helper>> {
    asts.iter()
        .map(|(name, _, ast)| {
            Ok(ir::Helper {
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
    let list = if is_component_name(&id.name) {
        &mut top.components
    } else {
        &mut top.helpers
    };
    list.push((id.name.to_string(), id.span, ComponentAst::Function(f)));
    Ok(())
}

fn push_arrows<'s, 'a>(
    top: &mut TopLevel<'s, 'a>,
    v: &'s oxc_ast::ast::VariableDeclaration<'a>,
) -> Result<()> {
    for d in &v.declarations {
        let (Some(name), Some(Expression::ArrowFunctionExpression(arrow))) =
            (d.id.get_binding_identifier(), &d.init)
        else {
            return Err(Diagnostic::new(Code::TopLevelStatement, d.span, "top-level variables are not supported yet")
                .with_hint("move the value into a component, or declare a component as `const Name = () => <div/>`"));
        };
        let list = if is_component_name(&name.name) {
            &mut top.components
        } else {
            &mut top.helpers
        };
        list.push((name.name.to_string(), name.span, ComponentAst::Arrow(arrow)));
    }
    Ok(())
}

fn is_component_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
}

/// Components are inlined at compile time, so a cycle would never end.
fn check_recursion(program: &ir::Program, entry: ir::ComponentId) -> Result<()> {
    fn visit(
        program: &ir::Program,
        id: ir::ComponentId,
        stack: &mut Vec<ir::ComponentId>,
    ) -> Result<()> {
        for (child, span) in uses(&program.components[id].view) {
            if stack.contains(&child) {
                return Err(Diagnostic::new(
                    Code::RecursiveComponent,
                    span,
                    format!(
                        "`{}` renders itself through `{}`",
                        program.components[child].name, program.components[id].name
                    ),
                ));
            }
            stack.push(child);
            visit(program, child, stack)?;
            stack.pop();
        }
        Ok(())
    }
    fn uses(view: &[ir::ViewNode]) -> Vec<(ir::ComponentId, Span)> {
        let mut out = Vec::new();
        for node in view {
            match node {
                ir::ViewNode::Component { id, span, props } => {
                    out.push((*id, *span));
                    for (_, value, _) in props {
                        if let ir::PropValue::Children(nodes) = value {
                            out.extend(uses(nodes));
                        }
                    }
                }
                ir::ViewNode::Element { children, .. } => out.extend(uses(children)),
                ir::ViewNode::Cond {
                    then, otherwise, ..
                } => {
                    out.extend(uses(then));
                    out.extend(uses(otherwise));
                }
                ir::ViewNode::Text(_) | ir::ViewNode::Dynamic(_) | ir::ViewNode::Children(_) => {}
            }
        }
        out
    }
    visit(program, entry, &mut vec![entry])
}
