//! TypeScript types → dx types. `interface` and `type` declarations of every file of the
//! app are resolved once, before bodies are analyzed; annotations then name them.

use std::collections::HashMap;

use oxc_ast::ast::{
    TSInterfaceDeclaration, TSLiteral, TSSignature, TSType, TSTypeAliasDeclaration, TSTypeName,
};
use oxc_span::{GetSpan, Span};

use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::Ty;
use crate::types::Types;

/// A type declaration at the top level of a file.
pub(crate) enum TypeDecl<'s, 'a> {
    Interface(&'s TSInterfaceDeclaration<'a>),
    Alias(&'s TSTypeAliasDeclaration<'a>),
}

impl TypeDecl<'_, '_> {
    /// The declared name and its span.
    pub(crate) fn name(&self) -> (&str, Span) {
        match self {
            TypeDecl::Interface(i) => (i.id.name.as_str(), i.id.span),
            TypeDecl::Alias(a) => (a.id.name.as_str(), a.id.span),
        }
    }
}

/// Resolves every declaration of every file (`decls[file]`); names are shared by the app.
/// Errors carry the index of the file they are in.
/// The app's declared types by name, and the `type` aliases that are unions of string
/// literals (`type Peg = "A" | "B"`) with their strings (the keys of `Record<Peg, V>`).
#[derive(Default)]
pub(crate) struct NamedTypes {
    pub types: HashMap<String, Ty>,
    pub literal_unions: HashMap<String, Vec<String>>,
}

pub(crate) fn resolve_all(
    decls: &[&[TypeDecl<'_, '_>]],
    types: &mut Types,
) -> std::result::Result<NamedTypes, (usize, Diagnostic)> {
    let mut by_name: HashMap<&str, (usize, &TypeDecl<'_, '_>)> = HashMap::new();
    for (file, list) in decls.iter().enumerate() {
        for d in list.iter() {
            let (name, span) = d.name();
            if let Some((other, _)) = by_name.insert(name, (file, d))
                && other != file
            {
                return Err((
                    file,
                    Diagnostic::new(
                        Code::DuplicateName,
                        span,
                        format!("type `{name}` is declared in two files"),
                    )
                    .with_hint(
                        "dx resolves type names across the app; give one of them another name",
                    ),
                ));
            }
        }
    }
    let mut r = Resolver {
        by_name,
        done: HashMap::new(),
        unions: HashMap::new(),
        active: Vec::new(),
        reserved: HashMap::new(),
        types,
        failed: Default::default(),
        missing: None,
    };
    let aliases: Vec<(&str, &TSType<'_>)> = decls
        .iter()
        .flat_map(|list| list.iter())
        .filter_map(|d| match d {
            TypeDecl::Alias(a) if a.type_parameters.is_none() => {
                Some((a.id.name.as_str(), &a.type_annotation))
            }
            _ => None,
        })
        .collect();
    for (name, t) in aliases {
        if let Some(keys) = r.literal_keys(t) {
            r.unions.insert(name.to_string(), keys);
        }
    }
    // In source order: which error is reported first, and the order heap types are numbered
    // in, must not depend on a hash map's iteration order (the same input must give the same
    // diagnostic and the same bytes on every run).
    let names: Vec<&str> = decls
        .iter()
        .flat_map(|list| list.iter().map(|d| d.name().0))
        .collect();
    // A declaration dx cannot model (a tuple, a generic, `keyof`, a mapped type, one naming
    // such a type) is left out: annotations naming it say nothing, and the values' types come
    // from use, as in plain JavaScript. Types never change what code does, so this can only
    // cost a later "type not known" diagnostic, never a different behaviour.
    for name in names {
        let (file, _) = r.by_name[name];
        if r.named(name, Span::new(0, 0)).is_err() {
            if let Some(d) = r.missing.take() {
                return Err((file, d));
            }
            r.active.clear();
            r.failed.insert(name.to_string());
        }
    }
    Ok(NamedTypes {
        types: r.done,
        literal_unions: r.unions,
    })
}

struct Resolver<'r, 's, 'a> {
    by_name: HashMap<&'r str, (usize, &'r TypeDecl<'s, 'a>)>,
    done: HashMap<String, Ty>,
    /// Aliases of unions of string literals, with their strings (`NamedTypes`).
    unions: HashMap<String, Vec<String>>,
    active: Vec<String>,
    /// Record ids reserved for object types that contain themselves, by name, while they are
    /// being resolved.
    reserved: HashMap<String, u32>,
    types: &'r mut Types,
    /// Declarations that could not be modelled (see `resolve_all`).
    failed: std::collections::HashSet<String>,
    /// A reference to a type name nothing declares (an error, unlike an unmodelled type).
    missing: Option<Diagnostic>,
}

