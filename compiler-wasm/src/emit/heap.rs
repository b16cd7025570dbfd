//! The heap: arrays and records in linear memory, with deferred reference counting.
//!
//! - **Allocator.** Power-of-two size classes (16 B … 2 GiB) with one free list each; a
//!   block is an 8-byte header (class, free-list link) and its payload. New blocks are
//!   bumped from the end of the heap, growing memory when needed.
//! - **Objects.** `rc: i32, type: i32, …` (see `crate::types`). Arrays keep their elements in
//!   a separate data block, 8 bytes per element, so `push` can grow it without moving the
//!   array. Strings inside arrays and records are slots of the `heap strings` table, owned by
//!   the element or field that holds them.
//! - **Counting.** Only references from the heap and from state slots count; locals and
//!   the wasm stack do not. A count that reaches zero puts the object in the zero-count
//!   table (ZCT) instead of freeing it, and so does allocation; `collect` runs at the end of
//!   every host call (`dx_init`, `dx_event`, `dx_flush`, `main`), when no locals are live,
//!   and frees what still has a zero count. No tracing, no pauses proportional to the heap.

use wasm_encoder::{BlockType, HeapType, Instruction as I, ValType};

use super::func::{FuncBuilder, at};
use super::imports::{Import, Needs};
use crate::ir::Ty;
use crate::types::{
    self, ARRAY_CAP, ARRAY_DATA, ARRAY_KIND, ARRAY_LEN, ARRAY_SIZE, TyDef, Types, field_offset,
    record_size,
};

/// The heap's runtime functions, in index order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeapFn {
    Alloc,
    Free,
    RcInc,
    RcDec,
    ZctPush,
    Collect,
    Drop,
    StrPut,
    StrFree,
    Retain,
    Release,
    ArrNew,
    ArrReserve,
    ArrPush,
    RelIndex,
    ArrSlice,
    ArrSplice,
    ArrAt,
    NewRecord,
    ToJs,
    FromJs,
    VecReserve,
    VecPush,
}

/// Every runtime function, in index order.
pub const HEAP_FNS: &[HeapFn] = &[
    HeapFn::Alloc,
    HeapFn::Free,
    HeapFn::RcInc,
    HeapFn::RcDec,
    HeapFn::ZctPush,
    HeapFn::Collect,
    HeapFn::Drop,
    HeapFn::StrPut,
    HeapFn::StrFree,
    HeapFn::Retain,
    HeapFn::Release,
    HeapFn::ArrNew,
    HeapFn::ArrReserve,
    HeapFn::ArrPush,
    HeapFn::RelIndex,
    HeapFn::ArrSlice,
    HeapFn::ArrSplice,
    HeapFn::ArrAt,
    HeapFn::NewRecord,
    HeapFn::ToJs,
    HeapFn::FromJs,
    HeapFn::VecReserve,
    HeapFn::VecPush,
];

const I32: ValType = ValType::I32;
const I64: ValType = ValType::I64;

impl HeapFn {
    /// Name, params and results.
    pub fn signature(self) -> (&'static str, Vec<ValType>, Vec<ValType>) {
        match self {
            HeapFn::Alloc => ("heap_alloc", vec![I32], vec![I32]),
            HeapFn::Free => ("heap_free", vec![I32], vec![]),
            HeapFn::RcInc => ("rc_inc", vec![I32], vec![]),
            HeapFn::RcDec => ("rc_dec", vec![I32], vec![]),
            HeapFn::ZctPush => ("zct_push", vec![I32], vec![]),
            HeapFn::Collect => ("collect", vec![], vec![]),
            HeapFn::Drop => ("drop", vec![I32], vec![]),
            HeapFn::StrPut => ("str_put", vec![ValType::EXTERNREF], vec![I32]),
            HeapFn::StrFree => ("str_free", vec![I32], vec![]),
            HeapFn::Retain => ("retain", vec![I32, I64], vec![I64]),
            HeapFn::Release => ("release", vec![I32, I64], vec![]),
            HeapFn::ArrNew => ("arr_new", vec![I32, I32, I32], vec![I32]),
            HeapFn::ArrReserve => ("arr_reserve", vec![I32, I32], vec![]),
            HeapFn::ArrPush => ("arr_push", vec![I32, I64], vec![]),
            HeapFn::RelIndex => ("rel_index", vec![ValType::F64, I32], vec![I32]),
            HeapFn::ArrSlice => ("arr_slice", vec![I32, I32, I32], vec![I32]),
            HeapFn::ArrSplice => ("arr_splice", vec![I32, I32, I32, I32], vec![I32]),
            HeapFn::ArrAt => ("arr_at", vec![I32, ValType::F64], vec![I32]),
            HeapFn::NewRecord => ("new_record", vec![I32, I32], vec![I32]),
            HeapFn::ToJs => ("to_js", vec![I32], vec![ValType::EXTERNREF]),
            HeapFn::FromJs => ("from_js", vec![ValType::EXTERNREF, I32], vec![I32]),
            HeapFn::VecReserve => ("vec_reserve", vec![I32, I32], vec![]),
            HeapFn::VecPush => ("vec_push", vec![I32, I32], vec![]),
        }
    }
}

/// Indices the heap code refers to.
#[derive(Clone, Copy, Debug)]
pub struct Heap {
    /// Function index of [`HEAP_FNS`]`[0]`.
    pub first_fn: u32,
    /// Global index of `heap_top`; the ZCT and string free-list globals follow.
    pub first_global: u32,
    /// Table index of the heap strings.
    pub table: u32,
    /// Address of the 32 free-list heads.
    pub free_lists: u32,
}

/// Global offsets from `first_global`.
const TOP: u32 = 0;
const ZCT_PTR: u32 = 1;
const ZCT_LEN: u32 = 2;
const ZCT_CAP: u32 = 3;
const SF_PTR: u32 = 4;
const SF_LEN: u32 = 5;
const SF_CAP: u32 = 6;
/// Counts in-place changes of arrays and records (lists use it to skip re-rendering rows
/// whose item is the same object and unchanged).
const EPOCH: u32 = 7;
/// The epoch a state setter last re-rendered shared objects at (see
/// [`Heap::changed_since_set`]).
const SET_EPOCH: u32 = 8;
/// Number of heap globals.
pub const GLOBALS: u32 = 9;

const FLAG: i32 = i32::MIN;

impl Heap {
    /// The function index of `f`.
    pub fn index(&self, f: HeapFn) -> u32 {
        self.first_fn + HEAP_FNS.iter().position(|x| *x == f).expect("listed") as u32
    }

    /// Calls `f`.
    pub fn call(&self, b: &mut FuncBuilder, f: HeapFn) {
        b.push(I::Call(self.index(f)));
    }

    fn global(&self, g: u32) -> u32 {
        self.first_global + g
    }

