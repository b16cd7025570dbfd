//! The app's own functions: binding updates, scope mount/unmount, handlers, and the three
//! exports the host calls (`dx_init`, `dx_event`, `dx_flush`).

use std::collections::BTreeMap;

use dx_formats::ops::Op;
use wasm_encoder::{BlockType, Instruction as I, ValType};

use super::expr::{ExprEnv, val_type};
use super::func::{FuncBuilder, at};
use super::stmts::StmtEmitter;
use super::{Backend, Env};
use crate::lower::plan::{BindingKind, GKind, NodeRef, ScopeId, SlotId, Ty, visit_body_exprs};

impl Env<'_> {
    pub(crate) fn exprs<'a>(&'a self, snapshots: &'a BTreeMap<SlotId, u32>) -> ExprEnv<'a> {
        ExprEnv {
            needs: self.needs,
            layout: self.layout,
            snapshots,
            ref_table: self.cursors.table,
            first_function: self.idx.function,
            callback_base: self.plan.callback_base,
            env: self,
            scratch: None,
            row: None,
            some: Default::default(),
        }
    }

    /// For functions that evaluate render-time expressions: callback locals are scratch.
    pub(crate) fn render_exprs<'a>(&'a self, none: &'a BTreeMap<SlotId, u32>) -> ExprEnv<'a> {
        ExprEnv {
            scratch: Some(Default::default()),
            ..self.exprs(none)
        }
    }

    /// Frees what became garbage (see `heap.rs`): called where no locals are live.
    fn collect(&self, f: &mut FuncBuilder) {
        if self.uses_heap {
            self.heap.call(f, super::heap::HeapFn::Collect);
        }
    }

    fn handle(&self, node: NodeRef) -> I<'static> {
        I::I32Const(self.plan.handle(node) as i32)
    }

    pub(crate) fn static_str(&self, s: &str) -> I<'static> {
        let i = self
            .plan
            .table
            .strings
            .iter()
            .position(|x| x == s)
            .expect("interned string");
        self.static_strings.borrow_mut().insert(i as u32);
        I::I32Const(i as i32)
    }

    fn write(&self, f: &mut FuncBuilder, op: Op) {
        f.push(I::Call(self.idx.writer(op)));
    }

    /// Whether `node` is one of its scope's root nodes (what is inserted before it is then
    /// beside the scope's roots, not inside them).
    pub(crate) fn is_root(&self, node: NodeRef) -> bool {
        let scope = &self.plan.scopes[node.scope];
        if node.offset < scope.roots {
            return true;
        }
        let slot = (node.offset - scope.roots) as usize;
        self.plan.table.templates[scope.template as usize]
            .slots
            .get(slot)
            .is_some_and(|path| path.len() == 1)
    }

    /// The anchor handle a scope is inserted before (0: the mount container).
    fn anchor_of(&self, scope: ScopeId) -> i32 {
        for b in &self.plan.bindings {
            match &b.kind {
                BindingKind::Cond {
                    anchor,
                    then,
                    otherwise,
                    ..
                } if *then == Some(scope) || *otherwise == Some(scope) => {
                    return self.plan.handle(*anchor) as i32;
                }
                BindingKind::Keyed {
                    anchor, scope: s, ..
                } if *s == scope => return self.plan.handle(*anchor) as i32,
                _ => {}
            }
        }
        0
    }

    /// (address, mask) of the dirty words covering `bindings`.
    pub(crate) fn dirty_masks(
        &self,
        bindings: impl IntoIterator<Item = usize>,
    ) -> BTreeMap<u32, u32> {
        let mut masks = BTreeMap::new();
        for b in bindings {
            let (word, bit) = self.layout.dirty_bit(b);
            *masks.entry(word).or_insert(0) |= bit;
        }
        masks
    }
}

