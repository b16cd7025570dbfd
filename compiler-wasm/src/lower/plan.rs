//! The app plan: everything emit needs, with components inlined and every value typed.
//!
//! Names here are global to the app: a `SlotId` is one state variable of one component
//! instance, a `ScopeId` is the root or one conditional branch, a `BindingId` is one DOM
//! sink (text, attribute, conditional) with one dirty bit.

use dx_formats::htip::TemplateTable;

pub use crate::ir::{BinaryOp, EventField, LogicalOp, Ty, UnaryOp};

/// A state variable of one component instance.
pub type SlotId = usize;
/// Index into [`Plan::scopes`]; 0 is the root.
pub type ScopeId = usize;
/// Index into [`Plan::bindings`]; also the binding's dirty-bit number.
pub type BindingId = usize;
/// A wasm local of a handler (after parameters).
pub type LocalId = u32;

/// A typed expression over global slots and handler locals.
#[derive(Clone, Debug, PartialEq)]
pub struct GExpr {
    /// What it computes.
    pub kind: GKind,
    /// Its type.
    pub ty: Ty,
}

/// Typed expression forms.
#[derive(Clone, Debug, PartialEq)]
pub enum GKind {
    /// Number constant.
    Num(f64),
    /// String constant.
    Str(String),
    /// Boolean constant.
    Bool(bool),
    /// The live value of a slot.
    Slot(SlotId),
    /// The value a slot had when the running handler started (React semantics).
    Snapshot(SlotId),
    /// DOM property `name` of the element of ref `r` (an index into `Plan::refs`), read
    /// after the pending ops are applied; the type says which host import reads it.
    ElementGet { r: usize, name: &'static str },
    /// Whether the element of ref `r` is in the document (`if (input.current)`).
    RefAttached(usize),
    /// `v++` / `++v` (`delta` ±1) of a number slot that no binding reads (a module-level
    /// `let`): stores the new value, yields the old one (postfix) or the new one (prefix).
    SlotUpdate {
        slot: SlotId,
        delta: f64,
        prefix: bool,
    },
    /// A handler local.
    Local(LocalId),
    /// Event data read from the event in a local.
    EventField(EventField, LocalId),
    /// JS `String(x)`.
    ToString(Box<GExpr>),
    /// JS `Number(x)` of a boolean.
    BoolToNum(Box<GExpr>),
    /// JS truthiness of any value.
    Truthy(Box<GExpr>),
    /// `s.length`.
    Length(Box<GExpr>),
    /// `-x` / `+x` on numbers.
    Unary(UnaryOp, Box<GExpr>),
    /// Operands already converted to the operation's type.
    Binary(BinaryOp, Box<GExpr>, Box<GExpr>),
    /// `&&` / `||` with same-typed operands.
    Logical(LogicalOp, Box<GExpr>, Box<GExpr>),
    /// `test ? a : b` with a boolean test.
    Cond(Box<GExpr>, Box<GExpr>, Box<GExpr>),
    /// A call of [`Plan::functions`]`[function]` that returns a value.
    Call { function: usize, args: Vec<GExpr> },
    /// A built-in row (receiver first for methods), see [`crate::builtins`].
    Builtin {
        id: crate::builtins::BuiltinId,
        args: Vec<GExpr>,
    },
    /// `setTimeout` / `setInterval` of timer callback `callback`; yields the timer id.
    Timer {
        callback: usize,
        ms: Box<GExpr>,
        repeat: bool,
        /// The values of the creating code's locals the callback reads (a record made at
        /// each creation, so two timers of one callback keep their own), given to the
        /// callback as its local 1.
        env: Option<Box<GExpr>>,
    },
    /// A new array; `true` marks an array spread into it.
    NewArray(Vec<(bool, GExpr)>),
    /// A new record: one value per field, in layout order.
    NewRecord(Vec<GExpr>),
    /// Field `index` (layout order) of a record.
    Field(Box<GExpr>, usize),
    /// `array[index]` (traps when out of range: dx values cannot be `undefined`).
    Index(Box<GExpr>, Box<GExpr>),
    /// `array.length`.
    ArrayLen(Box<GExpr>),
    /// An array method without a callback; the array is `args[0]`.
    ArrayOp(ArrayOp, Vec<GExpr>),
    /// An array method with an inlined callback.
    Each(Box<Each>),
    /// The nullish value of the expression's type: `undefined` of a record type (a null
    /// pointer, as `find` yields) or the reserved nullish value of a nullable type.
    Null,
    /// A value of a base type used where its nullable type is expected (same representation).
    Wrap(Box<GExpr>),
    /// `Array.from({ length: n })`: a new array of `n` (the number, at least 0) `undefined`s
    /// (the expression's type is an array of a `| undefined` type).
    UndefinedArray(Box<GExpr>),
    /// Branches on a nullable `value`, evaluated once: `none` if it is nullish, else `some`,
    /// which reads the value (as its base type) through `SomeValue(id)`. `x ?? d`, `x?.f`,
    /// truthiness, rendering and `x.f` (whose `none` is a `Trap`) are built from it.
    IfSome {
        id: u32,
        value: Box<GExpr>,
        some: Box<GExpr>,
        none: Box<GExpr>,
    },
    /// The non-nullish value of the enclosing `IfSome` with this id.
    SomeValue(u32),
    /// Stops with a run-time error (reading a field of `null` is a `TypeError` in JS); its
    /// type is whatever the context needs.
    Trap,
    /// The value as a JS value (`console.log` of arrays and records, `JSON.stringify`).
    ToJs(Box<GExpr>),
    /// `JSON.parse(text)` read as the expression's type.
    FromJson(Box<GExpr>),
    /// `JSON.stringify(value)`.
    Json(Box<GExpr>),
    /// `s.split(separator)` (a `string[]`).
    Split(Box<GExpr>, Box<GExpr>),
    /// Statements whose `return value` gives the value (a function inlined for its result).
    Block(Vec<GStmt>),
    /// The element shown by the current row of list `Plan::lists[list]`.
    RowItem(usize),
    /// The index of the current row of that list.
    RowIndex(usize),
}

/// Array methods without a callback.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArrayOp {
    /// `a.push(x, …)` → new length.
    Push,
    /// `a.pop()` → the last element.
    Pop,
    /// `a.shift()` → the first element.
    Shift,
    /// `a.unshift(x)` → new length.
    Unshift,
    /// `a.slice(start, end)` → a new array.
    Slice,
    /// `a.concat(b)` → a new array.
    Concat,
    /// `a.splice(start, count, …items)` → the removed elements.
    Splice,
    /// `a.indexOf(x)` → index or -1.
    IndexOf,
    /// `a.includes(x)` → boolean.
    Includes,
    /// `a.join(sep)` → string.
    Join,
    /// `a.reverse()` → the same array, reversed in place.
    Reverse,
}