    /// Notes an in-place change of an array or record.
    pub fn bump_epoch(&self, b: &mut FuncBuilder) {
        b.push(I::GlobalGet(self.global(EPOCH)))
            .push(I::I32Const(1))
            .push(I::I32Add)
            .push(I::GlobalSet(self.global(EPOCH)));
    }

    /// Pushes whether an array or record changed in place since the last call, and notes
    /// the epoch: a state setter uses it to re-render every value that may share the
    /// changed object.
    pub fn changed_since_set(&self, b: &mut FuncBuilder) {
        b.push(I::GlobalGet(self.global(EPOCH)))
            .push(I::GlobalGet(self.global(SET_EPOCH)))
            .push(I::I32Ne)
            .push(I::GlobalGet(self.global(EPOCH)))
            .push(I::GlobalSet(self.global(SET_EPOCH)));
    }

    /// The value of type `ty` on the stack → a JS value (numbers and booleans boxed, arrays
    /// and records converted by `to_js`, nullish as `null` or `undefined`).
    pub fn to_js_top(&self, b: &mut FuncBuilder, ty: Ty, needs: &Needs) {
        let imp = |b: &mut FuncBuilder, i: Import| {
            b.push(I::Call(needs.function_index(i)));
        };
        match ty {
            Ty::Num => imp(b, Import::JsNum),
            Ty::Bool => imp(b, Import::JsBool),
            Ty::Arr(_) | Ty::Rec(_) => {
                b.push(I::Call(self.index(HeapFn::ToJs)));
            }
            Ty::Str | Ty::Event => {}
            Ty::Null => {
                b.push(I::Drop)
                    .push(I::RefNull(wasm_encoder::HeapType::EXTERN));
            }
            Ty::Opt(o) => {
                let v = b.temp(super::expr::val_type(ty));
                b.push(I::LocalTee(v));
                super::expr::push_is_nullish(b, ty);
                b.push(I::If(BlockType::Result(ValType::EXTERNREF)));
                if o.undefined {
                    imp(b, Import::JsUndefined);
                } else {
                    b.push(I::RefNull(wasm_encoder::HeapType::EXTERN));
                }
                b.push(I::Else).push(I::LocalGet(v));
                self.to_js_top(b, o.base(), needs);
                b.push(I::End);
            }
        }
    }

    /// Pushes the count of in-place changes so far.
    pub fn epoch(&self, b: &mut FuncBuilder) {
        b.push(I::GlobalGet(self.global(EPOCH)));
    }

    /// Value of type `ty` on the stack → its 8-byte raw form, retained for storing.
    pub fn retain_value(&self, b: &mut FuncBuilder, ty: Ty) {
        match ty.repr() {
            Ty::Num => {
                b.push(I::I64ReinterpretF64);
            }
            Ty::Str => {
                self.call(b, HeapFn::StrPut);
                b.push(I::I64ExtendI32U);
            }
            Ty::Arr(_) | Ty::Rec(_) => {
                let t = b.temp(I32);
                b.push(I::LocalTee(t));
                self.call(b, HeapFn::RcInc);
                b.push(I::LocalGet(t)).push(I::I64ExtendI32U);
            }
            Ty::Bool | Ty::Event | Ty::Null => {
                b.push(I::I64ExtendI32U);
            }
            Ty::Opt(_) => unreachable!("repr is a base type"),
        }
    }

    /// Address on the stack → the stored value of type `ty` at `offset` (borrowed).
    pub fn load(&self, b: &mut FuncBuilder, ty: Ty, offset: u32) {
        match ty.repr() {
            Ty::Num => {
                b.push(I::F64Load(at(offset, 3)));
            }
            Ty::Str => {
                b.push(I::I32Load(at(offset, 2)))
                    .push(I::TableGet(self.table));
            }
            _ => {
                b.push(I::I32Load(at(offset, 2)));
            }
        }
    }

    /// Pushes the address of element `i` (an i32 local) of the array in local `arr`.
    pub fn elem_addr(&self, b: &mut FuncBuilder, arr: u32, i: u32) {
        b.push(I::LocalGet(arr))
            .push(I::I32Load(at(ARRAY_DATA, 2)))
            .push(I::LocalGet(i))
            .push(I::I32Const(3))
            .push(I::I32Shl)
            .push(I::I32Add);
    }
}

/// Emits the body of runtime function `which`.
pub fn body(h: &Heap, types: &Types, needs: &Needs, which: HeapFn) -> FuncBuilder {
    match which {
        HeapFn::Alloc => alloc(h),
        HeapFn::Free => free(h),
        HeapFn::RcInc => rc_inc(),
        HeapFn::RcDec => rc_dec(h),
        HeapFn::ZctPush => zct_push(h),
        HeapFn::Collect => collect(h),
        HeapFn::Drop => drop_fn(h, types),
        HeapFn::StrPut => str_put(h),
        HeapFn::StrFree => str_free(h),
        HeapFn::Retain => retain(h),
        HeapFn::Release => release(h),
        HeapFn::ArrNew => arr_new(h),
        HeapFn::ArrReserve => arr_reserve(h),
        HeapFn::ArrPush => arr_push(h),
        HeapFn::RelIndex => rel_index(),
        HeapFn::ArrSlice => arr_slice(h),
        HeapFn::ArrSplice => arr_splice(h),
        HeapFn::ArrAt => arr_at(),
        HeapFn::NewRecord => new_record(h),
        HeapFn::ToJs | HeapFn::FromJs if !needs.functions.contains(&Import::JsArrNew) => {
            let mut f = FuncBuilder::new(if which == HeapFn::ToJs { 1 } else { 2 }, vec![]);
            f.push(I::Unreachable);
            f
        }
        HeapFn::ToJs => to_js(h, types, needs),
        HeapFn::FromJs => from_js(h, types, needs),
        HeapFn::VecReserve => vec_reserve(h),
        HeapFn::VecPush => vec_push_fn(h),
    }
}

/// `vec_reserve(vec, n)`: the i32 vector at `vec` (`ptr, len, cap`) gets room for `n`.
fn vec_reserve(h: &Heap) -> FuncBuilder {
    let mut f = FuncBuilder::new(2, vec![I32, I32]);
    let (vec, need, cap, fresh) = (0, 1, 2, 3);
    f.push(I::LocalGet(need))
        .push(I::LocalGet(vec))
        .push(I::I32Load(at(8, 2)))
        .push(I::LocalTee(cap))
        .push(I::I32LeU)
        .push(I::If(BlockType::Empty))
        .push(I::Return)
        .push(I::End)
        // cap = max(need, 2 cap, 8)
        .push(I::LocalGet(cap))
        .push(I::I32Const(1))
        .push(I::I32Shl)
        .push(I::LocalTee(cap))
        .push(I::I32Const(8))
        .push(I::LocalGet(cap))
        .push(I::I32Const(8))
        .push(I::I32GtU)
        .push(I::Select)
        .push(I::LocalTee(cap))
        .push(I::LocalGet(need))
        .push(I::LocalGet(cap))
        .push(I::LocalGet(need))
        .push(I::I32GtU)
        .push(I::Select)
        .push(I::LocalTee(cap))
        .push(I::I32Const(2))
        .push(I::I32Shl);
    h.call(&mut f, HeapFn::Alloc);
    f.push(I::LocalTee(fresh))
        .push(I::LocalGet(vec))
        .push(I::I32Load(at(0, 2)))
        .push(I::LocalGet(vec))
        .push(I::I32Load(at(4, 2)))
        .push(I::I32Const(2))
        .push(I::I32Shl)
        .push(I::MemoryCopy {
            src_mem: 0,
            dst_mem: 0,
        })
        .push(I::LocalGet(vec))
        .push(I::I32Load(at(0, 2)))
        .push(I::If(BlockType::Empty))
        .push(I::LocalGet(vec))
        .push(I::I32Load(at(0, 2)));
    h.call(&mut f, HeapFn::Free);
    f.push(I::End)
        .push(I::LocalGet(vec))
        .push(I::LocalGet(fresh))
        .push(I::I32Store(at(0, 2)))
        .push(I::LocalGet(vec))
        .push(I::LocalGet(cap))
        .push(I::I32Store(at(8, 2)));
    f
}

