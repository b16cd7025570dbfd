//! The data model: JSON's, with object key order kept and strings borrowed from the input
//! where no escape had to be decoded.

use std::borrow::Cow;
use std::fmt;

/// An object: its members in document order. Duplicate keys are allowed (as in JSON text);
/// [`Value::get`] returns the last one.
pub type Object<'a> = Vec<(Cow<'a, str>, Value<'a>)>;

/// A JSON value. Strings and keys borrow from the parsed text when they contain no escape.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Value<'a> {
    /// `~` in DX, `null` in JSON.
    #[default]
    Null,
    /// `+` / `-` in DX, `true` / `false` in JSON.
    Bool(bool),
    /// An integer or a float; which one is kept, so `1` and `1.0` stay apart.
    Number(Number),
    /// A string.
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<Value<'a>>),
    /// An object with its key order.
    Object(Object<'a>),
}

/// A number as JSON parsers see it: a non-negative integer, a negative integer or a float.
#[derive(Clone, Copy, Debug)]
pub enum Number {
    /// An integer `>= 0`.
    PosInt(u64),
    /// An integer `< 0`.
    NegInt(i64),
    /// A finite float.
    Float(f64),
}

impl PartialEq for Number {
    /// Floats compare by bits, so `-0.0 != 0.0`: a round trip must keep the sign of zero.
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Number::PosInt(a), Number::PosInt(b)) => a == b,
            (Number::NegInt(a), Number::NegInt(b)) => a == b,
            (Number::Float(a), Number::Float(b)) => a.to_bits() == b.to_bits(),
            _ => false,
        }
    }
}

impl Number {
    /// The number for an `i64`, normalised so that non-negative values are `PosInt`.
    pub fn from_i64(n: i64) -> Number {
        if n < 0 {
            Number::NegInt(n)
        } else {
            Number::PosInt(n as u64)
        }
    }

    /// The integer as `i128` (floats give `None`).
    pub fn as_i128(self) -> Option<i128> {
        match self {
            Number::PosInt(n) => Some(n as i128),
            Number::NegInt(n) => Some(n as i128),
            Number::Float(_) => None,
        }
    }

    /// The value as `f64` (integers may round).
    pub fn as_f64(self) -> f64 {
        match self {
            Number::PosInt(n) => n as f64,
            Number::NegInt(n) => n as f64,
            Number::Float(f) => f,
        }
    }
}

impl fmt::Display for Number {
    /// JSON-compatible text: integers in decimal, floats in their shortest round-trip form with
    /// a `.` or exponent so they read back as floats.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Number::PosInt(n) => write!(f, "{n}"),
            Number::NegInt(n) => write!(f, "{n}"),
            Number::Float(x) => {
                let mut s = String::new();
                crate::number::format_float(&mut s, x, true);
                f.write_str(&s)
            }
        }
    }
}

impl<'a> Value<'a> {
    /// The last member named `key`, if this is an object that has one.
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        match self {
            Value::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A copy that borrows nothing.
    pub fn into_owned(self) -> Value<'static> {
        match self {
            Value::Null => Value::Null,
            Value::Bool(b) => Value::Bool(b),
            Value::Number(n) => Value::Number(n),
            Value::String(s) => Value::String(Cow::Owned(s.into_owned())),
            Value::Array(items) => Value::Array(items.into_iter().map(Value::into_owned).collect()),
            Value::Object(members) => Value::Object(
                members
                    .into_iter()
                    .map(|(k, v)| (Cow::Owned(k.into_owned()), v.into_owned()))
                    .collect(),
            ),
        }
    }
}

impl From<&str> for Value<'static> {
    fn from(s: &str) -> Self {
        Value::String(Cow::Owned(s.to_string()))
    }
}

impl From<bool> for Value<'static> {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<i64> for Value<'static> {
    fn from(n: i64) -> Self {
        Value::Number(Number::from_i64(n))
    }
}

impl From<f64> for Value<'static> {
    /// Non-finite floats become `Null`, as in serde_json.
    fn from(x: f64) -> Self {
        if x.is_finite() {
            Value::Number(Number::Float(x))
        } else {
            Value::Null
        }
    }
}
