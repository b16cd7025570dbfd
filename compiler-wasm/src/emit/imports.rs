//! The functions and string constants a module imports from the JS host. One table: the
//! emitter takes indices from it and `dx-runtime`'s host provides every `dx` entry (a test
//! checks that).

use std::collections::BTreeSet;

use wasm_encoder::{HeapType, RefType, ValType};

use crate::builtins::{BUILTINS, BuiltinId, Impl, Receiver};
use crate::lower::plan::{ArrayOp, BinaryOp, GExpr, GKind, GStmt, Plan, Ty, visit_body_exprs};

/// An imported host function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Import {
    /// `wasm:js-string concat`
    Concat,
    /// `wasm:js-string length`
    Length,
    /// `wasm:js-string equals`
    Equals,
    /// `wasm:js-string compare`
    Compare,
    /// `dx apply(end)`: apply the ops written so far (op buffer full).
    Apply,
    /// `dx num_str(n)`: JS `String(n)`.
    NumStr,
    /// `dx rem(a, b)`: JS `a % b` (wasm has no f64 remainder).
    Rem,
    /// `dx ev_target_value(e)`
    EvTargetValue,
    /// `dx ev_target_checked(e)`
    EvTargetChecked,
    /// `dx ev_key(e)`
    EvKey,
    /// `dx el_num(node, name)`: a number property of an element (`scrollHeight`).
    ElNum,
    /// `dx el_bool(node, name)`
    ElBool,
    /// `dx el_str(node, name)`
    ElStr,
    /// `dx el_set_num(node, name, value)`
    ElSetNum,
    /// `dx el_set_bool(node, name, value)`
    ElSetBool,
    /// `dx el_set_str(node, name, value)` (`style.height` sets a style property)
    ElSetStr,
    /// `dx el_call(node, name)`: a method without arguments (`play`).
    ElCall,
    /// `dx ev_num(e, name)`: a number property of the event (`clientX`).
    EvNum,
    /// `dx ev_bool(e, name)`: a boolean property of the event (`shiftKey`).
    EvBool,
    /// `dx ev_str(e, name)`: a string property of the event (`code`).
    EvStr,
    /// `dx ev_prevent_default(e)`
    EvPreventDefault,
    /// `dx log_num(n)`: append a number to the pending `console.log` line.
    LogNum,
    /// `dx log_str(s)`
    LogStr,
    /// `dx log_bool(b)`
    LogBool,
    /// `dx log_end()`: print the pending line with `console.log(...values)`.
    LogEnd,
    /// `dx set_timeout(handler, ms) -> id`: run handler `handler` once after `ms`.
    SetTimeout,
    /// `dx set_interval(handler, ms) -> id`: run handler `handler` every `ms`.
    SetInterval,
    /// `dx set_timeout_env(handler, ms, env) -> id`: as `set_timeout`, and the handler gets
    /// `env` (a record of captured values) as its second argument.
    SetTimeoutEnv,
    /// `dx set_interval_env(handler, ms, env) -> id`
    SetIntervalEnv,
    /// `dx clear_timer(id)`
    ClearTimer,
    /// `dx window_listen(type, handler)`
    WindowListen,
    /// `dx window_unlisten(type, handler)`
    WindowUnlisten,
    /// `dx js_arr_new() -> []`
    JsArrNew,
    /// `dx js_arr_push(a, v)`
    JsArrPush,
    /// `dx js_obj_new() -> {}`
    JsObjNew,
    /// `dx js_obj_set(o, key, v)`
    JsObjSet,
    /// `dx js_num(n)`: a number as a JS value.
    JsNum,
    /// `dx js_bool(b)`: a boolean as a JS value.
    JsBool,
    /// `dx js_undefined()`
    JsUndefined,
    /// `dx json_stringify(v)`
    JsonStringify,
    /// `dx json_parse(s)`
    JsonParse,
    /// `dx js_len(v)`: length of a JS array (0 for anything else).
    JsLen,
    /// `dx js_at(v, i)`
    JsAt,
    /// `dx js_get(v, key)`
    JsGet,
    /// `dx js_to_num(v)`: the number, or NaN.
    JsToNum,
    /// `dx js_to_bool(v)`: 1 for `true`.
    JsToBool,
    /// `dx js_to_str(v)`: the string, or "".
    JsToStr,
    /// `dx key_id(s) -> n`: a number standing for a string list key.
    KeyId,
    /// `dx focus_within(anchor) -> bool`: whether the focused element is inside the element
    /// holding a list (which rows a reorder moves, `lists.rs`).
    FocusWithin,
    /// `dx str_split(s, sep)`: a JS array of strings.
    StrSplit,
    /// Micro back-end: the host function that applies an op directly (`dx.op_SET_TEXT`, …).
    Op(dx_formats::ops::Op),
    /// A host-implemented row of the built-in table.
    Builtin(BuiltinId),
}

