//! Keyed lists. Each list gets six functions:
//!
//! - `key(item, index) -> f64`: the row key (string keys are interned to numbers by the host);
//! - `create(item, index) -> row`: a row block, a cloned row template with fresh handles
//!   (the host installs the template's listeners, see [`listen_templates`]), every row
//!   binding written once;
//! - `update(row)`: re-evaluates the row's bindings and writes only those that changed
//!   (each binding caches its last value in the row block);
//! - `destroy(row, remove)`: releases the item, cached strings and handles;
//! - `reconcile()`: the list binding's update: common prefix and suffix by key, a hash map
//!   from old keys for the middle, the reused rows that stay (a longest increasing
//!   subsequence, or the rows React keeps when the focus is inside the list: moving a focused
//!   node blurs it), and one `INSERT` per moved or new row, placed from the end (when no row of the
//!   middle is kept, the new rows go in order before the row after the middle); every kept
//!   row is patched with its new item and index;
//! - `clear()`: drops every row without DOM edits (the enclosing scope is being removed).
//!
//! A conditional inside a row is a row binding whose cache holds the arm it shows; each arm is
//! a branch scope of the row with `mount_s(row)` / `unmount_s(row, remove)` (see
//! [`mount_branch`], [`unmount_branch`]), its handles after the row template's in the row's range.
//!
//! A row of several roots is placed and removed as the range from its first root to its last
//! (`INSERT_RANGE`, `REMOVE_RANGE`; see `insert_row`).
//!
//! A list inside a row is a row binding too (`ListPlan::parent`): its cache points to a block
//! of that row's inner rows (see [`Rows`]), its `reconcile`, `key`, `create` and `clear` take
//! the row holding it, and each inner row stores a pointer to that row after its item
//! ([`parent_offset`]), through which inner code reaches outer items, indices and state.
//!
//! Row block: `item: i32, base: i32, key: f64, index: f64`, then 8 bytes of cache per row
//! binding. The item is a counted heap pointer (an object or array), an owned heap string
//! slot (a string) or the boolean; a number item is an f64 after `index`, and the caches
//! follow it. List state (static, `Layout::list`): `rows ptr, len, cap` (a vector of row
//! pointers), `free ptr, len, cap` (recycled handle ranges) and the heap epoch of the last
//! reconcile: a kept row whose item is the same object is re-rendered only if some array or
//! record changed in place since (state its bindings read is the `ListRefresh` binding's job);
//! a kept row whose number, string or boolean item changed value is re-rendered.

use dx_formats::ops::Op;
use wasm_encoder::{BlockType, Instruction as I, ValType};

use super::Env;
use super::expr::{ExprEnv, RowAccess};
use super::func::{FuncBuilder, at, incr, while_};
use super::heap::HeapFn;
use super::imports::Import;
use crate::lower::plan::{BindingKind, GExpr, ListPlan, NodeRef, ScopeId, Ty};
use crate::types::ARRAY_LEN;

const I32: ValType = ValType::I32;
const F64: ValType = ValType::F64;

/// Row block offsets.
const ITEM: u32 = 0;
const BASE: u32 = 4;
const KEY: u32 = 8;
const INDEX: u32 = 16;
const CACHE: u32 = 24;
/// A number item (an f64), before the caches.
const NUM_ITEM: u32 = 24;

/// Where the caches of a row of `list` start: after the item and, for a list inside the rows
/// of another, the pointer to the row holding it.
pub(crate) fn cache_base(list: &ListPlan) -> u32 {
    parent_offset(list) + if list.held() { 8 } else { 0 }
}

/// Where a row of a list inside the rows of another keeps the pointer to the row holding it.
pub(crate) fn parent_offset(list: &ListPlan) -> u32 {
    if list.item.repr() == Ty::Num {
        NUM_ITEM + 8
    } else {
        CACHE
    }
}

/// The row block's size: the caches, then the state of the components rendered in the row.
fn row_size(env: &Env<'_>, l: usize, list: &ListPlan) -> u32 {
    cache_base(list) + 8 * (list.bindings.len() as u32 + env.layout.row_slots[l])
}

/// Where a list keeps its rows (a vector `ptr, len, cap`) and the heap epoch of its last
/// reconcile (at offset 24). Its recycled handle ranges are always at its fixed address.
#[derive(Clone, Copy)]
enum Rows {
    /// At the list's fixed address (a list outside rows).
    Static(u32),
    /// In a block whose address is in this local: a list inside rows has one per row holding
    /// it, whose address that row's `List` binding caches.
    Block(u32),
}

impl Rows {
    /// Pushes the base address of field `field` and returns the offset to load it at.
    fn at(self, f: &mut FuncBuilder, field: u32) -> u32 {
        match self {
            Rows::Static(address) => {
                f.push(I::I32Const(0));
                address + field
            }
            Rows::Block(local) => {
                f.push(I::LocalGet(local));
                field
            }
        }
    }

    /// Pushes the address of the rows vector (for the heap's vector functions).
    fn addr(self, f: &mut FuncBuilder) {
        match self {
            Rows::Static(address) => f.push(I::I32Const(address as i32)),
            Rows::Block(local) => f.push(I::LocalGet(local)),
        };
    }
}

/// Bytes of a nested list's block of rows (see [`Rows`]).
const ROWS_BLOCK: i32 = 32;

/// With the first handle of the row in local `row` on the stack: the op that places the row
/// before the node `before` pushes. A row of several roots moves as the range from its first
/// root to its last (what its conditionals and lists placed between them comes along).
fn insert_row(
    env: &Env<'_>,
    f: &mut FuncBuilder,
    list: &ListPlan,
    row: u32,
    before: impl FnOnce(&mut FuncBuilder),
) {
    let roots = env.plan.scopes[list.scope].roots;
    if roots > 1 {
        f.push(I::LocalGet(row))
            .push(I::I32Load(at(BASE, 2)))
            .push(I::I32Const(roots as i32 - 1))
            .push(I::I32Add);
    }
    before(f);
    let op = if roots > 1 {
        Op::InsertRange
    } else {
        Op::Insert
    };
    f.push(I::Call(env.idx.writer(op)));
}

/// The handler's list: the list whose row template or row branch scope installs it (its row
/// parameter is a row of that list), if any.
pub(crate) fn handler_list(env: &Env<'_>, h: usize) -> Option<usize> {
    env.plan
        .scopes
        .iter()
        .find_map(|s| s.row.filter(|_| s.listeners.iter().any(|l| l.handler == h)))
}

/// Row address on the stack → its item, a value of type `item` (borrowed: a string is the
/// row's own slot's string, an object the row's pointer).
pub fn load_item(env: &Env<'_>, f: &mut FuncBuilder, item: Ty) {
    env.heap.load(
        f,
        item,
        if item.repr() == Ty::Num {
            NUM_ITEM
        } else {
            ITEM
        },
    );
}

/// Row address on the stack → stores the item in local `value` (of type `item`) into the row
/// and keeps it: one more count for an object, an owned slot for a string.
fn store_item(env: &Env<'_>, f: &mut FuncBuilder, item: Ty, value: u32) {
    f.push(I::LocalGet(value));
    match item.repr() {
        Ty::Num => {
            f.push(I::F64Store(at(NUM_ITEM, 3)));
        }
        Ty::Str => {
            env.heap.call(f, HeapFn::StrPut);
            f.push(I::I32Store(at(ITEM, 2)));
        }
        Ty::Arr(_) | Ty::Rec(_) => {
            f.push(I::I32Store(at(ITEM, 2))).push(I::LocalGet(value));
            env.heap.call(f, HeapFn::RcInc);
        }
        Ty::Bool | Ty::Event | Ty::Null => {
            f.push(I::I32Store(at(ITEM, 2)));
        }
        Ty::Opt(_) => unreachable!("repr is a base type"),
    }
}

/// Lets go of the item of the row in local `row`: one count less for an object, the
/// string's slot back for a string.
fn release_item(env: &Env<'_>, f: &mut FuncBuilder, item: Ty, row: u32) {
    let release = match item.repr() {
        Ty::Arr(_) | Ty::Rec(_) => HeapFn::RcDec,
        Ty::Str => HeapFn::StrFree,
        Ty::Num | Ty::Bool | Ty::Event | Ty::Null | Ty::Opt(_) => return,
    };
    f.push(I::LocalGet(row)).push(I::I32Load(at(ITEM, 2)));
    env.heap.call(f, release);
}

/// The per-list functions, in index order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ListFn {
    Key,
    Create,
    Update,
    Destroy,
    Reconcile,
    Clear,
}

/// Every per-list function, in index order.
pub const LIST_FNS: &[ListFn] = &[
    ListFn::Key,
    ListFn::Create,
    ListFn::Update,
    ListFn::Destroy,
    ListFn::Reconcile,
    ListFn::Clear,
];

impl ListFn {
    /// Name, params and results for list `l`. A list inside the rows of another takes the
    /// row holding it as well (last, or first for `reconcile` and `clear`).
    /// A recursive list's `create` also takes which props the new row gets (0: the first
    /// level's, 1: those a row of the list gives the rows it holds).
    pub fn signature(self, l: usize, list: &ListPlan) -> (String, Vec<ValType>, Vec<ValType>) {
        let item = super::expr::val_type(list.item);
        let held: &[ValType] = if list.held() { &[I32] } else { &[] };
        let parent: &[ValType] = if list.parent.is_some() { &[I32] } else { &[] };
        let props: &[ValType] = if list.recursion.is_some() {
            &[I32]
        } else {
            &[]
        };
        let (name, params, results) = match self {
            ListFn::Key => ("key", [&[item, F64], held].concat(), vec![F64]),
            ListFn::Create => ("create", [&[item, F64], held, props].concat(), vec![I32]),
            ListFn::Update => ("update", vec![I32], vec![]),
            ListFn::Destroy => ("destroy", vec![I32, I32], vec![]),
            ListFn::Reconcile => ("reconcile", parent.to_vec(), vec![]),
            ListFn::Clear => ("clear", [parent, &[I32]].concat(), vec![]),
        };
        (format!("list{l}_{name}"), params, results)
    }
}

