//! Statement codegen for handlers and functions. Structured control flow keeps a stack of
//! enclosing labels so `break`, `continue` and `return` find their branch depth.

use wasm_encoder::{BlockType, Instruction as I};

use super::Env;
use super::expr::{ExprEnv, val_type};
use super::func::{FuncBuilder, at};
use super::heap::HeapFn;
use super::imports::Import;
use super::scopes::store_slot;
use crate::lower::plan::{GStmt, Ty};
use wasm_encoder::ValType;

/// What an enclosing wasm block is for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Label {
    /// `if` / `else`: only counted.
    If,
    /// Left by `break`.
    Break,
    /// Left by `continue` (the end of a loop body).
    Continue,
    /// A loop's head: counted only.
    LoopHead,
    /// An inlined function body: left by its `return`.
    Inlined,
    /// The body of an array method's callback: its `return value` leaves with the value.
    Value,
}

/// Emits statements into one function.
pub struct StmtEmitter<'a> {
    env: &'a Env<'a>,
    x: &'a ExprEnv<'a>,
    labels: Vec<Label>,
}

impl<'a> StmtEmitter<'a> {
    /// An emitter at the top of a function body.
    pub fn new(env: &'a Env<'a>, x: &'a ExprEnv<'a>) -> Self {
        StmtEmitter {
            env,
            x,
            labels: Vec::new(),
        }
    }

    /// An emitter inside the value block of an inlined callback (see `data.rs`).
    pub fn value_block(env: &'a Env<'a>, x: &'a ExprEnv<'a>) -> Self {
        StmtEmitter {
            env,
            x,
            labels: vec![Label::Value],
        }
    }

    /// Emits `body`.
    pub fn body(&mut self, f: &mut FuncBuilder, body: &[GStmt]) {
        for s in body {
            self.stmt(f, s);
        }
    }

    fn depth(&self, target: Label) -> Option<u32> {
        self.labels
            .iter()
            .rev()
            .position(|l| *l == target)
            .map(|d| d as u32)
    }

    fn block(
        &mut self,
        f: &mut FuncBuilder,
        label: Label,
        inner: impl FnOnce(&mut Self, &mut FuncBuilder),
    ) {
        f.push(I::Block(BlockType::Empty));
        self.labels.push(label);
        inner(self, f);
        self.labels.pop();
        f.push(I::End);
    }