impl ArrayOp {
    /// Whether the method changes the array it is called on (`push`, `splice`, …).
    pub fn changes_array(self) -> bool {
        use ArrayOp::*;
        matches!(self, Push | Pop | Shift | Unshift | Splice | Reverse)
    }
}

/// What an [`Each`] loop computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EachKind {
    /// A new array of the callback's results.
    Map,
    /// A new array of the elements the callback accepts.
    Filter,
    /// The first accepted element (a null record when none).
    Find,
    /// The index of the first accepted element, or -1.
    FindIndex,
    /// Whether any element is accepted.
    Some,
    /// Whether every element is accepted.
    Every,
    /// Nothing (runs the callback for its effects).
    ForEach,
    /// The accumulated value.
    Reduce,
}

/// `array.method(callback)`: a loop with the callback's body inlined.
#[derive(Clone, Debug, PartialEq)]
pub struct Each {
    /// What it computes.
    pub kind: EachKind,
    /// The array.
    pub array: GExpr,
    /// Local holding the current element.
    pub elem: LocalId,
    /// Local holding the current index (a number).
    pub index: LocalId,
    /// `Reduce`: the accumulator local and its initial value.
    pub acc: Option<(LocalId, GExpr)>,
    /// The callback body; its `return value` is the callback's result.
    pub body: Vec<GStmt>,
    /// Type of the callback's result.
    pub result: Ty,
}

impl GExpr {
    /// `self`, evaluated after `lets` (the locals it reads): a value block, or `self` alone
    /// when there is nothing to do first.
    pub fn after(self, lets: Vec<GStmt>) -> GExpr {
        if lets.is_empty() {
            return self;
        }
        let ty = self.ty;
        let mut body = lets;
        body.push(GStmt::Return { value: Some(self) });
        GExpr {
            kind: GKind::Block(body),
            ty,
        }
    }

    /// Calls `f` on every slot this expression reads live (`false`) or as a snapshot
    /// (`true`), including reads inside inlined callbacks.
    pub fn for_each_slot(&self, f: &mut impl FnMut(SlotId, bool)) {
        self.visit(&mut |e| match &e.kind {
            GKind::Slot(s) => f(*s, false),
            GKind::Snapshot(s) => f(*s, true),
            _ => {}
        });
    }

    /// The expressions directly inside this one, and the statements of an inlined callback.
    fn parts(&self) -> (Vec<&GExpr>, &[GStmt]) {
        match &self.kind {
            GKind::ToString(x)
            | GKind::BoolToNum(x)
            | GKind::Truthy(x)
            | GKind::Length(x)
            | GKind::Unary(_, x)
            | GKind::Field(x, _)
            | GKind::ArrayLen(x)
            | GKind::ToJs(x)
            | GKind::Json(x)
            | GKind::Wrap(x)
            | GKind::UndefinedArray(x)
            | GKind::FromJson(x) => (vec![x], &[]),
            GKind::IfSome {
                value, some, none, ..
            } => (vec![value, some, none], &[]),
            GKind::Binary(_, a, b)
            | GKind::Logical(_, a, b)
            | GKind::Index(a, b)
            | GKind::Split(a, b) => (vec![a, b], &[]),
            GKind::Cond(t, a, b) => (vec![t, a, b], &[]),
            GKind::Call { args, .. } | GKind::Builtin { args, .. } | GKind::ArrayOp(_, args) => {
                (args.iter().collect(), &[])
            }
            GKind::NewRecord(values) => (values.iter().collect(), &[]),
            GKind::NewArray(items) => (items.iter().map(|(_, e)| e).collect(), &[]),
            GKind::Timer { ms, env, .. } => {
                (std::iter::once(&**ms).chain(env.as_deref()).collect(), &[])
            }
            GKind::Block(body) => (Vec::new(), body),
            GKind::Each(each) => {
                let mut parts = vec![&each.array];
                if let Some((_, init)) = &each.acc {
                    parts.push(init);
                }
                (parts, &each.body)
            }
            GKind::Num(_)
            | GKind::Str(_)
            | GKind::Bool(_)
            | GKind::Slot(_)
            | GKind::Snapshot(_)
            | GKind::SlotUpdate { .. }
            | GKind::Local(_)
            | GKind::EventField(..)
            | GKind::ElementGet { .. }
            | GKind::RefAttached(_)
            | GKind::RowItem(_)
            | GKind::RowIndex(_)
            | GKind::SomeValue(_)
            | GKind::Trap
            | GKind::Null => (Vec::new(), &[]),
        }
    }
}