/// The functions of the list rendered again inside the rows of a recursive list (see
/// [`Holder::nested`]), emitted after every list's [`LIST_FNS`]:
/// `reconcile_nested(row)` and `clear_nested(row, remove)`.
pub const NESTED_FNS: &[ListFn] = &[ListFn::Reconcile, ListFn::Clear];

/// Name, params and results of `which` (of [`NESTED_FNS`]) for recursive list `l`.
pub fn nested_signature(l: usize, which: ListFn) -> (String, Vec<ValType>, Vec<ValType>) {
    match which {
        ListFn::Reconcile => (format!("list{l}_reconcile_nested"), vec![I32], vec![]),
        _ => (format!("list{l}_clear_nested"), vec![I32, I32], vec![]),
    }
}

/// The lists rendered again inside their own rows, in index order.
pub fn recursive_lists<'a>(env: &'a Env<'_>) -> impl Iterator<Item = usize> + 'a {
    (0..env.plan.lists.len()).filter(|&l| env.plan.lists[l].nested_array().is_some())
}

/// The body of `which` (of [`NESTED_FNS`]) for recursive list `l`.
pub fn nested_body(env: &Env<'_>, l: usize, which: ListFn) -> FuncBuilder {
    let list = &env.plan.lists[l];
    let holder = Holder::nested(env, l).expect("a list rendered again in its rows");
    match which {
        ListFn::Reconcile => reconcile(env, l, list, &holder),
        _ => clear(env, l, holder.parent, holder.binding),
    }
}

impl Env<'_> {
    /// Function index of `which` for list `l`.
    pub(crate) fn list_fn(&self, l: usize, which: ListFn) -> u32 {
        self.idx.lists
            + (l * LIST_FNS.len()) as u32
            + LIST_FNS.iter().position(|x| *x == which).expect("listed") as u32
    }

    /// Function index of `which` (of [`NESTED_FNS`]) for recursive list `l`.
    pub(crate) fn nested_list_fn(&self, l: usize, which: ListFn) -> u32 {
        let rank = recursive_lists(self).take_while(|&k| k < l).count();
        self.idx.lists
            + (self.plan.lists.len() * LIST_FNS.len() + rank * NESTED_FNS.len()) as u32
            + NESTED_FNS.iter().position(|x| *x == which).expect("listed") as u32
    }

    /// The `reconcile` (or `clear`) of the list that row binding `k` of `list` renders: its
    /// nested use's when `k` renders `list` again.
    fn row_list_fn(&self, list: &ListPlan, k: usize, inner: usize, which: ListFn) -> u32 {
        match list.nested_array() {
            Some((nested, _)) if nested.binding == k => self.nested_list_fn(inner, which),
            _ => self.list_fn(inner, which),
        }
    }
}

/// Who holds the rows a `reconcile` or `clear` works on: the list's `List` binding, or for a
/// recursive list also a row of its own (its nested use).
pub(crate) struct Holder<'a> {
    /// The list whose row holds them (the function's first parameter); none: the rows are
    /// at the list's fixed address.
    parent: Option<usize>,
    /// The `List` binding: an index into that row's bindings.
    binding: usize,
    anchor: NodeRef,
    sole: bool,
    array: &'a GExpr,
    /// For a recursive list: which props new rows get (see [`ListFn::signature`]) and their
    /// values, read where the binding is.
    props: Option<(i32, &'a [GExpr])>,
}

impl<'a> Holder<'a> {
    fn entry(env: &'a Env<'_>, l: usize) -> Holder<'a> {
        let list = &env.plan.lists[l];
        Holder {
            parent: list.parent,
            binding: list.binding,
            anchor: list.anchor,
            sole: list.sole,
            array: env.plan.list_array(l),
            props: list.recursion.as_ref().map(|r| (0, r.entry.as_slice())),
        }
    }

    fn nested(env: &'a Env<'_>, l: usize) -> Option<Holder<'a>> {
        let (nested, array) = env.plan.lists[l].nested_array()?;
        Some(Holder {
            parent: Some(l),
            binding: nested.binding,
            anchor: nested.anchor,
            sole: false,
            array,
            props: Some((1, nested.values.as_slice())),
        })
    }
}

/// Stores `values` (read in `x`, the context of the row's holder) as the props of the row of
/// recursive list `list` in local `row`.
fn store_props(
    env: &Env<'_>,
    x: &ExprEnv<'_>,
    f: &mut FuncBuilder,
    list: &ListPlan,
    row: u32,
    values: &[GExpr],
    fresh: bool,
) {
    let slots = list.recursion.as_ref().map_or(&[][..], |r| &r.props);
    for (&slot, value) in slots.iter().zip(values) {
        super::scopes::store_row_slot(env, f, slot, row, fresh, |f| x.expr(f, value));
    }
}

/// The body of `which` for list `l`.
pub fn body(env: &Env<'_>, l: usize, which: ListFn) -> FuncBuilder {
    let list = &env.plan.lists[l];
    match which {
        ListFn::Key => key(env, l, list),
        ListFn::Create => create(env, l, list),
        ListFn::Update => update(env, l, list),
        ListFn::Destroy => destroy(env, l, list),
        ListFn::Reconcile => reconcile(env, l, list, &Holder::entry(env, l)),
        ListFn::Clear => clear(env, l, list.parent, list.binding),
    }
}

fn key(env: &Env<'_>, l: usize, list: &ListPlan) -> FuncBuilder {
    let nested = list.held();
    let mut f = FuncBuilder::new(if nested { 3 } else { 2 }, vec![]);
    let none = Default::default();
    let x = ExprEnv {
        row: Some(RowAccess::Item {
            item: 0,
            index: 1,
            list: l,
            parent: nested.then_some(2),
        }),
        some: Default::default(),
        ..env.render_exprs(&none)
    };
    x.expr(&mut f, &list.key);
    if list.key.ty == Ty::Str {
        f.push(I::Call(env.needs.function_index(Import::KeyId)));
    }
    f
}

/// Pushes the handle of row node `node` of the row in local `row` (a node of a branch scope
/// inside the row is after the row template's handles, at the scope's `base`).
fn row_handle(env: &Env<'_>, f: &mut FuncBuilder, row: u32, node: NodeRef) {
    let offset = env.plan.scopes[node.scope].base + node.offset;
    f.push(I::LocalGet(row)).push(I::I32Load(at(BASE, 2)));
    if offset != 0 {
        f.push(I::I32Const(offset as i32)).push(I::I32Add);
    }
}

/// The op that writes binding `kind` with its value in local `v`, for the row in `row`.
fn write_binding(env: &Env<'_>, f: &mut FuncBuilder, kind: &BindingKind, row: u32, v: u32) {
    if let BindingKind::Focus { node, .. } = kind {
        f.push(I::LocalGet(v)).push(I::If(BlockType::Empty));
        row_handle(env, f, row, *node);
        f.push(I::Call(env.idx.writer(Op::Focus))).push(I::End);
        return;
    }
    let (node, name, value, op) = match kind {
        BindingKind::Text { node, value } => (
            node,
            None,
            value,
            if value.ty == Ty::Num {
                Op::SetTextNum
            } else {
                Op::SetText
            },
        ),
        BindingKind::Attr { node, name, value } => (
            node,
            Some(name),
            value,
            if value.ty == Ty::Bool {
                Op::ToggleAttr
            } else {
                Op::SetAttr
            },
        ),
        BindingKind::Prop { node, name, value } => (
            node,
            Some(name),
            value,
            if value.ty == Ty::Bool {
                Op::SetPropBool
            } else {
                Op::SetProp
            },
        ),
        _ => unreachable!("rows hold DOM bindings only"),
    };
    let _ = value;
    row_handle(env, f, row, *node);
    if let Some(name) = name {
        f.push(env.static_str(name));
    }
    f.push(I::LocalGet(v)).push(I::Call(env.idx.writer(op)));
}

fn source(kind: &BindingKind) -> &GExpr {
    kind.source().expect("DOM bindings have a source")
}

/// Stores the value in local `v` (of type `ty`) as a binding's cache, at `offset` in the row.
fn store_cache(env: &Env<'_>, f: &mut FuncBuilder, row: u32, offset: u32, ty: Ty, v: u32) {
    f.push(I::LocalGet(row)).push(I::LocalGet(v));
    match ty.repr() {
        Ty::Num => {
            f.push(I::F64Store(at(offset, 3)));
        }
        Ty::Str => {
            env.heap.call(f, HeapFn::StrPut);
            f.push(I::I32Store(at(offset, 2)));
        }
        _ => {
            f.push(I::I32Store(at(offset, 2)));
        }
    }
}