/// `update_b`: writes binding `b`'s current value to the DOM (skipped while its scope is unmounted).
pub fn update(env: &Env<'_>, b: usize) -> FuncBuilder {
    let binding = &env.plan.bindings[b];
    let none = BTreeMap::new();
    let x = env.render_exprs(&none);
    let mut f = FuncBuilder::new(0, Vec::new());
    if binding.scope != 0 {
        f.push(I::I32Const(0))
            .push(I::I32Load(at(env.layout.mounted(binding.scope), 2)))
            .push(I::I32Eqz)
            .push(I::If(BlockType::Empty))
            .push(I::Return)
            .push(I::End);
    }
    match &binding.kind {
        BindingKind::Text { node, value } => {
            f.push(env.handle(*node));
            x.expr(&mut f, value);
            env.write(
                &mut f,
                if value.ty == Ty::Num {
                    Op::SetTextNum
                } else {
                    Op::SetText
                },
            );
        }
        BindingKind::Attr { node, name, value } => {
            f.push(env.handle(*node)).push(env.static_str(name));
            x.expr(&mut f, value);
            env.write(
                &mut f,
                if value.ty == Ty::Bool {
                    Op::ToggleAttr
                } else {
                    Op::SetAttr
                },
            );
        }
        BindingKind::Prop { node, name, value } => {
            f.push(env.handle(*node)).push(env.static_str(name));
            x.expr(&mut f, value);
            env.write(
                &mut f,
                if value.ty == Ty::Bool {
                    Op::SetPropBool
                } else {
                    Op::SetProp
                },
            );
        }
        BindingKind::Effect { handler } => {
            f.push(I::RefNull(wasm_encoder::HeapType::EXTERN))
                .push(I::I32Const(0))
                .push(I::Call(env.idx.handler + *handler as u32));
        }
        BindingKind::Focus { node, value } => {
            x.expr(&mut f, value);
            f.push(I::If(BlockType::Empty)).push(env.handle(*node));
            env.write(&mut f, Op::Focus);
            f.push(I::End);
        }
        BindingKind::List { list, .. } => {
            f.push(I::Call(env.list_fn(*list, super::lists::ListFn::Reconcile)));
        }
        BindingKind::ListRefresh { list } => super::lists::refresh(env, &mut f, *list),
        BindingKind::Keyed {
            key, scope, last, ..
        } => {
            // Mounted (arm 1) with the same key: nothing to do. Otherwise the old content goes
            // and the scope mounts afresh, its state initialised again.
            let arm = env.layout.arm(b);
            let last = env.layout.slot(*last);
            let new = f.temp(ValType::F64);
            x.expr(&mut f, key);
            if key.ty == Ty::Str {
                f.push(I::Call(env.needs.function_index(super::Import::KeyId)));
            }
            f.push(I::LocalSet(new))
                .push(I::I32Const(0))
                .push(I::I32Load(at(arm, 2)))
                .push(I::If(BlockType::Empty))
                .push(I::LocalGet(new))
                .push(I::I32Const(0))
                .push(I::F64Load(at(last, 3)))
                .push(I::F64Eq)
                .push(I::If(BlockType::Empty))
                .push(I::Return)
                .push(I::End)
                .push(I::Call(env.idx.unmount + *scope as u32))
                .push(I::End)
                .push(I::I32Const(0))
                .push(I::I32Const(1))
                .push(I::I32Store(at(arm, 2)))
                .push(I::I32Const(0))
                .push(I::LocalGet(new))
                .push(I::F64Store(at(last, 3)))
                .push(I::Call(env.idx.mount + *scope as u32));
        }
        BindingKind::Cond {
            test,
            then,
            otherwise,
            ..
        } => {
            let arm = env.layout.arm(b);
            let new = f.temp(ValType::I32);
            x.expr(&mut f, test);
            f.push(I::If(BlockType::Result(ValType::I32)))
                .push(I::I32Const(if then.is_some() { 1 } else { 0 }))
                .push(I::Else)
                .push(I::I32Const(if otherwise.is_some() { 2 } else { 0 }))
                .push(I::End)
                .push(I::LocalTee(new))
                .push(I::I32Const(0))
                .push(I::I32Load(at(arm, 2)))
                .push(I::I32Ne)
                .push(I::If(BlockType::Empty));
            for (value, scope) in [(1, then), (2, otherwise)] {
                if let Some(scope) = scope {
                    f.push(I::I32Const(0))
                        .push(I::I32Load(at(arm, 2)))
                        .push(I::I32Const(value))
                        .push(I::I32Eq)
                        .push(I::If(BlockType::Empty))
                        .push(I::Call(env.idx.unmount + *scope as u32))
                        .push(I::End);
                }
            }
            f.push(I::I32Const(0))
                .push(I::LocalGet(new))
                .push(I::I32Store(at(arm, 2)));
            for (value, scope) in [(1, then), (2, otherwise)] {
                if let Some(scope) = scope {
                    f.push(I::LocalGet(new))
                        .push(I::I32Const(value))
                        .push(I::I32Eq)
                        .push(I::If(BlockType::Empty))
                        .push(I::Call(env.idx.mount + *scope as u32))
                        .push(I::End);
                }
            }
            f.push(I::End);
        }
    }
    f
}

