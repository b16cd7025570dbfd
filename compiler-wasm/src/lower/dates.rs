//! `Date`: `new Date()`, `new Date(ms | text | date | y, m, d, …)`, its getters
//! (`getHours()`, `getUTCDate()`, …), `getTime()`/`valueOf()`, and its text methods
//! (`toLocaleTimeString()`, `toISOString()`, …, with an optional locale).
//!
//! A date is a record of one number, its time value (milliseconds since the epoch, `NaN` when
//! invalid: `Types::date`), so it is stored, copied and compared as records are (by reference,
//! as JavaScript's `Date` objects). Getters and text methods need the calendar, the time zone
//! and the locale of the browser: the host makes a `Date` of the time value and calls the
//! method by name. Arithmetic reads the time value (`end - start`). Setters (`setHours`, …)
//! are not supported yet (a diagnostic): they change the one object in place.

use oxc_span::Span;

use super::expr::Ctx;
use super::plan::{GExpr, GKind, Ty};
use super::{Instance, Lowerer};
use crate::builtins::{Receiver, lookup};
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::Expr;

/// Getters, called by name on the host's `Date`.
const GETTERS: &[&str] = &[
    "getFullYear",
    "getMonth",
    "getDate",
    "getDay",
    "getHours",
    "getMinutes",
    "getSeconds",
    "getMilliseconds",
    "getUTCFullYear",
    "getUTCMonth",
    "getUTCDate",
    "getUTCDay",
    "getUTCHours",
    "getUTCMinutes",
    "getUTCSeconds",
    "getUTCMilliseconds",
    "getTimezoneOffset",
];

/// Text methods: (name, whether it takes a locale).
const TEXTS: &[(&str, bool)] = &[
    ("toLocaleTimeString", true),
    ("toLocaleDateString", true),
    ("toLocaleString", true),
    ("toISOString", false),
    ("toJSON", false),
    ("toDateString", false),
    ("toTimeString", false),
    ("toUTCString", false),
    ("toString", false),
];

fn g(kind: GKind, ty: Ty) -> GExpr {
    GExpr { kind, ty }
}

/// A call of the host row `name`.
fn host(name: &str, args: Vec<GExpr>, ty: Ty) -> GExpr {
    let id = lookup(name, Receiver::Global, args.len()).expect("a date row of the table");
    g(GKind::Builtin { id, args }, ty)
}

impl Lowerer<'_> {
    /// `new Date(…)`.
    pub(crate) fn new_date(
        &self,
        inst: &Instance,
        args: &[Expr],
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        let ty = self.types.borrow_mut().date();
        let time = match args {
            [] => host("Date.now", Vec::new(), Ty::Num),
            [x] => {
                let v = self.value(inst, x, cx)?;
                match v.ty {
                    Ty::Num => v,
                    Ty::Str => host("#date.parse", vec![v], Ty::Num),
                    t if self.types.borrow().is_date(t) => g(GKind::Field(Box::new(v), 0), Ty::Num),
                    other => {
                        return Err(Diagnostic::new(
                            Code::TypeMismatch,
                            x.span,
                            format!(
                                "`new Date` takes a time value, a date string or a date, not {}",
                                self.show(other)
                            ),
                        ));
                    }
                }
            }
            parts if parts.len() <= 7 => {
                // year, month, day = 1, hours, minutes, seconds, milliseconds = 0
                let mut values = Vec::new();
                for p in parts {
                    values.push(self.number(inst, p, cx, "`new Date`")?);
                }
                let defaults = [1.0, 0.0, 0.0, 0.0, 0.0];
                for d in &defaults[values.len() - 2..] {
                    values.push(g(GKind::Num(*d), Ty::Num));
                }
                host("#date.make", values, Ty::Num)
            }
            _ => {
                return Err(Diagnostic::new(
                    Code::UnsupportedCall,
                    span,
                    "`new Date` takes at most 7 arguments",
                ));
            }
        };
        Ok(g(GKind::NewRecord(vec![time]), ty))
    }

    /// The time value of a date (`date.getTime()`, and a date where a number is needed).
    pub(crate) fn date_time(&self, date: GExpr) -> Option<GExpr> {
        self.types
            .borrow()
            .is_date(date.ty)
            .then(|| g(GKind::Field(Box::new(date), 0), Ty::Num))
    }

    /// A date converted to a string (`${date}`, `String(date)`, `"" + date`), as its
    /// `toString()` gives it.
    #[inline(never)]
    pub(crate) fn date_string(&self, date: &GExpr) -> Option<GExpr> {
        let time = self.date_time(date.clone())?;
        let method = g(GKind::Str("toString".to_string()), Ty::Str);
        let locale = g(GKind::Str(String::new()), Ty::Str);
        Some(host("#date.text", vec![time, method, locale], Ty::Str))
    }

    /// A method of a date, if `receiver` is one.
    pub(crate) fn date_method(
        &self,
        inst: &Instance,
        receiver: &GExpr,
        name: &str,
        args: &[Expr],
        cx: &mut Ctx,
        span: Span,
    ) -> Result<Option<GExpr>> {
        let Some(time) = self.date_time(receiver.clone()) else {
            return Ok(None);
        };
        let method = g(GKind::Str(name.to_string()), Ty::Str);
        if matches!(name, "getTime" | "valueOf") && args.is_empty() {
            return Ok(Some(time));
        }
        if GETTERS.contains(&name) && args.is_empty() {
            return Ok(Some(host("#date.get", vec![time, method], Ty::Num)));
        }
        if let Some(&(_, locale)) = TEXTS.iter().find(|(n, _)| *n == name) {
            let locale = match (args, locale) {
                ([], _) => g(GKind::Str(String::new()), Ty::Str),
                ([l], true) => {
                    let l = self.value(inst, l, cx)?;
                    if l.ty != Ty::Str {
                        return Err(Diagnostic::new(
                            Code::TypeMismatch,
                            span,
                            format!("`.{name}()` takes a locale string here"),
                        ));
                    }
                    l
                }
                _ => {
                    return Err(Diagnostic::new(
                        Code::UnsupportedCall,
                        span,
                        format!("`.{name}()` with these arguments is not supported yet"),
                    )
                    .with_hint(
                        "options objects are not supported yet: format the parts with the getters",
                    ));
                }
            };
            return Ok(Some(host(
                "#date.text",
                vec![time, method, locale],
                Ty::Str,
            )));
        }
        Err(Diagnostic::new(
            Code::UnsupportedCall,
            span,
            format!("`.{name}()` of a Date is not supported yet"),
        )
        .with_hint("make a new date instead of changing one: `new Date(date.getTime() + ms)`"))
    }
}

impl Lowerer<'_> {
    /// A value holding dates given to JavaScript whole (`JSON.stringify`, `console.log`):
    /// its dates would show as their records, not as JavaScript shows a `Date`.
    pub(crate) fn refuse_dates_to_js(&self, ty: Ty, span: Span) -> Result<()> {
        if self.types.borrow().contains_date(ty) {
            return Err(Diagnostic::new(
                Code::UnsupportedCall,
                span,
                "a value holding a `Date` cannot be logged or turned into JSON yet",
            )
            .with_hint("pass its text: `date.toISOString()`"));
        }
        Ok(())
    }
}