/// A handler statement.
#[derive(Clone, Debug, PartialEq)]
pub enum GStmt {
    /// Write a slot (marks its bindings dirty if the value changed).
    Set { slot: SlotId, value: GExpr },
    /// Set a local.
    Let { local: LocalId, value: GExpr },
    /// Branch.
    If {
        test: GExpr,
        then: Vec<GStmt>,
        otherwise: Vec<GStmt>,
    },
    /// `preventDefault()` on the event in `local`.
    PreventDefault { local: LocalId },
    /// A loop; `continue` runs `update` next, `break` leaves.
    Loop {
        test: Option<GExpr>,
        body: Vec<GStmt>,
        update: Vec<GStmt>,
        test_at_end: bool,
    },
    /// A block `break` leaves (a `switch`; `exhaustive` when it has a `default`).
    Breakable { body: Vec<GStmt>, exhaustive: bool },
    /// The body of an inlined function: its `return` leaves this block.
    Inlined { body: Vec<GStmt> },
    /// `break`
    Break,
    /// `throw`: stop with an error (a trap).
    Throw,
    /// `continue`
    Continue,
    /// Leave the function (or the innermost inlined body) with an optional value.
    Return { value: Option<GExpr> },
    /// Evaluate and discard.
    Eval { value: GExpr },
    /// Call a function that returns nothing.
    CallVoid { function: usize, args: Vec<GExpr> },
    /// `console.log(args…)` with JS formatting.
    Log { args: Vec<GExpr> },
    /// A built-in that returns nothing (`localStorage.setItem`), receiver first.
    BuiltinVoid {
        id: crate::builtins::BuiltinId,
        args: Vec<GExpr>,
    },
    /// Listen to window events of type `event` with callback `callback` (see `GKind::Timer`).
    /// (`remove`: stop listening with it, as `removeEventListener` with the same function.)
    WindowListen {
        event: String,
        callback: usize,
        remove: bool,
    },
    /// Focus the element of ref `r` (an index into `Plan::refs`).
    Focus { r: usize },
    /// Set DOM property `name` (or `style.x`) of the element of ref `r` at once.
    ElementSet {
        r: usize,
        name: String,
        value: GExpr,
    },
    /// Call DOM method `method` (no arguments) of the element of ref `r` at once.
    ElementCall { r: usize, method: &'static str },
    /// `clearTimeout(id)` / `clearInterval(id)`.
    ClearTimer { id: GExpr },
    /// `object.field = value` (field `index` in layout order).
    SetField {
        object: GExpr,
        index: usize,
        value: GExpr,
    },
    /// `array[index] = value` (`index == length` appends; beyond traps).
    SetIndex {
        array: GExpr,
        index: GExpr,
        value: GExpr,
    },
    /// State changed in place: mark what reads `slot` dirty.
    Touch { slot: SlotId },
    /// Run timer callback `callback` (an effect's cleanup) now.
    RunCallback { callback: usize },
    /// An object of type `ty` changed in place, reached through a value that is not state
    /// itself (a row's item, a parameter): mark what reads any state that can hold a `ty`.
    TouchType { ty: Ty },
}

/// A module-level function compiled to its own wasm function.
#[derive(Clone, Debug)]
pub struct FunctionPlan {
    /// Source name.
    pub name: String,
    /// Parameter types (the first locals).
    pub params: Vec<Ty>,
    /// Result type (`None`: returns nothing).
    pub ret: Option<Ty>,
    /// Types of all locals, parameters first.
    pub locals: Vec<Ty>,
    /// Statements.
    pub body: Vec<GStmt>,
}

/// One state variable.
#[derive(Clone, Debug)]
pub struct Slot {
    /// `Component.name` for dumps and devtools.
    pub name: String,
    /// Its type.
    pub ty: Ty,
    /// Initial value, evaluated when its scope mounts.
    pub init: GExpr,
    /// A value ref's box (`useRef(0)`): a write re-renders nothing (bindings that read it
    /// depend on what re-renders its component instead, `lower::refs`).
    pub is_ref: bool,
}

/// A node of a scope's template: `offset` counts roots first, then slots.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NodeRef {
    /// The scope whose template holds the node.
    pub scope: ScopeId,
    /// Handle offset within the scope's range.
    pub offset: u32,
}

/// A DOM sink kept up to date from state.
#[derive(Clone, Debug)]
pub struct Binding {
    /// The scope it lives in (updates are skipped while the scope is unmounted).
    pub scope: ScopeId,
    /// What it writes.
    pub kind: BindingKind,
    /// The slots whose change sets this binding's dirty bit.
    pub deps: Vec<SlotId>,
    /// The state whose setter renders the component this binding belongs to again (its
    /// instance's render dependencies): after an object was changed in place, such a setter
    /// also re-evaluates this binding if it reads other state that can hold the object
    /// (`emit/stmts.rs::mark_sharers`). Empty for effects, which compare their dependencies.
    pub rendered_by: std::rc::Rc<Vec<SlotId>>,
}

impl Binding {
    /// A DOM binding, depending on the slots its expression reads.
    pub fn dom(
        scope: ScopeId,
        kind: BindingKind,
        rendered_by: std::rc::Rc<Vec<SlotId>>,
    ) -> Binding {
        let mut deps = Vec::new();
        if let Some(source) = kind.source() {
            source.for_each_slot(&mut |s, _| {
                if !deps.contains(&s) {
                    deps.push(s);
                }
            });
        }
        Binding {
            scope,
            kind,
            deps,
            rendered_by,
        }
    }
}

/// Binding kinds.
#[derive(Clone, Debug)]
pub enum BindingKind {
    /// Text node content.
    Text { node: NodeRef, value: GExpr },
    /// Attribute: string value, or presence for a boolean value.
    Attr {
        node: NodeRef,
        name: String,
        value: GExpr,
    },
    /// DOM property (`value` of inputs: string; `checked`: boolean).
    Prop {
        node: NodeRef,
        name: String,
        value: GExpr,
    },
    /// `autoFocus={test}`: focuses the element when it appears with the test true and
    /// whenever the test becomes true.
    Focus { node: NodeRef, value: GExpr },
    /// Conditional content before an anchor: `then` when the test is truthy, else `otherwise`.
    Cond {
        anchor: NodeRef,
        test: GExpr,
        then: Option<ScopeId>,
        otherwise: Option<ScopeId>,
    },
    /// Content before an anchor with a changing `key`: scope `scope` is unmounted and mounted
    /// afresh (new state) whenever the key's value differs from the one in slot `last`.
    Keyed {
        anchor: NodeRef,
        key: GExpr,
        scope: ScopeId,
        last: SlotId,
    },
    /// An effect: runs handler `handler` (after the DOM bindings of the same flush).
    Effect { handler: usize },
    /// A keyed list: reconciles the rows of `Plan::lists[list]` with the array.
    List { list: usize, array: GExpr },
    /// Re-renders every row of `Plan::lists[list]` (state its rows read changed).
    ListRefresh { list: usize },
}

