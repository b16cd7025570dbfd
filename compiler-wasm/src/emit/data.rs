//! Codegen for arrays and records: literals, reads, array methods and the loops of array
//! methods with callbacks. Storing a value into the heap retains it (a new string slot,
//! one more count); reading borrows it (see `heap.rs`).

use wasm_encoder::{BlockType, Instruction as I, ValType};

use super::expr::{ExprEnv, val_type};
use super::func::{FuncBuilder, at};
use super::heap::HeapFn;
use super::imports::Import;
use super::stmts::StmtEmitter;
use crate::lower::plan::{ArrayOp, Each, EachKind, GExpr, Ty};
use crate::types::{self, ARRAY_DATA, ARRAY_LEN, field_offset};

const I32: ValType = ValType::I32;

/// The type id of an array or record type.
fn id_of(ty: Ty) -> u32 {
    match ty {
        Ty::Arr(id) | Ty::Rec(id) => id,
        _ => unreachable!("heap types only"),
    }
}

impl ExprEnv<'_> {
    fn elem_of(&self, arr: Ty) -> Ty {
        self.env.plan.types.elem(id_of(arr))
    }

    fn heap_call(&self, f: &mut FuncBuilder, which: HeapFn) {
        self.env.heap.call(f, which);
    }

    /// Pushes the length (i32) of the array in local `arr`.
    fn len(&self, f: &mut FuncBuilder, arr: u32) {
        f.push(I::LocalGet(arr)).push(I::I32Load(at(ARRAY_LEN, 2)));
    }

    /// Evaluates `v` and leaves its retained raw form (i64) on the stack.
    fn retained(&self, f: &mut FuncBuilder, v: &GExpr) {
        self.expr(f, v);
        self.env.heap.retain_value(f, v.ty);
    }

    /// Appends the retained element in i64 local `raw` to the array in local `arr`.
    fn push_raw(&self, f: &mut FuncBuilder, arr: u32, raw: u32) {
        f.push(I::LocalGet(arr)).push(I::LocalGet(raw));
        self.heap_call(f, HeapFn::ArrPush);
    }

    /// A `for (i = 0; i < len(arr); i++)` loop around `body` (i is an i32 local).
    fn for_each_index(
        &self,
        f: &mut FuncBuilder,
        arr: u32,
        i: u32,
        body: impl FnOnce(&mut FuncBuilder),
    ) {
        f.push(I::I32Const(0))
            .push(I::LocalSet(i))
            .push(I::Block(BlockType::Empty))
            .push(I::Loop(BlockType::Empty))
            .push(I::LocalGet(i));
        self.len(f, arr);
        f.push(I::I32GeU).push(I::BrIf(1));
        body(f);
        f.push(I::LocalGet(i))
            .push(I::I32Const(1))
            .push(I::I32Add)
            .push(I::LocalSet(i))
            .push(I::Br(0))
            .push(I::End)
            .push(I::End);
    }

    /// `[a, ...b]`
    /// `Array.from({ length: n })`: `n` (truncated, at least 0) nullish elements.
    pub(crate) fn undefined_array(&self, f: &mut FuncBuilder, count: &GExpr, ty: Ty) {
        let elem = self.elem_of(ty);
        let (n, arr, i) = (f.temp(I32), f.temp(I32), f.temp(I32));
        self.expr(f, count);
        f.push(I::I32TruncSatF64S)
            .push(I::LocalTee(n))
            .push(I::I32Const(0))
            .push(I::LocalGet(n))
            .push(I::I32Const(0))
            .push(I::I32GtS)
            .push(I::Select)
            .push(I::LocalSet(n))
            .push(I::I32Const(id_of(ty) as i32))
            .push(I::I32Const(types::kind(elem)))
            .push(I::LocalGet(n));
        self.heap_call(f, HeapFn::ArrNew);
        f.push(I::LocalSet(arr));
        self.for_each_index(f, arr, i, |f| {
            self.env.heap.elem_addr(f, arr, i);
            super::expr::push_nullish(f, elem);
            self.env.heap.retain_value(f, elem);
            f.push(I::I64Store(at(0, 3)));
        });
        f.push(I::LocalGet(arr));
    }

    pub(crate) fn new_array(&self, f: &mut FuncBuilder, items: &[(bool, GExpr)], ty: Ty) {
        let elem = self.elem_of(ty);
        let kind = types::kind(elem);
        let out = f.temp(I32);
        let spreads = items.iter().any(|(s, _)| *s);
        f.push(I::I32Const(id_of(ty) as i32))
            .push(I::I32Const(kind))
            .push(I::I32Const(if spreads { 0 } else { items.len() as i32 }));
        self.heap_call(f, HeapFn::ArrNew);
        f.push(I::LocalSet(out));
        if !spreads {
            for (k, (_, v)) in items.iter().enumerate() {
                f.push(I::LocalGet(out)).push(I::I32Load(at(ARRAY_DATA, 2)));
                self.retained(f, v);
                f.push(I::I64Store(at(8 * k as u32, 3)));
            }
        } else {
            let raw = f.temp(ValType::I64);
            for (spread, v) in items {
                if *spread {
                    let src = f.temp(I32);
                    let i = f.temp(I32);
                    self.expr(f, v);
                    f.push(I::LocalSet(src));
                    self.for_each_index(f, src, i, |f| {
                        f.push(I::I32Const(kind));
                        self.env.heap.elem_addr(f, src, i);
                        f.push(I::I64Load(at(0, 3)));
                        self.heap_call(f, HeapFn::Retain);
                        f.push(I::LocalSet(raw));
                        self.push_raw(f, out, raw);
                    });
                } else {
                    self.retained(f, v);
                    f.push(I::LocalSet(raw));
                    self.push_raw(f, out, raw);
                }
            }
        }
        f.push(I::LocalGet(out));
    }

    /// `{ a: x, b: y }` (values in layout order).
    pub(crate) fn new_record(&self, f: &mut FuncBuilder, values: &[GExpr], ty: Ty) {
        let out = f.temp(I32);
        f.push(I::I32Const(id_of(ty) as i32))
            .push(I::I32Const(values.len() as i32));
        self.heap_call(f, HeapFn::NewRecord);
        f.push(I::LocalSet(out));
        for (k, v) in values.iter().enumerate() {
            f.push(I::LocalGet(out));
            self.retained(f, v);
            f.push(I::I64Store(at(field_offset(k), 3)));
        }
        f.push(I::LocalGet(out));
    }

    /// `record.field`
    pub(crate) fn field(&self, f: &mut FuncBuilder, object: &GExpr, index: usize, ty: Ty) {
        self.expr(f, object);
        self.env.heap.load(f, ty, field_offset(index));
    }

    /// `array[index]` (traps out of range).
    pub(crate) fn index(&self, f: &mut FuncBuilder, array: &GExpr, index: &GExpr, ty: Ty) {
        self.expr(f, array);
        self.expr(f, index);
        self.heap_call(f, HeapFn::ArrAt);
        self.env.heap.load(f, ty, 0);
    }

    /// `array.length`
    pub(crate) fn array_len(&self, f: &mut FuncBuilder, array: &GExpr) {
        self.expr(f, array);
        f.push(I::I32Load(at(ARRAY_LEN, 2))).push(I::F64ConvertI32U);
    }

    /// Element `k` of a fresh `removed` array (from `arr_splice`) in local `arr`, or
    /// `undefined` for records when it is empty.
    fn first_removed(&self, f: &mut FuncBuilder, removed: u32, elem: Ty) {
        self.len(f, removed);
        f.push(I::If(BlockType::Result(val_type(elem))))
            .push(I::LocalGet(removed))
            .push(I::I32Load(at(ARRAY_DATA, 2)));
        self.env.heap.load(f, elem, 0);
        f.push(I::Else);
        match elem {
            Ty::Rec(_) => f.push(I::I32Const(0)),
            // dx values cannot be undefined: popping an empty array is a run-time error.
            _ => f.push(I::Unreachable),
        };
        f.push(I::End);
    }

    /// An array method without a callback; `args[0]` is the array.
    pub(crate) fn array_op(&self, f: &mut FuncBuilder, op: ArrayOp, args: &[GExpr], ty: Ty) {
        let arr_ty = args[0].ty;
        let elem = self.elem_of(arr_ty);
        let kind = types::kind(elem);
        let arr = f.temp(I32);
        self.expr(f, &args[0]);
        f.push(I::LocalSet(arr));
        if op.changes_array() {
            self.env.heap.bump_epoch(f);
        }
        match op {
            ArrayOp::Push => {
                let raw = f.temp(ValType::I64);
                self.retained(f, &args[1]);
                f.push(I::LocalSet(raw));
                self.push_raw(f, arr, raw);
                self.len(f, arr);
                f.push(I::F64ConvertI32U);
            }
            ArrayOp::Pop | ArrayOp::Shift => {
                let removed = f.temp(I32);
                f.push(I::LocalGet(arr));
                if op == ArrayOp::Pop {
                    // start = max(len - 1, 0)
                    self.len(f, arr);
                    f.push(I::I32Const(1)).push(I::I32Sub).push(I::I32Const(0));
                    self.len(f, arr);
                    f.push(I::Select);
                } else {
                    f.push(I::I32Const(0));
                }
                f.push(I::I32Const(1)).push(I::I32Const(0));
                self.heap_call(f, HeapFn::ArrSplice);
                f.push(I::LocalSet(removed));
                self.first_removed(f, removed, elem);
            }
            ArrayOp::Unshift => {
                let raw = f.temp(ValType::I64);
                self.retained(f, &args[1]);
                f.push(I::LocalSet(raw))
                    .push(I::LocalGet(arr))
                    .push(I::I32Const(0))
                    .push(I::I32Const(0))
                    .push(I::I32Const(1));
                self.heap_call(f, HeapFn::ArrSplice);
                f.push(I::Drop)
                    .push(I::LocalGet(arr))
                    .push(I::I32Load(at(ARRAY_DATA, 2)))
                    .push(I::LocalGet(raw))
                    .push(I::I64Store(at(0, 3)));
                self.len(f, arr);
                f.push(I::F64ConvertI32U);
            }
            ArrayOp::Slice => {
                f.push(I::LocalGet(arr));
                for bound in &args[1..3] {
                    self.expr(f, bound);
                    self.len(f, arr);
                    self.heap_call(f, HeapFn::RelIndex);
                }
                self.heap_call(f, HeapFn::ArrSlice);
            }
            ArrayOp::Concat => {
                let (out, other, i, raw) =
                    (f.temp(I32), f.temp(I32), f.temp(I32), f.temp(ValType::I64));
                self.expr(f, &args[1]);
                f.push(I::LocalSet(other))
                    .push(I::LocalGet(arr))
                    .push(I::I32Const(0));
                self.len(f, arr);
                self.heap_call(f, HeapFn::ArrSlice);
                f.push(I::LocalSet(out));
                self.for_each_index(f, other, i, |f| {
                    f.push(I::I32Const(kind));
                    self.env.heap.elem_addr(f, other, i);
                    f.push(I::I64Load(at(0, 3)));
                    self.heap_call(f, HeapFn::Retain);
                    f.push(I::LocalSet(raw));
                    self.push_raw(f, out, raw);
                });
                f.push(I::LocalGet(out));
            }
            ArrayOp::Splice => {
                let (start, removed) = (f.temp(I32), f.temp(I32));
                let items = &args[3..];
                // Arguments are evaluated before the array changes, as in JS.
                let raws: Vec<u32> = items
                    .iter()
                    .map(|v| {
                        let raw = f.temp(ValType::I64);
                        self.retained(f, v);
                        f.push(I::LocalSet(raw));
                        raw
                    })
                    .collect();
                self.expr(f, &args[1]);
                self.len(f, arr);
                self.heap_call(f, HeapFn::RelIndex);
                f.push(I::LocalSet(start))
                    .push(I::LocalGet(arr))
                    .push(I::LocalGet(start));
                // count: truncated, negative and NaN are 0 (arr_splice clamps the top).
                self.expr(f, &args[2]);
                f.push(I::F64Trunc)
                    .push(I::F64Const(0.0.into()))
                    .push(I::F64Max)
                    .push(I::I32TruncSatF64U)
                    .push(I::I32Const(items.len() as i32));
                self.heap_call(f, HeapFn::ArrSplice);
                f.push(I::LocalSet(removed));
                for (k, raw) in raws.into_iter().enumerate() {
                    f.push(I::LocalGet(arr))
                        .push(I::I32Load(at(ARRAY_DATA, 2)))
                        .push(I::LocalGet(start))
                        .push(I::I32Const(3))
                        .push(I::I32Shl)
                        .push(I::I32Add)
                        .push(I::LocalGet(raw))
                        .push(I::I64Store(at(8 * k as u32, 3)));
                }
                f.push(I::LocalGet(removed));
            }
            ArrayOp::IndexOf | ArrayOp::Includes => {
                let (needle, i, found) = (f.temp(val_type(elem)), f.temp(I32), f.temp(I32));
                self.expr(f, &args[1]);
                f.push(I::LocalSet(needle))
                    .push(I::I32Const(-1))
                    .push(I::LocalSet(found));
                let sv0 = op == ArrayOp::Includes;
                self.for_each_index(f, arr, i, |f| {
                    self.env.heap.elem_addr(f, arr, i);
                    self.env.heap.load(f, elem, 0);
                    f.push(I::LocalGet(needle));
                    match elem {
                        Ty::Num => number_found(f, sv0, None),
                        Ty::Opt(o) if o.base() == Ty::Num => number_found(f, sv0, Some(elem)),
                        // Strings, nullable or not, compare as JS's `===`.
                        _ if elem.repr() == Ty::Str => {
                            self.call_import(f, Import::Equals);
                        }
                        _ => {
                            f.push(I::I32Eq);
                        }
                    }
                    f.push(I::If(BlockType::Empty))
                        .push(I::LocalGet(i))
                        .push(I::LocalSet(found))
                        .push(I::Br(2))
                        .push(I::End);
                });
                f.push(I::LocalGet(found));
                if op == ArrayOp::IndexOf {
                    f.push(I::F64ConvertI32S);
                } else {
                    f.push(I::I32Const(0)).push(I::I32GeS);
                }
            }
            ArrayOp::Join => {
                let (sep, acc, i) = (
                    f.temp(ValType::EXTERNREF),
                    f.temp(ValType::EXTERNREF),
                    f.temp(I32),
                );
                self.expr(f, &args[1]);
                f.push(I::LocalSet(sep))
                    .push(I::GlobalGet(self.needs.string_index("")))
                    .push(I::LocalSet(acc));
                self.for_each_index(f, arr, i, |f| {
                    f.push(I::LocalGet(i)).push(I::If(BlockType::Empty));
                    f.push(I::LocalGet(acc)).push(I::LocalGet(sep));
                    self.call_import(f, Import::Concat);
                    f.push(I::LocalSet(acc)).push(I::End);
                    f.push(I::LocalGet(acc));
                    self.env.heap.elem_addr(f, arr, i);
                    self.env.heap.load(f, elem, 0);
                    self.to_string_top(f, elem);
                    self.call_import(f, Import::Concat);
                    f.push(I::LocalSet(acc));
                });
                f.push(I::LocalGet(acc));
            }
            ArrayOp::Reverse => {
                let (i, j, a, b, t) = (
                    f.temp(I32),
                    f.temp(I32),
                    f.temp(I32),
                    f.temp(I32),
                    f.temp(ValType::I64),
                );
                f.push(I::I32Const(0)).push(I::LocalSet(i));
                self.len(f, arr);
                f.push(I::I32Const(1))
                    .push(I::I32Sub)
                    .push(I::LocalSet(j))
                    .push(I::Block(BlockType::Empty))
                    .push(I::Loop(BlockType::Empty))
                    .push(I::LocalGet(i))
                    .push(I::LocalGet(j))
                    .push(I::I32GeS)
                    .push(I::BrIf(1));
                self.env.heap.elem_addr(f, arr, i);
                f.push(I::LocalSet(a));
                self.env.heap.elem_addr(f, arr, j);
                f.push(I::LocalSet(b))
                    .push(I::LocalGet(a))
                    .push(I::I64Load(at(0, 3)))
                    .push(I::LocalSet(t))
                    .push(I::LocalGet(a))
                    .push(I::LocalGet(b))
                    .push(I::I64Load(at(0, 3)))
                    .push(I::I64Store(at(0, 3)))
                    .push(I::LocalGet(b))
                    .push(I::LocalGet(t))
                    .push(I::I64Store(at(0, 3)))
                    .push(I::LocalGet(i))
                    .push(I::I32Const(1))
                    .push(I::I32Add)
                    .push(I::LocalSet(i))
                    .push(I::LocalGet(j))
                    .push(I::I32Const(1))
                    .push(I::I32Sub)
                    .push(I::LocalSet(j))
                    .push(I::Br(0))
                    .push(I::End)
                    .push(I::End)
                    .push(I::LocalGet(arr));
            }
        }
        let _ = ty;
    }

    /// `array.method(callback)`: the loop, with the callback body inlined in a block whose
    /// `return` yields the callback's value.
    pub(crate) fn each(&self, f: &mut FuncBuilder, each: &Each, ty: Ty) {
        let elem = self.elem_of(each.array.ty);
        let (arr, n, i) = (f.temp(I32), f.temp(I32), f.temp(I32));
        self.expr(f, &each.array);
        f.push(I::LocalTee(arr))
            .push(I::I32Load(at(ARRAY_LEN, 2)))
            .push(I::LocalSet(n));
        let out = match each.kind {
            EachKind::Map | EachKind::Filter => {
                let out = f.temp(I32);
                let out_elem = self.elem_of(ty);
                f.push(I::I32Const(id_of(ty) as i32))
                    .push(I::I32Const(types::kind(out_elem)))
                    .push(I::I32Const(0));
                self.heap_call(f, HeapFn::ArrNew);
                f.push(I::LocalSet(out));
                Some(out)
            }
            _ => None,
        };
        let result = match each.kind {
            EachKind::Find | EachKind::Some => {
                let r = f.temp(I32);
                f.push(I::I32Const(0)).push(I::LocalSet(r));
                Some(r)
            }
            EachKind::Every => {
                let r = f.temp(I32);
                f.push(I::I32Const(1)).push(I::LocalSet(r));
                Some(r)
            }
            EachKind::FindIndex => {
                let r = f.temp(ValType::F64);
                f.push(I::F64Const((-1.0).into())).push(I::LocalSet(r));
                Some(r)
            }
            EachKind::Reduce => {
                let (acc, init) = each.acc.as_ref().expect("reduce has an accumulator");
                self.expr(f, init);
                let l = self.local(f, *acc, init.ty);
                f.push(I::LocalSet(l));
                Some(l)
            }
            _ => None,
        };
        let elem_local = self.local(f, each.elem, elem);
        let index_local = self.local(f, each.index, Ty::Num);
        f.push(I::I32Const(0))
            .push(I::LocalSet(i))
            .push(I::Block(BlockType::Empty))
            .push(I::Loop(BlockType::Empty))
            .push(I::LocalGet(i))
            .push(I::LocalGet(n))
            .push(I::I32GeU)
            .push(I::BrIf(1))
            // The callback may shrink the array.
            .push(I::LocalGet(i));
        self.len(f, arr);
        f.push(I::I32GeU).push(I::BrIf(1));
        self.env.heap.elem_addr(f, arr, i);
        self.env.heap.load(f, elem, 0);
        f.push(I::LocalSet(elem_local))
            .push(I::LocalGet(i))
            .push(I::F64ConvertI32U)
            .push(I::LocalSet(index_local));
        let has_value = each.kind != EachKind::ForEach;
        f.push(I::Block(if has_value {
            BlockType::Result(val_type(each.result))
        } else {
            BlockType::Empty
        }));
        StmtEmitter::value_block(self.env, self).body(f, &each.body);
        if has_value {
            // The callback ended without returning a value (JS: undefined).
            f.push(I::Unreachable);
        }
        f.push(I::End);
        // Inside: loop (depth 0) and the outer block (depth 1); an `if` adds one.
        match each.kind {
            EachKind::Map => {
                let raw = f.temp(ValType::I64);
                self.env.heap.retain_value(f, each.result);
                f.push(I::LocalSet(raw));
                self.push_raw(f, out.expect("map output"), raw);
            }
            EachKind::Filter => {
                self.truthy_of(f, each.result);
                f.push(I::If(BlockType::Empty));
                let raw = f.temp(ValType::I64);
                f.push(I::LocalGet(elem_local));
                self.env.heap.retain_value(f, elem);
                f.push(I::LocalSet(raw));
                self.push_raw(f, out.expect("filter output"), raw);
                f.push(I::End);
            }
            EachKind::Find | EachKind::FindIndex | EachKind::Some | EachKind::Every => {
                self.truthy_of(f, each.result);
                if each.kind == EachKind::Every {
                    f.push(I::I32Eqz);
                }
                f.push(I::If(BlockType::Empty));
                match each.kind {
                    EachKind::Find => f.push(I::LocalGet(elem_local)),
                    EachKind::FindIndex => f.push(I::LocalGet(index_local)),
                    EachKind::Some => f.push(I::I32Const(1)),
                    _ => f.push(I::I32Const(0)),
                };
                f.push(I::LocalSet(result.expect("result")))
                    .push(I::Br(2))
                    .push(I::End);
            }
            EachKind::Reduce => {
                f.push(I::LocalSet(result.expect("accumulator")));
            }
            EachKind::ForEach => {}
        }
        f.push(I::LocalGet(i))
            .push(I::I32Const(1))
            .push(I::I32Add)
            .push(I::LocalSet(i))
            .push(I::Br(0))
            .push(I::End)
            .push(I::End);
        match (out, result) {
            (Some(out), _) => f.push(I::LocalGet(out)),
            (None, Some(r)) => f.push(I::LocalGet(r)),
            (None, None) => f.push(I::I32Const(0)),
        };
    }
}