/// `mount_s`: initialises the scope's state, clones its template into place, writes every
/// binding once and installs its listeners.
pub fn mount(env: &Env<'_>, s: ScopeId) -> FuncBuilder {
    let scope = &env.plan.scopes[s];
    if scope.row.is_some() {
        // Rows are created by their list (`lists.rs`); the function keeps indices uniform.
        return FuncBuilder::new(0, Vec::new());
    }
    let none = BTreeMap::new();
    let x = env.render_exprs(&none);
    let mut f = FuncBuilder::new(0, Vec::new());
    // The root scope mounts once, from `dx_init`, into zeroed memory: a state that starts at
    // 0 or false is there already. Before that nothing could set a dirty bit, and nothing reads
    // whether the root is mounted.
    let root = s == 0;
    for &slot in &scope.owned_slots {
        let init = &env.plan.slots[slot].init;
        let zero = match init.kind {
            GKind::Num(n) => n == 0.0 && n.is_sign_positive(),
            GKind::Bool(b) => !b,
            _ => false,
        };
        if !(root && zero) {
            store_slot(env, &mut f, slot, |f| x.expr(f, init));
        }
    }
    // Everything is written fresh below; pending bits for this scope are moot.
    for (word, mask) in env
        .dirty_masks(scope.bindings.iter().copied())
        .into_iter()
        .filter(|_| !root)
    {
        f.push(I::I32Const(0))
            .push(I::I32Const(0))
            .push(I::I32Load(at(word, 2)))
            .push(I::I32Const(!mask as i32))
            .push(I::I32And)
            .push(I::I32Store(at(word, 2)));
    }
    f.push(I::I32Const(scope.template as i32))
        .push(I::I32Const(scope.base as i32))
        .push(I::I32Const(env.anchor_of(s)));
    env.write(&mut f, Op::Clone);
    if !root {
        f.push(I::I32Const(0))
            .push(I::I32Const(1))
            .push(I::I32Store(at(env.layout.mounted(s), 2)));
    }
    for &b in &scope.bindings {
        if matches!(
            env.plan.bindings[b].kind,
            BindingKind::Cond { .. } | BindingKind::Keyed { .. }
        ) {
            f.push(I::I32Const(0))
                .push(I::I32Const(0))
                .push(I::I32Store(at(env.layout.arm(b), 2)));
        }
        f.push(I::Call(env.idx.update + b as u32));
    }
    for l in &scope.listeners {
        f.push(env.handle(l.node))
            .push(env.static_str(&l.event))
            .push(I::I32Const(l.handler as i32));
        env.write(&mut f, Op::Listen);
    }
    f
}