impl BindingKind {
    /// The expression a DOM binding writes (`None` for effects).
    pub fn source(&self) -> Option<&GExpr> {
        match self {
            BindingKind::Text { value, .. }
            | BindingKind::Attr { value, .. }
            | BindingKind::Prop { value, .. }
            | BindingKind::Focus { value, .. } => Some(value),
            BindingKind::Cond { test, .. } => Some(test),
            BindingKind::Keyed { key, .. } => Some(key),
            BindingKind::List { array, .. } => Some(array),
            BindingKind::Effect { .. } | BindingKind::ListRefresh { .. } => None,
        }
    }
}

/// An event listener installed when its scope mounts.
#[derive(Clone, Debug)]
pub struct Listener {
    /// The element.
    pub node: NodeRef,
    /// DOM event type.
    pub event: String,
    /// Index into [`Plan::handlers`].
    pub handler: usize,
}

/// The root or a conditional branch: one template instantiated as a unit.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    /// Template index in the HTIP table.
    pub template: u32,
    /// Number of top-level nodes.
    pub roots: u32,
    /// Number of binding slots.
    pub slots: u32,
    /// First handle of the scope's range (roots, then slots).
    pub base: u32,
    /// Enclosing scope (`None` for the root).
    pub parent: Option<ScopeId>,
    /// Bindings that live in this scope.
    pub bindings: Vec<BindingId>,
    /// Listeners to install on mount.
    pub listeners: Vec<Listener>,
    /// State slots (re)initialised on mount.
    pub owned_slots: Vec<SlotId>,
    /// Branch scopes nested directly inside.
    pub children: Vec<ScopeId>,
    /// For the row template of a list and the branch scopes inside its rows: the list. Their
    /// handles are per row (the row's base plus the scope's `base` plus the node's offset),
    /// their bindings are the list's row bindings.
    pub row: Option<usize>,
    /// Effects of this scope with cleanups: the slot saying which cleanup is due (0: none,
    /// k: callback `k - 1` of the list), run when the scope unmounts.
    pub cleanups: Vec<(SlotId, Vec<usize>)>,
}

/// A keyed list (`items.map(item => <li key={…}>…</li>)`).
#[derive(Clone, Debug)]
pub struct ListPlan {
    /// The `List` binding in the enclosing scope: an index into [`Plan::bindings`], or for a
    /// list inside a row of list `parent`, into that list's row bindings.
    pub binding: BindingId,
    /// The list whose rows hold this list (its anchor is a node of their row template or of a
    /// branch scope inside them): each such row has its own rows of this list.
    pub parent: Option<usize>,
    /// The row template's scope (one root element, or several that move as a range).
    pub scope: ScopeId,
    /// Element type of the array.
    pub item: Ty,
    /// The row key (reads `RowItem`): a number, or a string.
    pub key: GExpr,
    /// Bindings of a row (DOM bindings and conditionals); node offsets are relative to the
    /// first handle of the scope that holds the node (see [`ListPlan::handles`]).
    pub bindings: Vec<BindingKind>,
    /// The scope of each row binding: the row template's scope, or a branch scope inside the
    /// row (a conditional's arm, whose template is cloned per row while the arm shows).
    pub binding_scopes: Vec<ScopeId>,
    /// Handles per row: the row template's, then each branch scope's inside the row (whose
    /// `Scope::base` is its offset in the row's range).
    pub handles: u32,
    /// The comment node after the last row.
    pub anchor: NodeRef,
    /// The anchor is its parent's only other child: removing every row can empty the parent.
    pub sole: bool,
    /// Whether row markup reads the row index.
    pub uses_index: bool,
    /// For a list whose rows render it again (a recursive component): how.
    pub recursion: Option<Recursion>,
}

/// A list whose rows render the same list again, through the component it is written in
/// (`TreeNode` rendering `node.children.map(c => <TreeNode key={c.id} node={c}/>)`): every
/// level is a row of this one list, holding its own rows of it, so the depth is the data's.
/// What the rows read of the component the list is written in (its props) is kept in each row
/// (`props`), given by whoever holds the row: the `List` binding of the first level, or for
/// deeper levels the row holding them.
#[derive(Clone, Debug)]
pub struct Recursion {
    /// Row slots (owned by the row template) with the props of the component the list is
    /// written in, as the holder of the row gave them.
    pub props: Vec<SlotId>,
    /// Their values for the rows of the first level, in the context of the list's own `List`
    /// binding.
    pub entry: Vec<GExpr>,
    /// The list rendered again inside its rows, if it is.
    pub nested: Option<NestedUse>,
}

/// The `List` binding of a recursive list among its own row bindings.
#[derive(Clone, Debug)]
pub struct NestedUse {
    /// Its index in the list's row bindings.
    pub binding: usize,
    /// Its anchor, a node of the row template or of a branch scope inside the row.
    pub anchor: NodeRef,
    /// The props' values for the rows it holds, in the context of the row holding them.
    pub values: Vec<GExpr>,
}

impl ListPlan {
    /// Whether each row keeps a pointer to the row holding it: the rows of a list inside
    /// rows, and of a recursive list (whose deeper levels are held by its own rows).
    pub fn held(&self) -> bool {
        self.parent.is_some() || self.recursion.is_some()
    }

