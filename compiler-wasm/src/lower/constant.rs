//! Constant folding: values known at compile time go into the template instead of code.

use super::plan::{BinaryOp, GExpr, GKind};

/// A compile-time value.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    /// Number.
    Num(f64),
    /// String.
    Str(String),
    /// Boolean.
    Bool(bool),
}

/// The value of `e` if it does not depend on state, events or anything dynamic.
pub fn eval(e: &GExpr) -> Option<Const> {
    match &e.kind {
        GKind::Num(n) => Some(Const::Num(*n)),
        GKind::Str(s) => Some(Const::Str(s.clone())),
        GKind::Bool(b) => Some(Const::Bool(*b)),
        GKind::ToString(x) => Some(Const::Str(to_js_string(&eval(x)?)?)),
        GKind::Binary(BinaryOp::Add, a, b) => match (eval(a)?, eval(b)?) {
            (Const::Str(a), Const::Str(b)) => Some(Const::Str(a + &b)),
            (Const::Num(a), Const::Num(b)) => Some(Const::Num(a + b)),
            _ => None,
        },
        GKind::Cond(t, a, b) => match eval(t)? {
            Const::Bool(true) => eval(a),
            Const::Bool(false) => eval(b),
            _ => None,
        },
        _ => None,
    }
}

/// JS `String(v)`, where Rust can reproduce it exactly (otherwise `None`: leave it to JS).
pub fn to_js_string(v: &Const) -> Option<String> {
    match v {
        Const::Str(s) => Some(s.clone()),
        Const::Bool(b) => Some(b.to_string()),
        Const::Num(n) if *n == 0.0 => Some("0".to_string()),
        Const::Num(n) if n.is_nan() => Some("NaN".to_string()),
        Const::Num(n) if n.is_infinite() => {
            Some(if *n > 0.0 { "Infinity" } else { "-Infinity" }.to_string())
        }
        // Rust and JS both print the shortest round-trip digits; they differ only in when
        // JS switches to exponent notation (below 1e-6 and from 1e21).
        Const::Num(n) if (1e-6..1e21).contains(&n.abs()) => Some(format!("{n}")),
        Const::Num(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn js_number_strings() {
        for (n, s) in [
            (3.0, Some("3")),
            (-0.0, Some("0")),
            (0.1 + 0.2, Some("0.30000000000000004")),
            (1e21, None),
            (1.5e-7, None),
            (123456.5, Some("123456.5")),
        ] {
            assert_eq!(to_js_string(&Const::Num(n)).as_deref(), s, "{n}");
        }
    }
}