/// `unmount_s`: removes the scope's roots and marks it and its nested scopes unmounted.
pub fn unmount(env: &Env<'_>, s: ScopeId) -> FuncBuilder {
    if s == 0 || env.plan.scopes[s].row.is_some() {
        // The root is never unmounted and rows are removed by their list; the function
        // exists only to keep indices uniform.
        return FuncBuilder::new(0, Vec::new());
    }
    let scope = &env.plan.scopes[s];
    let mut f = FuncBuilder::new(0, Vec::new());
    for r in 0..scope.roots {
        f.push(I::I32Const((scope.base + r) as i32));
        env.write(&mut f, Op::Remove);
    }
    // Content placed before an anchor that is one of the roots (a conditional, a keyed
    // element, a list at the top of this scope) is beside the roots, not inside them: it
    // leaves the DOM with its own scope's unmount / the list's rows.
    for &b in &scope.bindings {
        match &env.plan.bindings[b].kind {
            BindingKind::Cond {
                anchor,
                then,
                otherwise,
                ..
            } if env.is_root(*anchor) => {
                for child in [then, otherwise].into_iter().flatten() {
                    unmount_if_mounted(env, &mut f, *child);
                }
            }
            BindingKind::Keyed { anchor, scope, .. } if env.is_root(*anchor) => {
                unmount_if_mounted(env, &mut f, *scope);
            }
            BindingKind::List { list, .. } if env.is_root(env.plan.lists[*list].anchor) => {
                f.push(I::I32Const(1))
                    .push(I::Call(env.list_fn(*list, super::lists::ListFn::Clear)));
            }
            _ => {}
        }
    }
    let inside: Vec<ScopeId> = std::iter::once(s).chain(env.plan.descendants(s)).collect();
    // Cleanups of the effects that go with this markup: the one due for each, once.
    for d in &inside {
        for (which, callbacks) in &env.plan.scopes[*d].cleanups {
            let due = f.temp(ValType::F64);
            f.push(I::I32Const(0))
                .push(I::F64Load(at(env.layout.slot(*which), 3)))
                .push(I::LocalSet(due))
                .push(I::I32Const(0))
                .push(I::F64Const(0.0.into()))
                .push(I::F64Store(at(env.layout.slot(*which), 3)));
            for (k, callback) in callbacks.iter().enumerate() {
                f.push(I::LocalGet(due))
                    .push(I::F64Const(((k + 1) as f64).into()))
                    .push(I::F64Eq)
                    .push(I::If(BlockType::Empty));
                super::stmts::run_callback(env, &mut f, env.plan.callback_base + callback);
                f.push(I::End);
            }
        }
    }
    for d in &inside {
        f.push(I::I32Const(0))
            .push(I::I32Const(0))
            .push(I::I32Store(at(env.layout.mounted(*d), 2)));
    }
    // Rows of lists in the removed markup go with it: drop them without DOM edits.
    // (A list inside rows goes with its rows.)
    for (l, list) in env.plan.lists.iter().enumerate() {
        if list.parent.is_none() && inside.contains(&env.plan.bindings[list.binding].scope) {
            f.push(I::I32Const(0))
                .push(I::Call(env.list_fn(l, super::lists::ListFn::Clear)));
        }
    }
    f
}

fn unmount_if_mounted(env: &Env<'_>, f: &mut FuncBuilder, s: ScopeId) {
    f.push(I::I32Const(0))
        .push(I::I32Load(at(env.layout.mounted(s), 2)))
        .push(I::If(BlockType::Empty))
        .push(I::Call(env.idx.unmount + s as u32))
        .push(I::End);
}