/// `vec_push(vec, value)`
fn vec_push_fn(h: &Heap) -> FuncBuilder {
    let mut f = FuncBuilder::new(2, vec![I32]);
    let (vec, value, len) = (0, 1, 2);
    f.push(I::LocalGet(vec))
        .push(I::LocalGet(vec))
        .push(I::I32Load(at(4, 2)))
        .push(I::LocalTee(len))
        .push(I::I32Const(1))
        .push(I::I32Add);
    h.call(&mut f, HeapFn::VecReserve);
    f.push(I::LocalGet(vec))
        .push(I::I32Load(at(0, 2)))
        .push(I::LocalGet(len))
        .push(I::I32Const(2))
        .push(I::I32Shl)
        .push(I::I32Add)
        .push(I::LocalGet(value))
        .push(I::I32Store(at(0, 2)))
        .push(I::LocalGet(vec))
        .push(I::LocalGet(len))
        .push(I::I32Const(1))
        .push(I::I32Add)
        .push(I::I32Store(at(4, 2)));
    f
}

/// A `br_table` over the type id in local `ty`, one case per heap type.
fn type_switch(
    f: &mut FuncBuilder,
    ty: u32,
    types: &Types,
    mut case: impl FnMut(&mut FuncBuilder, &TyDef),
) {
    let defs = types.defs();
    f.push(I::Block(BlockType::Empty));
    for _ in 0..defs.len() {
        f.push(I::Block(BlockType::Empty));
    }
    f.push(I::LocalGet(ty)).push(I::BrTable(
        (0..defs.len() as u32).collect::<Vec<_>>().into(),
        defs.len() as u32,
    ));
    for def in defs {
        f.push(I::End);
        case(f, def);
    }
    f.push(I::End);
}

/// `to_js(ptr) -> value`: a JS array or object with the same contents (`console.log`,
/// `JSON.stringify`); `undefined` for a null record.
fn to_js(h: &Heap, types: &Types, needs: &Needs) -> FuncBuilder {
    let mut f = FuncBuilder::new(1, vec![I32, I32, ValType::EXTERNREF]);
    let (ptr, ty, i, out) = (0, 1, 2, 3);
    let imp = |f: &mut FuncBuilder, i: Import| {
        f.push(I::Call(needs.function_index(i)));
    };
    f.push(I::LocalGet(ptr))
        .push(I::I32Eqz)
        .push(I::If(BlockType::Empty));
    imp(&mut f, Import::JsUndefined);
    f.push(I::Return).push(I::End);
    f.push(I::LocalGet(ptr))
        .push(I::I32Load(at(4, 2)))
        .push(I::LocalSet(ty));
    let value = |f: &mut FuncBuilder, t: Ty| h.to_js_top(f, t, needs);
    type_switch(&mut f, ty, types, |f, def| {
        match def {
            TyDef::Array(elem) => {
                imp(f, Import::JsArrNew);
                f.push(I::LocalSet(out));
                each_index(f, ptr, i, |f| {
                    f.push(I::LocalGet(out));
                    h.elem_addr(f, ptr, i);
                    h.load(f, *elem, 0);
                    value(f, *elem);
                    imp(f, Import::JsArrPush);
                });
            }
            // A tuple is a JS array.
            TyDef::Record(fields) if types::is_tuple(fields) => {
                imp(f, Import::JsArrNew);
                f.push(I::LocalSet(out));
                for (k, (_, t)) in fields.iter().enumerate() {
                    f.push(I::LocalGet(out)).push(I::LocalGet(ptr));
                    h.load(f, *t, field_offset(k));
                    value(f, *t);
                    imp(f, Import::JsArrPush);
                }
            }
            // A dictionary is an object with its keys (`lower/dicts.rs`).
            TyDef::Record(fields) if types::is_dict(fields) => {
                let (Ty::Arr(_), Ty::Arr(va)) = (fields[0].1, fields[1].1) else {
                    unreachable!("a dictionary holds two arrays")
                };
                let elem = types.elem(va);
                let (keys, values) = (f.temp(I32), f.temp(I32));
                imp(f, Import::JsObjNew);
                f.push(I::LocalSet(out))
                    .push(I::LocalGet(ptr))
                    .push(I::I32Load(at(field_offset(0), 2)))
                    .push(I::LocalSet(keys))
                    .push(I::LocalGet(ptr))
                    .push(I::I32Load(at(field_offset(1), 2)))
                    .push(I::LocalSet(values));
                each_index(f, keys, i, |f| {
                    f.push(I::LocalGet(out));
                    h.elem_addr(f, keys, i);
                    h.load(f, Ty::Str, 0);
                    h.elem_addr(f, values, i);
                    h.load(f, elem, 0);
                    value(f, elem);
                    imp(f, Import::JsObjSet);
                });
            }
            TyDef::Record(fields) => {
                imp(f, Import::JsObjNew);
                f.push(I::LocalSet(out));
                for (k, (name, t)) in fields.iter().enumerate() {
                    f.push(I::LocalGet(out))
                        .push(I::GlobalGet(needs.string_index(name)))
                        .push(I::LocalGet(ptr));
                    h.load(f, *t, field_offset(k));
                    value(f, *t);
                    imp(f, Import::JsObjSet);
                }
            }
        }
        f.push(I::LocalGet(out)).push(I::Return);
    });
    f.push(I::Unreachable);
    f
}

/// `for (i = 0; i < array.length; i++) body` over the array in local `array` (`to_js`).
fn each_index(f: &mut FuncBuilder, array: u32, i: u32, body: impl FnOnce(&mut FuncBuilder)) {
    f.push(I::I32Const(0))
        .push(I::LocalSet(i))
        .push(I::Block(BlockType::Empty))
        .push(I::Loop(BlockType::Empty))
        .push(I::LocalGet(i))
        .push(I::LocalGet(array))
        .push(I::I32Load(at(ARRAY_LEN, 2)))
        .push(I::I32GeU)
        .push(I::BrIf(1));
    body(f);
    super::func::incr(f, i, 1);
    f.push(I::Br(0)).push(I::End).push(I::End);
}