impl Resolver<'_, '_, '_> {
    fn named(&mut self, name: &str, span: Span) -> Result<Option<Ty>> {
        if let Some(t) = self.done.get(name) {
            return Ok(Some(*t));
        }
        let Some(&(_, decl)) = self.by_name.get(name) else {
            return Ok(None);
        };
        if self.active.iter().any(|a| a == name) {
            // An object type that contains itself (`children?: Node[]`): the record's id,
            // reserved now, its fields given when its declaration is resolved (below).
            if is_object_declaration(decl) {
                let id = match self.reserved.get(name) {
                    Some(&id) => id,
                    None => {
                        let id = self.types.reserve_record();
                        self.reserved.insert(name.to_string(), id);
                        id
                    }
                };
                return Ok(Some(Ty::Rec(id)));
            }
            return Err(Diagnostic::new(
                Code::UnsupportedType,
                span,
                format!("type `{name}` contains itself"),
            )
            .with_hint(
                "only object types (`interface`, `type X = { … }`) may contain themselves",
            ));
        }
        self.active.push(name.to_string());
        let ty = self.declared(decl);
        let ty = match (self.reserved.remove(name), ty) {
            // It contained itself: the reserved record gets the fields.
            (Some(id), Ok(Some(Ty::Rec(resolved)))) => {
                let fields = self.types.fields(resolved).to_vec();
                self.types.define_record(id, fields);
                Ok(Some(Ty::Rec(id)))
            }
            (Some(id), other) => {
                // Not a record after all (or an error): the reservation holds nothing.
                self.types.define_record(id, Vec::new());
                other
            }
            (None, other) => other,
        }?;
        self.active.pop();
        let Some(ty) = ty else {
            return Ok(None);
        };
        self.done.insert(name.to_string(), ty);
        Ok(Some(ty))
    }

    /// The type declaration `decl` of `name` stands for (`named` handles recursion).
    /// `None` for a markup type, which has nothing to resolve (see `non_data`).
    fn declared(&mut self, decl: &TypeDecl<'_, '_>) -> Result<Option<Ty>> {
        let ty = match decl {
            TypeDecl::Interface(i) => {
                if let Some(ext) = i.extends.first() {
                    return Err(Diagnostic::new(
                        Code::UnsupportedType,
                        ext.span,
                        "`extends` is not supported yet",
                    )
                    .with_hint("list the fields in the interface itself"));
                }
                if let Some(tp) = &i.type_parameters {
                    return Err(generic(tp.span));
                }
                self.members(&i.body.body, i.span)?
            }
            TypeDecl::Alias(a) => {
                if let Some(tp) = &a.type_parameters {
                    return Err(generic(tp.span));
                }
                if is_function_type(&a.type_annotation) {
                    // `type Predicate = (r: Row) => boolean`: function values.
                    self.types.function()
                } else if self.non_data(&a.type_annotation, 0) {
                    return Ok(None);
                } else {
                    self.ty(&a.type_annotation)?
                }
            }
        };
        Ok(Some(ty))
    }

    /// Whether `t` names an alias of a function type.
    fn is_function_alias_type(&self, t: &TSType<'_>) -> bool {
        matches!(t, TSType::TSTypeReference(r)
            if matches!(&r.type_name, TSTypeName::IdentifierReference(id) if self.is_function_alias(&id.name)))
    }

    /// Whether `name` is an alias of a function type.
    fn is_function_alias(&self, name: &str) -> bool {
        matches!(self.by_name.get(name), Some((_, TypeDecl::Alias(a))) if is_function_type(&a.type_annotation))
    }

    fn members(&mut self, members: &[TSSignature<'_>], span: Span) -> Result<Ty> {
        let mut fields: Vec<(String, Ty)> = Vec::new();
        // `{ [key: string]: V }` alone: a dictionary, as `Record<string, V>`.
        if let [TSSignature::TSIndexSignature(sig)] = members
            && matches!(
                sig.parameter.type_annotation.type_annotation,
                TSType::TSStringKeyword(_) | TSType::TSNumberKeyword(_)
            )
        {
            let value = self.ty(&sig.type_annotation.type_annotation)?;
            return Ok(self.types.dict(value));
        }
        for m in members {
            let TSSignature::TSPropertySignature(p) = m else {
                return Err(Diagnostic::new(
                    Code::UnsupportedType,
                    m.span(),
                    "only fields (`name: type`) are supported in object types",
                ));
            };
            let Some(name) = p.key.static_name() else {
                return Err(Diagnostic::new(
                    Code::UnsupportedType,
                    p.key.span(),
                    "computed field names are not supported",
                ));
            };
            let Some(annotation) = &p.type_annotation else {
                return Err(Diagnostic::new(
                    Code::UnsupportedType,
                    p.span,
                    format!("field `{name}` needs a type"),
                ));
            };
            // Markup is left out (a props type lists `children`; dx passes it as markup).
            // Function fields are function values (`{ symbol: string; fn: BinaryOp }`).
            if self.non_data(&annotation.type_annotation, 0)
                && !is_function_type(&annotation.type_annotation)
                && !self.is_function_alias_type(&annotation.type_annotation)
            {
                continue;
            }
            let mut ty = self.ty(&annotation.type_annotation)?;
            // `name?: T` is `T | undefined`.
            if p.optional {
                ty = ty.nullable(true).ok_or_else(|| both_nullish(p.span))?;
            }
            if fields.iter().any(|(n, _)| *n == name) {
                return Err(Diagnostic::new(
                    Code::DuplicateName,
                    p.span,
                    format!("field `{name}` is declared twice"),
                ));
            }
            fields.push((name.to_string(), ty));
        }
        let _ = span;
        Ok(self.types.record(fields))
    }

    /// Whether `t` is not a data type: a function type (`(id: number) => void`) or React's
    /// markup types (`React.ReactNode`, `JSX.Element`), alone, nullable or behind an alias.
    /// Such fields are left out of a record's layout: a props interface lists callbacks and
    /// `children`, which dx passes as handlers and markup rather than as values (a data
    /// object given such a field is refused where it is built).
    fn non_data(&self, t: &TSType<'_>, depth: usize) -> bool {
        const MARKUP: &[&str] = &["ReactNode", "ReactElement", "Element", "JSX", "ReactChild"];
        if depth > 8 {
            return false;
        }
        match t {
            TSType::TSFunctionType(_) | TSType::TSConstructorType(_) => true,
            TSType::TSParenthesizedType(p) => self.non_data(&p.type_annotation, depth + 1),
            TSType::TSUnionType(u) => {
                let rest: Vec<&TSType<'_>> = u
                    .types
                    .iter()
                    .filter(|m| {
                        !matches!(m, TSType::TSNullKeyword(_) | TSType::TSUndefinedKeyword(_))
                    })
                    .collect();
                !rest.is_empty() && rest.iter().all(|m| self.non_data(m, depth + 1))
            }
            TSType::TSTypeReference(r) => match &r.type_name {
                TSTypeName::QualifiedName(q) => {
                    matches!(&q.left, TSTypeName::IdentifierReference(id) if id.name == "React" || id.name == "JSX")
                }
                TSTypeName::IdentifierReference(id) => {
                    MARKUP.contains(&id.name.as_str())
                        || matches!(
                            self.by_name.get(id.name.as_str()),
                            Some((_, TypeDecl::Alias(a))) if self.non_data(&a.type_annotation, depth + 1)
                        )
                }
                _ => false,
            },
            _ => false,
        }
    }

    fn ty(&mut self, t: &TSType<'_>) -> Result<Ty> {
        Ok(match t {
            TSType::TSNumberKeyword(_) => Ty::Num,
            TSType::TSStringKeyword(_) => Ty::Str,
            TSType::TSBooleanKeyword(_) => Ty::Bool,
            TSType::TSParenthesizedType(p) => self.ty(&p.type_annotation)?,
            TSType::TSArrayType(a) => {
                let elem = self.ty(&a.element_type)?;
                self.types.array(elem)
            }
            TSType::TSTypeLiteral(l) => self.members(&l.members, l.span)?,
            // `[number, string]`: a tuple is a record of fields `#0`, `#1`, … (`types.rs`), as
            // an array literal of that shape is.
            TSType::TSTupleType(t) => {
                let mut fields = Vec::new();
                for (i, element) in t.element_types.iter().enumerate() {
                    let Some(element) = element.as_ts_type() else {
                        return Err(Diagnostic::new(
                            Code::UnsupportedType,
                            element.span(),
                            "optional and rest elements of tuple types are not supported yet",
                        ));
                    };
                    fields.push((crate::types::tuple_field(i), self.ty(element)?));
                }
                self.types.record(fields)
            }
            // `(a: number, b: number) => number` as data (in an array, a dictionary).
            TSType::TSFunctionType(_) => self.types.function(),
            // `Product & { qty: number }`: one record with the fields of all.
            TSType::TSIntersectionType(i) => {
                let mut fields: Vec<(String, Ty)> = Vec::new();
                for member in &i.types {
                    let Ty::Rec(id) = self.ty(member)? else {
                        return Err(Diagnostic::new(
                            Code::UnsupportedType,
                            member.span(),
                            "an intersection of types other than object types is not supported",
                        ));
                    };
                    for (name, ty) in self.types.fields(id).to_vec() {
                        match fields.iter().find(|(n, _)| *n == name) {
                            Some((_, t)) if *t != ty => {
                                return Err(Diagnostic::new(
                                    Code::UnsupportedType,
                                    i.span,
                                    format!(
                                        "field `{name}` has two different types in this intersection"
                                    ),
                                ));
                            }
                            Some(_) => {}
                            None => fields.push((name, ty)),
                        }
                    }
                }
                self.types.record(fields)
            }
            TSType::TSLiteralType(l) => match &l.literal {
                TSLiteral::StringLiteral(_) | TSLiteral::TemplateLiteral(_) => Ty::Str,
                TSLiteral::NumericLiteral(_) => Ty::Num,
                TSLiteral::BooleanLiteral(_) => Ty::Bool,
                _ => return Err(unsupported(t)),
            },
            // A union of literals of one type (`"all" | "active"`) is that type; with `null`
            // or `undefined` (one of them) it is that type's nullable type.
            TSType::TSUnionType(u) => {
                let mut tys = Vec::new();
                let (mut null, mut undefined) = (false, false);
                for member in &u.types {
                    match member {
                        TSType::TSNullKeyword(_) => null = true,
                        TSType::TSUndefinedKeyword(_) => undefined = true,
                        _ => tys.push(self.ty(member)?),
                    }
                }
                if null && undefined {
                    return Err(both_nullish(u.span));
                }
                match tys.split_first() {
                    Some((first, rest))
                        if rest.iter().all(|t| t == first) && (null || undefined) =>
                    {
                        first
                            .nullable(undefined)
                            .ok_or_else(|| both_nullish(u.span))?
                    }
                    Some((first, rest)) if rest.iter().all(|t| t == first) => *first,
                    // Object types (`{ type: "added"; text: string } | { type: "deleted";
                    // id: number }`): one record with every member's fields, those some
                    // members lack as `T | undefined` (what reading them gives in JavaScript).
                    Some((first, rest))
                        if !null && !undefined && tys.iter().all(|t| matches!(t, Ty::Rec(_))) =>
                    {
                        let mut joined = Some(*first);
                        for t in rest {
                            joined = joined.and_then(|j| self.types.record_union(j, *t));
                        }
                        joined.ok_or_else(|| {
                            Diagnostic::new(
                                Code::UnsupportedType,
                                u.span,
                                "the members of this union give one field two different types",
                            )
                        })?
                    }
                    _ => {
                        return Err(Diagnostic::new(
                            Code::UnsupportedType,
                            u.span,
                            "a union of different types is not supported",
                        )
                        .with_hint("dx values have one type each; use a union of string literals or of numbers"));
                    }
                }
            }
            TSType::TSTypeReference(r) => {
                let TSTypeName::IdentifierReference(id) = &r.type_name else {
                    return Err(unsupported(t));
                };
                if id.name == "Array"
                    && let Some(args) = &r.type_arguments
                    && args.params.len() == 1
                {
                    let elem = self.ty(&args.params[0])?;
                    return Ok(self.types.array(elem));
                }
                // `Set<T>`, `Map<K, V>` (`lower/collections.rs`).
                if let Some(args) = &r.type_arguments
                    && !self.by_name.contains_key(id.name.as_str())
                {
                    match (id.name.as_str(), args.params.as_slice()) {
                        ("Set", [t]) => {
                            let elem = self.ty(t)?;
                            return Ok(self.types.set(elem));
                        }
                        ("Map", [k, v]) => {
                            let (key, value) = (self.ty(k)?, self.ty(v)?);
                            return Ok(self.types.map(key, value));
                        }
                        // `Record<"A" | "B", V>` (or an alias of such a union): the object of
                        // those keys, each a `V`.
                        ("Record", [k, v]) if let Some(keys) = self.literal_keys(k) => {
                            let value = self.ty(v)?;
                            let fields = keys.into_iter().map(|k| (k, value)).collect();
                            return Ok(self.types.record(fields));
                        }
                        // `Record<string, V>`: an object used as a dictionary
                        // (`lower/dicts.rs`); number keys are strings in JavaScript too.
                        ("Record", [k, v])
                            if matches!(
                                k,
                                TSType::TSStringKeyword(_) | TSType::TSNumberKeyword(_)
                            ) =>
                        {
                            let value = self.ty(v)?;
                            return Ok(self.types.dict(value));
                        }
                        _ => {}
                    }
                }
                match self.named(&id.name, id.span)? {
                    Some(ty) => ty,
                    // `type Predicate = (r: Row) => boolean` used as data.
                    None if self.is_function_alias(&id.name) => self.types.function(),
                    None => {
                        let d = Diagnostic::new(
                            Code::UnsupportedType,
                            id.span,
                            format!("unknown type `{}`", id.name),
                        )
                        .with_hint(
                            "declare it with `interface` or `type` in one of the app's files",
                        );
                        // A name nothing declares is a mistake worth reporting; a global
                        // type (`Record`, `HTMLInputElement`) or a declaration dx left out
                        // only means "not modelled" (see `resolve_all`).
                        if !self.by_name.contains_key(id.name.as_str())
                            && !self.failed.contains(id.name.as_str())
                            && !is_global_type(&id.name)
                        {
                            self.missing.get_or_insert(d.clone());
                        }
                        return Err(d);
                    }
                }
            }
            _ => return Err(unsupported(t)),
        })
    }
}