    fn stmt(&mut self, f: &mut FuncBuilder, stmt: &GStmt) {
        let (env, x) = (self.env, self.x);
        match stmt {
            GStmt::Set { slot, value } => {
                let ty = env.plan.slots[*slot].ty;
                let t = f.temp(val_type(ty));
                x.expr(f, value);
                f.push(I::LocalSet(t)).push(I::LocalGet(t));
                x.load_slot(f, *slot, ty);
                match ty {
                    Ty::Num => f.push(I::F64Ne),
                    // A nullable number by its bits: the nullish NaN equals itself (as `null`
                    // does under `Object.is`).
                    Ty::Opt(o) if o.base() == Ty::Num => {
                        let old = f.temp(ValType::F64);
                        f.push(I::LocalSet(old))
                            .push(I::I64ReinterpretF64)
                            .push(I::LocalGet(old))
                            .push(I::I64ReinterpretF64)
                            .push(I::I64Ne)
                    }
                    // Arrays and records compare by identity, as React's `Object.is`.
                    Ty::Bool | Ty::Null | Ty::Arr(_) | Ty::Rec(_) => f.push(I::I32Ne),
                    Ty::Opt(o) if o.base() != Ty::Str => f.push(I::I32Ne),
                    _ => f
                        .push(I::Call(env.needs.function_index(Import::Equals)))
                        .push(I::I32Eqz),
                };
                f.push(I::If(BlockType::Empty));
                match (env.layout.row_slot[*slot], &x.row) {
                    (Some(_), Some(super::expr::RowAccess::Row { row, list })) => {
                        // State of a row holding the current one (a list nested in its rows).
                        let owner = env.layout.row_owner[*slot];
                        let row = if list.is_none() || *list == owner {
                            *row
                        } else {
                            let r = f.temp(ValType::I32);
                            x.push_row(f, owner.expect("a row's state"));
                            f.push(I::LocalSet(r));
                            r
                        };
                        super::scopes::take_row_copies(env, f, *slot, row);
                        super::scopes::store_row_slot(env, f, *slot, row, false, |f| {
                            f.push(I::LocalGet(t));
                        })
                    }
                    _ => store_slot(env, f, *slot, |f| {
                        f.push(I::LocalGet(t));
                    }),
                }
                let marked = mark_readers(env, f, *slot);
                // A render follows any state write in React, also of state nothing renders:
                // the flush takes the copies handlers read (`Plan::render_copies`).
                let copied = env.plan.render_copies.iter().any(|(s, _)| s == slot)
                    || env.plan.row_copy_of(*slot).is_some();
                if copied && !marked {
                    f.push(I::I32Const(1)).push(I::GlobalSet(env.changed));
                }
                // Writing a ref is not a render: it shows nothing else either.
                if !env.plan.slots[*slot].is_ref {
                    mark_sharers(env, f, *slot);
                }
                f.push(I::End);
            }
            GStmt::Let { local, value } => {
                x.expr(f, value);
                let l = x.local(f, *local, value.ty);
                f.push(I::LocalSet(l));
            }
            GStmt::SetField {
                object,
                index,
                value,
            } => {
                let (obj, old) = (f.temp(ValType::I32), f.temp(ValType::I64));
                x.expr(f, object);
                let offset = crate::types::field_offset(*index);
                f.push(I::LocalTee(obj))
                    .push(I::I64Load(at(offset, 3)))
                    .push(I::LocalSet(old))
                    .push(I::LocalGet(obj));
                x.expr(f, value);
                env.heap.retain_value(f, value.ty);
                f.push(I::I64Store(at(offset, 3)));
                release(env, f, value.ty, old);
                env.heap.bump_epoch(f);
            }
            GStmt::SetIndex {
                array,
                index,
                value,
            } => {
                let (arr, i, old, raw) = (
                    f.temp(ValType::I32),
                    f.temp(ValType::F64),
                    f.temp(ValType::I64),
                    f.temp(ValType::I64),
                );
                x.expr(f, array);
                f.push(I::LocalSet(arr));
                x.expr(f, index);
                f.push(I::LocalSet(i));
                x.expr(f, value);
                env.heap.retain_value(f, value.ty);
                f.push(I::LocalSet(raw));
                // `a[a.length] = v` appends, as in JS; other indices must exist.
                f.push(I::LocalGet(i))
                    .push(I::LocalGet(arr))
                    .push(I::I32Load(at(crate::types::ARRAY_LEN, 2)))
                    .push(I::F64ConvertI32U)
                    .push(I::F64Eq)
                    .push(I::If(BlockType::Empty))
                    .push(I::LocalGet(arr))
                    .push(I::LocalGet(raw));
                env.heap.call(f, HeapFn::ArrPush);
                f.push(I::Else).push(I::LocalGet(arr)).push(I::LocalGet(i));
                env.heap.call(f, HeapFn::ArrAt);
                let addr = f.temp(ValType::I32);
                f.push(I::LocalTee(addr))
                    .push(I::I64Load(at(0, 3)))
                    .push(I::LocalSet(old))
                    .push(I::LocalGet(addr))
                    .push(I::LocalGet(raw))
                    .push(I::I64Store(at(0, 3)));
                release(env, f, value.ty, old);
                f.push(I::End);
                env.heap.bump_epoch(f);
            }
            GStmt::Touch { slot } => {
                let _ = mark_readers(env, f, *slot);
            }
            GStmt::RunCallback { callback } => run_callback(env, f, x.callback_base + callback),
            GStmt::TouchType { ty } => {
                for (slot, s) in env.plan.slots.iter().enumerate() {
                    if env.plan.types.contains(s.ty, *ty) {
                        let _ = mark_readers(env, f, slot);
                    }
                }
            }
            GStmt::If {
                test,
                then,
                otherwise,
            } => {
                x.expr(f, test);
                f.push(I::If(BlockType::Empty));
                self.labels.push(Label::If);
                self.body(f, then);
                if !otherwise.is_empty() {
                    f.push(I::Else);
                    self.body(f, otherwise);
                }
                self.labels.pop();
                f.push(I::End);
            }
            GStmt::PreventDefault { local } => {
                f.push(I::LocalGet(*local))
                    .push(I::Call(env.needs.function_index(Import::EvPreventDefault)));
            }
            GStmt::Loop {
                test,
                body,
                update,
                test_at_end,
            } => {
                // block $break { loop $head { [test] block $continue { body } update [test] br $head } }
                self.block(f, Label::Break, |me, f| {
                    f.push(I::Loop(BlockType::Empty));
                    me.labels.push(Label::LoopHead);
                    if let (Some(test), false) = (test, test_at_end) {
                        x.expr(f, test);
                        f.push(I::I32Eqz)
                            .push(I::BrIf(me.depth(Label::Break).expect("loop break label")));
                    }
                    me.block(f, Label::Continue, |me, f| me.body(f, body));
                    me.body(f, update);
                    match (test, test_at_end) {
                        (Some(test), true) => {
                            x.expr(f, test);
                            f.push(I::BrIf(me.depth(Label::LoopHead).expect("loop head")));
                        }
                        _ => {
                            f.push(I::Br(me.depth(Label::LoopHead).expect("loop head")));
                        }
                    }
                    me.labels.pop();
                    f.push(I::End);
                });
            }
            GStmt::Breakable { body, .. } => self.block(f, Label::Break, |me, f| me.body(f, body)),
            GStmt::Inlined { body } => self.block(f, Label::Inlined, |me, f| me.body(f, body)),
            GStmt::Throw => {
                f.push(I::Unreachable);
            }
            GStmt::Break => {
                f.push(I::Br(
                    self.depth(Label::Break)
                        .expect("break inside a loop or switch"),
                ));
            }
            GStmt::Continue => {
                f.push(I::Br(
                    self.depth(Label::Continue).expect("continue inside a loop"),
                ));
            }
            GStmt::Return { value } => {
                if let Some(value) = value {
                    x.expr(f, value);
                }
                // The innermost function-like block: a callback's value block, an inlined
                // body (which returns nothing) or else the wasm function itself.
                let target = self
                    .labels
                    .iter()
                    .rev()
                    .position(|l| matches!(l, Label::Inlined | Label::Value))
                    .map(|d| (d as u32, self.labels[self.labels.len() - 1 - d]));
                match target {
                    Some((depth, Label::Value)) => f.push(I::Br(depth)),
                    Some((depth, _)) if value.is_none() => f.push(I::Br(depth)),
                    _ => f.push(I::Return),
                };
            }
            GStmt::Eval { value } => {
                x.expr(f, value);
                f.push(I::Drop);
            }
            GStmt::CallVoid { function, args } => {
                for a in args {
                    x.expr(f, a);
                }
                f.push(I::Call(env.idx.function + *function as u32));
            }
            GStmt::BuiltinVoid { id, args } => {
                for a in args {
                    x.expr(f, a);
                }
                f.push(I::Call(env.needs.function_index(Import::Builtin(*id))));
            }
            GStmt::WindowListen {
                event,
                callback,
                remove,
            } => {
                let import = match remove {
                    false => Import::WindowListen,
                    true => Import::WindowUnlisten,
                };
                f.push(I::GlobalGet(env.needs.string_index(event)))
                    .push(I::I32Const((env.plan.callback_base + *callback) as i32))
                    .push(I::Call(env.needs.function_index(import)));
            }
            GStmt::Focus { r } => {
                // A ref never attached to an element focuses nothing (React would throw on `null.current`).
                if let Some(node) = env.plan.refs[*r] {
                    f.push(I::I32Const(env.plan.handle(node) as i32))
                        .push(I::Call(env.idx.writer(dx_formats::ops::Op::Focus)));
                }
            }
            GStmt::ElementSet { r, name, value } => match env.plan.refs[*r] {
                None => {
                    f.push(I::Unreachable);
                }
                Some(node) => {
                    x.expr(f, value);
                    let v = f.temp(val_type(value.ty));
                    f.push(I::LocalSet(v));
                    env.apply_pending_ops(f);
                    f.push(I::I32Const(env.plan.handle(node) as i32))
                        .push(I::GlobalGet(env.needs.string_index(name)))
                        .push(I::LocalGet(v))
                        .push(I::Call(
                            env.needs
                                .function_index(super::imports::element_set_import(value.ty)),
                        ));
                }
            },
            GStmt::ElementCall { r, method } => match env.plan.refs[*r] {
                None => {
                    f.push(I::Unreachable);
                }
                Some(node) => {
                    env.apply_pending_ops(f);
                    f.push(I::I32Const(env.plan.handle(node) as i32))
                        .push(I::GlobalGet(env.needs.string_index(method)))
                        .push(I::Call(env.needs.function_index(Import::ElCall)));
                }
            },
            GStmt::ClearTimer { id } => {
                x.expr(f, id);
                f.push(I::Call(env.needs.function_index(Import::ClearTimer)));
            }
            GStmt::Log { args } => {
                // Arguments are evaluated first: one may call a function that logs itself.
                let temps: Vec<u32> = args
                    .iter()
                    .map(|a| {
                        x.expr(f, a);
                        let t = f.temp(val_type(a.ty));
                        f.push(I::LocalSet(t));
                        t
                    })
                    .collect();
                for (a, t) in args.iter().zip(temps) {
                    f.push(I::LocalGet(t));
                    if a.ty.is_heap() {
                        env.heap.call(f, HeapFn::ToJs);
                    }
                    let import = match a.ty {
                        Ty::Num => Import::LogNum,
                        Ty::Bool => Import::LogBool,
                        _ => Import::LogStr,
                    };
                    f.push(I::Call(env.needs.function_index(import)));
                }
                f.push(I::Call(env.needs.function_index(Import::LogEnd)));
            }
        }
    }
}