impl ExprEnv<'_> {
    /// A value as a JS value (numbers and booleans boxed, arrays and records converted).
    pub(crate) fn to_js(&self, f: &mut FuncBuilder, x: &GExpr) {
        self.expr(f, x);
        self.env.heap.to_js_top(f, x.ty, self.needs);
    }

    /// `JSON.parse(text)` read as a `ty`.
    pub(crate) fn parse_json(&self, f: &mut FuncBuilder, text: &GExpr, ty: Ty) {
        self.expr(f, text);
        self.call_import(f, Import::JsonParse);
        match ty {
            Ty::Num => self.call_import(f, Import::JsToNum),
            Ty::Bool => self.call_import(f, Import::JsToBool),
            Ty::Str => self.call_import(f, Import::JsToStr),
            Ty::Arr(id) | Ty::Rec(id) => {
                f.push(I::I32Const(id as i32));
                self.heap_call(f, HeapFn::FromJs);
            }
            Ty::Event => {}
            Ty::Null | Ty::Opt(_) => {
                unreachable!("lowering refuses JSON.parse into nullable types")
            }
        }
    }

    /// `JSON.stringify(value)` (the value is already a JS value or a string).
    pub(crate) fn json(&self, f: &mut FuncBuilder, x: &GExpr) {
        self.expr(f, x);
        self.call_import(f, Import::JsonStringify);
    }
}