impl Resolver<'_, '_, '_> {
    /// The strings of a union of string literals (`"A" | "B"`), written out or named by a
    /// `type` alias.
    fn literal_keys(&self, t: &TSType<'_>) -> Option<Vec<String>> {
        match t {
            TSType::TSUnionType(u) => u
                .types
                .iter()
                .map(|m| match m {
                    TSType::TSLiteralType(l) => match &l.literal {
                        oxc_ast::ast::TSLiteral::StringLiteral(s) => Some(s.value.to_string()),
                        _ => None,
                    },
                    _ => None,
                })
                .collect(),
            TSType::TSParenthesizedType(p) => self.literal_keys(&p.type_annotation),
            TSType::TSTypeReference(r) if r.type_arguments.is_none() => {
                let TSTypeName::IdentifierReference(id) = &r.type_name else {
                    return None;
                };
                if let Some(keys) = self.unions.get(id.name.as_str()) {
                    return Some(keys.clone());
                }
                match self.by_name.get(id.name.as_str())? {
                    (_, TypeDecl::Alias(a)) if a.type_parameters.is_none() => {
                        self.literal_keys(&a.type_annotation)
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }
}

fn both_nullish(span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::UnsupportedType,
        span,
        "a value that can be both `null` and `undefined` is not supported yet",
    )
    .with_hint("use one of them: `T | null`, or an optional field `name?: T`")
}

fn generic(span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::UnsupportedType,
        span,
        "generic types are not supported yet",
    )
}

fn unsupported(t: &TSType<'_>) -> Diagnostic {
    Diagnostic::new(
        Code::UnsupportedType,
        t.span(),
        "this type is not supported yet",
    )
    .with_hint("dx supports number, string, boolean, arrays, tuples, object types, `Record<\"a\" | \"b\", T>`, `Set`, `Map` and unions of literals")
}

/// The dx type an annotation names, resolving the app's declared types. Types dx does
/// not model (`JSX.Element`, `void`, …) give `None`: the value's own type is used then.
pub(crate) fn annotation(
    t: &TSType<'_>,
    named: &NamedTypes,
    types: &mut Types,
) -> Result<Option<Ty>> {
    let modelled = match t {
        TSType::TSNumberKeyword(_)
        | TSType::TSStringKeyword(_)
        | TSType::TSBooleanKeyword(_)
        | TSType::TSArrayType(_)
        | TSType::TSTupleType(_)
        | TSType::TSTypeLiteral(_) => true,
        TSType::TSTypeReference(r) => match &r.type_name {
            TSTypeName::IdentifierReference(id) => {
                matches!(id.name.as_str(), "Array" | "Set" | "Map" | "Record")
                    || named.types.contains_key(id.name.as_str())
            }
            _ => false,
        },
        // Unions of literals, and `T | null` / `T | undefined` of a modelled `T`.
        TSType::TSUnionType(u) => {
            let nullish = |m: &TSType<'_>| {
                matches!(m, TSType::TSNullKeyword(_) | TSType::TSUndefinedKeyword(_))
            };
            let rest: Vec<&TSType<'_>> = u.types.iter().filter(|m| !nullish(m)).collect();
            rest.iter().all(|m| matches!(m, TSType::TSLiteralType(_)))
                || (rest.len() == 1 && rest.len() < u.types.len() && {
                    // The one other member must itself be modelled.
                    let mut probe = Types::default();
                    annotation(rest[0], named, &mut probe).is_ok_and(|t| t.is_some())
                })
        }
        _ => false,
    };
    if !modelled {
        return Ok(None);
    }
    let mut r = Resolver {
        by_name: HashMap::new(),
        done: named.types.clone(),
        unions: named.literal_unions.clone(),
        active: Vec::new(),
        reserved: HashMap::new(),
        types,
        failed: Default::default(),
        missing: None,
    };
    // An annotation dx cannot model says nothing (see `resolve_all`); that includes names it
    // cannot resolve here (a generic's `T`, a declaration left out), so a misspelt name in an
    // annotation is TypeScript's to report, while one in a declaration is reported there.
    Ok(r.ty(t).ok())
}