/// The imports that convert between heap values and JS values.
const CONVERSIONS: &[Import] = &[
    Import::JsArrNew,
    Import::JsArrPush,
    Import::JsObjNew,
    Import::JsObjSet,
    Import::JsNum,
    Import::JsBool,
    Import::JsUndefined,
    Import::JsLen,
    Import::JsAt,
    Import::JsGet,
    Import::JsToNum,
    Import::JsToBool,
    Import::JsToStr,
];

/// A non-nullable extern reference (what the string builtins return).
pub const REF_EXTERN: ValType = ValType::Ref(RefType {
    nullable: false,
    heap_type: HeapType::EXTERN,
});
const EXTERN: ValType = ValType::EXTERNREF;

/// One import row: the import, its module and name, params and results.
type ImportRow = (
    Import,
    &'static str,
    &'static str,
    &'static [ValType],
    &'static [ValType],
);

/// The imports that are not built-in table rows: module, name, params, results.
pub const IMPORTS: &[ImportRow] = &[
    (
        Import::Concat,
        "wasm:js-string",
        "concat",
        &[EXTERN, EXTERN],
        &[REF_EXTERN],
    ),
    (
        Import::Length,
        "wasm:js-string",
        "length",
        &[EXTERN],
        &[ValType::I32],
    ),
    (
        Import::Equals,
        "wasm:js-string",
        "equals",
        &[EXTERN, EXTERN],
        &[ValType::I32],
    ),
    (
        Import::Compare,
        "wasm:js-string",
        "compare",
        &[EXTERN, EXTERN],
        &[ValType::I32],
    ),
    (Import::Apply, "dx", "apply", &[ValType::I32], &[]),
    (Import::NumStr, "dx", "num_str", &[ValType::F64], &[EXTERN]),
    (
        Import::Rem,
        "dx",
        "rem",
        &[ValType::F64, ValType::F64],
        &[ValType::F64],
    ),
    (
        Import::EvTargetValue,
        "dx",
        "ev_target_value",
        &[EXTERN],
        &[EXTERN],
    ),
    (
        Import::EvTargetChecked,
        "dx",
        "ev_target_checked",
        &[EXTERN],
        &[ValType::I32],
    ),
    (Import::EvKey, "dx", "ev_key", &[EXTERN], &[EXTERN]),
    (
        Import::EvNum,
        "dx",
        "ev_num",
        &[EXTERN, EXTERN],
        &[ValType::F64],
    ),
    (
        Import::ElNum,
        "dx",
        "el_num",
        &[ValType::I32, EXTERN],
        &[ValType::F64],
    ),
    (
        Import::ElBool,
        "dx",
        "el_bool",
        &[ValType::I32, EXTERN],
        &[ValType::I32],
    ),
    (
        Import::ElStr,
        "dx",
        "el_str",
        &[ValType::I32, EXTERN],
        &[EXTERN],
    ),
    (
        Import::ElSetNum,
        "dx",
        "el_set_num",
        &[ValType::I32, EXTERN, ValType::F64],
        &[],
    ),
    (
        Import::ElSetBool,
        "dx",
        "el_set_bool",
        &[ValType::I32, EXTERN, ValType::I32],
        &[],
    ),
    (
        Import::ElSetStr,
        "dx",
        "el_set_str",
        &[ValType::I32, EXTERN, EXTERN],
        &[],
    ),
    (
        Import::ElCall,
        "dx",
        "el_call",
        &[ValType::I32, EXTERN],
        &[],
    ),
    (
        Import::EvBool,
        "dx",
        "ev_bool",
        &[EXTERN, EXTERN],
        &[ValType::I32],
    ),
    (Import::EvStr, "dx", "ev_str", &[EXTERN, EXTERN], &[EXTERN]),
    (
        Import::EvPreventDefault,
        "dx",
        "ev_prevent_default",
        &[EXTERN],
        &[],
    ),
    (Import::LogNum, "dx", "log_num", &[ValType::F64], &[]),
    (Import::LogStr, "dx", "log_str", &[EXTERN], &[]),
    (Import::LogBool, "dx", "log_bool", &[ValType::I32], &[]),
    (Import::LogEnd, "dx", "log_end", &[], &[]),
    (
        Import::SetTimeout,
        "dx",
        "set_timeout",
        &[ValType::I32, ValType::F64],
        &[ValType::F64],
    ),
    (
        Import::SetInterval,
        "dx",
        "set_interval",
        &[ValType::I32, ValType::F64],
        &[ValType::F64],
    ),
    (
        Import::SetTimeoutEnv,
        "dx",
        "set_timeout_env",
        &[ValType::I32, ValType::F64, ValType::I32],
        &[ValType::F64],
    ),
    (
        Import::SetIntervalEnv,
        "dx",
        "set_interval_env",
        &[ValType::I32, ValType::F64, ValType::I32],
        &[ValType::F64],
    ),
    (
        Import::ClearTimer,
        "dx",
        "clear_timer",
        &[ValType::F64],
        &[],
    ),
    (
        Import::WindowListen,
        "dx",
        "window_listen",
        &[EXTERN, ValType::I32],
        &[],
    ),
    (
        Import::WindowUnlisten,
        "dx",
        "window_unlisten",
        &[EXTERN, ValType::I32],
        &[],
    ),
    (Import::JsArrNew, "dx", "js_arr_new", &[], &[EXTERN]),
    (
        Import::JsArrPush,
        "dx",
        "js_arr_push",
        &[EXTERN, EXTERN],
        &[],
    ),
    (Import::JsObjNew, "dx", "js_obj_new", &[], &[EXTERN]),
    (
        Import::JsObjSet,
        "dx",
        "js_obj_set",
        &[EXTERN, EXTERN, EXTERN],
        &[],
    ),
    (Import::JsNum, "dx", "js_num", &[ValType::F64], &[EXTERN]),
    (Import::JsBool, "dx", "js_bool", &[ValType::I32], &[EXTERN]),
    (Import::JsUndefined, "dx", "js_undefined", &[], &[EXTERN]),
    (
        Import::JsonStringify,
        "dx",
        "json_stringify",
        &[EXTERN],
        &[EXTERN],
    ),
    (Import::JsonParse, "dx", "json_parse", &[EXTERN], &[EXTERN]),
    (Import::JsLen, "dx", "js_len", &[EXTERN], &[ValType::I32]),
    (
        Import::JsAt,
        "dx",
        "js_at",
        &[EXTERN, ValType::I32],
        &[EXTERN],
    ),
    (Import::JsGet, "dx", "js_get", &[EXTERN, EXTERN], &[EXTERN]),
    (
        Import::JsToNum,
        "dx",
        "js_to_num",
        &[EXTERN],
        &[ValType::F64],
    ),
    (
        Import::JsToBool,
        "dx",
        "js_to_bool",
        &[EXTERN],
        &[ValType::I32],
    ),
    (Import::JsToStr, "dx", "js_to_str", &[EXTERN], &[EXTERN]),
    (Import::KeyId, "dx", "key_id", &[EXTERN], &[ValType::F64]),
    (
        Import::FocusWithin,
        "dx",
        "focus_within",
        &[ValType::I32],
        &[ValType::I32],
    ),
    (
        Import::StrSplit,
        "dx",
        "str_split",
        &[EXTERN, EXTERN],
        &[EXTERN],
    ),
];