/// `handler_h(event)`: runs a handler; state writes set dirty bits, no DOM is touched.
pub fn handler(env: &Env<'_>, h: usize) -> FuncBuilder {
    let plan = &env.plan.handlers[h];
    // Parameters: the event (local 0) and the list row it happened in (1; 0 outside rows).
    let mut f = FuncBuilder::new(2, plan.locals[2..].iter().map(|t| val_type(*t)).collect());
    let mut snapshot_slots = Vec::new();
    visit_body_exprs(&plan.body, &mut |e| {
        if let GKind::Snapshot(slot) = e.kind
            && !snapshot_slots.contains(&slot)
        {
            snapshot_slots.push(slot);
        }
    });
    let mut snapshots = BTreeMap::new();
    for slot in snapshot_slots {
        let local = f.temp(val_type(env.plan.slots[slot].ty));
        snapshots.insert(slot, local);
    }
    let x = ExprEnv {
        row: Some(super::expr::RowAccess::Row {
            row: 1,
            list: super::lists::handler_list(env, h),
        }),
        some: Default::default(),
        ..env.exprs(&snapshots)
    };
    let dom = env
        .plan
        .scopes
        .iter()
        .any(|s| s.listeners.iter().any(|l| l.handler == h));
    for (&slot, &local) in &snapshots {
        let ty = env.plan.slots[slot].ty;
        // A DOM event's handler reads the slot as of the last render, where it has a copy
        // (`Plan::render_copies`); a row's copy only if taken in this render
        // (`Plan::row_copies`), else the slot is not written since.
        let copy = env
            .plan
            .render_copies
            .iter()
            .find(|(s, _)| dom && *s == slot)
            .map(|&(_, copy)| copy);
        match (copy, env.plan.row_copy_of(slot)) {
            (Some(copy), _) => x.load_slot(&mut f, copy, ty),
            (None, Some((rc, copy))) if dom => {
                let epoch = env
                    .plan
                    .render_epoch
                    .expect("rows with copies count renders");
                x.load_slot(&mut f, rc.taken_in, Ty::Num);
                x.load_slot(&mut f, epoch, Ty::Num);
                f.push(I::F64Eq)
                    .push(I::If(BlockType::Result(val_type(ty))));
                x.load_slot(&mut f, copy, ty);
                f.push(I::Else);
                x.load_slot(&mut f, slot, ty);
                f.push(I::End);
            }
            _ => x.load_slot(&mut f, slot, ty),
        }
        f.push(I::LocalSet(local));
    }
    // A timeout's record of captured values: freed at the end of this call, when no local
    // reads it any more (`collect`), unless something else holds it.
    if plan.releases_env {
        f.push(I::LocalGet(1));
        env.heap.call(&mut f, super::heap::HeapFn::RcDec);
    }
    StmtEmitter::new(env, &x).body(&mut f, &plan.body);
    f
}

/// A module-level function as its own wasm function.
pub fn function(env: &Env<'_>, index: usize) -> FuncBuilder {
    let plan = &env.plan.functions[index];
    let mut f = FuncBuilder::new(
        plan.params.len() as u32,
        plan.locals[plan.params.len()..]
            .iter()
            .map(|t| val_type(*t))
            .collect(),
    );
    let none = BTreeMap::new();
    let x = env.exprs(&none);
    let is_main = env.plan.main == Some(index);
    if is_main && !env.plan.scopes[0].owned_slots.is_empty() {
        // A program's module-level constants are the root scope's slots.
        f.push(I::Call(env.idx.mount));
    }
    StmtEmitter::new(env, &x).body(&mut f, &plan.body);
    if is_main {
        env.collect(&mut f);
    }
    if plan.ret.is_some() {
        // Every path returned (checked when lowering); this satisfies the validator.
        f.push(I::Unreachable);
    }
    f
}

pub(crate) fn store_slot(
    env: &Env<'_>,
    f: &mut FuncBuilder,
    slot: SlotId,
    value: impl FnOnce(&mut FuncBuilder),
) {
    if let Some(offset) = env.layout.row_slot[slot] {
        // Row state outside its row: lowering refuses it; this keeps the module valid.
        f.push(I::Unreachable);
        let _ = offset;
        return;
    }
    match env.plan.slots[slot].ty.repr() {
        Ty::Num => {
            f.push(I::I32Const(0));
            value(f);
            f.push(I::F64Store(at(env.layout.slot(slot), 3)));
        }
        // State only ever `null` (never set to anything else) is an i32 0.
        Ty::Bool | Ty::Null => {
            f.push(I::I32Const(0));
            value(f);
            f.push(I::I32Store(at(env.layout.slot(slot), 2)));
        }
        Ty::Str | Ty::Event => {
            f.push(I::I32Const(
                env.layout.string_slot[slot].expect("string slot") as i32,
            ));
            value(f);
            f.push(I::TableSet(env.cursors.table));
        }
        // A state slot holds a counted reference: count the new value, release the old.
        Ty::Arr(_) | Ty::Rec(_) => {
            let address = env.layout.slot(slot);
            let t = f.temp(ValType::I32);
            value(f);
            f.push(I::LocalTee(t));
            env.heap.call(f, super::heap::HeapFn::RcInc);
            f.push(I::I32Const(0)).push(I::I32Load(at(address, 2)));
            env.heap.call(f, super::heap::HeapFn::RcDec);
            f.push(I::I32Const(0))
                .push(I::LocalGet(t))
                .push(I::I32Store(at(address, 2)));
        }
        Ty::Opt(_) => unreachable!("repr is a base type"),
    }
}