    /// The array the nested use of a recursive list renders.
    pub fn nested_array(&self) -> Option<(&NestedUse, &GExpr)> {
        let nested = self.recursion.as_ref()?.nested.as_ref()?;
        match &self.bindings[nested.binding] {
            BindingKind::List { array, .. } => Some((nested, array)),
            _ => unreachable!("a nested use is a `List` binding"),
        }
    }
}

/// A compiled event handler.
#[derive(Clone, Debug)]
pub struct HandlerPlan {
    /// Types of all locals; local 0 is the event.
    pub locals: Vec<Ty>,
    /// Statements.
    pub body: Vec<GStmt>,
    /// `Component.handlerName`-ish label for dumps.
    pub label: String,
    /// A `setTimeout` callback whose local 1 is the record of the values it captured: it lets
    /// go of the record when it runs (it runs once).
    pub releases_env: bool,
}

/// The whole lowered app.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    /// Name of the entry component.
    pub entry: String,
    /// Static DOM.
    pub table: TemplateTable,
    /// Array and record types.
    pub types: crate::types::Types,
    /// State slots.
    pub slots: Vec<Slot>,
    /// (slot, its copy as of the last render): handlers read the copy where they read state
    /// as of the render (`GKind::Snapshot`), so every handler of one event sees the render's
    /// values, as React's do; the copies are taken at the end of each flush (`lower::render_copies`).
    /// State of list rows is in [`Self::row_copies`].
    pub render_copies: Vec<(SlotId, SlotId)>,
    /// The same for state that lives in list rows, per row scope. A flush does not visit every
    /// row, so a row takes its copies when one of its slots is first written after a render
    /// (the values before the write are the render's), and notes the render it took them in.
    pub row_copies: Vec<RowCopies>,
    /// Counts renders (flushes and the first mount): a row's copies are the render's values
    /// only when taken in the current one. A slot of its own, at a fixed address.
    pub render_epoch: Option<SlotId>,
    /// Scopes; 0 is the root.
    pub scopes: Vec<Scope>,
    /// Bindings, in dirty-bit order.
    pub bindings: Vec<Binding>,
    /// Event handlers.
    pub handlers: Vec<HandlerPlan>,
    /// Total node handles (handle 0 is the mount container).
    pub handle_count: u32,
    /// Module-level functions that are called (each becomes a wasm function).
    pub functions: Vec<FunctionPlan>,
    /// A `.ts` program's `main` (index into `functions`), exported as `main`.
    pub main: Option<usize>,
    /// Index in `handlers` where timer callbacks start (`GKind::Timer` counts from here).
    pub callback_base: usize,
    /// Element refs of all instances: the element each points at, if attached.
    pub refs: Vec<Option<NodeRef>>,
    /// Keyed lists.
    pub lists: Vec<ListPlan>,
}

impl Plan {
    /// Heap types that some handler or function changes in place (`o.f = v`, `a[i] = v`,
    /// `a.push(v)`), anywhere in the app. Such an object may be shared by several state
    /// values (`useState(initialList)` twice, `[...list]` keeps the items): React re-renders
    /// everything a setter's component shows, so a setter call also re-renders what reads
    /// any state that can hold one of these types (see `GStmt::Set` in `emit/stmts.rs`).
    pub fn changed_in_place_types(&self) -> Vec<Ty> {
        let mut out = Vec::new();
        let bodies = self
            .handlers
            .iter()
            .map(|h| &h.body)
            .chain(self.functions.iter().map(|f| &f.body));
        for body in bodies {
            changed_in_place(body, &mut out);
        }
        out
    }

    /// The array list `l` renders (what its `List` binding reconciles with).
    pub fn list_array(&self, l: usize) -> &GExpr {
        let list = &self.lists[l];
        let kind = match list.parent {
            None => &self.bindings[list.binding].kind,
            Some(p) => &self.lists[p].bindings[list.binding],
        };
        match kind {
            BindingKind::List { array, .. } => array,
            _ => unreachable!("a list's binding is its `List` binding"),
        }
    }

    /// Lists nested (at any depth) in the rows of list `l`.
    pub fn nested_lists(&self, l: usize) -> Vec<usize> {
        (0..self.lists.len())
            .filter(|&k| {
                let mut p = self.lists[k].parent;
                while let Some(q) = p {
                    if q == l {
                        return true;
                    }
                    p = self.lists[q].parent;
                }
                false
            })
            .collect()
    }

    /// Whether scope `s` is the template of a list row (created by its list; branch scopes
    /// inside a row have `row` set too, but are mounted by their row's conditional).
    pub fn is_row_template(&self, s: ScopeId) -> bool {
        matches!(self.scopes[s].row, Some(l) if self.lists[l].scope == s)
    }

    /// The handle of a template node.
    pub fn handle(&self, node: NodeRef) -> u32 {
        self.scopes[node.scope].base + node.offset
    }

    /// Bindings that read `slot`.
    pub fn dependents(&self, slot: SlotId) -> Vec<BindingId> {
        (0..self.bindings.len())
            .filter(|&b| self.bindings[b].deps.contains(&slot))
            .collect()
    }

    /// All scopes nested (at any depth) in `scope`.
    pub fn descendants(&self, scope: ScopeId) -> Vec<ScopeId> {
        let mut out = Vec::new();
        for &c in &self.scopes[scope].children {
            out.push(c);
            out.extend(self.descendants(c));
        }
        out
    }
}

impl GExpr {
    /// Calls `f` on this expression and every sub-expression (also those in the statements
    /// of inlined callbacks), parents first.
    pub fn visit(&self, f: &mut impl FnMut(&GExpr)) {
        self.visit_dyn(f);
    }

    fn visit_dyn(&self, f: &mut dyn FnMut(&GExpr)) {
        f(self);
        let (exprs, stmts) = self.parts();
        for e in exprs {
            e.visit_dyn(f);
        }
        for s in stmts {
            s.visit_dyn(&mut |stmt: &GStmt| {
                for e in stmt.exprs() {
                    e.visit_dyn(f);
                }
            });
        }
    }
}