/// `from_js(value, type) -> ptr`: a new heap value of type `type` read from a JS value
/// (`JSON.parse`). Missing or mistyped parts read as 0, "", false or empty.
fn from_js(h: &Heap, types: &Types, needs: &Needs) -> FuncBuilder {
    let mut f = FuncBuilder::new(2, vec![I32, I32, I32]);
    let (value, ty, out, i, n) = (0, 1, 2, 3, 4);
    let imp = |f: &mut FuncBuilder, i: Import| {
        f.push(I::Call(needs.function_index(i)));
    };
    // JS value on the stack → the value of a `t`.
    fn read_base(h: &Heap, needs: &Needs, f: &mut FuncBuilder, t: Ty) {
        let imp = |f: &mut FuncBuilder, i: Import| {
            f.push(I::Call(needs.function_index(i)));
        };
        match t {
            Ty::Num => imp(f, Import::JsToNum),
            Ty::Bool => imp(f, Import::JsToBool),
            Ty::Str => imp(f, Import::JsToStr),
            Ty::Arr(id) | Ty::Rec(id) => {
                f.push(I::I32Const(id as i32))
                    .push(I::Call(h.index(HeapFn::FromJs)));
            }
            Ty::Event => {}
            // A type only a failed lowering attempt used (the `[]` of `const out = []` before
            // its first `push` told its type) is still in the table: its code must be valid.
            Ty::Null => {
                f.push(I::Drop).push(I::I32Const(0));
            }
            // JS `null` arrives as the null reference: nullish; anything else is read as
            // the base (lowering refuses parsing JSON into nullable types, so this only has
            // to be valid code).
            Ty::Opt(o) => {
                let v = f.temp(ValType::EXTERNREF);
                f.push(I::LocalTee(v))
                    .push(I::RefIsNull)
                    .push(I::If(BlockType::Result(super::expr::val_type(t))));
                super::expr::push_nullish(f, t);
                f.push(I::Else).push(I::LocalGet(v));
                read_base(h, needs, f, o.base());
                f.push(I::End);
            }
        }
    }
    let read = |f: &mut FuncBuilder, t: Ty| {
        read_base(h, needs, f, t);
        h.retain_value(f, t);
    };
    type_switch(&mut f, ty, types, |f, def| {
        match def {
            TyDef::Array(elem) => {
                f.push(I::LocalGet(value));
                imp(f, Import::JsLen);
                f.push(I::LocalSet(n))
                    .push(I::LocalGet(ty))
                    .push(I::I32Const(types::kind(*elem)))
                    .push(I::LocalGet(n))
                    .push(I::Call(h.index(HeapFn::ArrNew)))
                    .push(I::LocalSet(out))
                    .push(I::I32Const(0))
                    .push(I::LocalSet(i))
                    .push(I::Block(BlockType::Empty))
                    .push(I::Loop(BlockType::Empty))
                    .push(I::LocalGet(i))
                    .push(I::LocalGet(n))
                    .push(I::I32GeU)
                    .push(I::BrIf(1));
                h.elem_addr(f, out, i);
                f.push(I::LocalGet(value)).push(I::LocalGet(i));
                imp(f, Import::JsAt);
                read(f, *elem);
                f.push(I::I64Store(at(0, 3)))
                    .push(I::LocalGet(i))
                    .push(I::I32Const(1))
                    .push(I::I32Add)
                    .push(I::LocalSet(i))
                    .push(I::Br(0))
                    .push(I::End)
                    .push(I::End);
            }
            TyDef::Record(fields) => {
                f.push(I::LocalGet(ty))
                    .push(I::I32Const(fields.len() as i32))
                    .push(I::Call(h.index(HeapFn::NewRecord)))
                    .push(I::LocalSet(out));
                for (k, (name, t)) in fields.iter().enumerate() {
                    f.push(I::LocalGet(out))
                        .push(I::LocalGet(value))
                        .push(I::GlobalGet(needs.string_index(name)));
                    imp(f, Import::JsGet);
                    read(f, *t);
                    f.push(I::I64Store(at(field_offset(k), 3)));
                }
            }
        }
        f.push(I::LocalGet(out)).push(I::Return);
    });
    f.push(I::Unreachable);
    f
}

/// `heap_alloc(size) -> ptr`
fn alloc(h: &Heap) -> FuncBuilder {
    let mut f = FuncBuilder::new(1, vec![I32, I32, I32]);
    let (size, class, block, need) = (0, 1, 2, 3);
    // class = max(4, 32 - clz(size + 7)): the smallest 2^class ≥ size + 8.
    f.push(I::I32Const(32))
        .push(I::LocalGet(size))
        .push(I::I32Const(7))
        .push(I::I32Add)
        .push(I::I32Clz)
        .push(I::I32Sub)
        .push(I::LocalTee(class))
        .push(I::I32Const(4))
        .push(I::LocalGet(class))
        .push(I::I32Const(4))
        .push(I::I32GtU)
        .push(I::Select)
        .push(I::LocalSet(class));
    // A free block of that class?
    f.push(I::LocalGet(class))
        .push(I::I32Const(2))
        .push(I::I32Shl)
        .push(I::I32Load(at(h.free_lists, 2)))
        .push(I::LocalTee(block))
        .push(I::If(BlockType::Empty))
        .push(I::LocalGet(class))
        .push(I::I32Const(2))
        .push(I::I32Shl)
        .push(I::LocalGet(block))
        .push(I::I32Load(at(4, 2)))
        .push(I::I32Store(at(h.free_lists, 2)))
        .push(I::Else)
        // Bump, growing memory when the heap reaches its end.
        .push(I::GlobalGet(h.global(TOP)))
        .push(I::LocalTee(block))
        .push(I::I32Const(1))
        .push(I::LocalGet(class))
        .push(I::I32Shl)
        .push(I::I32Add)
        .push(I::LocalTee(need))
        .push(I::GlobalSet(h.global(TOP)))
        .push(I::LocalGet(need))
        .push(I::MemorySize(0))
        .push(I::I32Const(16))
        .push(I::I32Shl)
        .push(I::I32GtU)
        .push(I::If(BlockType::Empty))
        .push(I::LocalGet(need))
        .push(I::MemorySize(0))
        .push(I::I32Const(16))
        .push(I::I32Shl)
        .push(I::I32Sub)
        .push(I::I32Const(65535))
        .push(I::I32Add)
        .push(I::I32Const(16))
        .push(I::I32ShrU)
        .push(I::MemoryGrow(0))
        .push(I::I32Const(-1))
        .push(I::I32Eq)
        .push(I::If(BlockType::Empty))
        .push(I::Unreachable)
        .push(I::End)
        .push(I::End)
        .push(I::End);
    f.push(I::LocalGet(block))
        .push(I::LocalGet(class))
        .push(I::I32Store(at(0, 2)))
        .push(I::LocalGet(block))
        .push(I::I32Const(8))
        .push(I::I32Add);
    f
}

