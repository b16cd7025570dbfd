//! Optional chaining: `user?.address?.city`, `rows?.[0]`, `list?.length`. From the first
//! `?.` on, every read in the chain is optional: a nullish object gives `undefined` for the
//! whole rest of the chain, as JS short-circuits it.

use oxc_ast::ast::{ChainElement, Expression};
use oxc_span::{GetSpan, Span};

use super::component::Cx;
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{Expr, ExprKind};

/// `object.name` (`.length` of a string or array is its length).
fn member(object: Expr, name: &str) -> ExprKind {
    if name == "length" {
        ExprKind::Length(Box::new(object))
    } else {
        ExprKind::Field(Box::new(object), name.to_string())
    }
}

/// Whether the member chain `e` has a `?.` anywhere (before its own property).
fn has_optional(e: &Expression<'_>) -> bool {
    match e.without_parentheses() {
        Expression::StaticMemberExpression(m) => m.optional || has_optional(&m.object),
        Expression::ComputedMemberExpression(m) => m.optional || has_optional(&m.object),
        _ => false,
    }
}

impl Cx<'_> {
    /// The expression of `a?.b…`.
    pub(crate) fn optional_chain(&mut self, chain: &ChainElement<'_>, span: Span) -> Result<Expr> {
        match chain {
            ChainElement::StaticMemberExpression(m) => {
                let object = self.chain_object(&m.object)?;
                Ok(self.optional_read(
                    object,
                    m.optional || has_optional(&m.object),
                    span,
                    |o| Ok(member(o, &m.property.name)),
                )?)
            }
            ChainElement::ComputedMemberExpression(m) => {
                let object = self.chain_object(&m.object)?;
                let index = self.expr(&m.expression)?;
                Ok(self.optional_read(object, true, span, |o| {
                    Ok(ExprKind::Index(Box::new(o), Box::new(index)))
                })?)
            }
            ChainElement::TSNonNullExpression(x) => self.expr(&x.expression),
            other => Err(Diagnostic::new(
                Code::UnsupportedExpression,
                other.span(),
                "optional calls (`f?.()`, `a?.b()`) are not supported yet",
            )),
        }
    }

    /// The object of a member inside a chain: itself a chain read when a `?.` comes before.
    fn chain_object(&mut self, e: &Expression<'_>) -> Result<Expr> {
        if !has_optional(e) {
            return self.expr(e);
        }
        match e.without_parentheses() {
            Expression::StaticMemberExpression(m) => {
                let object = self.chain_object(&m.object)?;
                self.optional_read(object, true, m.span, |o| Ok(member(o, &m.property.name)))
            }
            Expression::ComputedMemberExpression(m) => {
                let object = self.chain_object(&m.object)?;
                let index = self.expr(&m.expression)?;
                self.optional_read(object, true, m.span, |o| {
                    Ok(ExprKind::Index(Box::new(o), Box::new(index)))
                })
            }
            _ => self.expr(e),
        }
    }

    /// `read(object)`, as an optional read when `optional`.
    fn optional_read(
        &mut self,
        object: Expr,
        optional: bool,
        span: Span,
        read: impl FnOnce(Expr) -> Result<ExprKind>,
    ) -> Result<Expr> {
        let placeholder = Expr::new(ExprKind::OptionalValue, span);
        let kind = read(if optional {
            placeholder
        } else {
            object.clone()
        })?;
        let kind = if optional {
            ExprKind::Optional {
                object: Box::new(object),
                read: Box::new(Expr::new(kind, span)),
            }
        } else {
            kind
        };
        Ok(Expr::new(kind, span))
    }
}