/// A `br_table` switch on local 0 over `count` cases.
fn switch(f: &mut FuncBuilder, count: usize, mut case: impl FnMut(&mut FuncBuilder, usize)) {
    if count == 0 {
        return;
    }
    f.push(I::Block(BlockType::Empty))
        .push(I::Block(BlockType::Empty));
    for _ in 0..count {
        f.push(I::Block(BlockType::Empty));
    }
    f.push(I::LocalGet(0)).push(I::BrTable(
        (0..count as u32).collect::<Vec<_>>().into(),
        count as u32,
    ));
    for i in 0..count {
        f.push(I::End);
        case(f, i);
        f.push(I::Br((count - i) as u32));
    }
    f.push(I::End).push(I::End);
}

/// `dispatch_update(b)`: calls `update_b`.
pub fn dispatch_update(env: &Env<'_>) -> FuncBuilder {
    let mut f = FuncBuilder::new(1, Vec::new());
    switch(&mut f, env.plan.bindings.len(), |f, b| {
        f.push(I::Call(env.idx.update + b as u32));
    });
    f
}

fn reset_cursors(env: &Env<'_>, f: &mut FuncBuilder) {
    f.push(I::I32Const(env.layout.op_base as i32))
        .push(I::GlobalSet(env.cursors.op))
        .push(I::I32Const(env.layout.string_slots as i32))
        .push(I::GlobalSet(env.cursors.refs));
}

/// `dx_init()`: mounts the root scope (Macro: returns the end of the op batch).
pub fn init(env: &Env<'_>) -> FuncBuilder {
    let mut f = FuncBuilder::new(0, Vec::new());
    super::lists::listen_templates(env, &mut f);
    f.push(I::Call(env.idx.mount));
    // Effects that ran on mount may have changed state; without effects nothing is dirty here.
    if env
        .plan
        .bindings
        .iter()
        .any(|b| matches!(b.kind, BindingKind::Effect { .. }))
    {
        drain(env, &mut f);
    }
    commit_render_copies(env, &mut f);
    env.collect(&mut f);
    end_batch(env, &mut f);
    f
}

/// The render is done: what handlers read as of it is what the slots hold now
/// (`Plan::render_copies`).
fn commit_render_copies(env: &Env<'_>, f: &mut FuncBuilder) {
    let none = BTreeMap::new();
    let x = env.render_exprs(&none);
    for &(slot, copy) in &env.plan.render_copies {
        let ty = env.plan.slots[slot].ty;
        store_slot(env, f, copy, |f| x.load_slot(f, slot, ty));
    }
    // Rows' copies taken before now are of an earlier render (`Plan::row_copies`).
    if let Some(epoch) = env.plan.render_epoch {
        store_slot(env, f, epoch, |f| {
            x.load_slot(f, epoch, Ty::Num);
            f.push(I::F64Const(1.0.into())).push(I::F64Add);
        });
    }
}

/// Before a write to `slot`, state of the row in local `row` with copies as rendered
/// (`Plan::row_copies`): takes the row's copies unless they were taken in this render
/// already (then they hold the render's values and the slots may not).
pub(crate) fn take_row_copies(env: &Env<'_>, f: &mut FuncBuilder, slot: SlotId, row: u32) {
    let Some((rc, _)) = env.plan.row_copy_of(slot) else {
        return;
    };
    let epoch = env
        .plan
        .render_epoch
        .expect("rows with copies count renders");
    let taken_in = env.layout.row_slot[rc.taken_in].expect("a row's slot");
    let load_epoch = |f: &mut FuncBuilder| {
        f.push(I::I32Const(0))
            .push(I::F64Load(at(env.layout.slot(epoch), 3)));
    };
    f.push(I::LocalGet(row)).push(I::F64Load(at(taken_in, 3)));
    load_epoch(f);
    f.push(I::F64Ne).push(I::If(BlockType::Empty));
    for &(original, copy) in &rc.pairs {
        store_row_slot(env, f, copy, row, false, |f| {
            load_row_slot(env, f, original, row)
        });
    }
    f.push(I::LocalGet(row));
    load_epoch(f);
    f.push(I::F64Store(at(taken_in, 3))).push(I::End);
}