/// `t` with any non-nullable reference made nullable.
pub fn nullable(t: ValType) -> ValType {
    match t {
        ValType::Ref(r) => ValType::Ref(RefType {
            nullable: true,
            ..r
        }),
        other => other,
    }
}

/// Module, name, params and results of any import.
pub fn describe(import: Import) -> (&'static str, &'static str, Vec<ValType>, Vec<ValType>) {
    if let Import::Op(op) = import {
        return (
            "dx",
            op.info().import_name,
            super::ops::writer_params(op),
            Vec::new(),
        );
    }
    if let Import::Builtin(id) = import {
        let row = &BUILTINS[id];
        let Impl::Host(name) = row.imp else {
            unreachable!("only host rows are imported")
        };
        let receiver = match row.receiver {
            Receiver::Global => None,
            Receiver::Str => Some(EXTERN),
            Receiver::Num => Some(ValType::F64),
        };
        let params = receiver
            .into_iter()
            .chain(row.params.iter().map(|t| super::expr::val_type(*t)))
            .collect();
        return (
            "dx",
            name,
            params,
            row.ret.map(super::expr::val_type).into_iter().collect(),
        );
    }
    let (_, module, name, params, results) = IMPORTS
        .iter()
        .find(|row| row.0 == import)
        .expect("import row");
    (module, name, params.to_vec(), results.to_vec())
}