fn create(env: &Env<'_>, l: usize, list: &ListPlan) -> FuncBuilder {
    // A list inside rows gets the row holding the new one (after the item and index); a
    // recursive list also which props the row gets.
    let parent = list.held().then_some(2);
    let params = 2 + u32::from(list.held()) + u32::from(list.recursion.is_some());
    let mut f = FuncBuilder::new(params, vec![I32, I32]);
    let (item, index, row, base) = (0, 1, params, params + 1);
    let scope = &env.plan.scopes[list.scope];
    let handles = list.handles;
    let state = env.layout.list(l);
    f.push(I::I32Const(row_size(env, l, list) as i32));
    env.heap.call(&mut f, HeapFn::Alloc);
    f.push(I::LocalTee(row));
    store_item(env, &mut f, list.item, item);
    // A recycled handle range, or fresh handles.
    f.push(I::I32Const(0))
        .push(I::I32Load(at(state + 16, 2)))
        .push(I::If(BlockType::Result(I32)))
        .push(I::I32Const(0))
        .push(I::I32Const(0))
        .push(I::I32Load(at(state + 16, 2)))
        .push(I::I32Const(1))
        .push(I::I32Sub)
        .push(I::I32Store(at(state + 16, 2)))
        .push(I::I32Const(0))
        .push(I::I32Load(at(state + 12, 2)))
        .push(I::I32Const(0))
        .push(I::I32Load(at(state + 16, 2)))
        .push(I::I32Const(2))
        .push(I::I32Shl)
        .push(I::I32Add)
        .push(I::I32Load(at(0, 2)))
        .push(I::Else)
        .push(I::GlobalGet(env.next_handle))
        .push(I::GlobalGet(env.next_handle))
        .push(I::I32Const(handles as i32))
        .push(I::I32Add)
        .push(I::GlobalSet(env.next_handle))
        .push(I::End)
        .push(I::LocalSet(base))
        .push(I::LocalGet(row))
        .push(I::LocalGet(base))
        .push(I::I32Store(at(BASE, 2)))
        .push(I::LocalGet(row))
        .push(I::LocalGet(item))
        .push(I::LocalGet(index));
    if let Some(parent) = parent {
        f.push(I::LocalGet(parent));
    }
    f.push(I::Call(env.list_fn(l, ListFn::Key)))
        .push(I::F64Store(at(KEY, 3)))
        .push(I::LocalGet(row))
        .push(I::LocalGet(index))
        .push(I::F64Store(at(INDEX, 3)));
    if let Some(parent) = parent {
        f.push(I::LocalGet(row))
            .push(I::LocalGet(parent))
            .push(I::I32Store(at(parent_offset(list), 2)));
    }
    f.push(I::I32Const(scope.template as i32))
        .push(I::LocalGet(base))
        .push(I::LocalGet(row))
        .push(I::Call(env.idx.writer(Op::CloneRow)));
    let none = Default::default();
    let x = ExprEnv {
        row: Some(RowAccess::Row { row, list: Some(l) }),
        some: Default::default(),
        ..env.render_exprs(&none)
    };
    if let Some(recursion) = &list.recursion {
        create_props(env, &mut f, l, row);
        init_slots(env, &x, &mut f, list.scope, row, &recursion.props);
    } else {
        init_slots(env, &x, &mut f, list.scope, row, &[]);
    }
    write_scope(env, &x, &mut f, list, list.scope, row);
    // Listeners come with the clone (`TEMPLATE_LISTEN`, written once by `listen_templates`).
    f.push(I::LocalGet(row));
    f
}

/// In `create(item, index, holder, which)` of recursive list `l`: stores the props of the new
/// row in local `row`, read in the holder's context (`which` says which holder it is).
fn create_props(env: &Env<'_>, f: &mut FuncBuilder, l: usize, row: u32) {
    let (holder, which) = (2, 3);
    let list = &env.plan.lists[l];
    let none = Default::default();
    let entry = ExprEnv {
        row: list.parent.map(|p| RowAccess::Row {
            row: holder,
            list: Some(p),
        }),
        some: Default::default(),
        ..env.render_exprs(&none)
    };
    let recursion = list.recursion.as_ref().expect("a recursive list");
    let Some((nested, _)) = list.nested_array() else {
        store_props(env, &entry, f, list, row, &recursion.entry, true);
        return;
    };
    let own = ExprEnv {
        row: Some(RowAccess::Row {
            row: holder,
            list: Some(l),
        }),
        some: Default::default(),
        ..env.render_exprs(&none)
    };
    f.push(I::LocalGet(which)).push(I::If(BlockType::Empty));
    store_props(env, &own, f, list, row, &nested.values, true);
    f.push(I::Else);
    store_props(env, &entry, f, list, row, &recursion.entry, true);
    f.push(I::End);
}

/// Registers the listeners of every row template once, at start-up: the host gives each
/// cloned row its handlers, so creating a row writes no `LISTEN` ops.
pub fn listen_templates(env: &Env<'_>, f: &mut FuncBuilder) {
    for list in &env.plan.lists {
        let scope = &env.plan.scopes[list.scope];
        for listener in &scope.listeners {
            f.push(I::I32Const(scope.template as i32))
                .push(I::I32Const(listener.node.offset as i32))
                .push(env.static_str(&listener.event))
                .push(I::I32Const(listener.handler as i32))
                .push(I::Call(env.idx.writer(Op::TemplateListen)));
        }
    }
}

/// Writes every binding of scope `s` of the row in local `row` once, caching each value (a
/// conditional caches its arm and mounts it).
fn write_scope(
    env: &Env<'_>,
    x: &ExprEnv<'_>,
    f: &mut FuncBuilder,
    list: &ListPlan,
    s: ScopeId,
    row: u32,
) {
    for (k, kind) in bindings_of(list, s) {
        let offset = cache_base(list) + 8 * k as u32;
        // A list inside the row: a block of its own for its rows, then its first reconcile.
        if let BindingKind::List { list: inner, .. } = kind {
            let block = f.temp(I32);
            f.push(I::I32Const(ROWS_BLOCK));
            env.heap.call(f, HeapFn::Alloc);
            f.push(I::LocalTee(block))
                .push(I::I32Const(0))
                .push(I::I32Const(ROWS_BLOCK))
                .push(I::MemoryFill(0))
                .push(I::LocalGet(row))
                .push(I::LocalGet(block))
                .push(I::I32Store(at(offset, 2)))
                .push(I::LocalGet(row))
                .push(I::Call(env.row_list_fn(list, k, *inner, ListFn::Reconcile)));
            continue;
        }
        if let BindingKind::Cond {
            test,
            then,
            otherwise,
            ..
        } = kind
        {
            let arm = f.temp(I32);
            push_arm(x, f, test, *then, *otherwise);
            f.push(I::LocalSet(arm))
                .push(I::LocalGet(row))
                .push(I::LocalGet(arm))
                .push(I::I32Store(at(offset, 2)));
            for (value, scope) in [(1, then), (2, otherwise)] {
                if let Some(scope) = scope {
                    f.push(I::LocalGet(arm))
                        .push(I::I32Const(value))
                        .push(I::I32Eq)
                        .push(I::If(BlockType::Empty))
                        .push(I::LocalGet(row))
                        .push(I::Call(env.idx.mount + *scope as u32))
                        .push(I::End);
                }
            }
            continue;
        }
        let value = source(kind);
        let v = f.temp(super::expr::val_type(value.ty));
        x.expr(f, value);
        f.push(I::LocalSet(v));
        store_cache(env, f, row, offset, value.ty, v);
        write_binding(env, f, kind, row, v);
    }
}

/// The row bindings that live in scope `s` (the row template, or a branch inside the row).
fn bindings_of(list: &ListPlan, s: ScopeId) -> impl Iterator<Item = (usize, &BindingKind)> {
    list.bindings
        .iter()
        .enumerate()
        .filter(move |(k, _)| list.binding_scopes[*k] == s)
}

/// Pushes which arm a conditional shows: 1 (`then`), 2 (`otherwise`) or 0 (nothing).
fn push_arm(
    x: &ExprEnv<'_>,
    f: &mut FuncBuilder,
    test: &GExpr,
    then: Option<ScopeId>,
    otherwise: Option<ScopeId>,
) {
    x.expr(f, test);
    f.push(I::If(BlockType::Result(I32)))
        .push(I::I32Const(if then.is_some() { 1 } else { 0 }))
        .push(I::Else)
        .push(I::I32Const(if otherwise.is_some() { 2 } else { 0 }))
        .push(I::End);
}

fn update(env: &Env<'_>, l: usize, list: &ListPlan) -> FuncBuilder {
    let mut f = FuncBuilder::new(1, vec![]);
    let row = 0;
    let none = Default::default();
    let x = ExprEnv {
        row: Some(RowAccess::Row { row, list: Some(l) }),
        some: Default::default(),
        ..env.render_exprs(&none)
    };
    update_scope(env, &x, &mut f, list, list.scope, row);
    f
}

