//! Regular expressions: `/\d+/g`, `new RegExp(pattern, flags)`, and what uses them
//! (`re.test(s)`, `s.replace(re, text)`, `s.replaceAll(re, text)`, `s.split(re)`, `s.match(re)`
//! with the `g` flag: the list of matches or `null`).
//!
//! A regular expression is a record of its pattern and flags (`Types::regex`), so it goes
//! where records go (a module constant, state, an array); the host makes a JavaScript
//! `RegExp` from them for each use, so matching is exactly the browser's.
//!
//! A `RegExp` with the `g` or `y` flag remembers where its last match ended (`lastIndex`), and
//! `test` continues from there; the record keeps that position too (its third field), which
//! `test` passes to the host and updates, so a regular expression kept in a variable behaves
//! as the same object at every call, as in JavaScript. (`replace` with the `g` flag also
//! resets a kept one's `lastIndex` to 0 in JavaScript; dx leaves it: only a later `test` on
//! the same object could tell.)

use oxc_span::Span;

use super::expr::Ctx;
use super::plan::{BinaryOp, GExpr, GKind, GStmt, Ty, UnaryOp};
use super::{Instance, Lowerer};
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{Expr, ExprKind};

impl Lowerer<'_> {
    /// `ExprKind::Regex`: a record of the pattern and the flags.
    pub(crate) fn regex(
        &self,
        inst: &Instance,
        pattern: &Expr,
        flags: &Expr,
        cx: &mut Ctx,
    ) -> Result<GExpr> {
        let pattern = self.expr_as(inst, pattern, Ty::Str, cx)?;
        let flags = self.expr_as(inst, flags, Ty::Str, cx)?;
        let ty = self.types.borrow_mut().regex();
        let last_index = g(GKind::Num(0.0), Ty::Num);
        Ok(g(GKind::NewRecord(vec![pattern, flags, last_index]), ty))
    }

    /// `re.test(s)` on a regular expression `recv` (lowered from `receiver`); `None` when
    /// `recv` is not one.
    pub(crate) fn regex_method(
        &self,
        inst: &Instance,
        receiver: &Expr,
        recv: &GExpr,
        name: &str,
        args: &[Expr],
        cx: &mut Ctx,
        span: Span,
    ) -> Result<Option<GExpr>> {
        if !self.types.borrow().is_regex(recv.ty) {
            return Ok(None);
        }
        let [arg] = args else {
            return Err(unsupported(
                span,
                &format!("`.{name}()` of a regular expression with these arguments"),
            ));
        };
        if name != "test" {
            return Err(unsupported(
                span,
                &format!("`.{name}()` of a regular expression"),
            ));
        }
        let _ = receiver;
        let text = self.expr_as(inst, arg, Ty::Str, cx)?;
        let mark = self.pending_held.borrow().len();
        let re = self.held(recv.clone(), cx);
        let field = |k, t| g(GKind::Field(Box::new(re.clone()), k), t);
        // The host answers with the new `lastIndex` when it matched, `-lastIndex - 1` when not.
        let id = builtin("#regex.test")?;
        let answer = g(
            GKind::Builtin {
                id,
                args: vec![
                    field(0, Ty::Str),
                    field(1, Ty::Str),
                    text,
                    field(2, Ty::Num),
                ],
            },
            Ty::Num,
        );
        let locals = cx.scratch_locals();
        let k = locals.fresh(Ty::Num);
        let k_read = || g(GKind::Local(k), Ty::Num);
        let matched = g(
            GKind::Binary(
                BinaryOp::Ge,
                Box::new(k_read()),
                Box::new(g(GKind::Num(0.0), Ty::Num)),
            ),
            Ty::Bool,
        );
        let not_found_index = g(
            GKind::Binary(
                BinaryOp::Sub,
                Box::new(g(GKind::Unary(UnaryOp::Neg, Box::new(k_read())), Ty::Num)),
                Box::new(g(GKind::Num(1.0), Ty::Num)),
            ),
            Ty::Num,
        );
        let mut lets: Vec<GStmt> = self.pending_held.borrow_mut().drain(mark..).collect();
        lets.push(GStmt::Let {
            local: k,
            value: answer,
        });
        lets.push(GStmt::SetField {
            object: re.clone(),
            index: 2,
            value: g(
                GKind::Cond(
                    Box::new(matched.clone()),
                    Box::new(k_read()),
                    Box::new(not_found_index),
                ),
                Ty::Num,
            ),
        });
        let call = matched;
        Ok(Some(call.after(lets)))
    }

    /// `s.replace(re, text)`, `s.replaceAll(re, text)`, `s.split(re)` on a string `recv`;
    /// `None` when the first argument is not a regular expression.
    pub(crate) fn string_regex_method(
        &self,
        inst: &Instance,
        recv: &GExpr,
        name: &str,
        args: &[Expr],
        cx: &mut Ctx,
        span: Span,
    ) -> Result<Option<GExpr>> {
        if recv.ty != Ty::Str
            || !matches!(
                name,
                "replace" | "replaceAll" | "split" | "match" | "matchAll" | "search"
            )
        {
            return Ok(None);
        }
        let Some(first) = args.first() else {
            return Ok(None);
        };
        if !self.may_be_regex(first) {
            return Ok(None);
        }
        let re = self.expr(inst, first, cx)?;
        if !self.types.borrow().is_regex(re.ty) {
            return Ok(None);
        }
        let (lets, pattern, flags) = self.regex_parts(re, cx);
        let value = match (name, args) {
            ("replace" | "replaceAll", [_, replacement]) => {
                if name == "replaceAll" && !self.flags_known_with(first, 'g') {
                    return Err(Diagnostic::new(
                        Code::UnsupportedCall,
                        span,
                        "`replaceAll` needs a regular expression with the `g` flag (JavaScript throws a TypeError without it)",
                    ));
                }
                if matches!(
                    replacement.kind,
                    ExprKind::Lambda(_) | ExprKind::Function(_)
                ) {
                    return Err(unsupported(span, "`replace` with a function"));
                }
                let replacement = self.expr_as(inst, replacement, Ty::Str, cx)?;
                let id = builtin("#regex.replace")?;
                g(
                    GKind::Builtin {
                        id,
                        args: vec![recv.clone(), pattern, flags, replacement],
                    },
                    Ty::Str,
                )
            }
            ("split", [_]) => {
                let id = builtin("#regex.new")?;
                let re = g(
                    GKind::Builtin {
                        id,
                        args: vec![pattern, flags],
                    },
                    Ty::Event,
                );
                let strings = self.types.borrow_mut().array(Ty::Str);
                g(GKind::Split(Box::new(recv.clone()), Box::new(re)), strings)
            }
            // `s.match(/re/g)`: every match, or `null` when there is none (a match is never
            // an empty list: an empty match is `[""]`).
            ("match", [_]) if self.flags_known_with(first, 'g') => {
                let id = builtin("#regex.matcher")?;
                let matcher = g(
                    GKind::Builtin {
                        id,
                        args: vec![pattern, flags],
                    },
                    Ty::Event,
                );
                let strings = self.types.borrow_mut().array(Ty::Str);
                let found = g(
                    GKind::Split(Box::new(recv.clone()), Box::new(matcher)),
                    strings,
                );
                let ty = strings.nullable(false).expect("arrays are nullable");
                let mark = self.pending_held.borrow().len();
                let found = self.held(found, cx);
                let held: Vec<GStmt> = self.pending_held.borrow_mut().drain(mark..).collect();
                let none = g(
                    GKind::Binary(
                        BinaryOp::Eq,
                        Box::new(g(GKind::ArrayLen(Box::new(found.clone())), Ty::Num)),
                        Box::new(g(GKind::Num(0.0), Ty::Num)),
                    ),
                    Ty::Bool,
                );
                g(
                    GKind::Cond(
                        Box::new(none),
                        Box::new(g(GKind::Null, ty)),
                        Box::new(g(GKind::Wrap(Box::new(found)), ty)),
                    ),
                    ty,
                )
                .after(held)
            }
            ("match", [_]) => {
                return Err(unsupported(
                    span,
                    "`.match()` with a regular expression without the `g` flag (a match object)",
                )
                .with_hint("use `re.test(s)` to test, or the `g` flag to list the matches"));
            }
            _ => {
                return Err(unsupported(
                    span,
                    &format!("`.{name}()` with a regular expression"),
                ));
            }
        };
        Ok(Some(value.after(lets)))
    }

    /// The pattern and flags of a regular expression value, read through a local when it is
    /// computed.
    fn regex_parts(&self, re: GExpr, cx: &mut Ctx) -> (Vec<GStmt>, GExpr, GExpr) {
        let mark = self.pending_held.borrow().len();
        let held = self.held(re, cx);
        let lets: Vec<GStmt> = self.pending_held.borrow_mut().drain(mark..).collect();
        let field = |k| g(GKind::Field(Box::new(held.clone()), k), Ty::Str);
        (lets, field(0), field(1))
    }

    /// Whether `e` may evaluate to a regular expression (cheap check before lowering it).
    fn may_be_regex(&self, e: &Expr) -> bool {
        !matches!(
            e.kind,
            ExprKind::Str(_) | ExprKind::Num(_) | ExprKind::Bool(_)
        )
    }

    /// Whether `e`'s flags are written and contain `flag`.
    fn flags_known_with(&self, e: &Expr, flag: char) -> bool {
        match &e.kind {
            ExprKind::Regex { flags, .. } => {
                matches!(&flags.kind, ExprKind::Str(f) if f.contains(flag))
            }
            _ => self.constant_flags(e).is_some_and(|f| f.contains(flag)),
        }
    }

    /// The written flags of a module constant holding a regular expression literal.
    fn constant_flags(&self, e: &Expr) -> Option<String> {
        let ExprKind::Constant(k) = e.kind else {
            return None;
        };
        match &self.program.constants.get(k)?.value.kind {
            ExprKind::Regex { flags, .. } => match &flags.kind {
                ExprKind::Str(f) => Some(f.clone()),
                _ => None,
            },
            _ => None,
        }
    }
}

/// The row of one of the `#regex.*` built-ins (a test checks the table has them).
fn builtin(name: &str) -> Result<crate::builtins::BuiltinId> {
    crate::builtins::BUILTINS
        .iter()
        .position(|b| b.name == name)
        .ok_or_else(|| unsupported(Span::new(0, 0), &format!("the built-in `{name}`")))
}

fn unsupported(span: Span, what: &str) -> Diagnostic {
    Diagnostic::new(
        Code::UnsupportedCall,
        span,
        format!("{what} is not supported yet"),
    )
}

fn g(kind: GKind, ty: Ty) -> GExpr {
    GExpr { kind, ty }
}