/// The element and the needle (two f64) on the stack → whether `indexOf` (strict equality) or
/// `includes` (`sv0`: SameValueZero, NaN finds NaN) finds the needle there. For a nullable
/// number (`nullable` is its type) nullish finds nullish, and the nullish NaN is not a NaN.
fn number_found(f: &mut FuncBuilder, sv0: bool, nullable: Option<Ty>) {
    if !sv0 && nullable.is_none() {
        f.push(I::F64Eq);
        return;
    }
    let (a, b) = (f.temp(ValType::F64), f.temp(ValType::F64));
    f.push(I::LocalSet(b))
        .push(I::LocalTee(a))
        .push(I::LocalGet(b))
        .push(I::F64Eq);
    let nullish = |f: &mut FuncBuilder, x: u32, ty: Ty| {
        f.push(I::LocalGet(x));
        super::expr::push_is_nullish(f, ty);
    };
    if let Some(ty) = nullable {
        nullish(f, a, ty);
        nullish(f, b, ty);
        f.push(I::I32And).push(I::I32Or);
    }
    if sv0 {
        for x in [a, b] {
            f.push(I::LocalGet(x)).push(I::LocalGet(x)).push(I::F64Ne);
            if let Some(ty) = nullable {
                nullish(f, x, ty);
                f.push(I::I32Eqz).push(I::I32And);
            }
        }
        f.push(I::I32And).push(I::I32Or);
    }
}