/// Re-evaluates the bindings of scope `s` of the row in local `row` and writes those that
/// changed. A conditional whose arm changed unmounts the old arm and mounts the new one;
/// otherwise the bindings of the arm it shows are updated in turn.
fn update_scope(
    env: &Env<'_>,
    x: &ExprEnv<'_>,
    f: &mut FuncBuilder,
    list: &ListPlan,
    s: ScopeId,
    row: u32,
) {
    for (k, kind) in bindings_of(list, s) {
        let offset = cache_base(list) + 8 * k as u32;
        // A list inside the row reconciles with its array, then re-renders its rows: what
        // they read (the row's state, outer items, state) may have changed without their items.
        if let BindingKind::List { list: inner, .. } = kind {
            let block = f.temp(I32);
            f.push(I::LocalGet(row))
                .push(I::Call(env.row_list_fn(list, k, *inner, ListFn::Reconcile)))
                .push(I::LocalGet(row))
                .push(I::I32Load(at(offset, 2)))
                .push(I::LocalSet(block));
            // The props of a recursive list's rows are given again first.
            let props = match list.nested_array() {
                Some((nested, _)) if nested.binding == k => Some(nested.values.as_slice()),
                _ => env.plan.lists[*inner]
                    .recursion
                    .as_ref()
                    .map(|r| r.entry.as_slice()),
            };
            refresh_rows(env, f, *inner, Rows::Block(block), props.map(|v| (x, v)));
            continue;
        }
        if let BindingKind::Cond {
            test,
            then,
            otherwise,
            ..
        } = kind
        {
            let (new, old) = (f.temp(I32), f.temp(I32));
            push_arm(x, f, test, *then, *otherwise);
            f.push(I::LocalSet(new))
                .push(I::LocalGet(row))
                .push(I::I32Load(at(offset, 2)))
                .push(I::LocalTee(old))
                .push(I::LocalGet(new))
                .push(I::I32Ne)
                .push(I::If(BlockType::Empty));
            for (value, scope) in [(1, then), (2, otherwise)] {
                if let Some(scope) = scope {
                    f.push(I::LocalGet(old))
                        .push(I::I32Const(value))
                        .push(I::I32Eq)
                        .push(I::If(BlockType::Empty))
                        .push(I::LocalGet(row))
                        .push(I::I32Const(1))
                        .push(I::Call(env.idx.unmount + *scope as u32))
                        .push(I::End);
                }
            }
            f.push(I::LocalGet(row))
                .push(I::LocalGet(new))
                .push(I::I32Store(at(offset, 2)));
            for (value, scope) in [(1, then), (2, otherwise)] {
                if let Some(scope) = scope {
                    f.push(I::LocalGet(new))
                        .push(I::I32Const(value))
                        .push(I::I32Eq)
                        .push(I::If(BlockType::Empty))
                        .push(I::LocalGet(row))
                        .push(I::Call(env.idx.mount + *scope as u32))
                        .push(I::End);
                }
            }
            // The same arm: what it shows may have changed.
            f.push(I::Else);
            for (value, scope) in [(1, then), (2, otherwise)] {
                if let Some(scope) = scope {
                    f.push(I::LocalGet(new))
                        .push(I::I32Const(value))
                        .push(I::I32Eq)
                        .push(I::If(BlockType::Empty));
                    update_scope(env, x, f, list, *scope, row);
                    f.push(I::End);
                }
            }
            f.push(I::End);
            continue;
        }
        let value = source(kind);
        let v = f.temp(super::expr::val_type(value.ty));
        x.expr(f, value);
        f.push(I::LocalTee(v)).push(I::LocalGet(row));
        // A nullable string (an attribute React may leave out) is cached as a string.
        match value.ty.repr() {
            Ty::Num => {
                f.push(I::F64Load(at(offset, 3))).push(I::F64Ne);
            }
            Ty::Str => {
                f.push(I::I32Load(at(offset, 2)))
                    .push(I::TableGet(env.heap.table))
                    .push(I::Call(env.needs.function_index(Import::Equals)))
                    .push(I::I32Eqz);
            }
            _ => {
                f.push(I::I32Load(at(offset, 2))).push(I::I32Ne);
            }
        }
        f.push(I::If(BlockType::Empty));
        if value.ty.repr() == Ty::Str {
            f.push(I::LocalGet(row)).push(I::I32Load(at(offset, 2)));
            env.heap.call(f, HeapFn::StrFree);
        }
        store_cache(env, f, row, offset, value.ty, v);
        write_binding(env, f, kind, row, v);
        f.push(I::End);
    }
}

/// Lets go of what scope `s` of the row in local `row` holds: its cached strings, and the
/// arms its conditionals show (unmounted in turn, without DOM edits: `s`'s nodes go as a
/// whole). `remove` (a local, or `None` for never) says whether the arm of a conditional
/// placed beside `s`'s roots leaves the DOM itself.
fn release_scope(
    env: &Env<'_>,
    f: &mut FuncBuilder,
    list: &ListPlan,
    s: ScopeId,
    row: u32,
    remove: Option<u32>,
) {
    for (k, kind) in bindings_of(list, s) {
        let offset = cache_base(list) + 8 * k as u32;
        // A list inside the row: its rows go (from the DOM too when they sit beside `s`'s
        // roots and the caller removes), then its block.
        if let BindingKind::List { list: inner, .. } = kind {
            let anchor = match list.nested_array() {
                Some((nested, _)) if nested.binding == k => nested.anchor,
                _ => env.plan.lists[*inner].anchor,
            };
            f.push(I::LocalGet(row));
            match remove {
                Some(remove) if env.is_root(anchor) => f.push(I::LocalGet(remove)),
                _ => f.push(I::I32Const(0)),
            };
            f.push(I::Call(env.row_list_fn(list, k, *inner, ListFn::Clear)));
            continue;
        }
        if let BindingKind::Cond {
            anchor,
            then,
            otherwise,
            ..
        } = kind
        {
            for (value, scope) in [(1, then), (2, otherwise)] {
                if let Some(scope) = scope {
                    f.push(I::LocalGet(row))
                        .push(I::I32Load(at(offset, 2)))
                        .push(I::I32Const(value))
                        .push(I::I32Eq)
                        .push(I::If(BlockType::Empty))
                        .push(I::LocalGet(row));
                    match remove {
                        Some(remove) if env.is_root(*anchor) => f.push(I::LocalGet(remove)),
                        _ => f.push(I::I32Const(0)),
                    };
                    f.push(I::Call(env.idx.unmount + *scope as u32))
                        .push(I::End);
                }
            }
            continue;
        }
        if source(kind).ty.repr() == Ty::Str {
            f.push(I::LocalGet(row)).push(I::I32Load(at(offset, 2)));
            env.heap.call(f, HeapFn::StrFree);
        }
    }
}

/// `mount_s(row)` of a branch scope `s` inside a row of list `l`: clones its template before
/// its anchor in the row, installs its listeners and writes its bindings once.
pub fn mount_branch(env: &Env<'_>, l: usize, s: ScopeId) -> FuncBuilder {
    let list = &env.plan.lists[l];
    let scope = &env.plan.scopes[s];
    let mut f = FuncBuilder::new(1, vec![]);
    let row = 0;
    let none = Default::default();
    let x = ExprEnv {
        row: Some(RowAccess::Row { row, list: Some(l) }),
        some: Default::default(),
        ..env.render_exprs(&none)
    };
    let anchor = list
        .bindings
        .iter()
        .find_map(|kind| match kind {
            BindingKind::Cond {
                anchor,
                then,
                otherwise,
                ..
            } if *then == Some(s) || *otherwise == Some(s) => Some(*anchor),
            _ => None,
        })
        .expect("a branch inside a row has its conditional");
    f.push(I::I32Const(scope.template as i32));
    row_handle(
        env,
        &mut f,
        row,
        NodeRef {
            scope: s,
            offset: 0,
        },
    );
    row_handle(env, &mut f, row, anchor);
    f.push(I::Call(env.idx.writer(Op::Clone)));
    for listener in &scope.listeners {
        row_handle(env, &mut f, row, listener.node);
        f.push(env.static_str(&listener.event))
            .push(I::I32Const(listener.handler as i32))
            .push(I::Call(env.idx.writer(Op::Listen)));
    }
    init_slots(env, &x, &mut f, s, row, &[]);
    write_scope(env, &x, &mut f, list, s, row);
    f
}

/// Gives the state of the components in scope `s` of the row in local `row` its initial
/// values: a new row, or an arm that appears, is a new instance (as in React).
/// (`props`: slots the row's holder gives, see [`create_props`]).
fn init_slots(
    env: &Env<'_>,
    x: &ExprEnv<'_>,
    f: &mut FuncBuilder,
    s: ScopeId,
    row: u32,
    props: &[usize],
) {
    for slot in env.plan.scopes[s].owned_slots.iter().copied() {
        if props.contains(&slot) {
            continue;
        }
        let init = &env.plan.slots[slot].init;
        super::scopes::store_row_slot(env, f, slot, row, true, |f| x.expr(f, init));
    }
}

/// `unmount_s(row, remove)` of a branch scope `s` inside a row of list `l`: releases what it
/// holds and, if `remove`, removes its roots from the DOM.
pub fn unmount_branch(env: &Env<'_>, l: usize, s: ScopeId) -> FuncBuilder {
    let list = &env.plan.lists[l];
    let scope = &env.plan.scopes[s];
    let mut f = FuncBuilder::new(2, vec![]);
    let (row, remove) = (0, 1);
    f.push(I::LocalGet(remove)).push(I::If(BlockType::Empty));
    for r in 0..scope.roots {
        row_handle(
            env,
            &mut f,
            row,
            NodeRef {
                scope: s,
                offset: r,
            },
        );
        f.push(I::Call(env.idx.writer(Op::Remove)));
    }
    f.push(I::End);
    release_scope(env, &mut f, list, s, row, Some(remove));
    for &slot in &scope.owned_slots {
        super::scopes::release_row_slot(env, &mut f, slot, row);
    }
    f
}