/// Pushes the value of `slot`, state of the row in local `row`, as [`store_row_slot`] takes it.
fn load_row_slot(env: &Env<'_>, f: &mut FuncBuilder, slot: SlotId, row: u32) {
    let offset = env.layout.row_slot[slot].expect("a row's state");
    f.push(I::LocalGet(row));
    match env.plan.slots[slot].ty.repr() {
        Ty::Num => f.push(I::F64Load(at(offset, 3))),
        Ty::Bool | Ty::Null | Ty::Event | Ty::Arr(_) | Ty::Rec(_) => {
            f.push(I::I32Load(at(offset, 2)))
        }
        Ty::Str => f
            .push(I::I32Load(at(offset, 2)))
            .push(I::TableGet(env.heap.table)),
        Ty::Opt(_) => unreachable!("repr is a base type"),
    };
}

/// Macro: returns the end of the batch and starts the next one at the buffer's base: the host
/// applies `[base, end)` right after this call returns, before wasm runs again, so ops a
/// handler writes later (e.g. `focus()`) start a new batch.
fn end_batch(env: &Env<'_>, f: &mut FuncBuilder) {
    if env.backend == Backend::Macro {
        f.push(I::GlobalGet(env.cursors.op));
        reset_cursors(env, f);
    }
}

/// `dx_event(handler, event) -> changed`: runs a handler; 1 if a flush is needed.
pub fn event(env: &Env<'_>) -> FuncBuilder {
    let mut f = FuncBuilder::new(3, Vec::new());
    switch(&mut f, env.plan.handlers.len(), |f, h| {
        f.push(I::LocalGet(1))
            .push(I::LocalGet(2))
            .push(I::Call(env.idx.handler + h as u32));
    });
    // A flush is needed if state changed or (Macro) the handler wrote ops of its own (focus).
    f.push(I::GlobalGet(env.changed));
    if env.backend == Backend::Macro {
        f.push(I::GlobalGet(env.cursors.op))
            .push(I::I32Const(env.layout.op_base as i32))
            .push(I::I32Ne)
            .push(I::I32Or);
    }
    f.push(I::I32Const(0)).push(I::GlobalSet(env.changed));
    env.collect(&mut f);
    f
}

/// `dx_flush()`: updates every dirty binding (lowest bit first, re-reading the word
/// so updates may clear bits of bindings they re-render); Macro: returns the end of the batch.
pub fn flush(env: &Env<'_>) -> FuncBuilder {
    let mut f = FuncBuilder::new(0, Vec::new());
    drain(env, &mut f);
    commit_render_copies(env, &mut f);
    env.collect(&mut f);
    end_batch(env, &mut f);
    f
}

/// Effects that set state may dirty bindings already passed; rescan at most this often
/// per flush (an effect that keeps changing what it reads would otherwise never stop).
const MAX_EFFECT_ROUNDS: i32 = 100;

/// Updates dirty bindings until none are left (or the effect round limit is reached).
fn drain(env: &Env<'_>, f: &mut FuncBuilder) {
    let has_effects = env
        .plan
        .bindings
        .iter()
        .any(|b| matches!(b.kind, BindingKind::Effect { .. }));
    if !has_effects {
        scan_dirty_words(env, f);
        return;
    }
    let rounds = f.temp(ValType::I32);
    f.push(I::Block(BlockType::Empty))
        .push(I::Loop(BlockType::Empty));
    f.push(I::I32Const(0)).push(I::GlobalSet(env.changed));
    scan_dirty_words(env, f);
    f.push(I::GlobalGet(env.changed))
        .push(I::I32Eqz)
        .push(I::BrIf(1))
        .push(I::LocalGet(rounds))
        .push(I::I32Const(1))
        .push(I::I32Add)
        .push(I::LocalTee(rounds))
        .push(I::I32Const(MAX_EFFECT_ROUNDS))
        .push(I::I32LtS)
        .push(I::BrIf(0))
        .push(I::End)
        .push(I::End);
}