impl GExpr {
    /// Calls `f` on this expression and every sub-expression (also those in the statements
    /// of inlined callbacks), parents first, so that it can change them in place. Every variant
    /// is listed: a new one must say what it holds.
    pub fn visit_mut(&mut self, f: &mut impl FnMut(&mut GExpr)) {
        self.visit_mut_dyn(f);
    }

    fn visit_mut_dyn(&mut self, f: &mut dyn FnMut(&mut GExpr)) {
        f(self);
        match &mut self.kind {
            GKind::ToString(x)
            | GKind::BoolToNum(x)
            | GKind::Truthy(x)
            | GKind::Length(x)
            | GKind::Unary(_, x)
            | GKind::Field(x, _)
            | GKind::ArrayLen(x)
            | GKind::ToJs(x)
            | GKind::Json(x)
            | GKind::Wrap(x)
            | GKind::UndefinedArray(x)
            | GKind::FromJson(x) => x.visit_mut_dyn(f),
            GKind::IfSome {
                value, some, none, ..
            } => {
                value.visit_mut_dyn(f);
                some.visit_mut_dyn(f);
                none.visit_mut_dyn(f);
            }
            GKind::Binary(_, a, b)
            | GKind::Logical(_, a, b)
            | GKind::Index(a, b)
            | GKind::Split(a, b) => {
                a.visit_mut_dyn(f);
                b.visit_mut_dyn(f);
            }
            GKind::Cond(t, a, b) => {
                t.visit_mut_dyn(f);
                a.visit_mut_dyn(f);
                b.visit_mut_dyn(f);
            }
            GKind::Call { args, .. }
            | GKind::Builtin { args, .. }
            | GKind::ArrayOp(_, args)
            | GKind::NewRecord(args) => {
                for a in args {
                    a.visit_mut_dyn(f);
                }
            }
            GKind::NewArray(items) => {
                for (_, e) in items {
                    e.visit_mut_dyn(f);
                }
            }
            // Only the delay is evaluated here; the callback is a handler of its own.
            GKind::Timer { ms, env, .. } => {
                ms.visit_mut_dyn(f);
                if let Some(env) = env {
                    env.visit_mut_dyn(f);
                }
            }
            GKind::Block(body) => visit_body_mut(body, f),
            GKind::Each(each) => {
                each.array.visit_mut_dyn(f);
                if let Some((_, init)) = &mut each.acc {
                    init.visit_mut_dyn(f);
                }
                visit_body_mut(&mut each.body, f);
            }
            GKind::Num(_)
            | GKind::Str(_)
            | GKind::Bool(_)
            | GKind::Slot(_)
            | GKind::Snapshot(_)
            | GKind::SlotUpdate { .. }
            | GKind::Local(_)
            | GKind::EventField(..)
            | GKind::ElementGet { .. }
            | GKind::RefAttached(_)
            | GKind::RowItem(_)
            | GKind::RowIndex(_)
            | GKind::SomeValue(_)
            | GKind::Trap
            | GKind::Null => {}
        }
    }
}

/// Adds to `out` the types of the objects `body` changes in place (nested statements and
/// the statements of inlined callbacks included).
fn changed_in_place(body: &[GStmt], out: &mut Vec<Ty>) {
    fn expr(e: &GExpr, out: &mut Vec<Ty>) {
        if let GKind::ArrayOp(op, args) = &e.kind
            && op.changes_array()
            && !out.contains(&args[0].ty)
        {
            out.push(args[0].ty);
        }
        let (exprs, stmts) = e.parts();
        for x in exprs {
            expr(x, out);
        }
        changed_in_place(stmts, out);
    }
    for s in body {
        s.visit(&mut |stmt| {
            let changed = match stmt {
                GStmt::SetField { object, .. } => Some(object.ty),
                GStmt::SetIndex { array, .. } => Some(array.ty),
                _ => None,
            };
            if let Some(ty) = changed
                && !out.contains(&ty)
            {
                out.push(ty);
            }
            for e in stmt.exprs() {
                expr(e, out);
            }
        });
    }
}

/// [`GExpr::visit_mut`] for every expression evaluated anywhere in `body`.
pub(crate) fn visit_body_mut(body: &mut [GStmt], f: &mut dyn FnMut(&mut GExpr)) {
    for stmt in body {
        match stmt {
            GStmt::Set { value, .. }
            | GStmt::Let { value, .. }
            | GStmt::Eval { value }
            | GStmt::ElementSet { value, .. }
            | GStmt::ClearTimer { id: value } => value.visit_mut_dyn(f),
            GStmt::If {
                test,
                then,
                otherwise,
            } => {
                test.visit_mut_dyn(f);
                visit_body_mut(then, f);
                visit_body_mut(otherwise, f);
            }
            GStmt::Loop {
                test, body, update, ..
            } => {
                if let Some(test) = test {
                    test.visit_mut_dyn(f);
                }
                visit_body_mut(body, f);
                visit_body_mut(update, f);
            }
            GStmt::Breakable { body, .. } | GStmt::Inlined { body } => visit_body_mut(body, f),
            GStmt::Return { value } => {
                if let Some(value) = value {
                    value.visit_mut_dyn(f);
                }
            }
            GStmt::CallVoid { args, .. }
            | GStmt::Log { args }
            | GStmt::BuiltinVoid { args, .. } => {
                for a in args {
                    a.visit_mut_dyn(f);
                }
            }
            GStmt::SetField { object, value, .. } => {
                object.visit_mut_dyn(f);
                value.visit_mut_dyn(f);
            }
            GStmt::SetIndex {
                array,
                index,
                value,
            } => {
                array.visit_mut_dyn(f);
                index.visit_mut_dyn(f);
                value.visit_mut_dyn(f);
            }
            GStmt::PreventDefault { .. }
            | GStmt::Break
            | GStmt::Throw
            | GStmt::Continue
            | GStmt::WindowListen { .. }
            | GStmt::Focus { .. }
            | GStmt::ElementCall { .. }
            | GStmt::Touch { .. }
            | GStmt::TouchType { .. }
            | GStmt::RunCallback { .. } => {}
        }
    }
}