fn destroy(env: &Env<'_>, l: usize, list: &ListPlan) -> FuncBuilder {
    let mut f = FuncBuilder::new(2, vec![I32]);
    let (row, remove, base) = (0, 1, 2);
    let state = env.layout.list(l);
    f.push(I::LocalGet(row))
        .push(I::I32Load(at(BASE, 2)))
        .push(I::LocalSet(base))
        .push(I::LocalGet(remove))
        .push(I::If(BlockType::Empty))
        .push(I::LocalGet(base));
    // A row of several roots goes as the range from its first root to its last.
    let roots = env.plan.scopes[list.scope].roots;
    if roots > 1 {
        f.push(I::LocalGet(base))
            .push(I::I32Const(roots as i32 - 1))
            .push(I::I32Add)
            .push(I::Call(env.idx.writer(Op::RemoveRange)));
    } else {
        f.push(I::Call(env.idx.writer(Op::Remove)));
    }
    f.push(I::End);
    release_item(env, &mut f, list.item, row);
    release_scope(env, &mut f, list, list.scope, row, None);
    for &slot in &env.plan.scopes[list.scope].owned_slots {
        super::scopes::release_row_slot(env, &mut f, slot, row);
    }
    f.push(I::I32Const(state as i32 + 12))
        .push(I::LocalGet(base));
    env.heap.call(&mut f, HeapFn::VecPush);
    f.push(I::LocalGet(row));
    env.heap.call(&mut f, HeapFn::Free);
    f
}

/// `clear(remove)`: destroys every row; `remove` says whether their nodes leave the DOM too
/// (they need not when they go with an enclosing node that is removed). A list inside rows
/// has `clear(parent, remove)`: the row holding it goes, so its block of rows goes too.
/// (`parent` and `binding`: the row holding the rows, and its `List` binding; see [`Holder`].)
fn clear(env: &Env<'_>, l: usize, parent: Option<usize>, binding: usize) -> FuncBuilder {
    let Some(p) = parent else {
        let mut f = FuncBuilder::new(1, vec![I32]);
        clear_rows(env, &mut f, l, Rows::Static(env.layout.list(l)), 0, 1);
        return f;
    };
    let mut f = FuncBuilder::new(2, vec![I32, I32]);
    let (parent, remove, i, block) = (0, 1, 2, 3);
    let offset = cache_base(&env.plan.lists[p]) + 8 * binding as u32;
    f.push(I::LocalGet(parent))
        .push(I::I32Load(at(offset, 2)))
        .push(I::LocalSet(block));
    clear_rows(env, &mut f, l, Rows::Block(block), remove, i);
    f.push(I::LocalGet(block))
        .push(I::I32Load(at(0, 2)))
        .push(I::If(BlockType::Empty))
        .push(I::LocalGet(block))
        .push(I::I32Load(at(0, 2)));
    env.heap.call(&mut f, HeapFn::Free);
    f.push(I::End).push(I::LocalGet(block));
    env.heap.call(&mut f, HeapFn::Free);
    f
}

/// Destroys every row of list `l` kept at `rows` (`remove` and `i` are i32 locals: whether
/// their nodes leave the DOM, and a counter) and empties the rows vector.
fn clear_rows(env: &Env<'_>, f: &mut FuncBuilder, l: usize, rows: Rows, remove: u32, i: u32) {
    f.push(I::I32Const(0))
        .push(I::LocalSet(i))
        .push(I::Block(BlockType::Empty))
        .push(I::Loop(BlockType::Empty))
        .push(I::LocalGet(i));
    let len = rows.at(f, 4);
    f.push(I::I32Load(at(len, 2)))
        .push(I::I32GeU)
        .push(I::BrIf(1));
    rows_at(f, rows, i);
    f.push(I::LocalGet(remove))
        .push(I::Call(env.list_fn(l, ListFn::Destroy)))
        .push(I::LocalGet(i))
        .push(I::I32Const(1))
        .push(I::I32Add)
        .push(I::LocalSet(i))
        .push(I::Br(0))
        .push(I::End)
        .push(I::End);
    let len = rows.at(f, 4);
    f.push(I::I32Const(0)).push(I::I32Store(at(len, 2)));
}

/// Pushes `rows[i]` (i an i32 local) of the list's `rows`.
fn rows_at(f: &mut FuncBuilder, rows: Rows, i: u32) {
    let ptr = rows.at(f, 0);
    f.push(I::I32Load(at(ptr, 2)))
        .push(I::LocalGet(i))
        .push(I::I32Const(2))
        .push(I::I32Shl)
        .push(I::I32Add)
        .push(I::I32Load(at(0, 2)));
}

/// Pushes the address of `p[i]` for an i32 array at local `p` and i32 local `i`.
fn addr(f: &mut FuncBuilder, p: u32, i: u32) {
    f.push(I::LocalGet(p))
        .push(I::LocalGet(i))
        .push(I::I32Const(2))
        .push(I::I32Shl)
        .push(I::I32Add);
}

