//! Destructuring: `const { a, b: c, d = 1 } = x`, `const [first, ...rest] = xs`, destructured
//! parameters (`({ id, name }) => …`) and list rows (`items.map(({ id, label }) => …)`).
//!
//! A pattern is sugar for reads of the value it destructures: in handlers and functions the
//! value goes into a local once and each name gets a local of its own (as JS evaluates it);
//! in render code (component bodies, list rows) each name stands for its read (`x.a`), which
//! is evaluated where it is used, as render values are.

use oxc_ast::ast::{BindingPattern, Expression, PropertyKey};
use oxc_span::{GetSpan, Span};

use super::component::Cx;
use super::scope::Name;
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{Expr, ExprKind, LocalId, Stmt};

/// What a part of a pattern reads from the value it destructures.
enum Part<'s, 'a> {
    /// Field `name` of an object.
    Field(String),
    /// Element `i` of an array.
    Element(usize),
    /// The elements from `i` on (`...rest`).
    Rest(usize),
    /// The fields but these (`...rest` of an object pattern).
    Without(Vec<String>),
    /// The pattern's own default (`= value`) when the read is `undefined`.
    Default(&'s Expression<'a>),
}

/// The parts of `pattern` to bind, each with the sub-pattern it goes to.
fn parts<'s, 'a>(
    pattern: &'s BindingPattern<'a>,
) -> Result<Vec<(Part<'s, 'a>, &'s BindingPattern<'a>)>> {
    match pattern {
        BindingPattern::BindingIdentifier(_) => Ok(Vec::new()),
        BindingPattern::AssignmentPattern(a) => Ok(vec![(Part::Default(&a.right), &a.left)]),
        BindingPattern::ObjectPattern(o) => {
            let mut out: Vec<_> = o
                .properties
                .iter()
                .map(|p| {
                    let name = match &p.key {
                        PropertyKey::StaticIdentifier(k) => k.name.to_string(),
                        PropertyKey::StringLiteral(s) => s.value.to_string(),
                        other => {
                            return Err(Diagnostic::new(
                                Code::HandlerStatement,
                                other.span(),
                                "computed keys in destructuring are not supported yet",
                            ));
                        }
                    };
                    Ok((Part::Field(name), &p.value))
                })
                .collect::<Result<_>>()?;
            if let Some(rest) = &o.rest {
                let named = out
                    .iter()
                    .filter_map(|(part, _)| match part {
                        Part::Field(name) => Some(name.clone()),
                        _ => None,
                    })
                    .collect();
                out.push((Part::Without(named), &rest.argument));
            }
            Ok(out)
        }
        BindingPattern::ArrayPattern(a) => {
            let mut out = Vec::new();
            for (i, element) in a.elements.iter().enumerate() {
                if let Some(element) = element {
                    out.push((Part::Element(i), element));
                }
            }
            if let Some(rest) = &a.rest {
                out.push((Part::Rest(a.elements.len()), &rest.argument));
            }
            Ok(out)
        }
    }
}

impl Cx<'_> {
    /// The read `part` makes of `value`.
    fn read(&mut self, value: Expr, part: &Part<'_, '_>, span: Span) -> Result<Expr> {
        let kind = match part {
            Part::Field(name) => ExprKind::Field(Box::new(value), name.clone()),
            Part::Element(i) => ExprKind::ElementOrUndefined(Box::new(value), *i),
            Part::Rest(i) => ExprKind::Builtin {
                name: "slice".into(),
                receiver: Some(Box::new(value)),
                args: vec![Expr::new(ExprKind::Num(*i as f64), span)],
            },
            Part::Without(fields) => ExprKind::Without {
                object: Box::new(value),
                fields: fields.clone(),
            },
            Part::Default(default) => {
                ExprKind::DefaultIfUndefined(Box::new(value), Box::new(self.expr(default)?))
            }
        };
        Ok(Expr::new(kind, span))
    }

    /// Binds the names of `pattern` to parts of `value` as locals of the handler or function
    /// being analyzed: `value` is evaluated once, into a local.
    pub(crate) fn bind_pattern(
        &mut self,
        pattern: &BindingPattern<'_>,
        value: Expr,
        mutable: bool,
        out: &mut Vec<Stmt>,
    ) -> Result<()> {
        if let BindingPattern::BindingIdentifier(id) = pattern {
            let local = self.new_local();
            out.push(Stmt::Let { local, value });
            if mutable {
                self.mutable_locals.push(local);
            }
            return super::component::bind_unique(self, &id.name, id.span, Name::Local(local));
        }
        let span = pattern.span();
        let source: LocalId = self.new_local();
        out.push(Stmt::Let {
            local: source,
            value,
        });
        for (part, sub) in parts(pattern)? {
            let from = Expr::new(ExprKind::Local(source), span);
            let read = self.read(from, &part, sub.span())?;
            self.bind_pattern(sub, read, mutable, out)?;
        }
        Ok(())
    }

    /// Binds the names of `pattern` to reads of `value` in render code (a component body, a
    /// list row): each name stands for its read.
    pub(crate) fn bind_pattern_derived(
        &mut self,
        pattern: &BindingPattern<'_>,
        value: Expr,
    ) -> Result<()> {
        if let BindingPattern::BindingIdentifier(id) = pattern {
            return super::component::bind_unique(self, &id.name, id.span, Name::Derived(value));
        }
        for (part, sub) in parts(pattern)? {
            let read = self.read(value.clone(), &part, sub.span())?;
            self.bind_pattern_derived(sub, read)?;
        }
        Ok(())
    }
}
