//! The host imports of a dx module, implemented natively for build-time rendering. Only what
//! a first frame can need: strings, numbers, the op buffer and storage/location read as an
//! empty, fresh page would see them. Anything else (clocks, randomness, JSON, events) stops
//! the render with a message naming the import: a page without prerendered HTML is correct,
//! a page with made-up content is not.

use std::collections::HashMap;

use dx_formats::ops::{Arg, ArgKind, decode};
use wasmi::{
    AsContext, AsContextMut, Caller, Error, ExternRef, ExternType, Linker, Module, Ref, Store, Val,
};

use crate::ops::Document;
use crate::value::JsValue;

/// A JS string, as UTF-16 code units (what `length`, `charCodeAt` and slicing count).
#[derive(Clone, Debug)]
pub struct JsStr(pub Vec<u16>);

/// Everything the imports touch.
pub struct Host {
    pub doc: Document,
    /// The instance's memory, op buffer start and string table, once it exists.
    pub exports: Option<Exports>,
    keys: HashMap<Vec<u16>, f64>,
    timers: f64,
}

/// What the op reader needs from the instance.
#[derive(Clone, Copy)]
pub struct Exports {
    pub memory: wasmi::Memory,
    pub op_base: i32,
    pub refs: Option<wasmi::Table>,
}

impl Host {
    pub fn new(doc: Document) -> Self {
        Self {
            doc,
            exports: None,
            keys: HashMap::new(),
            timers: 0.0,
        }
    }
}

fn fail(message: impl Into<String>) -> Error {
    Error::new(message.into())
}

/// The string an externref argument holds.
fn string(ctx: impl AsContext<Data = Host>, v: &Val) -> Result<Vec<u16>, Error> {
    match v {
        Val::ExternRef(r) => match r.val() {
            Some(r) => r
                .data(ctx.as_context())
                .downcast_ref::<JsStr>()
                .map(|s| s.0.clone())
                .ok_or_else(|| fail("an externref that is not a string")),
            None => Ok("null".encode_utf16().collect()),
        },
        _ => Err(fail("expected a string argument")),
    }
}

fn string_val(caller: &mut Caller<'_, Host>, s: Vec<u16>) -> Val {
    Val::ExternRef(ExternRef::new(caller, JsStr(s)).into())
}