/// `heap_free(ptr)`
fn free(h: &Heap) -> FuncBuilder {
    let mut f = FuncBuilder::new(1, vec![I32, I32]);
    let (ptr, block, slot) = (0, 1, 2);
    f.push(I::LocalGet(ptr))
        .push(I::I32Const(8))
        .push(I::I32Sub)
        .push(I::LocalTee(block))
        .push(I::I32Load(at(0, 2)))
        .push(I::I32Const(2))
        .push(I::I32Shl)
        .push(I::I32Const(h.free_lists as i32))
        .push(I::I32Add)
        .push(I::LocalSet(slot))
        .push(I::LocalGet(block))
        .push(I::LocalGet(slot))
        .push(I::I32Load(at(0, 2)))
        .push(I::I32Store(at(4, 2)))
        .push(I::LocalGet(slot))
        .push(I::LocalGet(block))
        .push(I::I32Store(at(0, 2)));
    f
}

fn rc_inc() -> FuncBuilder {
    let mut f = FuncBuilder::new(1, vec![]);
    f.push(I::LocalGet(0))
        .push(I::If(BlockType::Empty))
        .push(I::LocalGet(0))
        .push(I::LocalGet(0))
        .push(I::I32Load(at(0, 2)))
        .push(I::I32Const(1))
        .push(I::I32Add)
        .push(I::I32Store(at(0, 2)))
        .push(I::End);
    f
}

fn rc_dec(h: &Heap) -> FuncBuilder {
    let mut f = FuncBuilder::new(1, vec![I32]);
    f.push(I::LocalGet(0))
        .push(I::If(BlockType::Empty))
        .push(I::LocalGet(0))
        .push(I::LocalGet(0))
        .push(I::I32Load(at(0, 2)))
        .push(I::I32Const(1))
        .push(I::I32Sub)
        .push(I::LocalTee(1))
        .push(I::I32Store(at(0, 2)))
        .push(I::LocalGet(1))
        .push(I::I32Const(i32::MAX))
        .push(I::I32And)
        .push(I::I32Eqz)
        .push(I::If(BlockType::Empty))
        .push(I::LocalGet(0));
    h.call(&mut f, HeapFn::ZctPush);
    f.push(I::End).push(I::End);
    f
}

/// Appends the i32 in local `value` to a growable vector kept in globals (ptr, len, cap).
fn vec_push(h: &Heap, f: &mut FuncBuilder, ptr: u32, len: u32, cap: u32, value: u32) {
    let fresh = f.temp(I32);
    f.push(I::GlobalGet(h.global(len)))
        .push(I::GlobalGet(h.global(cap)))
        .push(I::I32Eq)
        .push(I::If(BlockType::Empty))
        // cap = max(64, 2 cap)
        .push(I::GlobalGet(h.global(cap)))
        .push(I::I32Const(1))
        .push(I::I32Shl)
        .push(I::I32Const(64))
        .push(I::GlobalGet(h.global(cap)))
        .push(I::I32Const(32))
        .push(I::I32GtU)
        .push(I::Select)
        .push(I::GlobalSet(h.global(cap)))
        .push(I::GlobalGet(h.global(cap)))
        .push(I::I32Const(2))
        .push(I::I32Shl);
    h.call(f, HeapFn::Alloc);
    f.push(I::LocalTee(fresh))
        .push(I::GlobalGet(h.global(ptr)))
        .push(I::GlobalGet(h.global(len)))
        .push(I::I32Const(2))
        .push(I::I32Shl)
        .push(I::MemoryCopy {
            src_mem: 0,
            dst_mem: 0,
        })
        .push(I::GlobalGet(h.global(ptr)))
        .push(I::If(BlockType::Empty))
        .push(I::GlobalGet(h.global(ptr)));
    h.call(f, HeapFn::Free);
    f.push(I::End)
        .push(I::LocalGet(fresh))
        .push(I::GlobalSet(h.global(ptr)))
        .push(I::End);
    f.push(I::GlobalGet(h.global(ptr)))
        .push(I::GlobalGet(h.global(len)))
        .push(I::I32Const(2))
        .push(I::I32Shl)
        .push(I::I32Add)
        .push(I::LocalGet(value))
        .push(I::I32Store(at(0, 2)))
        .push(I::GlobalGet(h.global(len)))
        .push(I::I32Const(1))
        .push(I::I32Add)
        .push(I::GlobalSet(h.global(len)));
}

/// `zct_push(ptr)`: remembers an object whose count is zero (once).
fn zct_push(h: &Heap) -> FuncBuilder {
    let mut f = FuncBuilder::new(1, vec![I32]);
    f.push(I::LocalGet(0))
        .push(I::I32Load(at(0, 2)))
        .push(I::LocalTee(1))
        .push(I::I32Const(FLAG))
        .push(I::I32And)
        .push(I::If(BlockType::Empty))
        .push(I::Return)
        .push(I::End)
        .push(I::LocalGet(0))
        .push(I::LocalGet(1))
        .push(I::I32Const(FLAG))
        .push(I::I32Or)
        .push(I::I32Store(at(0, 2)));
    vec_push(h, &mut f, ZCT_PTR, ZCT_LEN, ZCT_CAP, 0);
    f
}

/// `collect()`: frees every remembered object whose count is still zero. Dropping an
/// object decrements what it holds, which may remember more; the loop runs until the
/// table is empty.
fn collect(h: &Heap) -> FuncBuilder {
    let mut f = FuncBuilder::new(0, vec![I32, I32]);
    let (ptr, rc) = (0, 1);
    f.push(I::Block(BlockType::Empty))
        .push(I::Loop(BlockType::Empty))
        .push(I::GlobalGet(h.global(ZCT_LEN)))
        .push(I::I32Eqz)
        .push(I::BrIf(1))
        .push(I::GlobalGet(h.global(ZCT_LEN)))
        .push(I::I32Const(1))
        .push(I::I32Sub)
        .push(I::GlobalSet(h.global(ZCT_LEN)))
        .push(I::GlobalGet(h.global(ZCT_PTR)))
        .push(I::GlobalGet(h.global(ZCT_LEN)))
        .push(I::I32Const(2))
        .push(I::I32Shl)
        .push(I::I32Add)
        .push(I::I32Load(at(0, 2)))
        .push(I::LocalTee(ptr))
        .push(I::LocalGet(ptr))
        .push(I::I32Load(at(0, 2)))
        .push(I::I32Const(i32::MAX))
        .push(I::I32And)
        .push(I::LocalTee(rc))
        .push(I::I32Store(at(0, 2)))
        .push(I::LocalGet(rc))
        .push(I::I32Eqz)
        .push(I::If(BlockType::Empty))
        .push(I::LocalGet(ptr));
    h.call(&mut f, HeapFn::Drop);
    f.push(I::End).push(I::Br(0)).push(I::End).push(I::End);
    f
}