/// Every import a module can have (for the host's completeness test).
pub fn all() -> Vec<Import> {
    let mut all: Vec<Import> = IMPORTS.iter().map(|row| row.0).collect();
    all.extend(
        BUILTINS
            .iter()
            .enumerate()
            .filter(|(_, b)| matches!(b.imp, Impl::Host(_)))
            .map(|(i, _)| Import::Builtin(i)),
    );
    all
}

/// What one plan needs from the host.
#[derive(Default)]
pub struct Needs {
    /// Imported functions, in index order.
    pub functions: BTreeSet<Import>,
    /// Imported string constants, in index order.
    pub strings: BTreeSet<String>,
    /// Whether heap values are converted to or from JS values.
    conversions: bool,
    /// Array types joined into strings (their element formatting needs imports).
    join_arrays: Vec<Ty>,
    /// Array types searched with `indexOf`/`includes`.
    index_arrays: Vec<Ty>,
}

impl Needs {
    /// Scans every expression and statement of the plan.
    pub fn of(plan: &Plan, backend: super::Backend) -> Needs {
        let mut n = Needs::default();
        match backend {
            super::Backend::Macro => {
                n.functions.insert(Import::Apply);
            }
            super::Backend::Micro => {
                n.functions
                    .extend(super::ops::used(plan).into_iter().map(Import::Op));
            }
        }
        for slot in &plan.slots {
            n.scan(&slot.init, plan);
        }
        for b in &plan.bindings {
            if let Some(source) = b.kind.source() {
                n.scan(source, plan);
            }
        }
        let bodies = plan
            .handlers
            .iter()
            .map(|h| &h.body)
            .chain(plan.functions.iter().map(|f| &f.body));
        for body in bodies {
            for s in body {
                s.visit(&mut |s| n.stmt(s, plan));
            }
            visit_body_exprs(body, &mut |e| n.expr(e));
            let mut exprs = Vec::new();
            for s in body {
                s.visit(&mut |s| exprs.extend(s.exprs().into_iter().cloned()));
            }
            for e in &exprs {
                n.scan_nested(e, plan);
            }
        }
        for binding in &plan.bindings {
            if let crate::lower::plan::BindingKind::Keyed { key, .. } = &binding.kind
                && key.ty.repr() == Ty::Str
            {
                n.functions.insert(Import::KeyId);
            }
        }
        for list in &plan.lists {
            n.functions.insert(Import::FocusWithin);
            n.scan(&list.key, plan);
            // A recursive list's props, given to its rows at every level.
            if let Some(r) = &list.recursion {
                let nested = r.nested.iter().flat_map(|u| &u.values);
                for value in r.entry.iter().chain(nested) {
                    n.scan(value, plan);
                }
            }
            if list.key.ty.repr() == Ty::Str {
                n.functions.insert(Import::KeyId);
            }
            // A kept row compares its string item with the new one.
            if list.item.repr() == Ty::Str {
                n.functions.insert(Import::Equals);
            }
            for kind in &list.bindings {
                if let Some(source) = kind.source() {
                    n.scan(source, plan);
                    if source.ty.repr() == Ty::Str {
                        n.functions.insert(Import::Equals);
                    }
                }
            }
        }
        n.finish(plan);
        n
    }