impl GStmt {
    /// Calls `f` on this statement and every nested statement, parents first.
    pub fn visit(&self, f: &mut impl FnMut(&GStmt)) {
        self.visit_dyn(f);
    }

    fn visit_dyn(&self, f: &mut dyn FnMut(&GStmt)) {
        f(self);
        let nested: Vec<&Vec<GStmt>> = match self {
            GStmt::If {
                then, otherwise, ..
            } => vec![then, otherwise],
            GStmt::Loop { body, update, .. } => vec![body, update],
            GStmt::Breakable { body, .. } | GStmt::Inlined { body } => vec![body],
            _ => Vec::new(),
        };
        for list in nested {
            for s in list {
                s.visit_dyn(f);
            }
        }
    }

    /// The expressions this statement evaluates directly (not those of nested statements).
    pub fn exprs(&self) -> Vec<&GExpr> {
        match self {
            GStmt::Set { value, .. }
            | GStmt::Let { value, .. }
            | GStmt::Eval { value }
            | GStmt::ElementSet { value, .. } => vec![value],
            GStmt::If { test, .. } => vec![test],
            GStmt::Loop { test, .. } => test.iter().collect(),
            GStmt::Return { value } => value.iter().collect(),
            GStmt::CallVoid { args, .. } | GStmt::Log { args } => args.iter().collect(),
            GStmt::ClearTimer { id } => vec![id],
            GStmt::BuiltinVoid { args, .. } => args.iter().collect(),
            GStmt::SetField { object, value, .. } => vec![object, value],
            GStmt::SetIndex {
                array,
                index,
                value,
            } => vec![array, index, value],
            GStmt::Focus { .. }
            | GStmt::ElementCall { .. }
            | GStmt::Touch { .. }
            | GStmt::TouchType { .. }
            | GStmt::RunCallback { .. }
            | GStmt::WindowListen { .. }
            | GStmt::PreventDefault { .. }
            | GStmt::Breakable { .. }
            | GStmt::Inlined { .. }
            | GStmt::Break
            | GStmt::Throw
            | GStmt::Continue => Vec::new(),
        }
    }
}

/// The copies of one row scope's state (see [`Plan::row_copies`]).
#[derive(Clone, Debug)]
pub struct RowCopies {
    pub scope: ScopeId,
    /// A row slot: the `render_epoch` the row's copies were taken in.
    pub taken_in: SlotId,
    /// (slot, its copy), both slots of the row.
    pub pairs: Vec<(SlotId, SlotId)>,
}

impl Plan {
    /// A binding that calls a module-level function depends on the state that function reads:
    /// a function value made in a component (`keep(items, (x) => x >= minimum)`) runs inlined
    /// in the function it is passed to, where its reads of the component's state are; the
    /// binding must re-render when that state changes, as React's render would.
    pub fn add_reads_of_called_functions(&mut self) {
        // What each function reads, with the functions it calls, to a fixed point.
        let calls_in = |body: &[GStmt]| {
            let mut calls = Vec::new();
            let mut reads = Vec::new();
            visit_body_exprs(body, &mut |e| match e.kind {
                GKind::Call { function, .. } => calls.push(function),
                GKind::Slot(s) | GKind::Snapshot(s) => reads.push(s),
                _ => {}
            });
            (calls, reads)
        };
        let direct: Vec<(Vec<usize>, Vec<SlotId>)> =
            self.functions.iter().map(|f| calls_in(&f.body)).collect();
        let mut reads: Vec<Vec<SlotId>> = direct.iter().map(|(_, r)| r.clone()).collect();
        loop {
            let mut grew = false;
            for (f, (calls, _)) in direct.iter().enumerate() {
                for &c in calls {
                    let more: Vec<SlotId> = reads
                        .get(c)
                        .map(|r| {
                            r.iter()
                                .copied()
                                .filter(|s| !reads[f].contains(s))
                                .collect()
                        })
                        .unwrap_or_default();
                    grew |= !more.is_empty();
                    reads[f].extend(more);
                }
            }
            if !grew {
                break;
            }
        }
        if reads.iter().all(Vec::is_empty) {
            return;
        }
        let called = |e: &GExpr, out: &mut Vec<usize>| {
            e.visit(&mut |x| {
                if let GKind::Call { function, .. } = x.kind {
                    out.push(function);
                }
            })
        };
        for b in 0..self.bindings.len() {
            let mut calls = Vec::new();
            match &self.bindings[b].kind {
                BindingKind::ListRefresh { list } => {
                    for k in std::iter::once(*list).chain(self.nested_lists(*list)) {
                        for kind in &self.lists[k].bindings {
                            if let Some(source) = kind.source() {
                                called(source, &mut calls);
                            }
                        }
                    }
                }
                kind => {
                    if let Some(source) = kind.source() {
                        called(source, &mut calls);
                    }
                }
            }
            for f in calls {
                for &s in reads.get(f).map(Vec::as_slice).unwrap_or(&[]) {
                    if !self.bindings[b].deps.contains(&s) {
                        self.bindings[b].deps.push(s);
                    }
                }
            }
        }
    }

    /// The row copies that hold `slot`'s value as rendered, and the copy. A write to `slot`
    /// takes the scope's copies first if they are not of the current render (the other copied
    /// slots of the scope are not written since, so all still hold the render's values).
    pub fn row_copy_of(&self, slot: SlotId) -> Option<(&RowCopies, SlotId)> {
        self.row_copies.iter().find_map(|rc| {
            rc.pairs
                .iter()
                .find(|(s, _)| *s == slot)
                .map(|&(_, copy)| (rc, copy))
        })
    }