/// One pass over the dirty words, lowest bit first, re-reading each word so that updates
/// may clear bits of bindings they re-render.
fn scan_dirty_words(env: &Env<'_>, f: &mut FuncBuilder) {
    let bits = f.temp(ValType::I32);
    for w in 0..env.layout.dirty_words {
        let word = env.layout.dirty_word(w);
        f.push(I::Block(BlockType::Empty))
            .push(I::Loop(BlockType::Empty))
            .push(I::I32Const(0))
            .push(I::I32Load(at(word, 2)))
            .push(I::LocalTee(bits))
            .push(I::I32Eqz)
            .push(I::BrIf(1))
            .push(I::I32Const(0))
            .push(I::LocalGet(bits))
            .push(I::LocalGet(bits))
            .push(I::I32Const(1))
            .push(I::I32Sub)
            .push(I::I32And)
            .push(I::I32Store(at(word, 2)))
            .push(I::LocalGet(bits))
            .push(I::I32Ctz)
            .push(I::I32Const((w * 32) as i32))
            .push(I::I32Add)
            .push(I::Call(env.idx.dispatch))
            .push(I::Br(0))
            .push(I::End)
            .push(I::End);
    }
}

/// Stores the value `value` pushes into `slot`, the state of a component rendered in the row
/// whose block is in local `row`. `fresh`: the row's block holds no value there yet (the row or
/// its branch is being created), so there is no old value to let go of.
pub(crate) fn store_row_slot(
    env: &Env<'_>,
    f: &mut FuncBuilder,
    slot: SlotId,
    row: u32,
    fresh: bool,
    value: impl FnOnce(&mut FuncBuilder),
) {
    let offset = env.layout.row_slot[slot].expect("a row's state");
    match env.plan.slots[slot].ty.repr() {
        Ty::Num => {
            f.push(I::LocalGet(row));
            value(f);
            f.push(I::F64Store(at(offset, 3)));
        }
        Ty::Bool | Ty::Null | Ty::Event => {
            f.push(I::LocalGet(row));
            value(f);
            f.push(I::I32Store(at(offset, 2)));
        }
        Ty::Str => {
            if !fresh {
                f.push(I::LocalGet(row)).push(I::I32Load(at(offset, 2)));
                env.heap.call(f, super::heap::HeapFn::StrFree);
            }
            f.push(I::LocalGet(row));
            value(f);
            env.heap.call(f, super::heap::HeapFn::StrPut);
            f.push(I::I32Store(at(offset, 2)));
        }
        Ty::Arr(_) | Ty::Rec(_) => {
            let t = f.temp(ValType::I32);
            value(f);
            f.push(I::LocalTee(t));
            env.heap.call(f, super::heap::HeapFn::RcInc);
            if !fresh {
                f.push(I::LocalGet(row)).push(I::I32Load(at(offset, 2)));
                env.heap.call(f, super::heap::HeapFn::RcDec);
            }
            f.push(I::LocalGet(row))
                .push(I::LocalGet(t))
                .push(I::I32Store(at(offset, 2)));
        }
        Ty::Opt(_) => unreachable!("repr is a base type"),
    }
}

/// Lets go of the value of row state `slot` in the row block in local `row` (the row or the
/// branch that owns it goes away).
pub(crate) fn release_row_slot(env: &Env<'_>, f: &mut FuncBuilder, slot: SlotId, row: u32) {
    let offset = env.layout.row_slot[slot].expect("a row's state");
    let release = match env.plan.slots[slot].ty.repr() {
        Ty::Str => super::heap::HeapFn::StrFree,
        Ty::Arr(_) | Ty::Rec(_) => super::heap::HeapFn::RcDec,
        _ => return,
    };
    f.push(I::LocalGet(row)).push(I::I32Load(at(offset, 2)));
    env.heap.call(f, release);
}