/// Releases the stored value of type `ty` at `offset` from the address in local `addr`.
fn release_stored(h: &Heap, f: &mut FuncBuilder, ty: Ty, addr: u32, offset: u32) {
    match types::kind(ty) {
        1 => {
            f.push(I::LocalGet(addr)).push(I::I32Load(at(offset, 2)));
            h.call(f, HeapFn::StrFree);
        }
        2 => {
            f.push(I::LocalGet(addr)).push(I::I32Load(at(offset, 2)));
            h.call(f, HeapFn::RcDec);
        }
        _ => {}
    }
}

/// `drop(ptr)`: releases what the object holds and frees it (its count is zero).
fn drop_fn(h: &Heap, types: &Types) -> FuncBuilder {
    let mut f = FuncBuilder::new(1, vec![I32, I32, I32]);
    let (ptr, i, len) = (0, 1, 2);
    let defs = types.defs();
    if !defs.is_empty() {
        f.push(I::Block(BlockType::Empty));
        for _ in 0..defs.len() {
            f.push(I::Block(BlockType::Empty));
        }
        f.push(I::LocalGet(ptr))
            .push(I::I32Load(at(4, 2)))
            .push(I::BrTable(
                (0..defs.len() as u32).collect::<Vec<_>>().into(),
                defs.len() as u32,
            ));
        for (k, def) in defs.iter().enumerate() {
            f.push(I::End);
            match def {
                TyDef::Record(fields) => {
                    for (n, (_, ty)) in fields.iter().enumerate() {
                        release_stored(h, &mut f, *ty, ptr, field_offset(n));
                    }
                }
                TyDef::Array(elem) => {
                    if types::kind(*elem) != 0 {
                        f.push(I::LocalGet(ptr))
                            .push(I::I32Load(at(ARRAY_LEN, 2)))
                            .push(I::LocalSet(len))
                            .push(I::I32Const(0))
                            .push(I::LocalSet(i))
                            .push(I::Block(BlockType::Empty))
                            .push(I::Loop(BlockType::Empty))
                            .push(I::LocalGet(i))
                            .push(I::LocalGet(len))
                            .push(I::I32GeU)
                            .push(I::BrIf(1));
                        let addr = f.temp(I32);
                        h.elem_addr(&mut f, ptr, i);
                        f.push(I::LocalSet(addr));
                        release_stored(h, &mut f, *elem, addr, 0);
                        f.push(I::LocalGet(i))
                            .push(I::I32Const(1))
                            .push(I::I32Add)
                            .push(I::LocalSet(i))
                            .push(I::Br(0))
                            .push(I::End)
                            .push(I::End);
                    }
                    f.push(I::LocalGet(ptr)).push(I::I32Load(at(ARRAY_DATA, 2)));
                    h.call(&mut f, HeapFn::Free);
                }
            }
            // Out of the outer block (n - k blocks are open here) to the free below.
            f.push(I::Br((defs.len() - k - 1) as u32));
        }
        f.push(I::End);
    }
    f.push(I::LocalGet(ptr));
    h.call(&mut f, HeapFn::Free);
    f
}

/// `str_put(s) -> slot`: stores a string in a free slot of the heap string table.
fn str_put(h: &Heap) -> FuncBuilder {
    let mut f = FuncBuilder::new(1, vec![I32]);
    let slot = 1;
    f.push(I::GlobalGet(h.global(SF_LEN)))
        .push(I::If(BlockType::Empty))
        .push(I::GlobalGet(h.global(SF_LEN)))
        .push(I::I32Const(1))
        .push(I::I32Sub)
        .push(I::GlobalSet(h.global(SF_LEN)))
        .push(I::GlobalGet(h.global(SF_PTR)))
        .push(I::GlobalGet(h.global(SF_LEN)))
        .push(I::I32Const(2))
        .push(I::I32Shl)
        .push(I::I32Add)
        .push(I::I32Load(at(0, 2)))
        .push(I::LocalSet(slot))
        .push(I::Else)
        .push(I::RefNull(HeapType::EXTERN))
        .push(I::I32Const(1))
        .push(I::TableGrow(h.table))
        .push(I::LocalTee(slot))
        .push(I::I32Const(-1))
        .push(I::I32Eq)
        .push(I::If(BlockType::Empty))
        .push(I::Unreachable)
        .push(I::End)
        .push(I::End)
        .push(I::LocalGet(slot))
        .push(I::LocalGet(0))
        .push(I::TableSet(h.table))
        .push(I::LocalGet(slot));
    f
}

/// `str_free(slot)`: lets the JS string go and recycles the slot.
fn str_free(h: &Heap) -> FuncBuilder {
    let mut f = FuncBuilder::new(1, vec![]);
    f.push(I::LocalGet(0))
        .push(I::RefNull(HeapType::EXTERN))
        .push(I::TableSet(h.table));
    vec_push(h, &mut f, SF_PTR, SF_LEN, SF_CAP, 0);
    f
}

/// `retain(kind, raw) -> raw`: a stored copy of a raw element (a new string slot, one more
/// count for a heap pointer).
fn retain(h: &Heap) -> FuncBuilder {
    let mut f = FuncBuilder::new(2, vec![]);
    f.push(I::LocalGet(0))
        .push(I::I32Const(1))
        .push(I::I32Eq)
        .push(I::If(BlockType::Result(I64)))
        .push(I::LocalGet(1))
        .push(I::I32WrapI64)
        .push(I::TableGet(h.table));
    h.call(&mut f, HeapFn::StrPut);
    f.push(I::I64ExtendI32U)
        .push(I::Else)
        .push(I::LocalGet(0))
        .push(I::I32Const(2))
        .push(I::I32Eq)
        .push(I::If(BlockType::Empty))
        .push(I::LocalGet(1))
        .push(I::I32WrapI64);
    h.call(&mut f, HeapFn::RcInc);
    f.push(I::End).push(I::LocalGet(1)).push(I::End);
    f
}

/// `release(kind, raw)`
fn release(h: &Heap) -> FuncBuilder {
    let mut f = FuncBuilder::new(2, vec![]);
    f.push(I::LocalGet(0))
        .push(I::I32Const(1))
        .push(I::I32Eq)
        .push(I::If(BlockType::Empty))
        .push(I::LocalGet(1))
        .push(I::I32WrapI64);
    h.call(&mut f, HeapFn::StrFree);
    f.push(I::Else)
        .push(I::LocalGet(0))
        .push(I::I32Const(2))
        .push(I::I32Eq)
        .push(I::If(BlockType::Empty))
        .push(I::LocalGet(1))
        .push(I::I32WrapI64);
    h.call(&mut f, HeapFn::RcDec);
    f.push(I::End).push(I::End);
    f
}