fn utf16(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

fn num(v: &Val) -> f64 {
    match v {
        Val::F64(f) => f64::from(*f),
        Val::I32(i) => f64::from(*i),
        _ => f64::NAN,
    }
}

fn int(v: &Val) -> i32 {
    match v {
        Val::I32(i) => *i,
        _ => 0,
    }
}

/// The JS value an externref holds: strings are [`JsStr`], everything else a [`JsValue`], and
/// the null reference is `undefined`.
fn value(caller: &Caller<'_, Host>, v: &Val) -> JsValue {
    let Val::ExternRef(r) = v else {
        return JsValue::Undefined;
    };
    let Some(r) = r.val() else {
        return JsValue::Undefined;
    };
    let data = r.data(caller);
    if let Some(s) = data.downcast_ref::<JsStr>() {
        return JsValue::Str(s.0.clone());
    }
    data.downcast_ref::<JsValue>()
        .cloned()
        .unwrap_or(JsValue::Undefined)
}

/// A JS value as an externref (strings as [`JsStr`], so the string imports read them).
fn value_val(caller: &mut Caller<'_, Host>, v: JsValue) -> Val {
    match v {
        JsValue::Undefined => Val::ExternRef(wasmi::Nullable::Null),
        JsValue::Str(s) => string_val(caller, s),
        v => Val::ExternRef(ExternRef::new(caller, v).into()),
    }
}

/// Applies the ops between the module's op buffer start and `end`.
pub fn apply(mut ctx: impl AsContextMut<Data = Host>, end: i32) -> Result<(), Error> {
    let Exports {
        memory,
        op_base,
        refs,
    } = ctx
        .as_context()
        .data()
        .exports
        .ok_or_else(|| fail("ops before the instance exists"))?;
    let bytes = memory
        .data(ctx.as_context())
        .get(op_base as usize..end as usize)
        .ok_or_else(|| fail("op buffer outside memory"))?
        .to_vec();
    let ops = decode(&bytes).map_err(|e| fail(format!("op buffer: {e}")))?;
    for op in ops {
        let text = match op
            .op
            .info()
            .args
            .iter()
            .position(|(_, k)| *k == ArgKind::Str)
        {
            Some(i) => {
                let index = match op.args[i] {
                    Arg::U32(v) => v,
                    Arg::F64(_) => return Err(fail("a string handle encoded as a number")),
                };
                let table = refs.ok_or_else(|| fail("the module exports no dx_refs"))?;
                let r = table
                    .get(ctx.as_context(), u64::from(index))
                    .ok_or_else(|| fail("string handle outside dx_refs"))?;
                let val = match r {
                    Ref::Extern(e) => Val::ExternRef(e),
                    Ref::Func(_) => return Err(fail("dx_refs holds a function")),
                };
                // A null string is an attribute's `null`/`undefined` (left out, as React
                // does): the op gets no text.
                match &val {
                    Val::ExternRef(r) if r.val().is_none() => None,
                    _ => Some(string(ctx.as_context(), &val)?),
                }
            }
            None => None,
        };
        ctx.as_context_mut()
            .data_mut()
            .doc
            .apply(&op, text)
            .map_err(fail)?;
    }
    Ok(())
}

/// A linker with every import of `module` defined: string constants as strings, known host
/// functions natively, unknown ones as functions that stop the render.
pub fn link(store: &mut Store<Host>, module: &Module) -> Result<Linker<Host>, Error> {
    let mut linker = Linker::new(store.engine());
    for import in module.imports() {
        let (m, name) = (import.module().to_string(), import.name().to_string());
        match import.ty() {
            ExternType::Global(_) if m == "'" => {
                let s = ExternRef::new(&mut *store, JsStr(utf16(&name)));
                let g = wasmi::Global::new(
                    &mut *store,
                    Val::ExternRef(s.into()),
                    wasmi::Mutability::Const,
                );
                linker.define(&m, &name, g)?;
            }
            ExternType::Func(ty) => {
                let key = format!("{m}.{name}");
                linker.func_new(&m, &name, ty.clone(), move |mut caller, args, results| {
                    call(&key, &mut caller, args, results)
                })?;
            }
            _ => {
                return Err(fail(format!(
                    "import {m}.{name} is neither a string constant nor a function"
                )));
            }
        }
    }
    Ok(linker)
}

/// One host function.
fn call(
    key: &str,
    caller: &mut Caller<'_, Host>,
    args: &[Val],
    results: &mut [Val],
) -> Result<(), Error> {
    let s = |caller: &Caller<'_, Host>, i: usize| string(caller, &args[i]);
    let n = |i: usize| num(&args[i]);
    let out: Option<Val> = match key {
        "wasm:js-string.concat" => {
            let mut a = s(caller, 0)?;
            a.extend(s(caller, 1)?);
            Some(string_val(caller, a))
        }
        "wasm:js-string.length" => Some(Val::I32(s(caller, 0)?.len() as i32)),
        "wasm:js-string.equals" => Some(Val::I32((s(caller, 0)? == s(caller, 1)?) as i32)),
        "wasm:js-string.compare" => {
            let (a, b) = (s(caller, 0)?, s(caller, 1)?);
            Some(Val::I32(a.cmp(&b) as i32))
        }
        "dx.apply" => {
            apply(&mut *caller, int(&args[0]))?;
            None
        }
        "dx.num_str" => Some(string_val(caller, utf16(&crate::js_number_string(n(0))))),
        "dx.rem" => Some(Val::F64((n(0) % n(1)).into())),
        // console.log at start-up prints in the browser, not at build time.
        "dx.log_num" | "dx.log_str" | "dx.log_bool" | "dx.log_end" => None,
        // Timers start in the browser; the first paint shows the state before they fire.
        "dx.set_timeout" | "dx.set_interval" | "dx.set_timeout_env" | "dx.set_interval_env" => {
            caller.data_mut().timers += 1.0;
            Some(Val::F64(caller.data().timers.into()))
        }
        "dx.el_set_num" | "dx.el_set_bool" | "dx.el_set_str" | "dx.el_call" | "dx.clear_timer" | "dx.window_listen" | "dx.window_unlisten" | "dx.storage_set" | "dx.storage_remove"
        // A prerender shows no dialogs.
        | "dx.alert" => None,
        // A first visit: empty storage, no hash.
        "dx.storage_get_or" => Some(args[1].clone()),
        "dx.location_hash" => Some(string_val(caller, Vec::new())),
        // A prerender has no focus.
        "dx.focus_within" => Some(Val::I32(0)),
        // A prerender has no layout: an element reads as empty.
        "dx.el_num" => Some(Val::F64(0f64.into())),
        "dx.el_bool" => Some(Val::I32(0)),
        "dx.el_str" => Some(string_val(caller, Vec::new())),
        "dx.key_id" => {
            let k = s(caller, 0)?;
            let next = caller.data().keys.len() as f64 + 1.0;
            Some(Val::F64(
                (*caller.data_mut().keys.entry(k).or_insert(next)).into(),
            ))
        }
        // JSON: what a fresh page stores and saves (TodoMVC loads and saves its list at start-up).
        "dx.json_parse" => {
            let text = String::from_utf16_lossy(&s(caller, 0)?);
            let value: serde_json::Value = serde_json::from_str(&text)
                .map_err(|e| fail(format!("JSON.parse at build time: {e}")))?;
            Some(value_val(caller, JsValue::from_json(value)))
        }
        "dx.json_stringify" => match value(caller, &args[0]).to_json() {
            Some(text) => Some(string_val(caller, utf16(&text))),
            None => Some(Val::ExternRef(wasmi::Nullable::Null)),
        },
        "dx.js_arr_new" => Some(value_val(caller, JsValue::array())),
        "dx.js_obj_new" => Some(value_val(caller, JsValue::object())),
        "dx.js_arr_push" => {
            let (JsValue::Arr(items), item) = (value(caller, &args[0]), value(caller, &args[1]))
            else {
                return Err(fail("js_arr_push on a value that is not an array"));
            };
            items.lock().expect("not poisoned").push(item);
            None
        }
        "dx.js_obj_set" => {
            let (JsValue::Obj(fields), v) = (value(caller, &args[0]), value(caller, &args[2]))
            else {
                return Err(fail("js_obj_set on a value that is not an object"));
            };
            let key = String::from_utf16_lossy(&s(caller, 1)?);
            let mut fields = fields.lock().expect("not poisoned");
            match fields.iter_mut().find(|(k, _)| *k == key) {
                Some(field) => field.1 = v,
                None => fields.push((key, v)),
            }
            None
        }
        "dx.js_num" => Some(value_val(caller, JsValue::Num(n(0)))),
        "dx.js_bool" => Some(value_val(caller, JsValue::Bool(int(&args[0]) != 0))),
        "dx.js_undefined" => Some(Val::ExternRef(wasmi::Nullable::Null)),
        "dx.js_len" => Some(Val::I32(match value(caller, &args[0]) {
            JsValue::Arr(items) => items.lock().expect("not poisoned").len() as i32,
            _ => 0,
        })),
        "dx.js_at" => {
            let item = match value(caller, &args[0]) {
                JsValue::Arr(items) => items
                    .lock()
                    .expect("not poisoned")
                    .get(int(&args[1]) as usize)
                    .cloned(),
                _ => None,
            };
            Some(value_val(caller, item.unwrap_or(JsValue::Undefined)))
        }
        "dx.js_get" => {
            let key = String::from_utf16_lossy(&s(caller, 1)?);
            let field = match value(caller, &args[0]) {
                JsValue::Obj(fields) => fields
                    .lock()
                    .expect("not poisoned")
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, v)| v.clone()),
                _ => None,
            };
            Some(value_val(caller, field.unwrap_or(JsValue::Undefined)))
        }
        "dx.js_to_num" => Some(Val::F64(
            match value(caller, &args[0]) {
                JsValue::Num(n) => n,
                _ => f64::NAN,
            }
            .into(),
        )),
        "dx.js_to_bool" => Some(Val::I32(
            matches!(value(caller, &args[0]), JsValue::Bool(true)) as i32,
        )),
        "dx.js_to_str" => {
            let text = match value(caller, &args[0]) {
                JsValue::Str(t) => t,
                _ => Vec::new(),
            };
            Some(string_val(caller, text))
        }
        "dx.str_trim" => {
            let t = String::from_utf16_lossy(&s(caller, 0)?).trim().to_string();
            Some(string_val(caller, utf16(&t)))
        }
        "dx.str_includes" => {
            let (a, b) = (s(caller, 0)?, s(caller, 1)?);
            Some(Val::I32(
                (b.is_empty() || a.windows(b.len()).any(|w| w == b)) as i32,
            ))
        }
        "dx.str_starts_with" => Some(Val::I32(s(caller, 0)?.starts_with(&s(caller, 1)?) as i32)),
        "dx.str_ends_with" => Some(Val::I32(s(caller, 0)?.ends_with(&s(caller, 1)?) as i32)),
        "dx.str_repeat" => {
            let a = s(caller, 0)?;
            let times = n(1);
            if !(0.0..=1e6).contains(&times) {
                return Err(fail(
                    "String.prototype.repeat count out of range at build time",
                ));
            }
            Some(string_val(caller, a.repeat(times as usize)))
        }
        "dx.math_round" => Some(Val::F64(js_round(n(0)).into())),
        "dx.math_pow" => Some(Val::F64(n(0).powf(n(1)).into())),
        "dx.math_sign" => {
            let x = n(0);
            Some(Val::F64(
                (if x > 0.0 {
                    1.0
                } else if x < 0.0 {
                    -1.0
                } else {
                    x
                })
                .into(),
            ))
        }
        "dx.num_is_integer" => Some(Val::I32((n(0).is_finite() && n(0).fract() == 0.0) as i32)),
        "dx.num_is_finite" | "dx.is_finite" => Some(Val::I32(n(0).is_finite() as i32)),
        "dx.is_nan" => Some(Val::I32(n(0).is_nan() as i32)),
        other => {
            return Err(fail(format!(
                "`{other}` has no build-time value (it depends on the browser, the clock or the network)"
            )));
        }
    };
    if let (Some(v), Some(slot)) = (out, results.first_mut()) {
        *slot = v;
    }
    Ok(())
}

/// JS `Math.round`: halves round up (towards +∞), keeping the sign of zero.
fn js_round(x: f64) -> f64 {
    if !x.is_finite() || x.fract() == 0.0 {
        return x;
    }
    let r = (x + 0.5).floor();
    if r == 0.0 && x < 0.0 { -0.0 } else { r }
}
