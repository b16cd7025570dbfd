//! Expression codegen: a typed expression leaves its value on the wasm stack
//! (number → f64, boolean → i32, string/event → externref).

use std::collections::BTreeMap;

use wasm_encoder::{BlockType, Instruction as I, ValType};

use super::func::{FuncBuilder, at};
use super::imports::{Import, Needs};
use super::layout::Layout;
use crate::builtins::{BUILTINS, BuiltinId, Impl, WasmOp};
use crate::ir::EventField;
use crate::lower::plan::{BinaryOp, GExpr, GKind, LogicalOp, SlotId, Ty, UnaryOp};

/// The wasm type of a value type.
pub fn val_type(ty: Ty) -> ValType {
    match ty {
        Ty::Num => ValType::F64,
        Ty::Bool => ValType::I32,
        Ty::Str | Ty::Event => ValType::EXTERNREF,
        Ty::Arr(_) | Ty::Rec(_) => ValType::I32,
        // A nullable value is stored as its base (docs/values.md).
        Ty::Opt(o) => val_type(o.base()),
        // Never stored; an expression of this type is the i32 0 of `GKind::Null`.
        Ty::Null => ValType::I32,
    }
}

/// What expression code can refer to.
pub struct ExprEnv<'a> {
    pub needs: &'a Needs,
    pub layout: &'a Layout,
    /// Locals holding handler-start values of slots (React reads).
    pub snapshots: &'a BTreeMap<SlotId, u32>,
    /// The ref table's index.
    pub ref_table: u32,
    /// Function index of `Plan::functions[0]`.
    pub first_function: u32,
    /// Handler id of timer callback 0 (`Plan::callback_base`).
    pub callback_base: usize,
    /// Everything else the module defines.
    pub env: &'a super::Env<'a>,
    /// In functions that evaluate render-time expressions (binding updates, mounts), the
    /// locals of inlined callbacks are allocated on first use: (IR local, type) → wasm local.
    pub scratch: Option<std::cell::RefCell<BTreeMap<(u32, u8), u32>>>,
    /// Where the current list row is (row bindings, row handlers, row keys).
    pub row: Option<RowAccess>,
    /// The locals holding the values of the enclosing `GKind::IfSome`s: (id, local).
    pub some: std::cell::RefCell<Vec<(u32, u32)>>,
}

/// The bits of a nullable number's nullish value: a signalling NaN, which no arithmetic
/// produces (wasm arithmetic yields quiet NaNs) and loads, stores and locals keep bit for bit.
pub const NULLISH_NUM: u64 = 0x7FF4_0000_0000_0000;
/// A nullable boolean's nullish value (false is 0, true 1).
pub const NULLISH_BOOL: i32 = 2;

/// Pushes the nullish value of `ty` (see [`NULLISH_NUM`]): a null reference for strings,
/// the null pointer for arrays and records (and the `undefined` record of `find`).
pub fn push_nullish(f: &mut FuncBuilder, ty: Ty) {
    match ty.repr() {
        Ty::Num => {
            f.push(I::I64Const(NULLISH_NUM as i64))
                .push(I::F64ReinterpretI64);
        }
        Ty::Bool => {
            f.push(I::I32Const(NULLISH_BOOL));
        }
        Ty::Str | Ty::Event => {
            f.push(I::RefNull(wasm_encoder::HeapType::EXTERN));
        }
        Ty::Arr(_) | Ty::Rec(_) | Ty::Null | Ty::Opt(_) => {
            f.push(I::I32Const(0));
        }
    }
}

/// The value of type `ty` on the stack → 1 if it is nullish.
pub fn push_is_nullish(f: &mut FuncBuilder, ty: Ty) {
    match ty.repr() {
        Ty::Num => {
            f.push(I::I64ReinterpretF64)
                .push(I::I64Const(NULLISH_NUM as i64))
                .push(I::I64Eq);
        }
        Ty::Bool => {
            f.push(I::I32Const(NULLISH_BOOL)).push(I::I32Eq);
        }
        Ty::Str | Ty::Event => {
            f.push(I::RefIsNull);
        }
        Ty::Arr(_) | Ty::Rec(_) | Ty::Null | Ty::Opt(_) => {
            f.push(I::I32Eqz);
        }
    }
}