    /// The handlers of DOM events (listeners of elements, in rows too), in order: the ones
    /// that read state as of the render from `render_copies`.
    pub fn dom_handlers(&self) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .scopes
            .iter()
            .flat_map(|s| s.listeners.iter().map(|l| l.handler))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Calls `f` on every expression evaluated anywhere in `body`.
pub fn visit_body_exprs(body: &[GStmt], f: &mut impl FnMut(&GExpr)) {
    for s in body {
        s.visit(&mut |stmt| {
            for e in stmt.exprs() {
                e.visit(f);
            }
        });
    }
}

impl GExpr {
    /// Renames every local this expression names (reads, writes and the loop locals of
    /// inlined callbacks): `f` gets each local with its type and returns its new name.
    pub fn rename_locals(
        &mut self,
        types: &crate::types::Types,
        f: &mut dyn FnMut(LocalId, Ty) -> LocalId,
    ) {
        let ty = self.ty;
        match &mut self.kind {
            GKind::Local(l) => *l = f(*l, ty),
            GKind::EventField(_, l) => *l = f(*l, Ty::Event),
            GKind::ToString(x)
            | GKind::BoolToNum(x)
            | GKind::Truthy(x)
            | GKind::Length(x)
            | GKind::Unary(_, x)
            | GKind::Field(x, _)
            | GKind::ArrayLen(x)
            | GKind::ToJs(x)
            | GKind::Json(x)
            | GKind::Wrap(x)
            | GKind::UndefinedArray(x)
            | GKind::FromJson(x) => x.rename_locals(types, f),
            GKind::IfSome {
                value, some, none, ..
            } => {
                value.rename_locals(types, f);
                some.rename_locals(types, f);
                none.rename_locals(types, f);
            }
            GKind::Binary(_, a, b)
            | GKind::Logical(_, a, b)
            | GKind::Index(a, b)
            | GKind::Split(a, b) => {
                a.rename_locals(types, f);
                b.rename_locals(types, f);
            }
            GKind::Cond(t, a, b) => {
                t.rename_locals(types, f);
                a.rename_locals(types, f);
                b.rename_locals(types, f);
            }
            GKind::Call { args, .. }
            | GKind::Builtin { args, .. }
            | GKind::ArrayOp(_, args)
            | GKind::NewRecord(args) => {
                for a in args {
                    a.rename_locals(types, f);
                }
            }
            GKind::NewArray(items) => {
                for (_, e) in items {
                    e.rename_locals(types, f);
                }
            }
            GKind::Timer { ms, env, .. } => {
                ms.rename_locals(types, f);
                if let Some(env) = env {
                    env.rename_locals(types, f);
                }
            }
            GKind::Block(body) => rename_locals_in(body, types, f),
            GKind::Each(each) => {
                let Ty::Arr(array) = each.array.ty else {
                    unreachable!("array methods loop over arrays")
                };
                each.array.rename_locals(types, f);
                each.elem = f(each.elem, types.elem(array));
                each.index = f(each.index, Ty::Num);
                if let Some((acc, init)) = &mut each.acc {
                    init.rename_locals(types, f);
                    *acc = f(*acc, init.ty);
                }
                rename_locals_in(&mut each.body, types, f);
            }
            GKind::Num(_)
            | GKind::Str(_)
            | GKind::Bool(_)
            | GKind::Slot(_)
            | GKind::Snapshot(_)
            | GKind::SlotUpdate { .. }
            | GKind::RowItem(_)
            | GKind::RowIndex(_)
            | GKind::SomeValue(_)
            | GKind::ElementGet { .. }
            | GKind::RefAttached(_)
            | GKind::Trap
            | GKind::Null => {}
        }
    }
}

/// [`GExpr::rename_locals`] for statements.
fn rename_locals_in(
    body: &mut [GStmt],
    types: &crate::types::Types,
    f: &mut dyn FnMut(LocalId, Ty) -> LocalId,
) {
    for stmt in body {
        match stmt {
            GStmt::Let { local, value } => {
                value.rename_locals(types, f);
                *local = f(*local, value.ty);
            }
            GStmt::ElementSet { value, .. } => value.rename_locals(types, f),
            GStmt::PreventDefault { local } => *local = f(*local, Ty::Event),
            GStmt::If {
                test,
                then,
                otherwise,
            } => {
                test.rename_locals(types, f);
                rename_locals_in(then, types, f);
                rename_locals_in(otherwise, types, f);
            }
            GStmt::Loop {
                test, body, update, ..
            } => {
                if let Some(test) = test {
                    test.rename_locals(types, f);
                }
                rename_locals_in(body, types, f);
                rename_locals_in(update, types, f);
            }
            GStmt::Breakable { body, .. } | GStmt::Inlined { body } => {
                rename_locals_in(body, types, f)
            }
            GStmt::Set { value, .. } | GStmt::Eval { value } | GStmt::ClearTimer { id: value } => {
                value.rename_locals(types, f)
            }
            GStmt::Return { value } => {
                if let Some(value) = value {
                    value.rename_locals(types, f);
                }
            }
            GStmt::CallVoid { args, .. }
            | GStmt::Log { args }
            | GStmt::BuiltinVoid { args, .. } => {
                for a in args {
                    a.rename_locals(types, f);
                }
            }
            GStmt::SetField { object, value, .. } => {
                object.rename_locals(types, f);
                value.rename_locals(types, f);
            }
            GStmt::SetIndex {
                array,
                index,
                value,
            } => {
                array.rename_locals(types, f);
                index.rename_locals(types, f);
                value.rename_locals(types, f);
            }
            GStmt::Break
            | GStmt::Throw
            | GStmt::Continue
            | GStmt::WindowListen { .. }
            | GStmt::Focus { .. }
            | GStmt::ElementCall { .. }
            | GStmt::Touch { .. }
            | GStmt::TouchType { .. }
            | GStmt::RunCallback { .. } => {}
        }
    }
}