/// Releases the old stored value (raw, in i64 local `old`) of a field or element of type `ty`.
fn release(env: &Env<'_>, f: &mut FuncBuilder, ty: Ty, old: u32) {
    let kind = crate::types::kind(ty);
    if kind != 0 {
        f.push(I::I32Const(kind)).push(I::LocalGet(old));
        env.heap.call(f, HeapFn::Release);
    }
}

/// Calls handler `h` (a timer callback, an effect's cleanup) with no event and no row.
pub(crate) fn run_callback(env: &Env<'_>, f: &mut FuncBuilder, h: usize) {
    f.push(I::RefNull(wasm_encoder::HeapType::EXTERN))
        .push(I::I32Const(0))
        .push(I::Call(env.idx.handler + h as u32));
}

/// Sets the dirty bits of every binding that reads `slot` (and notes that a flush is due).
/// After a setter changed `slot`: if an array or record changed in place since the last
/// setter, what reads any other state that can hold such an object re-renders too. In React
/// the setter re-renders the whole component, and state values may share objects
/// (`useState(initialList)` twice, `[...list]` keeps the items): a value changed through one
/// shows through every other. Apps that never change objects in place emit nothing here.
/// After an in-place change, setting `slot` renders its component (and what it renders)
/// again under React, which then shows the change through any other state holding the object:
/// marks the bindings of those components that read such state.
fn mark_sharers(env: &Env<'_>, f: &mut FuncBuilder, slot: usize) {
    let types = &env.changed_in_place;
    let readers: Vec<usize> = (0..env.plan.slots.len())
        .filter(|&s| {
            s != slot
                && types
                    .iter()
                    .any(|t| env.plan.types.contains(env.plan.slots[s].ty, *t))
        })
        .flat_map(|s| env.plan.dependents(s))
        .filter(|&b| env.plan.bindings[b].rendered_by.contains(&slot))
        .collect();
    if readers.is_empty() {
        return;
    }
    env.heap.changed_since_set(f);
    f.push(I::If(BlockType::Empty));
    let _ = mark(env, f, readers);
    f.push(I::End);
}

/// Marks the bindings that read `slot`; whether there are any (then a flush follows).
fn mark_readers(env: &Env<'_>, f: &mut FuncBuilder, slot: usize) -> bool {
    mark(env, f, env.plan.dependents(slot))
}

/// Sets the dirty bits of `bindings` and notes that a flush is needed; whether it did.
fn mark(env: &Env<'_>, f: &mut FuncBuilder, bindings: Vec<usize>) -> bool {
    let masks = env.dirty_masks(bindings);
    for (word, mask) in &masks {
        f.push(I::I32Const(0))
            .push(I::I32Const(0))
            .push(I::I32Load(at(*word, 2)))
            .push(I::I32Const(*mask as i32))
            .push(I::I32Or)
            .push(I::I32Store(at(*word, 2)));
    }
    if !masks.is_empty() {
        f.push(I::I32Const(1)).push(I::GlobalSet(env.changed));
    }
    !masks.is_empty()
}