/// How code reaches the current list row.
#[derive(Clone, Copy, Debug)]
pub enum RowAccess {
    /// The block of a row of `list` is in local `row` (`list` unknown: the row of whichever
    /// list the code reads). The rows holding it are reached through its parent pointers.
    Row { row: u32, list: Option<usize> },
    /// A row's item and index are in these locals (computing a key of `list`); for a list
    /// inside a row, that row's block is in local `parent`.
    Item {
        item: u32,
        index: u32,
        list: usize,
        parent: Option<u32>,
    },
}

impl ExprEnv<'_> {
    fn call(&self, f: &mut FuncBuilder, import: Import) {
        f.push(I::Call(self.needs.function_index(import)));
    }

    /// Calls a host import.
    pub(crate) fn call_import(&self, f: &mut FuncBuilder, import: Import) {
        self.call(f, import);
    }

    /// The wasm local of plan local `l` (of type `ty`).
    pub(crate) fn local(&self, f: &mut FuncBuilder, l: u32, ty: Ty) -> u32 {
        match &self.scratch {
            None => l,
            Some(map) => {
                let tag = match val_type(ty) {
                    ValType::F64 => 0,
                    ValType::I32 => 1,
                    _ => 2,
                };
                *map.borrow_mut()
                    .entry((l, tag))
                    .or_insert_with(|| f.temp(val_type(ty)))
            }
        }
    }

    /// The value of type `ty` on the stack → its JS truthiness (i32).
    pub(crate) fn truthy_of(&self, f: &mut FuncBuilder, ty: Ty) {
        self.truthy_top(f, ty);
    }

    /// The number, boolean or string on the stack → its JS string form.
    pub(crate) fn to_string_top(&self, f: &mut FuncBuilder, ty: Ty) {
        match ty {
            // Only `join` converts nullable values here (lowering writes "null" itself where
            // JS does): `[null, "a"].join(" ")` is " a".
            Ty::Opt(o) => {
                let t = f.temp(val_type(ty));
                f.push(I::LocalTee(t));
                push_is_nullish(f, ty);
                f.push(I::If(BlockType::Result(ValType::EXTERNREF)))
                    .push(I::GlobalGet(self.needs.string_index("")))
                    .push(I::Else)
                    .push(I::LocalGet(t));
                self.to_string_top(f, o.base());
                f.push(I::End);
            }
            Ty::Num => self.call(f, Import::NumStr),
            Ty::Bool => {
                f.push(I::If(BlockType::Result(ValType::EXTERNREF)))
                    .push(I::GlobalGet(self.needs.string_index("true")))
                    .push(I::Else)
                    .push(I::GlobalGet(self.needs.string_index("false")))
                    .push(I::End);
            }
            _ => {}
        }
    }

    /// Pushes the base address of `slot` and returns the offset to load or store it at: 0
    /// and its fixed address, or (state of a component rendered per list row) the current
    /// row's block and the slot's offset in it.
    pub fn slot_address(&self, f: &mut FuncBuilder, slot: SlotId) -> u32 {
        match self.layout.row_slot[slot] {
            Some(offset) => {
                match self.row {
                    Some(RowAccess::Row { .. }) => {
                        self.push_row(f, self.layout.row_owner[slot].expect("a row's state"))
                    }
                    // Lowering keeps row state out of code that runs outside its row.
                    _ => {
                        f.push(I::Unreachable);
                    }
                };
                offset
            }
            None => {
                f.push(I::I32Const(0));
                self.layout.slot(slot)
            }
        }
    }

    /// Pushes the block of the row of list `target` that the code runs in: the current row,
    /// or (in a row of a list nested in `target`'s rows) the row holding it, reached through
    /// the parent pointers of the rows between. `unreachable` where there is none: lowering
    /// keeps row values inside their rows.
    pub fn push_row(&self, f: &mut FuncBuilder, target: usize) {
        let lists = &self.env.plan.lists;
        let (local, mut list) = match self.row {
            Some(RowAccess::Row { row, list: None }) => {
                f.push(I::LocalGet(row));
                return;
            }
            Some(RowAccess::Row {
                row,
                list: Some(list),
            }) => (row, list),
            Some(RowAccess::Item {
                list,
                parent: Some(parent),
                ..
            }) if list != target => match lists[list].parent {
                Some(p) => (parent, p),
                None => {
                    f.push(I::Unreachable);
                    return;
                }
            },
            _ => {
                f.push(I::Unreachable);
                return;
            }
        };
        f.push(I::LocalGet(local));
        while list != target {
            let Some(p) = lists[list].parent else {
                f.push(I::Unreachable);
                return;
            };
            f.push(I::I32Load(at(super::lists::parent_offset(&lists[list]), 2)));
            list = p;
        }
    }

    /// Pushes the live value of `slot`.
    pub fn load_slot(&self, f: &mut FuncBuilder, slot: SlotId, ty: Ty) {
        match ty.repr() {
            Ty::Num => {
                let offset = self.slot_address(f, slot);
                f.push(I::F64Load(at(offset, 3)))
            }
            // A row's string state is a heap-string slot the row owns.
            Ty::Str | Ty::Event if self.layout.row_slot[slot].is_some() => {
                let offset = self.slot_address(f, slot);
                f.push(I::I32Load(at(offset, 2)))
                    .push(I::TableGet(self.env.heap.table))
            }
            Ty::Str | Ty::Event => {
                let idx = self.layout.string_slot[slot].expect("string slot") as i32;
                f.push(I::I32Const(idx)).push(I::TableGet(self.ref_table))
            }
            Ty::Bool | Ty::Null | Ty::Arr(_) | Ty::Rec(_) => {
                let offset = self.slot_address(f, slot);
                f.push(I::I32Load(at(offset, 2)))
            }
            Ty::Opt(_) => unreachable!("repr is a base type"),
        };
    }

    /// Emits `e`.
    pub fn expr(&self, f: &mut FuncBuilder, e: &GExpr) {
        match &e.kind {
            GKind::Num(n) => {
                f.push(I::F64Const((*n).into()));
            }
            GKind::Bool(b) => {
                f.push(I::I32Const(i32::from(*b)));
            }
            GKind::Str(s) => {
                f.push(I::GlobalGet(self.needs.string_index(s)));
            }
            GKind::Slot(s) => self.load_slot(f, *s, e.ty),
            GKind::SlotUpdate {
                slot,
                delta,
                prefix,
            } => {
                let old = f.temp(ValType::F64);
                let address = self.slot_address(f, *slot);
                f.push(I::F64Load(at(address, 3))).push(I::LocalSet(old));
                self.slot_address(f, *slot);
                f.push(I::LocalGet(old))
                    .push(I::F64Const((*delta).into()))
                    .push(I::F64Add)
                    .push(I::F64Store(at(address, 3)))
                    .push(I::LocalGet(old));
                if *prefix {
                    f.push(I::F64Const((*delta).into())).push(I::F64Add);
                }
            }
            GKind::Snapshot(s) => {
                f.push(I::LocalGet(self.snapshots[s]));
            }
            GKind::Local(l) => {
                let l = self.local(f, *l, e.ty);
                f.push(I::LocalGet(l));
            }
            GKind::NewArray(items) => self.new_array(f, items, e.ty),
            GKind::NewRecord(values) => self.new_record(f, values, e.ty),
            GKind::Field(object, index) => self.field(f, object, *index, e.ty),
            GKind::Index(array, index) => self.index(f, array, index, e.ty),
            GKind::ArrayLen(array) => self.array_len(f, array),
            GKind::UndefinedArray(count) => self.undefined_array(f, count, e.ty),
            GKind::ArrayOp(op, args) => self.array_op(f, *op, args, e.ty),
            GKind::Each(each) => self.each(f, each, e.ty),
            GKind::Null => push_nullish(f, e.ty),
            GKind::Wrap(x) => self.expr(f, x),
            GKind::Trap => {
                f.push(I::Unreachable);
            }
            GKind::SomeValue(id) => {
                let local = self
                    .some
                    .borrow()
                    .iter()
                    .rev()
                    .find(|(i, _)| i == id)
                    .expect("SomeValue inside its IfSome")
                    .1;
                f.push(I::LocalGet(local));
            }
            GKind::IfSome {
                id,
                value,
                some,
                none,
            } => {
                let t = f.temp(val_type(value.ty));
                self.expr(f, value);
                f.push(I::LocalTee(t));
                push_is_nullish(f, value.ty);
                f.push(I::If(BlockType::Result(val_type(e.ty))));
                self.expr(f, none);
                f.push(I::Else);
                self.some.borrow_mut().push((*id, t));
                self.expr(f, some);
                self.some.borrow_mut().pop();
                f.push(I::End);
            }
            GKind::ToJs(x) => self.to_js(f, x),
            GKind::FromJson(x) => self.parse_json(f, x, e.ty),
            GKind::Json(x) => self.json(f, x),
            GKind::Split(s, sep) => {
                self.expr(f, s);
                self.expr(f, sep);
                self.call(f, Import::StrSplit);
                let Ty::Arr(id) = e.ty else {
                    unreachable!("split yields string[]")
                };
                f.push(I::I32Const(id as i32));
                self.env.heap.call(f, super::heap::HeapFn::FromJs);
            }
            GKind::Block(body) => {
                f.push(I::Block(BlockType::Result(val_type(e.ty))));
                super::stmts::StmtEmitter::value_block(self.env, self).body(f, body);
                // Every path returned a value (checked when lowering); this satisfies the validator.
                f.push(I::Unreachable).push(I::End);
            }
            GKind::RowItem(l) => match self.row {
                Some(RowAccess::Item { item, list, .. }) if list == *l => {
                    f.push(I::LocalGet(item));
                }
                Some(_) => {
                    self.push_row(f, *l);
                    super::lists::load_item(self.env, f, e.ty);
                }
                None => {
                    f.push(I::Unreachable);
                }
            },
            GKind::RowIndex(l) => match self.row {
                Some(RowAccess::Item { index, list, .. }) if list == *l => {
                    f.push(I::LocalGet(index));
                }
                Some(_) => {
                    self.push_row(f, *l);
                    f.push(I::F64Load(at(16, 3)));
                }
                None => {
                    f.push(I::Unreachable);
                }
            },
            GKind::ElementGet { r, name } => match self.env.plan.refs[*r] {
                // A ref never attached: React throws on `null.x`.
                None => {
                    f.push(I::Unreachable);
                }
                Some(node) => {
                    self.env.apply_pending_ops(f);
                    f.push(I::I32Const(self.env.plan.handle(node) as i32))
                        .push(I::GlobalGet(self.env.needs.string_index(name)));
                    self.call(f, super::imports::element_get_import(e.ty));
                }
            },
            GKind::RefAttached(r) => match self.env.plan.refs[*r] {
                None => {
                    f.push(I::I32Const(0));
                }
                // The root's template is in the document from `dx_init` on (its flag is
                // never written).
                Some(node) if node.scope == 0 => {
                    f.push(I::I32Const(1));
                }
                Some(node) => {
                    f.push(I::I32Const(0))
                        .push(I::I32Load(at(self.env.layout.mounted(node.scope), 2)));
                }
            },
            GKind::EventField(field, l) => {
                f.push(I::LocalGet(*l));
                if let EventField::Property(name, _) = field {
                    f.push(I::GlobalGet(self.env.needs.string_index(name)));
                }
                self.call(f, super::imports::event_field_import(*field));
            }
            GKind::ToString(x) => {
                self.expr(f, x);
                self.to_string_top(f, x.ty);
            }
            GKind::BoolToNum(x) => {
                self.expr(f, x);
                f.push(I::F64ConvertI32U);
            }
            GKind::Truthy(x) => {
                self.expr(f, x);
                self.truthy_top(f, x.ty);
            }
            GKind::Length(x) => {
                self.expr(f, x);
                self.call(f, Import::Length);
                f.push(I::F64ConvertI32U);
            }
            GKind::Unary(op, x) => {
                self.expr(f, x);
                f.push(match op {
                    UnaryOp::Not => I::I32Eqz,
                    UnaryOp::Neg => I::F64Neg,
                    UnaryOp::Plus => I::Nop,
                });
            }
            GKind::Binary(op, a, b) => {
                self.expr(f, a);
                self.expr(f, b);
                self.binary(f, *op, a.ty);
            }
            GKind::Logical(op, a, b) => {
                let ty = val_type(e.ty);
                let t = f.temp(ty);
                self.expr(f, a);
                f.push(I::LocalTee(t));
                self.truthy_top(f, a.ty);
                f.push(I::If(BlockType::Result(ty)));
                match op {
                    LogicalOp::And => {
                        self.expr(f, b);
                        f.push(I::Else).push(I::LocalGet(t));
                    }
                    LogicalOp::Or | LogicalOp::Coalesce => {
                        f.push(I::LocalGet(t)).push(I::Else);
                        self.expr(f, b);
                    }
                }
                f.push(I::End);
            }
            GKind::Cond(t, a, b) => {
                self.expr(f, t);
                f.push(I::If(BlockType::Result(val_type(e.ty))));
                self.expr(f, a);
                f.push(I::Else);
                self.expr(f, b);
                f.push(I::End);
            }
            GKind::Call { function, args } => {
                for a in args {
                    self.expr(f, a);
                }
                f.push(I::Call(self.first_function + *function as u32));
            }
            GKind::Builtin { id, args } => self.builtin(f, *id, args),
            GKind::Timer {
                callback,
                ms,
                repeat,
                env,
            } => {
                f.push(I::I32Const((self.callback_base + *callback) as i32));
                self.expr(f, ms);
                if let Some(env) = env {
                    // The host holds the record until the callback lets go of it.
                    self.expr(f, env);
                    let t = f.temp(ValType::I32);
                    f.push(I::LocalTee(t));
                    self.env.heap.call(f, super::heap::HeapFn::RcInc);
                    f.push(I::LocalGet(t));
                }
                self.call(f, super::imports::timer_import(*repeat, env.is_some()));
            }
        }
    }

    fn builtin(&self, f: &mut FuncBuilder, id: BuiltinId, args: &[GExpr]) {
        match BUILTINS[id].imp {
            Impl::Wasm(op) => {
                let mut first = true;
                for a in args {
                    self.expr(f, a);
                    let fold = match op {
                        WasmOp::Min => Some(I::F64Min),
                        WasmOp::Max => Some(I::F64Max),
                        _ => None,
                    };
                    match fold {
                        Some(i) if !first => {
                            f.push(i);
                        }
                        _ => {}
                    }
                    first = false;
                }
                let single = match op {
                    WasmOp::Floor => Some(I::F64Floor),
                    WasmOp::Ceil => Some(I::F64Ceil),
                    WasmOp::Trunc => Some(I::F64Trunc),
                    WasmOp::Sqrt => Some(I::F64Sqrt),
                    WasmOp::Abs => Some(I::F64Abs),
                    WasmOp::Min | WasmOp::Max => None,
                };
                if let Some(i) = single {
                    f.push(i);
                }
            }
            Impl::JsString(_) => {
                for a in args {
                    self.expr(f, a);
                }
                self.call(f, Import::Length);
                f.push(I::F64ConvertI32U);
            }
            Impl::Host(_) => {
                for a in args {
                    self.expr(f, a);
                }
                self.call(f, Import::Builtin(id));
            }
            Impl::Const(v) => {
                f.push(I::F64Const(v.into()));
            }
        }
    }

    /// Turns the value of type `ty` on top of the stack into its JS truthiness (i32).
    fn truthy_top(&self, f: &mut FuncBuilder, ty: Ty) {
        match ty {
            // Nullish is falsy; otherwise the base's truthiness.
            Ty::Opt(o) => {
                let t = f.temp(val_type(ty));
                f.push(I::LocalTee(t));
                push_is_nullish(f, ty);
                f.push(I::If(BlockType::Result(ValType::I32)))
                    .push(I::I32Const(0))
                    .push(I::Else)
                    .push(I::LocalGet(t));
                self.truthy_top(f, o.base());
                f.push(I::End);
            }
            Ty::Null => {
                f.push(I::Drop).push(I::I32Const(0));
            }
            Ty::Bool => {}
            Ty::Num => {
                // Falsy: 0, -0 and NaN.
                let t = f.temp(ValType::F64);
                f.push(I::LocalTee(t))
                    .push(I::LocalGet(t))
                    .push(I::F64Eq)
                    .push(I::LocalGet(t))
                    .push(I::F64Const(0.0.into()))
                    .push(I::F64Ne)
                    .push(I::I32And);
            }
            Ty::Str => {
                self.call(f, Import::Length);
                f.push(I::I32Const(0)).push(I::I32Ne);
            }
            Ty::Event => {
                f.push(I::RefIsNull).push(I::I32Eqz);
            }
            // Arrays are objects: always truthy.
            Ty::Arr(_) => {
                f.push(I::Drop).push(I::I32Const(1));
            }
            // A record pointer is 0 only for `undefined`.
            Ty::Rec(_) => {
                f.push(I::I32Const(0)).push(I::I32Ne);
            }
        }
    }

    fn binary(&self, f: &mut FuncBuilder, op: BinaryOp, operand: Ty) {
        match operand {
            // `===` on two values of one nullable type compares representations, which is
            // exact for strings, booleans, arrays and records (null equals null); numbers are
            // compared through `IfSome` by lowering (the nullish NaN never equals itself).
            Ty::Opt(o) if o.base != crate::ir::Base::Num => self.binary(f, op, o.base()),
            Ty::Opt(_) | Ty::Null => unreachable!("lowering compares nullable numbers by case"),
            Ty::Str => match op {
                BinaryOp::Add => self.call(f, Import::Concat),
                BinaryOp::Eq => self.call(f, Import::Equals),
                BinaryOp::Ne => {
                    self.call(f, Import::Equals);
                    f.push(I::I32Eqz);
                }
                _ => {
                    self.call(f, Import::Compare);
                    f.push(I::I32Const(0)).push(match op {
                        BinaryOp::Lt => I::I32LtS,
                        BinaryOp::Le => I::I32LeS,
                        BinaryOp::Gt => I::I32GtS,
                        _ => I::I32GeS,
                    });
                }
            },
            // Booleans by value; arrays and records by identity, as `===` does.
            Ty::Bool | Ty::Arr(_) | Ty::Rec(_) => {
                f.push(if op == BinaryOp::Eq {
                    I::I32Eq
                } else {
                    I::I32Ne
                });
            }
            Ty::Num | Ty::Event => match op {
                BinaryOp::Rem => self.call(f, Import::Rem),
                _ => {
                    f.push(match op {
                        BinaryOp::Add => I::F64Add,
                        BinaryOp::Sub => I::F64Sub,
                        BinaryOp::Mul => I::F64Mul,
                        BinaryOp::Div => I::F64Div,
                        BinaryOp::Lt => I::F64Lt,
                        BinaryOp::Le => I::F64Le,
                        BinaryOp::Gt => I::F64Gt,
                        BinaryOp::Ge => I::F64Ge,
                        BinaryOp::Eq => I::F64Eq,
                        _ => I::F64Ne,
                    });
                }
            },
        }
    }
}
