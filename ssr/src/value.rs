//! JS values that are not strings, for the JSON imports (`JSON.parse` of stored data and
//! `JSON.stringify` of what an app saves at start-up). Arrays and objects are shared and
//! mutable, as in JS (`js_arr_push` changes the array every holder sees).

use std::sync::{Arc, Mutex};

/// A JS value built or parsed at build time.
#[derive(Clone, Debug)]
pub enum JsValue {
    Undefined,
    Null,
    Bool(bool),
    Num(f64),
    Str(Vec<u16>),
    Arr(Arc<Mutex<Vec<JsValue>>>),
    /// Properties in insertion order, as JS keeps them.
    Obj(Arc<Mutex<Vec<(String, JsValue)>>>),
}

impl JsValue {
    pub fn array() -> Self {
        Self::Arr(Arc::default())
    }

    pub fn object() -> Self {
        Self::Obj(Arc::default())
    }

    /// From parsed JSON.
    pub fn from_json(v: serde_json::Value) -> Self {
        use serde_json::Value as J;
        match v {
            J::Null => Self::Null,
            J::Bool(b) => Self::Bool(b),
            J::Number(n) => Self::Num(n.as_f64().unwrap_or(f64::NAN)),
            J::String(s) => Self::Str(s.encode_utf16().collect()),
            J::Array(a) => Self::Arr(Arc::new(Mutex::new(
                a.into_iter().map(Self::from_json).collect(),
            ))),
            J::Object(o) => Self::Obj(Arc::new(Mutex::new(
                o.into_iter()
                    .map(|(k, v)| (k, Self::from_json(v)))
                    .collect(),
            ))),
        }
    }

    /// `JSON.stringify(v)` (`None` for `undefined`, which JS returns as `undefined`).
    pub fn to_json(&self) -> Option<String> {
        let mut out = String::new();
        self.write_json(&mut out).then_some(out)
    }

    fn write_json(&self, out: &mut String) -> bool {
        match self {
            Self::Undefined => return false,
            Self::Null => out.push_str("null"),
            Self::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Self::Num(n) if n.is_finite() => out.push_str(&crate::js_number_string(*n)),
            Self::Num(_) => out.push_str("null"),
            Self::Str(s) => {
                let text = String::from_utf16_lossy(s);
                out.push_str(&serde_json::Value::String(text).to_string());
            }
            Self::Arr(items) => {
                out.push('[');
                for (i, item) in items.lock().expect("not poisoned").iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    if !item.write_json(out) {
                        out.push_str("null");
                    }
                }
                out.push(']');
            }
            Self::Obj(fields) => {
                out.push('{');
                let mut first = true;
                for (k, v) in fields.lock().expect("not poisoned").iter() {
                    let mut field = serde_json::Value::String(k.clone()).to_string();
                    field.push(':');
                    if v.write_json(&mut field) {
                        if !first {
                            out.push(',');
                        }
                        first = false;
                        out.push_str(&field);
                    }
                }
                out.push('}');
            }
        }
        true
    }
}