/// `reconcile()`, or `reconcile(parent)` of a list inside the rows of another: its rows are
/// in a block the parent row's `List` binding caches, its array and anchor are the parent
/// row's, and its rows are created with a pointer to the parent row.
fn reconcile(env: &Env<'_>, l: usize, list: &ListPlan, holder: &Holder<'_>) -> FuncBuilder {
    let parent = holder.parent.map(|_| 0);
    let mut f = FuncBuilder::new(u32::from(parent.is_some()), vec![]);
    let rows = match (parent, holder.parent) {
        (Some(parent), Some(p)) => {
            let block = f.temp(I32);
            let offset = cache_base(&env.plan.lists[p]) + 8 * holder.binding as u32;
            f.push(I::LocalGet(parent))
                .push(I::I32Load(at(offset, 2)))
                .push(I::LocalSet(block));
            Rows::Block(block)
        }
        _ => Rows::Static(env.layout.list(l)),
    };
    let push_anchor = |f: &mut FuncBuilder| match parent {
        Some(parent) => row_handle(env, f, parent, holder.anchor),
        None => {
            f.push(I::I32Const(env.plan.handle(holder.anchor) as i32));
        }
    };
    let fun = |w| I::Call(env.list_fn(l, w));
    // `key` and `create` of a nested list take the parent row after the item and index (a
    // recursive list's, none at its first level), a recursive list's `create` which props.
    let call = |f: &mut FuncBuilder, w| {
        match parent {
            Some(parent) => f.push(I::LocalGet(parent)),
            None if list.held() => f.push(I::I32Const(0)),
            None => &mut *f,
        };
        if let (ListFn::Create, Some((which, _))) = (w, holder.props) {
            f.push(I::I32Const(which));
        }
        f.push(fun(w));
    };
    let [arr, n, m, start, end_old, end_new, i, j, row, object, next] =
        std::array::from_fn(|_| f.temp(I32));
    let [
        scratch,
        sources,
        newmid,
        tails,
        prev,
        inlis,
        used,
        table,
        size,
        mask,
    ] = std::array::from_fn(|_| f.temp(I32));
    let [h, v, lo, hi, mid, len_t, matched, changed] = std::array::from_fn(|_| f.temp(I32));
    let k = f.temp(F64);
    // The item of the row at hand: a number, string or boolean item gets a local of its own
    // type, after the others (an object list's locals stay as they were).
    let item = if list.item.is_heap() {
        object
    } else {
        f.temp(super::expr::val_type(list.item))
    };
    let moved = list.uses_index.then(|| f.temp(I32));
    let none = Default::default();
    let x = ExprEnv {
        row: parent.map(|row| RowAccess::Row {
            row,
            list: holder.parent,
        }),
        ..env.render_exprs(&none)
    };
    let array = holder.array;
    // Whether any array or record changed in place since the last reconcile: if not, a kept
    // row showing the same item object needs no re-render.
    env.heap.epoch(&mut f);
    let epoch = rows.at(&mut f, 24);
    f.push(I::I32Load(at(epoch, 2)))
        .push(I::I32Ne)
        .push(I::LocalSet(changed));
    rows.at(&mut f, 24);
    env.heap.epoch(&mut f);
    f.push(I::I32Store(at(epoch, 2)));
    x.expr(&mut f, array);
    f.push(I::LocalTee(arr))
        .push(I::I32Load(at(ARRAY_LEN, 2)))
        .push(I::LocalSet(n));
    let len = rows.at(&mut f, 4);
    f.push(I::I32Load(at(len, 2))).push(I::LocalSet(m));
    // item = arr[j]
    let item_at = |f: &mut FuncBuilder, idx: u32| {
        env.heap.elem_addr(f, arr, idx);
        env.heap.load(f, list.item, 0);
        f.push(I::LocalSet(item));
    };
    // Whether a kept row needs a re-render whatever its item: something changed in place
    // (`changed`), or it reads its index and moved (`moved`, set by `patch`).
    let stale = |f: &mut FuncBuilder| {
        f.push(I::LocalGet(changed));
        if let Some(moved) = moved {
            f.push(I::LocalGet(moved)).push(I::I32Or);
        }
    };
    // Point the row in `row` at `item` (index `idx`) and re-render what changed (a recursive
    // list's row with the props it is given now).
    let patch = |f: &mut FuncBuilder, idx: u32| {
        if let Some((_, values)) = holder.props {
            store_props(env, &x, f, list, row, values, false);
        }
        let set_index = |f: &mut FuncBuilder| {
            f.push(I::LocalGet(row))
                .push(I::LocalGet(idx))
                .push(I::F64ConvertI32U)
                .push(I::F64Store(at(INDEX, 3)));
        };
        // A row that reads its index gets the new one before it re-renders.
        if let Some(moved) = moved {
            f.push(I::LocalGet(row))
                .push(I::F64Load(at(INDEX, 3)))
                .push(I::LocalGet(idx))
                .push(I::F64ConvertI32U)
                .push(I::F64Ne)
                .push(I::LocalSet(moved));
            set_index(f);
        }
        if list.item.is_heap() {
            f.push(I::LocalGet(row))
                .push(I::I32Load(at(ITEM, 2)))
                .push(I::LocalGet(item))
                .push(I::I32Ne)
                .push(I::If(BlockType::Empty))
                .push(I::LocalGet(item));
            env.heap.call(f, HeapFn::RcInc);
            f.push(I::LocalGet(row)).push(I::I32Load(at(ITEM, 2)));
            env.heap.call(f, HeapFn::RcDec);
            f.push(I::LocalGet(row))
                .push(I::LocalGet(item))
                .push(I::I32Store(at(ITEM, 2)))
                .push(I::LocalGet(row))
                .push(fun(ListFn::Update))
                .push(I::Else);
        } else {
            patch_value(env, f, l, list, row, item);
        }
        stale(f);
        f.push(I::If(BlockType::Empty))
            .push(I::LocalGet(row))
            .push(fun(ListFn::Update))
            .push(I::End)
            .push(I::End);
        if moved.is_none() {
            set_index(f);
        }
    };
    let destroy_all = |f: &mut FuncBuilder, remove: i32| {
        f.push(I::I32Const(0)).push(I::LocalSet(i));
        while_(
            f,
            |f| {
                f.push(I::LocalGet(i)).push(I::LocalGet(m)).push(I::I32LtU);
            },
            |f| {
                rows_at(f, rows, i);
                f.push(I::I32Const(remove)).push(fun(ListFn::Destroy));
                incr(f, i, 1);
            },
        );
    };

    // Everything removed.
    f.push(I::LocalGet(n))
        .push(I::I32Eqz)
        .push(I::If(BlockType::Empty));
    if holder.sole {
        f.push(I::LocalGet(m)).push(I::If(BlockType::Empty));
        push_anchor(&mut f);
        f.push(I::I32Const(0))
            .push(I::Call(env.idx.writer(Op::Clear)));
        f.push(I::End);
        destroy_all(&mut f, 0);
    } else {
        destroy_all(&mut f, 1);
    }
    rows.at(&mut f, 4);
    f.push(I::I32Const(0))
        .push(I::I32Store(at(len, 2)))
        .push(I::Return)
        .push(I::End);

    // First render (or after everything was removed): append every row.
    f.push(I::LocalGet(m))
        .push(I::I32Eqz)
        .push(I::If(BlockType::Empty));
    rows.addr(&mut f);
    f.push(I::LocalGet(n));
    env.heap.call(&mut f, HeapFn::VecReserve);
    f.push(I::I32Const(0)).push(I::LocalSet(j));
    while_(
        &mut f,
        |f| {
            f.push(I::LocalGet(j)).push(I::LocalGet(n)).push(I::I32LtU);
        },
        |f| {
            item_at(f, j);
            f.push(I::LocalGet(item))
                .push(I::LocalGet(j))
                .push(I::F64ConvertI32U);
            call(f, ListFn::Create);
            f.push(I::LocalTee(row)).push(I::I32Load(at(BASE, 2)));
            insert_row(env, f, list, row, &push_anchor);
            let ptr = rows.at(f, 0);
            f.push(I::I32Load(at(ptr, 2)));
            f.push(I::LocalGet(j))
                .push(I::I32Const(2))
                .push(I::I32Shl)
                .push(I::I32Add)
                .push(I::LocalGet(row))
                .push(I::I32Store(at(0, 2)));
            incr(f, j, 1);
        },
    );
    rows.at(&mut f, 4);
    f.push(I::LocalGet(n))
        .push(I::I32Store(at(len, 2)))
        .push(I::Return)
        .push(I::End);

    // Common prefix.
    f.push(I::I32Const(0)).push(I::LocalSet(start));
    f.push(I::Block(BlockType::Empty))
        .push(I::Loop(BlockType::Empty));
    f.push(I::LocalGet(start))
        .push(I::LocalGet(m))
        .push(I::I32GeU)
        .push(I::LocalGet(start))
        .push(I::LocalGet(n))
        .push(I::I32GeU)
        .push(I::I32Or)
        .push(I::BrIf(1));
    rows_at(&mut f, rows, start);
    f.push(I::LocalSet(row));
    item_at(&mut f, start);
    f.push(I::LocalGet(row))
        .push(I::F64Load(at(KEY, 3)))
        .push(I::LocalGet(item))
        .push(I::LocalGet(start))
        .push(I::F64ConvertI32U);
    call(&mut f, ListFn::Key);
    f.push(I::F64Ne).push(I::BrIf(1));
    patch(&mut f, start);
    incr(&mut f, start, 1);
    f.push(I::Br(0)).push(I::End).push(I::End);

    // Common suffix.
    f.push(I::LocalGet(m))
        .push(I::LocalSet(end_old))
        .push(I::LocalGet(n))
        .push(I::LocalSet(end_new));
    f.push(I::Block(BlockType::Empty))
        .push(I::Loop(BlockType::Empty));
    f.push(I::LocalGet(end_old))
        .push(I::LocalGet(start))
        .push(I::I32LeU)
        .push(I::LocalGet(end_new))
        .push(I::LocalGet(start))
        .push(I::I32LeU)
        .push(I::I32Or)
        .push(I::BrIf(1));
    f.push(I::LocalGet(end_old))
        .push(I::I32Const(1))
        .push(I::I32Sub)
        .push(I::LocalSet(i))
        .push(I::LocalGet(end_new))
        .push(I::I32Const(1))
        .push(I::I32Sub)
        .push(I::LocalSet(j));
    rows_at(&mut f, rows, i);
    f.push(I::LocalSet(row));
    item_at(&mut f, j);
    f.push(I::LocalGet(row))
        .push(I::F64Load(at(KEY, 3)))
        .push(I::LocalGet(item))
        .push(I::LocalGet(j))
        .push(I::F64ConvertI32U);
    call(&mut f, ListFn::Key);
    f.push(I::F64Ne).push(I::BrIf(1));
    patch(&mut f, j);
    f.push(I::LocalGet(i))
        .push(I::LocalSet(end_old))
        .push(I::LocalGet(j))
        .push(I::LocalSet(end_new))
        .push(I::Br(0))
        .push(I::End)
        .push(I::End);

    // The middle: old [start, end_old), new [start, end_new).
    // Scratch: sources, newmid, tails, prev, inlis (one i32 per new row), used (per old
    // row), then a hash table of `size` 16-byte entries (key f64, old index + 1).
    let mid_new = |f: &mut FuncBuilder| {
        f.push(I::LocalGet(end_new))
            .push(I::LocalGet(start))
            .push(I::I32Sub);
    };
    let mid_old = |f: &mut FuncBuilder| {
        f.push(I::LocalGet(end_old))
            .push(I::LocalGet(start))
            .push(I::I32Sub);
    };
    // size = next power of two ≥ 2 · mid_old (at least 2).
    f.push(I::I32Const(1)).push(I::I32Const(32));
    mid_old(&mut f);
    f.push(I::I32Const(1))
        .push(I::I32Shl)
        .push(I::I32Const(1))
        .push(I::I32Or)
        .push(I::I32Clz)
        .push(I::I32Sub)
        .push(I::I32Shl)
        .push(I::LocalTee(size))
        .push(I::I32Const(1))
        .push(I::I32Sub)
        .push(I::LocalSet(mask));
    mid_new(&mut f);
    f.push(I::I32Const(20)).push(I::I32Mul);
    mid_old(&mut f);
    f.push(I::I32Const(4))
        .push(I::I32Mul)
        .push(I::I32Add)
        .push(I::LocalGet(size))
        .push(I::I32Const(16))
        .push(I::I32Mul)
        .push(I::I32Add)
        .push(I::I32Const(16))
        .push(I::I32Add);
    env.heap.call(&mut f, HeapFn::Alloc);
    f.push(I::LocalTee(scratch)).push(I::LocalSet(sources));
    for (dst, src) in [
        (newmid, sources),
        (tails, newmid),
        (prev, tails),
        (inlis, prev),
        (used, inlis),
    ] {
        f.push(I::LocalGet(src));
        mid_new(&mut f);
        f.push(I::I32Const(2))
            .push(I::I32Shl)
            .push(I::I32Add)
            .push(I::LocalSet(dst));
    }
    // The table, 8-aligned after `used`.
    f.push(I::LocalGet(used));
    mid_old(&mut f);
    f.push(I::I32Const(2))
        .push(I::I32Shl)
        .push(I::I32Add)
        .push(I::I32Const(7))
        .push(I::I32Add)
        .push(I::I32Const(-8))
        .push(I::I32And)
        .push(I::LocalSet(table));
    // Zero inlis, used and the table (contiguous, plus alignment padding).
    f.push(I::LocalGet(inlis))
        .push(I::I32Const(0))
        .push(I::LocalGet(table))
        .push(I::LocalGet(size))
        .push(I::I32Const(16))
        .push(I::I32Mul)
        .push(I::I32Add)
        .push(I::LocalGet(inlis))
        .push(I::I32Sub)
        .push(I::MemoryFill(0));
    // The slot of key `k`: h = mix(bits(k)) & mask.
    let hash = |f: &mut FuncBuilder| {
        let bits = f.temp(ValType::I64);
        f.push(I::LocalGet(k))
            .push(I::I64ReinterpretF64)
            .push(I::LocalTee(bits))
            .push(I::LocalGet(bits))
            .push(I::I64Const(32))
            .push(I::I64ShrU)
            .push(I::I64Xor)
            .push(I::I32WrapI64)
            .push(I::I32Const(0x9E37_79B1_u32 as i32))
            .push(I::I32Mul)
            .push(I::LocalTee(h))
            .push(I::LocalGet(h))
            .push(I::I32Const(16))
            .push(I::I32ShrU)
            .push(I::I32Xor)
            .push(I::LocalGet(mask))
            .push(I::I32And)
            .push(I::LocalSet(h));
    };
    // entry address of slot h
    let entry = |f: &mut FuncBuilder| {
        f.push(I::LocalGet(table))
            .push(I::LocalGet(h))
            .push(I::I32Const(4))
            .push(I::I32Shl)
            .push(I::I32Add);
    };
    let next_slot = |f: &mut FuncBuilder| {
        f.push(I::LocalGet(h))
            .push(I::I32Const(1))
            .push(I::I32Add)
            .push(I::LocalGet(mask))
            .push(I::I32And)
            .push(I::LocalSet(h));
    };
    // Old keys → old index + 1.
    f.push(I::LocalGet(start)).push(I::LocalSet(i));
    while_(
        &mut f,
        |f| {
            f.push(I::LocalGet(i))
                .push(I::LocalGet(end_old))
                .push(I::I32LtU);
        },
        |f| {
            rows_at(f, rows, i);
            f.push(I::F64Load(at(KEY, 3))).push(I::LocalSet(k));
            hash(f);
            while_(
                f,
                |f| {
                    entry(f);
                    f.push(I::I32Load(at(8, 2)));
                },
                |f| next_slot(f),
            );
            entry(f);
            f.push(I::LocalGet(k)).push(I::F64Store(at(0, 3)));
            entry(f);
            f.push(I::LocalGet(i))
                .push(I::I32Const(1))
                .push(I::I32Add)
                .push(I::I32Store(at(8, 2)));
            incr(f, i, 1);
        },
    );
    // New row `j` of the middle: `i` = start + j, `item` = arr[i], and pushes `item, f64(i)`
    // (the arguments of the list's `key` and `create`).
    let mid_item = |f: &mut FuncBuilder| {
        f.push(I::LocalGet(start))
            .push(I::LocalGet(j))
            .push(I::I32Add)
            .push(I::LocalSet(i));
        item_at(f, i);
        f.push(I::LocalGet(item))
            .push(I::LocalGet(i))
            .push(I::F64ConvertI32U);
    };
    // New rows: find their old row (sources[j] = old index or -1) and patch it.
    f.push(I::I32Const(0))
        .push(I::LocalSet(matched))
        .push(I::I32Const(0))
        .push(I::LocalSet(j));
    while_(
        &mut f,
        |f| {
            f.push(I::LocalGet(j));
            mid_new(f);
            f.push(I::I32LtU);
        },
        |f| {
            mid_item(f);
            call(f, ListFn::Key);
            f.push(I::LocalSet(k));
            hash(f);
            f.push(I::I32Const(-1)).push(I::LocalSet(v));
            // Probe until an empty slot or an unused old row with this key.
            f.push(I::Block(BlockType::Empty))
                .push(I::Loop(BlockType::Empty));
            entry(f);
            f.push(I::I32Load(at(8, 2)))
                .push(I::LocalTee(lo))
                .push(I::I32Eqz)
                .push(I::BrIf(1));
            entry(f);
            f.push(I::F64Load(at(0, 3)))
                .push(I::LocalGet(k))
                .push(I::F64Eq)
                .push(I::If(BlockType::Empty))
                .push(I::LocalGet(lo))
                .push(I::I32Const(1))
                .push(I::I32Sub)
                .push(I::LocalTee(hi))
                .push(I::LocalGet(start))
                .push(I::I32Sub)
                .push(I::LocalSet(mid));
            addr(f, used, mid);
            f.push(I::I32Load(at(0, 2)))
                .push(I::I32Eqz)
                .push(I::If(BlockType::Empty))
                .push(I::LocalGet(hi))
                .push(I::LocalSet(v));
            addr(f, used, mid);
            f.push(I::I32Const(1))
                .push(I::I32Store(at(0, 2)))
                .push(I::Br(3))
                .push(I::End)
                .push(I::End);
            next_slot(f);
            f.push(I::Br(0)).push(I::End).push(I::End);
            addr(f, sources, j);
            f.push(I::LocalGet(v)).push(I::I32Store(at(0, 2)));
            f.push(I::LocalGet(v))
                .push(I::I32Const(0))
                .push(I::I32GeS)
                .push(I::If(BlockType::Empty));
            incr(f, matched, 1);
            rows_at(f, rows, v);
            f.push(I::LocalSet(row));
            patch(f, i);
            f.push(I::End);
            incr(f, j, 1);
        },
    );
    // Old rows nobody reuses go. When nothing was kept at all and the rows are their
    // parent's only content, one CLEAR replaces one REMOVE per row.
    let clear_all = |f: &mut FuncBuilder| {
        f.push(I::LocalGet(matched))
            .push(I::I32Eqz)
            .push(I::LocalGet(start))
            .push(I::I32Eqz)
            .push(I::I32And)
            .push(I::LocalGet(end_old))
            .push(I::LocalGet(m))
            .push(I::I32Eq)
            .push(I::I32And);
    };
    if holder.sole {
        clear_all(&mut f);
        f.push(I::If(BlockType::Empty));
        push_anchor(&mut f);
        f.push(I::I32Const(1))
            .push(I::Call(env.idx.writer(Op::Clear)))
            .push(I::End);
    }
    f.push(I::LocalGet(start)).push(I::LocalSet(i));
    while_(
        &mut f,
        |f| {
            f.push(I::LocalGet(i))
                .push(I::LocalGet(end_old))
                .push(I::I32LtU);
        },
        |f| {
            f.push(I::LocalGet(i))
                .push(I::LocalGet(start))
                .push(I::I32Sub)
                .push(I::LocalSet(mid));
            addr(f, used, mid);
            f.push(I::I32Load(at(0, 2)))
                .push(I::I32Eqz)
                .push(I::If(BlockType::Empty));
            rows_at(f, rows, i);
            if holder.sole {
                clear_all(f);
                f.push(I::I32Eqz);
            } else {
                f.push(I::I32Const(1));
            }
            f.push(fun(ListFn::Destroy)).push(I::End);
            incr(f, i, 1);
        },
    );
    // Which reused rows stay put. Moving a node is observable — a moved focused element
    // loses focus (both hosts put it back after the move, as React's commit does, but the
    // blur has happened) — so when the focus is inside the list, dx keeps the rows React keeps
    // (`reconcileChildrenArray`: walking the new order, a row whose old index is not below the
    // highest old index kept so far stays). Otherwise it keeps a longest increasing
    // subsequence of the old indices: the fewest moves (swapping two rows of 1,000 moves 2
    // rows, where React's rule moves 997).
    push_anchor(&mut f);
    f.push(I::Call(env.needs.function_index(Import::FocusWithin)))
        .push(I::If(BlockType::Empty));
    f.push(I::I32Const(-1))
        .push(I::LocalSet(h))
        .push(I::I32Const(0))
        .push(I::LocalSet(j));
    while_(
        &mut f,
        |f| {
            f.push(I::LocalGet(j));
            mid_new(f);
            f.push(I::I32LtU);
        },
        |f| {
            addr(f, sources, j);
            f.push(I::I32Load(at(0, 2)))
                .push(I::LocalTee(v))
                .push(I::I32Const(0))
                .push(I::I32GeS)
                .push(I::LocalGet(v))
                .push(I::LocalGet(h))
                .push(I::I32GeS)
                .push(I::I32And)
                .push(I::If(BlockType::Empty));
            addr(f, inlis, j);
            f.push(I::I32Const(1)).push(I::I32Store(at(0, 2)));
            f.push(I::LocalGet(v)).push(I::LocalSet(h)).push(I::End);
            incr(f, j, 1);
        },
    );
    f.push(I::Else);
    f.push(I::I32Const(0))
        .push(I::LocalSet(len_t))
        .push(I::I32Const(0))
        .push(I::LocalSet(j));
    while_(
        &mut f,
        |f| {
            f.push(I::LocalGet(j));
            mid_new(f);
            f.push(I::I32LtU);
        },
        |f| {
            addr(f, sources, j);
            f.push(I::I32Load(at(0, 2)))
                .push(I::LocalTee(v))
                .push(I::I32Const(0))
                .push(I::I32GeS)
                .push(I::If(BlockType::Empty))
                .push(I::I32Const(0))
                .push(I::LocalSet(lo))
                .push(I::LocalGet(len_t))
                .push(I::LocalSet(hi));
            while_(
                f,
                |f| {
                    f.push(I::LocalGet(lo))
                        .push(I::LocalGet(hi))
                        .push(I::I32LtU);
                },
                |f| {
                    f.push(I::LocalGet(lo))
                        .push(I::LocalGet(hi))
                        .push(I::I32Add)
                        .push(I::I32Const(1))
                        .push(I::I32ShrU)
                        .push(I::LocalSet(mid));
                    // sources[tails[mid]] < v ?
                    addr(f, tails, mid);
                    f.push(I::I32Load(at(0, 2))).push(I::LocalSet(h));
                    addr(f, sources, h);
                    f.push(I::I32Load(at(0, 2)))
                        .push(I::LocalGet(v))
                        .push(I::I32LtS)
                        .push(I::If(BlockType::Empty))
                        .push(I::LocalGet(mid))
                        .push(I::I32Const(1))
                        .push(I::I32Add)
                        .push(I::LocalSet(lo))
                        .push(I::Else)
                        .push(I::LocalGet(mid))
                        .push(I::LocalSet(hi))
                        .push(I::End);
                },
            );
            addr(f, prev, j);
            f.push(I::LocalGet(lo))
                .push(I::If(BlockType::Result(I32)))
                .push(I::LocalGet(lo))
                .push(I::I32Const(1))
                .push(I::I32Sub)
                .push(I::LocalSet(h));
            addr(f, tails, h);
            f.push(I::I32Load(at(0, 2)))
                .push(I::Else)
                .push(I::I32Const(-1))
                .push(I::End)
                .push(I::I32Store(at(0, 2)));
            addr(f, tails, lo);
            f.push(I::LocalGet(j)).push(I::I32Store(at(0, 2)));
            f.push(I::LocalGet(lo))
                .push(I::LocalGet(len_t))
                .push(I::I32Eq)
                .push(I::If(BlockType::Empty));
            incr(f, len_t, 1);
            f.push(I::End).push(I::End);
            incr(f, j, 1);
        },
    );
    // Mark the subsequence: from its last element back through `prev`.
    f.push(I::I32Const(-1)).push(I::LocalSet(j));
    f.push(I::LocalGet(len_t)).push(I::If(BlockType::Empty));
    f.push(I::LocalGet(len_t))
        .push(I::I32Const(1))
        .push(I::I32Sub)
        .push(I::LocalSet(h));
    addr(&mut f, tails, h);
    f.push(I::I32Load(at(0, 2)))
        .push(I::LocalSet(j))
        .push(I::End);
    while_(
        &mut f,
        |f| {
            f.push(I::LocalGet(j)).push(I::I32Const(0)).push(I::I32GeS);
        },
        |f| {
            addr(f, inlis, j);
            f.push(I::I32Const(1)).push(I::I32Store(at(0, 2)));
            addr(f, prev, j);
            f.push(I::I32Load(at(0, 2))).push(I::LocalSet(j));
        },
    );
    f.push(I::End);
    // `next`: the node after the middle.
    f.push(I::LocalGet(end_old))
        .push(I::LocalGet(m))
        .push(I::I32LtU)
        .push(I::If(BlockType::Result(I32)));
    rows_at(&mut f, rows, end_old);
    f.push(I::I32Load(at(BASE, 2))).push(I::Else);
    push_anchor(&mut f);
    f.push(I::End).push(I::LocalSet(next));
    // Nothing in the middle was kept (rows appended, or all replaced): create the new rows in
    // order, each before `next`. Inserting each before the row created after it instead would
    // make the browser restyle every following row again under positional selectors such as
    // `tr:nth-of-type(odd)` (append 1,000 rows: ~2 ms more script, bench/table).
    f.push(I::LocalGet(matched))
        .push(I::I32Eqz)
        .push(I::If(BlockType::Empty));
    f.push(I::I32Const(0)).push(I::LocalSet(j));
    while_(
        &mut f,
        |f| {
            f.push(I::LocalGet(j));
            mid_new(f);
            f.push(I::I32LtU);
        },
        |f| {
            mid_item(f);
            call(f, ListFn::Create);
            f.push(I::LocalTee(row)).push(I::I32Load(at(BASE, 2)));
            insert_row(env, f, list, row, |f| {
                f.push(I::LocalGet(next));
            });
            addr(f, newmid, j);
            f.push(I::LocalGet(row)).push(I::I32Store(at(0, 2)));
            incr(f, j, 1);
        },
    );
    // Otherwise place the middle from its end: new rows are created, rows outside the
    // subsequence move, each before the row that follows it.
    f.push(I::Else);
    mid_new(&mut f);
    f.push(I::LocalSet(j));
    while_(
        &mut f,
        |f| {
            f.push(I::LocalGet(j)).push(I::I32Const(0)).push(I::I32GtS);
        },
        |f| {
            incr(f, j, -1);
            addr(f, sources, j);
            f.push(I::I32Load(at(0, 2)))
                .push(I::LocalTee(v))
                .push(I::I32Const(0))
                .push(I::I32LtS)
                .push(I::If(BlockType::Empty));
            mid_item(f);
            call(f, ListFn::Create);
            f.push(I::LocalTee(row)).push(I::I32Load(at(BASE, 2)));
            insert_row(env, f, list, row, |f| {
                f.push(I::LocalGet(next));
            });
            f.push(I::Else);
            rows_at(f, rows, v);
            f.push(I::LocalSet(row));
            addr(f, inlis, j);
            f.push(I::I32Load(at(0, 2)))
                .push(I::I32Eqz)
                .push(I::If(BlockType::Empty))
                .push(I::LocalGet(row))
                .push(I::I32Load(at(BASE, 2)));
            insert_row(env, f, list, row, |f| {
                f.push(I::LocalGet(next));
            });
            f.push(I::End).push(I::End);
            addr(f, newmid, j);
            f.push(I::LocalGet(row)).push(I::I32Store(at(0, 2)));
            f.push(I::LocalGet(row))
                .push(I::I32Load(at(BASE, 2)))
                .push(I::LocalSet(next));
        },
    );
    f.push(I::End);
    // rows = rows[..start] ++ newmid ++ rows[end_old..m]
    rows.addr(&mut f);
    f.push(I::LocalGet(n));
    env.heap.call(&mut f, HeapFn::VecReserve);
    let rows_ptr = |f: &mut FuncBuilder| {
        let ptr = rows.at(f, 0);
        f.push(I::I32Load(at(ptr, 2)));
    };
    rows_ptr(&mut f);
    f.push(I::LocalGet(end_new))
        .push(I::I32Const(2))
        .push(I::I32Shl)
        .push(I::I32Add);
    rows_ptr(&mut f);
    f.push(I::LocalGet(end_old))
        .push(I::I32Const(2))
        .push(I::I32Shl)
        .push(I::I32Add)
        .push(I::LocalGet(m))
        .push(I::LocalGet(end_old))
        .push(I::I32Sub)
        .push(I::I32Const(2))
        .push(I::I32Shl)
        .push(I::MemoryCopy {
            src_mem: 0,
            dst_mem: 0,
        });
    rows_ptr(&mut f);
    f.push(I::LocalGet(start))
        .push(I::I32Const(2))
        .push(I::I32Shl)
        .push(I::I32Add)
        .push(I::LocalGet(newmid));
    mid_new(&mut f);
    f.push(I::I32Const(2)).push(I::I32Shl).push(I::MemoryCopy {
        src_mem: 0,
        dst_mem: 0,
    });
    f.push(I::LocalGet(scratch));
    env.heap.call(&mut f, HeapFn::Free);
    rows.at(&mut f, 4);
    f.push(I::LocalGet(n)).push(I::I32Store(at(len, 2)));
    let _ = (tails, table);
    f
}