/// TypeScript's, the DOM's and React's global type names: not declared by the app, but not
/// mistakes either.
fn is_global_type(name: &str) -> bool {
    const GLOBALS: &[&str] = &[
        "Record",
        "Partial",
        "Required",
        "Readonly",
        "Pick",
        "Omit",
        "Exclude",
        "Extract",
        "NonNullable",
        "ReturnType",
        "Parameters",
        "Awaited",
        "ReadonlyArray",
        "Map",
        "Set",
        "WeakMap",
        "WeakSet",
        "Promise",
        "Date",
        "RegExp",
        "Error",
        "Function",
        "Object",
        "Iterable",
        "Element",
        "Node",
        "Document",
        "Window",
        "EventTarget",
        "FormData",
        "ReactNode",
        "ReactElement",
        "JSX",
        "ReactChild",
        "CSSProperties",
        "FC",
        "Dispatch",
        "SetStateAction",
        "ChangeEvent",
        "MouseEvent",
        "KeyboardEvent",
        "FormEvent",
        "RefObject",
        "MutableRefObject",
        "PropsWithChildren",
        "ComponentProps",
    ];
    GLOBALS.contains(&name)
        || name.starts_with("HTML")
        || name.starts_with("SVG")
        || name.ends_with("Event")
        || name.ends_with("Props")
}

/// Whether `t` is a function type, written or through an alias name (`(a: number) => number`).
fn is_function_type(t: &TSType<'_>) -> bool {
    match t {
        TSType::TSFunctionType(_) => true,
        TSType::TSParenthesizedType(p) => is_function_type(&p.type_annotation),
        _ => false,
    }
}

/// Whether `decl` declares an object type (an interface, or an alias of `{ … }`): the only
/// kind that may contain itself.
fn is_object_declaration(decl: &TypeDecl<'_, '_>) -> bool {
    match decl {
        TypeDecl::Interface(i) => i.type_parameters.is_none() && i.extends.is_empty(),
        TypeDecl::Alias(a) => {
            a.type_parameters.is_none() && matches!(a.type_annotation, TSType::TSTypeLiteral(_))
        }
    }
}