/// `arr_new(type, kind, len) -> ptr`: an array of `len` uninitialised elements (the caller
/// stores them), with a zero count.
fn arr_new(h: &Heap) -> FuncBuilder {
    let mut f = FuncBuilder::new(3, vec![I32, I32]);
    let (ty, kind, len, ptr, cap) = (0, 1, 2, 3, 4);
    f.push(I::I32Const(ARRAY_SIZE as i32));
    h.call(&mut f, HeapFn::Alloc);
    f.push(I::LocalTee(ptr))
        .push(I::I32Const(0))
        .push(I::I32Store(at(0, 2)))
        .push(I::LocalGet(ptr))
        .push(I::LocalGet(ty))
        .push(I::I32Store(at(4, 2)))
        .push(I::LocalGet(ptr))
        .push(I::LocalGet(len))
        .push(I::I32Store(at(ARRAY_LEN, 2)))
        .push(I::LocalGet(ptr))
        .push(I::LocalGet(kind))
        .push(I::I32Store(at(ARRAY_KIND, 2)))
        .push(I::LocalGet(len))
        .push(I::I32Const(4))
        .push(I::LocalGet(len))
        .push(I::I32Const(4))
        .push(I::I32GtU)
        .push(I::Select)
        .push(I::LocalSet(cap))
        .push(I::LocalGet(ptr))
        .push(I::LocalGet(cap))
        .push(I::I32Store(at(ARRAY_CAP, 2)))
        .push(I::LocalGet(ptr))
        .push(I::LocalGet(cap))
        .push(I::I32Const(3))
        .push(I::I32Shl);
    h.call(&mut f, HeapFn::Alloc);
    f.push(I::I32Store(at(ARRAY_DATA, 2)))
        .push(I::LocalGet(ptr));
    h.call(&mut f, HeapFn::ZctPush);
    f.push(I::LocalGet(ptr));
    f
}

/// `arr_reserve(ptr, n)`: room for `n` elements.
fn arr_reserve(h: &Heap) -> FuncBuilder {
    let mut f = FuncBuilder::new(2, vec![I32, I32]);
    let (ptr, need, cap, data) = (0, 1, 2, 3);
    f.push(I::LocalGet(need))
        .push(I::LocalGet(ptr))
        .push(I::I32Load(at(ARRAY_CAP, 2)))
        .push(I::LocalTee(cap))
        .push(I::I32LeU)
        .push(I::If(BlockType::Empty))
        .push(I::Return)
        .push(I::End)
        // cap = max(need, 2 cap)
        .push(I::LocalGet(need))
        .push(I::LocalGet(cap))
        .push(I::I32Const(1))
        .push(I::I32Shl)
        .push(I::LocalTee(cap))
        .push(I::LocalGet(need))
        .push(I::LocalGet(cap))
        .push(I::I32GtU)
        .push(I::Select)
        .push(I::LocalTee(cap))
        .push(I::I32Const(3))
        .push(I::I32Shl);
    h.call(&mut f, HeapFn::Alloc);
    f.push(I::LocalTee(data))
        .push(I::LocalGet(ptr))
        .push(I::I32Load(at(ARRAY_DATA, 2)))
        .push(I::LocalGet(ptr))
        .push(I::I32Load(at(ARRAY_LEN, 2)))
        .push(I::I32Const(3))
        .push(I::I32Shl)
        .push(I::MemoryCopy {
            src_mem: 0,
            dst_mem: 0,
        })
        .push(I::LocalGet(ptr))
        .push(I::I32Load(at(ARRAY_DATA, 2)));
    h.call(&mut f, HeapFn::Free);
    f.push(I::LocalGet(ptr))
        .push(I::LocalGet(data))
        .push(I::I32Store(at(ARRAY_DATA, 2)))
        .push(I::LocalGet(ptr))
        .push(I::LocalGet(cap))
        .push(I::I32Store(at(ARRAY_CAP, 2)));
    f
}

/// `arr_push(ptr, raw)`: appends an already retained element.
fn arr_push(h: &Heap) -> FuncBuilder {
    let mut f = FuncBuilder::new(2, vec![I32]);
    let (ptr, raw, len) = (0, 1, 2);
    f.push(I::LocalGet(ptr))
        .push(I::LocalGet(ptr))
        .push(I::I32Load(at(ARRAY_LEN, 2)))
        .push(I::LocalTee(len))
        .push(I::I32Const(1))
        .push(I::I32Add);
    h.call(&mut f, HeapFn::ArrReserve);
    h.elem_addr(&mut f, ptr, len);
    f.push(I::LocalGet(raw))
        .push(I::I64Store(at(0, 3)))
        .push(I::LocalGet(ptr))
        .push(I::LocalGet(len))
        .push(I::I32Const(1))
        .push(I::I32Add)
        .push(I::I32Store(at(ARRAY_LEN, 2)));
    f
}

/// `rel_index(x, len) -> i`: JS relative index (`slice`/`splice` arguments): truncated,
/// negative counts from the end, clamped to `0..=len`; NaN is 0.
fn rel_index() -> FuncBuilder {
    let mut f = FuncBuilder::new(2, vec![]);
    let (x, len) = (0, 1);
    f.push(I::LocalGet(x))
        .push(I::LocalGet(x))
        .push(I::F64Ne)
        .push(I::If(BlockType::Empty))
        .push(I::I32Const(0))
        .push(I::Return)
        .push(I::End)
        .push(I::LocalGet(x))
        .push(I::F64Trunc)
        .push(I::LocalTee(x))
        .push(I::F64Const(0.0.into()))
        .push(I::F64Lt)
        .push(I::If(BlockType::Result(ValType::F64)))
        .push(I::LocalGet(x))
        .push(I::LocalGet(len))
        .push(I::F64ConvertI32U)
        .push(I::F64Add)
        .push(I::F64Const(0.0.into()))
        .push(I::F64Max)
        .push(I::Else)
        .push(I::LocalGet(x))
        .push(I::LocalGet(len))
        .push(I::F64ConvertI32U)
        .push(I::F64Min)
        .push(I::End)
        .push(I::I32TruncSatF64U);
    f
}