    /// Needs that depend on the element types of what was scanned.
    fn finish(&mut self, plan: &Plan) {
        use crate::types::TyDef;
        if self.conversions {
            // `to_js`/`from_js` name every record field.
            for def in plan.types.defs() {
                if let TyDef::Record(fields) = def {
                    self.strings.extend(fields.iter().map(|(n, _)| n.clone()));
                }
            }
        }
        for ty in std::mem::take(&mut self.join_arrays) {
            let Ty::Arr(id) = ty else { continue };
            match plan.types.elem(id).repr() {
                Ty::Num => {
                    self.functions.insert(Import::NumStr);
                }
                Ty::Bool => {
                    self.strings.insert("true".into());
                    self.strings.insert("false".into());
                }
                _ => {}
            }
        }
        for ty in std::mem::take(&mut self.index_arrays) {
            if let Ty::Arr(id) = ty
                && plan.types.elem(id).repr() == Ty::Str
            {
                self.functions.insert(Import::Equals);
            }
        }
    }

    /// Records what an expression needs, including the statements of callbacks and functions
    /// inlined into it (`xs.forEach((x) => console.log(x))`).
    fn scan(&mut self, e: &GExpr, plan: &Plan) {
        e.visit(&mut |x| self.expr(x));
        self.scan_nested(e, plan);
    }

    /// The statements inside `e`'s inlined bodies (their expressions are visited by `visit`).
    fn scan_nested(&mut self, e: &GExpr, plan: &Plan) {
        let mut bodies: Vec<Vec<GStmt>> = Vec::new();
        e.visit(&mut |x| match &x.kind {
            GKind::Each(each) => bodies.push(each.body.clone()),
            GKind::Block(body) => bodies.push(body.clone()),
            _ => {}
        });
        for body in &bodies {
            for s in body {
                s.visit(&mut |s| self.stmt(s, plan));
            }
        }
    }

    /// Function index of an import.
    pub fn function_index(&self, import: Import) -> u32 {
        self.functions
            .iter()
            .position(|i| *i == import)
            .expect("import was scanned") as u32
    }

    /// Global index of a string constant.
    pub fn string_index(&self, s: &str) -> u32 {
        self.strings
            .iter()
            .position(|x| x == s)
            .expect("string was scanned") as u32
    }

    fn stmt(&mut self, s: &GStmt, plan: &Plan) {
        match s {
            GStmt::Set { slot, .. } if plan.slots[*slot].ty.repr() == Ty::Str => {
                self.functions.insert(Import::Equals);
            }
            GStmt::PreventDefault { .. } => {
                self.functions.insert(Import::EvPreventDefault);
            }
            GStmt::BuiltinVoid { id, .. } => {
                self.functions.insert(Import::Builtin(*id));
            }
            GStmt::ClearTimer { .. } => {
                self.functions.insert(Import::ClearTimer);
            }
            GStmt::ElementSet { name, value, .. } => {
                self.functions.insert(element_set_import(value.ty));
                self.strings.insert(name.clone());
            }
            GStmt::ElementCall { method, .. } => {
                self.functions.insert(Import::ElCall);
                self.strings.insert(method.to_string());
            }
            GStmt::WindowListen { event, remove, .. } => {
                self.functions.insert(match remove {
                    false => Import::WindowListen,
                    true => Import::WindowUnlisten,
                });
                self.strings.insert(event.clone());
            }
            GStmt::Log { args } => {
                if args.iter().any(|a| a.ty.is_heap()) {
                    self.functions.extend(CONVERSIONS.iter().copied());
                    self.conversions = true;
                }
                for a in args {
                    self.functions.insert(match a.ty {
                        Ty::Num => Import::LogNum,
                        Ty::Bool => Import::LogBool,
                        _ => Import::LogStr,
                    });
                }
                self.functions.insert(Import::LogEnd);
            }
            _ => {}
        }
    }