/// Opens the re-render of a kept row (local `row`) whose number, string or boolean item is
/// now the one in local `item`: if the value differs, the new one is stored and the row
/// re-rendered; the caller writes the `else` branch's test and closes both.
fn patch_value(env: &Env<'_>, f: &mut FuncBuilder, l: usize, list: &ListPlan, row: u32, item: u32) {
    f.push(I::LocalGet(row));
    load_item(env, f, list.item);
    f.push(I::LocalGet(item));
    // A nullable item compares as its base (a nullish number, a NaN, reads as changed: the
    // row is re-rendered, which is harmless).
    match list.item.repr() {
        Ty::Num => {
            f.push(I::F64Ne);
        }
        Ty::Str => {
            f.push(I::Call(env.needs.function_index(Import::Equals)))
                .push(I::I32Eqz);
        }
        _ => {
            f.push(I::I32Ne);
        }
    }
    f.push(I::If(BlockType::Empty));
    release_item(env, f, list.item, row);
    f.push(I::LocalGet(row));
    store_item(env, f, list.item, item);
    f.push(I::LocalGet(row))
        .push(I::Call(env.list_fn(l, ListFn::Update)))
        .push(I::Else);
}

/// The `ListRefresh` binding: every row re-renders what changed.
pub fn refresh(env: &Env<'_>, f: &mut FuncBuilder, l: usize) {
    let none = Default::default();
    let x = ExprEnv {
        some: Default::default(),
        ..env.render_exprs(&none)
    };
    let props = env.plan.lists[l].recursion.as_ref();
    let props = props.map(|r| (&x, r.entry.as_slice()));
    refresh_rows(env, f, l, Rows::Static(env.layout.list(l)), props);
}

/// Every row of list `l` kept at `rows` re-renders what changed; the rows of a recursive list
/// are given their props first (`props`: their values, read in the context of the holder).
fn refresh_rows(
    env: &Env<'_>,
    f: &mut FuncBuilder,
    l: usize,
    rows: Rows,
    props: Option<(&ExprEnv<'_>, &[GExpr])>,
) {
    let i = f.temp(I32);
    f.push(I::I32Const(0)).push(I::LocalSet(i));
    while_(
        f,
        |f| {
            f.push(I::LocalGet(i));
            let len = rows.at(f, 4);
            f.push(I::I32Load(at(len, 2))).push(I::I32LtU);
        },
        |f| {
            rows_at(f, rows, i);
            if let Some((x, values)) = props {
                let row = f.temp(I32);
                f.push(I::LocalSet(row));
                store_props(env, x, f, &env.plan.lists[l], row, values, false);
                f.push(I::LocalGet(row));
            }
            f.push(I::Call(env.list_fn(l, ListFn::Update)));
            incr(f, i, 1);
        },
    );
}