/// `arr_slice(ptr, start, end) -> ptr`: a new array of retained copies of `start..end`.
fn arr_slice(h: &Heap) -> FuncBuilder {
    let mut f = FuncBuilder::new(3, vec![I32, I32, I32, I32]);
    let (ptr, start, end, out, n, i, kind) = (0, 1, 2, 3, 4, 5, 6);
    f.push(I::LocalGet(end))
        .push(I::LocalGet(start))
        .push(I::I32Sub)
        .push(I::I32Const(0))
        .push(I::LocalGet(end))
        .push(I::LocalGet(start))
        .push(I::I32GtS)
        .push(I::Select)
        .push(I::LocalSet(n))
        .push(I::LocalGet(ptr))
        .push(I::I32Load(at(4, 2)))
        .push(I::LocalGet(ptr))
        .push(I::I32Load(at(ARRAY_KIND, 2)))
        .push(I::LocalTee(kind))
        .push(I::LocalGet(n));
    h.call(&mut f, HeapFn::ArrNew);
    f.push(I::LocalSet(out))
        .push(I::I32Const(0))
        .push(I::LocalSet(i))
        .push(I::Block(BlockType::Empty))
        .push(I::Loop(BlockType::Empty))
        .push(I::LocalGet(i))
        .push(I::LocalGet(n))
        .push(I::I32GeU)
        .push(I::BrIf(1));
    h.elem_addr(&mut f, out, i);
    f.push(I::LocalGet(kind));
    let src = f.temp(I32);
    f.push(I::LocalGet(i))
        .push(I::LocalGet(start))
        .push(I::I32Add)
        .push(I::LocalSet(src));
    h.elem_addr(&mut f, ptr, src);
    f.push(I::I64Load(at(0, 3)));
    h.call(&mut f, HeapFn::Retain);
    f.push(I::I64Store(at(0, 3)))
        .push(I::LocalGet(i))
        .push(I::I32Const(1))
        .push(I::I32Add)
        .push(I::LocalSet(i))
        .push(I::Br(0))
        .push(I::End)
        .push(I::End)
        .push(I::LocalGet(out));
    f
}

/// `arr_splice(ptr, start, count, inserted) -> removed`: moves `count` elements at `start`
/// into a new array (ownership moves with them) and leaves a gap of `inserted` elements
/// there for the caller to fill. `start ≤ len`; `count` is clamped to what exists.
fn arr_splice(h: &Heap) -> FuncBuilder {
    let mut f = FuncBuilder::new(4, vec![I32, I32, I32]);
    let (ptr, start, count, inserted, removed, len, data) = (0, 1, 2, 3, 4, 5, 6);
    f.push(I::LocalGet(ptr))
        .push(I::I32Load(at(ARRAY_LEN, 2)))
        .push(I::LocalTee(len))
        .push(I::LocalGet(start))
        .push(I::I32Sub)
        .push(I::LocalTee(data))
        .push(I::LocalGet(count))
        .push(I::LocalGet(count))
        .push(I::LocalGet(data))
        .push(I::I32GtU)
        .push(I::Select)
        .push(I::LocalSet(count))
        .push(I::LocalGet(ptr))
        .push(I::I32Load(at(4, 2)))
        .push(I::LocalGet(ptr))
        .push(I::I32Load(at(ARRAY_KIND, 2)))
        .push(I::LocalGet(count));
    h.call(&mut f, HeapFn::ArrNew);
    f.push(I::LocalTee(removed))
        .push(I::I32Load(at(ARRAY_DATA, 2)))
        .push(I::LocalGet(ptr))
        .push(I::I32Load(at(ARRAY_DATA, 2)))
        .push(I::LocalGet(start))
        .push(I::I32Const(3))
        .push(I::I32Shl)
        .push(I::I32Add)
        .push(I::LocalGet(count))
        .push(I::I32Const(3))
        .push(I::I32Shl)
        .push(I::MemoryCopy {
            src_mem: 0,
            dst_mem: 0,
        });
    // Room for the inserted elements, then move the tail.
    f.push(I::LocalGet(ptr))
        .push(I::LocalGet(len))
        .push(I::LocalGet(inserted))
        .push(I::I32Add)
        .push(I::LocalGet(count))
        .push(I::I32Sub);
    h.call(&mut f, HeapFn::ArrReserve);
    f.push(I::LocalGet(ptr))
        .push(I::I32Load(at(ARRAY_DATA, 2)))
        .push(I::LocalTee(data))
        .push(I::LocalGet(start))
        .push(I::LocalGet(inserted))
        .push(I::I32Add)
        .push(I::I32Const(3))
        .push(I::I32Shl)
        .push(I::I32Add)
        .push(I::LocalGet(data))
        .push(I::LocalGet(start))
        .push(I::LocalGet(count))
        .push(I::I32Add)
        .push(I::I32Const(3))
        .push(I::I32Shl)
        .push(I::I32Add)
        .push(I::LocalGet(len))
        .push(I::LocalGet(start))
        .push(I::I32Sub)
        .push(I::LocalGet(count))
        .push(I::I32Sub)
        .push(I::I32Const(3))
        .push(I::I32Shl)
        .push(I::MemoryCopy {
            src_mem: 0,
            dst_mem: 0,
        })
        .push(I::LocalGet(ptr))
        .push(I::LocalGet(len))
        .push(I::LocalGet(inserted))
        .push(I::I32Add)
        .push(I::LocalGet(count))
        .push(I::I32Sub)
        .push(I::I32Store(at(ARRAY_LEN, 2)))
        .push(I::LocalGet(removed));
    f
}

/// `arr_at(ptr, index) -> address`: the element's address; traps unless `index` is an
/// integer in range (dx values cannot be `undefined`).
fn arr_at() -> FuncBuilder {
    let mut f = FuncBuilder::new(2, vec![I32]);
    let (ptr, x, i) = (0, 1, 2);
    f.push(I::LocalGet(x))
        .push(I::LocalGet(x))
        .push(I::F64Trunc)
        .push(I::F64Ne)
        .push(I::LocalGet(x))
        .push(I::F64Const(0.0.into()))
        .push(I::F64Lt)
        .push(I::I32Or)
        .push(I::LocalGet(x))
        .push(I::LocalGet(ptr))
        .push(I::I32Load(at(ARRAY_LEN, 2)))
        .push(I::F64ConvertI32U)
        .push(I::F64Ge)
        .push(I::I32Or)
        .push(I::If(BlockType::Empty))
        .push(I::Unreachable)
        .push(I::End)
        .push(I::LocalGet(x))
        .push(I::I32TruncF64U)
        .push(I::LocalSet(i))
        .push(I::LocalGet(ptr))
        .push(I::I32Load(at(ARRAY_DATA, 2)))
        .push(I::LocalGet(i))
        .push(I::I32Const(3))
        .push(I::I32Shl)
        .push(I::I32Add);
    f
}

/// `new_record(type, fields) -> ptr`: a record with a zero count, fields to be stored.
fn new_record(h: &Heap) -> FuncBuilder {
    let mut f = FuncBuilder::new(2, vec![I32]);
    let (ty, n, ptr) = (0, 1, 2);
    f.push(I::LocalGet(n))
        .push(I::I32Const(3))
        .push(I::I32Shl)
        .push(I::I32Const(record_size(0) as i32))
        .push(I::I32Add);
    h.call(&mut f, HeapFn::Alloc);
    f.push(I::LocalTee(ptr))
        .push(I::I32Const(0))
        .push(I::I32Store(at(0, 2)))
        .push(I::LocalGet(ptr))
        .push(I::LocalGet(ty))
        .push(I::I32Store(at(4, 2)))
        .push(I::LocalGet(ptr));
    h.call(&mut f, HeapFn::ZctPush);
    f.push(I::LocalGet(ptr));
    f
}