    /// Records what one expression node (not its children) needs.
    fn expr(&mut self, e: &GExpr) {
        use crate::ir::EventField;
        match &e.kind {
            GKind::Str(s) => {
                self.strings.insert(s.clone());
            }
            GKind::ElementGet { name, .. } => {
                self.functions.insert(element_get_import(e.ty));
                self.strings.insert(name.to_string());
            }
            GKind::EventField(f, _) => {
                self.functions.insert(event_field_import(*f));
                if let EventField::Property(name, _) = f {
                    self.strings.insert(name.to_string());
                }
            }
            GKind::ToString(x) => match x.ty {
                Ty::Num => {
                    self.functions.insert(Import::NumStr);
                }
                Ty::Bool => {
                    self.strings.insert("true".into());
                    self.strings.insert("false".into());
                }
                _ => {}
            },
            GKind::Truthy(x) | GKind::Length(x) if x.ty.repr() == Ty::Str => {
                self.functions.insert(Import::Length);
            }
            GKind::Binary(op, a, _) if a.ty.repr() == Ty::Str => {
                self.functions.insert(match op {
                    BinaryOp::Add => Import::Concat,
                    BinaryOp::Eq | BinaryOp::Ne => Import::Equals,
                    _ => Import::Compare,
                });
            }
            GKind::Binary(BinaryOp::Rem, _, _) => {
                self.functions.insert(Import::Rem);
            }
            GKind::Logical(_, a, _) if a.ty.repr() == Ty::Str => {
                self.functions.insert(Import::Length);
            }
            GKind::Timer { repeat, env, .. } => {
                self.functions.insert(timer_import(*repeat, env.is_some()));
            }
            GKind::Split(..) => {
                self.functions.extend(CONVERSIONS.iter().copied());
                self.functions.insert(Import::StrSplit);
                self.conversions = true;
            }
            GKind::ToJs(_) | GKind::FromJson(_) | GKind::Json(_) => {
                self.functions.extend(CONVERSIONS.iter().copied());
                self.conversions = true;
                match &e.kind {
                    GKind::FromJson(_) => self.functions.insert(Import::JsonParse),
                    GKind::Json(_) => self.functions.insert(Import::JsonStringify),
                    _ => false,
                };
            }
            GKind::ArrayOp(ArrayOp::Join, args) => {
                self.functions.insert(Import::Concat);
                self.strings.insert(String::new());
                match args[0].ty {
                    Ty::Arr(_) => {}
                    _ => unreachable!("join on arrays"),
                }
                self.join_arrays.push(args[0].ty);
            }
            // Filtering callbacks test their result's truthiness (a string's is its length).
            GKind::Each(each) if each.result.repr() == Ty::Str => {
                self.functions.insert(Import::Length);
            }
            GKind::ArrayOp(ArrayOp::IndexOf | ArrayOp::Includes, args) => {
                self.index_arrays.push(args[0].ty);
            }
            GKind::Builtin { id, .. } => match BUILTINS[*id].imp {
                Impl::Host(_) => {
                    self.functions.insert(Import::Builtin(*id));
                }
                Impl::JsString("length") => {
                    self.functions.insert(Import::Length);
                }
                _ => {}
            },
            _ => {}
        }
    }
}

/// The host import that reads event field `field`.
pub(crate) fn event_field_import(field: crate::ir::EventField) -> Import {
    use crate::ir::{EventField, EventValue};
    match field {
        EventField::TargetValue => Import::EvTargetValue,
        EventField::TargetChecked => Import::EvTargetChecked,
        EventField::Key => Import::EvKey,
        EventField::Property(_, EventValue::Num) => Import::EvNum,
        EventField::Property(_, EventValue::Bool) => Import::EvBool,
        EventField::Property(_, EventValue::Str) => Import::EvStr,
    }
}

/// The host import that reads an element property of type `ty`.
pub(crate) fn element_get_import(ty: Ty) -> Import {
    match ty {
        Ty::Num => Import::ElNum,
        Ty::Bool => Import::ElBool,
        _ => Import::ElStr,
    }
}

/// The host import that sets an element property to a value of type `ty`.
pub(crate) fn element_set_import(ty: Ty) -> Import {
    match ty {
        Ty::Num => Import::ElSetNum,
        Ty::Bool => Import::ElSetBool,
        _ => Import::ElSetStr,
    }
}

/// The host import that starts a timer: `setInterval` when `repeat`, with a record of
/// captured values (`lower/closures.rs`) when `env`.
pub(crate) fn timer_import(repeat: bool, env: bool) -> Import {
    match (repeat, env) {
        (false, false) => Import::SetTimeout,
        (true, false) => Import::SetInterval,
        (false, true) => Import::SetTimeoutEnv,
        (true, true) => Import::SetIntervalEnv,
    }
}
