//! Op writers: one wasm function per row of the opcode table (`dx_formats::ops::OPS`), so
//! the bytes the wasm writes always match what the host's generated loop reads.

use dx_formats::ops::{ArgKind, OPS, Op};
use wasm_encoder::{BlockType, HeapType, Instruction as I, ValType};

use super::func::{FuncBuilder, at};
use super::layout::Layout;
use crate::lower::plan::{BindingKind, Plan, Ty};

/// Global indices the writers use.
pub struct Cursors {
    /// Mutable i32: next free byte of the op buffer.
    pub op: u32,
    /// Mutable i32: next free ref-table entry for op strings.
    pub refs: u32,
    /// The ref table.
    pub table: u32,
}

/// The wasm parameter types of an op writer.
pub fn writer_params(op: Op) -> Vec<ValType> {
    op.info()
        .args
        .iter()
        .map(|(_, kind)| match kind {
            ArgKind::Str => ValType::EXTERNREF,
            ArgKind::F64 => ValType::F64,
            _ => ValType::I32,
        })
        .collect()
}

/// `reserve(n)`: makes room for `n` bytes, handing a full buffer to the host first.
pub fn reserve(layout: &Layout, c: &Cursors, apply: u32) -> FuncBuilder {
    let mut f = FuncBuilder::new(1, Vec::new());
    f.push(I::GlobalGet(c.op))
        .push(I::LocalGet(0))
        .push(I::I32Add)
        .push(I::I32Const(layout.op_end() as i32))
        .push(I::I32GtU)
        .push(I::If(BlockType::Empty))
        .push(I::GlobalGet(c.op))
        .push(I::Call(apply))
        .push(I::I32Const(layout.op_base as i32))
        .push(I::GlobalSet(c.op))
        .push(I::I32Const(layout.string_slots as i32))
        .push(I::GlobalSet(c.refs))
        .push(I::End);
    f
}

/// `ref(s) -> index`: parks a string in the ref table for the host to read.
pub fn ref_fn(c: &Cursors) -> FuncBuilder {
    let mut f = FuncBuilder::new(1, Vec::new());
    f.push(I::GlobalGet(c.refs))
        .push(I::TableSize(c.table))
        .push(I::I32GeU)
        .push(I::If(BlockType::Empty))
        .push(I::RefNull(HeapType::EXTERN))
        .push(I::I32Const(256))
        .push(I::TableGrow(c.table))
        .push(I::Drop)
        .push(I::End)
        .push(I::GlobalGet(c.refs))
        .push(I::LocalGet(0))
        .push(I::TableSet(c.table))
        .push(I::GlobalGet(c.refs))
        .push(I::GlobalGet(c.refs))
        .push(I::I32Const(1))
        .push(I::I32Add)
        .push(I::GlobalSet(c.refs));
    f
}

/// The writer of one op: reserve, opcode byte, arguments, advance.
pub fn writer(op: Op, c: &Cursors, reserve: u32, ref_fn: u32) -> FuncBuilder {
    let info = op.info();
    let mut f = FuncBuilder::new(info.args.len() as u32, Vec::new());
    f.push(I::I32Const(info.encoded_len() as i32))
        .push(I::Call(reserve))
        .push(I::GlobalGet(c.op))
        .push(I::I32Const(i32::from(op as u8)))
        .push(I::I32Store8(at(0, 0)));
    let mut offset = 1;
    for (i, (_, kind)) in info.args.iter().enumerate() {
        f.push(I::GlobalGet(c.op)).push(I::LocalGet(i as u32));
        match kind {
            ArgKind::Str => f.push(I::Call(ref_fn)).push(I::I32Store(at(offset, 0))),
            ArgKind::F64 => f.push(I::F64Store(at(offset, 0))),
            _ => f.push(I::I32Store(at(offset, 0))),
        };
        offset += kind.size() as u32;
    }
    f.push(I::GlobalGet(c.op))
        .push(I::I32Const(info.encoded_len() as i32))
        .push(I::I32Add)
        .push(I::GlobalSet(c.op));
    f
}

/// The ops `plan` can write, in table order: only their writers are emitted.
pub fn used(plan: &Plan) -> Vec<Op> {
    let mut used = vec![Op::Clone];
    if plan.scopes.len() > 1 {
        used.push(Op::Remove);
    }
    if plan
        .scopes
        .iter()
        .enumerate()
        .any(|(i, s)| !plan.is_row_template(i) && !s.listeners.is_empty())
    {
        used.push(Op::Listen);
    }
    if plan
        .scopes
        .iter()
        .enumerate()
        .any(|(i, s)| plan.is_row_template(i) && !s.listeners.is_empty())
    {
        used.push(Op::TemplateListen);
    }
    let focuses = plan.handlers.iter().any(|h| {
        let mut found = false;
        for s in &h.body {
            s.visit(&mut |s| found |= matches!(s, crate::lower::plan::GStmt::Focus { .. }));
        }
        found
    });
    if focuses {
        used.push(Op::Focus);
    }
    if !plan.lists.is_empty() {
        used.extend([Op::CloneRow, Op::Insert, Op::Remove]);
        if plan.lists.iter().any(|l| plan.scopes[l.scope].roots > 1) {
            used.extend([Op::InsertRange, Op::RemoveRange]);
        }
        if plan.lists.iter().any(|l| l.sole) {
            used.push(Op::Clear);
        }
    }
    let row_bindings = plan.lists.iter().flat_map(|l| l.bindings.iter());
    for kind in plan.bindings.iter().map(|b| &b.kind).chain(row_bindings) {
        used.push(match kind {
            BindingKind::Text { value, .. } if value.ty == Ty::Num => Op::SetTextNum,
            BindingKind::Text { .. } => Op::SetText,
            BindingKind::Attr { value, .. } if value.ty == Ty::Bool => Op::ToggleAttr,
            BindingKind::Attr { .. } => Op::SetAttr,
            BindingKind::Prop { value, .. } if value.ty == Ty::Bool => Op::SetPropBool,
            BindingKind::Prop { .. } => Op::SetProp,
            BindingKind::Focus { .. } => Op::Focus,
            BindingKind::Cond { .. }
            | BindingKind::Keyed { .. }
            | BindingKind::Effect { .. }
            | BindingKind::List { .. }
            | BindingKind::ListRefresh { .. } => continue,
        });
    }
    OPS.iter()
        .map(|o| Op::from_code(o.code).expect("table op"))
        .filter(|op| used.contains(op))
        .collect()
}
