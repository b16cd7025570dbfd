//! Stage 3: lower. Instantiates the entry component with every child component inlined,
//! types every expression, builds the HTIP templates (root + one per conditional branch),
//! and numbers bindings so each has one dirty bit.

mod array_extras;
mod build;
mod cleanups;
mod closures;
mod collections;
mod constant;
mod data;
mod dates;
mod dicts;
mod expr;
mod function_values;
mod functions;
mod handlers;
mod nullable;
pub mod plan;
mod records;
mod recursion;
mod refs;
mod regex;
mod shapes;
mod sort;
mod trees;
mod view;

use std::rc::Rc;

use oxc_span::Span;

use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir;
pub use plan::Plan;
use plan::{GExpr, Scope, ScopeId, SlotId};

/// A value passed to a prop of one instance.
#[derive(Clone, Debug)]
pub(crate) enum PropArg {
    /// A data value, already lowered in the caller.
    Value(GExpr),
    /// A callback.
    Handler(Closure),
    /// Not passed and no default: an error if read (at the call site, in the caller's file).
    Missing { call_site: Span, file: usize },
    /// Markup passed between the tags, rendered in the caller's context.
    Children {
        nodes: Rc<Vec<ir::ViewNode>>,
        caller: Rc<Instance>,
    },
}

/// A function together with the instance it was written in.
#[derive(Clone, Debug)]
pub(crate) struct Closure {
    pub handler: Rc<ir::Handler>,
    pub instance: Rc<Instance>,
    /// For a function returned by other functions (`ir::HandlerRef::Applied`): those
    /// functions, outermost first, with their arguments (lowered where the call is written);
    /// their bodies up to the `return <function>` run before this one's (`handlers.rs`).
    pub made_by: Rc<Vec<(Rc<ir::Handler>, Vec<GExpr>)>>,
}

/// One inlined use of a component.
#[derive(Debug, Clone)]
pub(crate) struct Instance {
    /// Unique per instance (copies of an instance keep it).
    pub id: usize,
    pub component: ir::ComponentId,
    /// Global slot of the component's state 0.
    pub slot_base: SlotId,
    /// Global id of the component's element ref 0 (see `Plan::refs`).
    pub ref_base: usize,
    pub props: Vec<PropArg>,
    /// The props the call site passes that the component does not declare, by name: what
    /// `{...rest}` spreads (`Attr::RestProps`).
    pub rest: Rc<Vec<(String, PropArg)>>,
    /// The state whose change re-renders this instance under React: its own and its
    /// ancestors' (a parent's render renders its children). What reads a value ref depends
    /// on these (`refs.rs`).
    pub render_deps: Rc<Vec<SlotId>>,
}

pub(crate) struct Lowerer<'p> {
    pub program: &'p ir::Program,
    pub plan: Plan,
    /// Module-level functions, lowered on first call (see `functions.rs`).
    pub functions: functions::Functions,
    /// Instances with effects, and their scopes: effect bindings are numbered after every
    /// DOM binding so that a flush writes the DOM first and runs effects after.
    pub pending_effects: Vec<(Rc<Instance>, ScopeId)>,
    /// Timer callbacks being lowered and the creating code's locals they read
    /// (`closures.rs`).
    pub captures: std::cell::RefCell<Vec<closures::Capture>>,
    /// The render dependencies of the instance whose markup is being built (`Binding::
    /// rendered_by`).
    pub building: Rc<Vec<SlotId>>,
    /// Window listeners' callbacks by (function, instance) (`handlers.rs::listener`).
    pub listeners: std::cell::RefCell<std::collections::HashMap<(usize, usize), usize>>,
    /// Each value ref's slot → what re-renders its instance (see `refs.rs`).
    pub ref_readers_deps: std::collections::HashMap<SlotId, Rc<Vec<SlotId>>>,
    /// Timer callbacks, appended to the plan's handlers at the end.
    pub callbacks: std::cell::RefCell<Vec<plan::HandlerPlan>>,
    /// Array and record types (lowering adds the types of literals it meets).
    pub types: std::cell::RefCell<crate::types::Types>,
    /// The slot of each module-level constant.
    pub constant_slots: std::cell::RefCell<Vec<Option<SlotId>>>,
    /// Lists being built: (instance address, list id in its component) → (plan list, item type).
    pub rows: std::cell::RefCell<std::collections::HashMap<(usize, usize), (usize, plan::Ty)>>,
    /// Instances created so far.
    pub instances: std::cell::Cell<usize>,
    /// Nesting of functions inlined for their value (bounds recursion).
    pub inline_depth: std::cell::Cell<usize>,
    /// Whether the markup being built is inside an `<svg>` (its elements are SVG elements).
    pub in_svg: std::cell::Cell<bool>,
    /// The next `GKind::IfSome` id.
    pub some_ids: std::cell::Cell<u32>,
    /// The objects of the optional reads being lowered (`ExprKind::OptionalValue`).
    pub optional_objects: std::cell::RefCell<Vec<GExpr>>,
    /// The strings a list's rows can be, when its array is a constant list of strings (plan
    /// list → strings; see `records.rs`).
    pub row_strings: std::cell::RefCell<std::collections::HashMap<usize, Vec<String>>>,
    /// The effect whose body is being lowered: its scope, the slot saying which of its
    /// cleanups is due (made on its first `return () => …`) and those cleanups (callbacks).
    pub current_effect: std::cell::RefCell<Option<EffectCleanups>>,
    /// Slots made while an effect is lowered (see `cleanups.rs`), with their scopes.
    pub hidden_slots: std::cell::RefCell<Vec<(ScopeId, plan::Slot)>>,
    /// The number of plan slots when the first of `hidden_slots` was made.
    pub hidden_base: std::cell::Cell<Option<SlotId>>,
    /// Components with state rendered per list row: (their scope, call site, caller's file,
    /// name), to refuse callbacks (timers, window listeners) that would use a row's state
    /// outside the row (`check_row_state_in_callbacks`).
    pub row_instances: Vec<(ScopeId, Span, usize, String)>,
    /// Values put in locals for an expression being built (see `records.rs`).
    pub pending_held: std::cell::RefCell<Vec<plan::GStmt>>,
    /// Types of state that starts `null`/`undefined` without an annotation, learned from its
    /// setter calls by an earlier attempt: (component, state) → nullable type.
    pub hints: &'p Hints,
    /// What this attempt learned (see [`lower`]).
    pub learned: std::cell::RefCell<Hints>,
    /// Locals given an empty array of no known type (`const out = []`) in this attempt: the
    /// local, and the `[]`'s address and span. Their first `push` says the type
    /// (`Hints::empty_arrays`); one never pushed to is an error at the end of the attempt.
    pub empty_locals: std::cell::RefCell<Vec<(plan::LocalId, usize, Span)>>,
    /// Locals given an empty object of no known type (`const counts = {}`, a `reduce`
    /// accumulator starting `{}`) in this attempt, and the `{}`'s address: the first key set
    /// on it makes it a dictionary of that value's type (`Hints::empty_objects`, `dicts.rs`).
    pub empty_objects: std::cell::RefCell<Vec<(plan::LocalId, usize)>>,
    /// `Array(n).fill(null)`s of no known item type lowered in this attempt, by the address
    /// of the `null` (`Hints::null_fills`).
    pub null_fills: std::cell::RefCell<Vec<(usize, bool)>>,
    /// Whether a key of such an object was read before its type was known (a stand-in
    /// value, `Lowerer::empty_object_read`): the attempt cannot yield a plan.
    pub empty_object_reads: std::cell::Cell<Option<Span>>,
    /// The `{}` a `reduce` being lowered starts from, while its type is not known (innermost
    /// last; see `Lowerer::empty_object_origin`).
    pub empty_accumulators: std::cell::RefCell<Vec<usize>>,
    /// How deep `value_as` conversions are nested (`shapes.rs`).
    pub value_as_depth: std::cell::Cell<usize>,
    /// A discovery attempt: errors in expressions and handlers are skipped (the plan is thrown
    /// away), so that every setter is reached and its value's type learned.
    pub discovery: bool,
    /// The `<Ctx value>` providers around the markup being built, innermost last: what
    /// `useContext` gives a component instantiated there.
    pub context_values: Vec<(ir::ContextId, PropArg)>,
    /// Functions used as values, by number (see `function_values.rs`).
    pub function_values: std::cell::RefCell<Vec<Closure>>,
    /// The fewest function values a call of a function value saw.
    pub fewest_seen: std::cell::Cell<Option<usize>>,
    /// Whether some state holds function values, and the spans of calls of function values
    /// that read component state (see `function_values.rs`).
    pub functions_in_state: std::cell::Cell<bool>,
    pub calls_reading_state: std::cell::RefCell<Vec<Span>>,
    /// The lists being built, outermost first (see `recursion.rs`).
    pub list_sites: Vec<recursion::ListSite>,
    /// Where the key order of a value shows (`Object.keys(o)`, `JSON.stringify(o)`) and the
    /// value's type: refused at the end when a record in it is written in several orders
    /// (`Types::order_differs`).
    pub order_reads: std::cell::RefCell<Vec<(Span, plan::Ty)>>,
}

/// The cleanups of the effect being lowered (see `Lowerer::current_effect`).
pub(crate) struct EffectCleanups {
    pub scope: ScopeId,
    pub which: Option<SlotId>,
    pub callbacks: Vec<usize>,
}

/// Learned types of state that starts nullish: (component, state index) → type.
pub(crate) type StateHints = std::collections::BTreeMap<(usize, usize), plan::Ty>;

/// What earlier attempts learned (see [`lower`]).
#[derive(Default)]
pub(crate) struct Hints {
    /// State that starts nullish: its type.
    pub states: StateHints,
    /// Parameters of module-level functions without annotations that calls pass objects of
    /// different shapes (`dispatch({ type: "added", text })`, `dispatch({ type: "deleted",
    /// id })` to one reducer): (function, parameter) → the record with every call's fields
    /// (`functions.rs`).
    pub params: std::collections::BTreeMap<(ir::HelperId, usize), plan::Ty>,
    /// The table of function values, as the last attempt completed it (see
    /// `function_values.rs`).
    pub functions: Vec<Closure>,
    /// `const out = []` without a type, then `out.push(x)`: the array's type, learned from
    /// the first `push` (`Lowerer::empty_locals`), by the address of the `[]` in the program
    /// (the same in every attempt).
    pub empty_arrays: std::collections::BTreeMap<usize, plan::Ty>,
    /// `const counts = {}` without a type, then `counts[k] = v` (or `{ ...acc, [k]: v }`): a
    /// dictionary of `v`'s type (`Lowerer::empty_objects`), by the address of the `{}`.
    pub empty_objects: std::collections::BTreeMap<usize, plan::Ty>,
    /// `Array(n).fill(null)`: the type of its items (nullable), learned from the first item
    /// of such an array assigned (`squares[i] = "X"`), by the address of the `null`
    /// (`records.rs::array_fill`).
    pub null_fills: std::collections::BTreeMap<usize, plan::Ty>,
    /// The `Array(n).fill(null)`s an attempt made of no known item type (the address of the
    /// `null` and whether it was `undefined`): a discovery attempt may reach the assignment
    /// that tells it; when none does, the items are always nullish and any nullable type
    /// holds them (`string | null`).
    pub unknown_fills: Vec<(usize, bool)>,
    /// Fields of object literals given `null`, `undefined` or `[]` where nothing says their
    /// type (`{ balance: 100, error: null }`, `{ past: [], … }`): by field name, the type of
    /// the first value of another type the field is given (`{ ...account, error: "…" }`,
    /// `shapes.rs`), nullable for `null`; a field only ever nullish keeps the type `null`.
    pub field_types: std::collections::BTreeMap<String, plan::Ty>,
    /// Module-level functions without a return type whose first `return` gives `null`
    /// (`if (s === "") return null; … return n;`): their result type (`T | null`), learned
    /// from their other returns, by `HelperId`.
    pub returns: std::collections::BTreeMap<usize, plan::Ty>,
    /// The type of a value some call site passes for a prop, by (component, prop): at a call
    /// site that does not pass it, the prop is `undefined` of that type (`T | undefined`).
    pub prop_types: std::collections::BTreeMap<(usize, usize), plan::Ty>,
    /// Whether an attempt read a prop a call site does not pass before any call site that
    /// passes it was lowered: a discovery attempt reaches them all.
    pub untyped_missing_props: bool,
    /// The fields of that kind an attempt made without a learned type (name, `undefined`).
    pub unknown_fields: Vec<(String, bool)>,
    /// The `[]`s of such fields (their spans): when no attempt learns their type, the error
    /// is there.
    pub unknown_empty_fields: Vec<Span>,
    /// Literals of data that nests itself and the record type made for each (`trees.rs`), by
    /// the address of the literal's first object: the same type in every attempt.
    pub trees: std::collections::BTreeMap<usize, plan::Ty>,
}

impl Hints {
    /// Adds what an attempt learned; true when that is something new: the type of one more
    /// state, or a wider parameter record (each holds every earlier one's fields).
    fn learn(&mut self, learned: Hints) -> bool {
        let states = self.states.len();
        self.states.extend(learned.states);
        let mut wider = false;
        for (k, ty) in learned.params {
            wider |= self.params.insert(k, ty) != Some(ty);
        }
        let more_functions = learned.functions.len() > self.functions.len();
        if more_functions {
            self.functions = learned.functions;
        }
        let mut arrays = false;
        for (k, ty) in learned.empty_arrays {
            arrays |= self.empty_arrays.insert(k, ty) != Some(ty);
        }
        for (k, ty) in learned.empty_objects {
            arrays |= self.empty_objects.insert(k, ty) != Some(ty);
        }
        for (k, ty) in learned.null_fills {
            arrays |= self.null_fills.insert(k, ty) != Some(ty);
        }
        for (k, ty) in learned.returns {
            arrays |= self.returns.insert(k, ty) != Some(ty);
        }
        for (k, ty) in learned.field_types {
            arrays |= self.field_types.insert(k, ty) != Some(ty);
        }
        for (k, ty) in learned.prop_types {
            arrays |= self.prop_types.insert(k, ty) != Some(ty);
        }
        // Kept, but not progress by itself: the type of a literal the attempt already had.
        self.trees.extend(learned.trees);
        self.states.len() > states || wider || more_functions || arrays
    }
}

/// Attempts are bounded: each learns a state type or a wider parameter record, so real apps
/// need a few; this stops a pathological one.
const MAX_ATTEMPTS: usize = 64;

/// Lowers an analyzed program into the app plan.
///
/// State that starts `null`, `undefined` or `[]` without an annotation (`useState(null)`)
/// gets its type from its setter calls, which may come after the reads: an attempt that fails
/// records what the setters it reached assign, and the next attempt starts with those types.
/// When an attempt learns nothing new, a discovery attempt skips errors to reach every setter
/// (a setter may sit in markup that needs another such state's type first, so this repeats
/// while it learns something). Each attempt also starts from the types the previous one
/// interned, so learned types keep their ids. Apps without such state are lowered once.
pub fn lower(program: &ir::Program) -> Result<Plan> {
    let mut hints = Hints::default();
    let mut types = program.types.clone();
    // Every round learns the type of at least one more state (or a wider parameter record),
    // or stops.
    for _ in 0..MAX_ATTEMPTS {
        let (result, learned, interned) = lower_once(program, &hints, types.clone(), false);
        let error = match result {
            Ok(plan) => return Ok(plan),
            Err(e) => e,
        };
        types = interned;
        let unknown_fills = learned.unknown_fills.clone();
        let field_types = !learned.unknown_fields.is_empty();
        let empty_field = learned.unknown_empty_fields.first().copied();
        let missing_props = learned.untyped_missing_props;
        if hints.learn(learned) {
            continue;
        }
        if !starts_nullish(program)
            && !has_unannotated_params(program)
            && unknown_fills.is_empty()
            && !field_types
            && !missing_props
        {
            return Err(error);
        }
        let (_, learned, interned) = lower_once(program, &hints, types.clone(), true);
        types = interned;
        if !hints.learn(learned) {
            // Nothing assigns an item of these fills: they hold only nullish values.
            let mut defaulted = false;
            for (site, undefined) in unknown_fills {
                let ty = plan::Ty::Str
                    .nullable(undefined)
                    .expect("strings are nullable");
                defaulted |= hints.null_fills.insert(site, ty).is_none();
            }
            if !defaulted {
                return Err(untyped_empty_field(empty_field).unwrap_or(error));
            }
        }
    }
    Err(Diagnostic::new(
        Code::UnsupportedType,
        Span::new(0, 0),
        "the types of this app's values did not settle: dx gave up after 64 attempts",
    )
    .with_hint("annotate the state and the parameters of functions (`useState<T | null>(null)`, `function f(x: T)`)"))
}

/// The error for a field given `[]` whose items' type nothing told (the attempt's own error,
/// a read of one of its items, would point elsewhere).
fn untyped_empty_field(span: Option<Span>) -> Option<Diagnostic> {
    Some(
        Diagnostic::new(
            Code::EmptyArrayType,
            span?,
            "the type of this empty array is not known",
        )
        .with_hint(
            "give the array a type: `const xs: Row[] = []`, `[] as Row[]` or `useState<Row[]>([])`",
        ),
    )
}

/// Whether some component's state starts without a type: `null`, `undefined` or `[]`
/// without an annotation.
fn starts_nullish(program: &ir::Program) -> bool {
    program
        .components
        .iter()
        .any(|c| c.states.iter().any(|s| starts_untyped(&s.init)))
}

/// Whether some module-level function has a parameter without an annotation, whose type
/// comes from its calls (a discovery attempt reaches every call; see `functions.rs`).
fn has_unannotated_params(program: &ir::Program) -> bool {
    program
        .helpers
        .iter()
        .any(|h| h.body.param_types.iter().any(Option::is_none))
}

/// Whether a state's initial value says nothing of its type.
fn starts_untyped(init: &ir::Expr) -> bool {
    match &init.kind {
        ir::ExprKind::Null | ir::ExprKind::Undefined => true,
        ir::ExprKind::Array(items) => items.is_empty(),
        // `useState({})`: a dictionary of what its setters put in it (`dicts.rs`).
        ir::ExprKind::Object(fields) => fields.is_empty(),
        _ => false,
    }
}

/// One attempt: the plan or the first error, what it learned, and the types it interned.
fn lower_once(
    program: &ir::Program,
    hints: &Hints,
    types: crate::types::Types,
    discovery: bool,
) -> (Result<Plan>, Hints, crate::types::Types) {
    let mut lw = Lowerer {
        program,
        plan: Plan::default(),
        functions: functions::Functions::new(program.helpers.len()),
        pending_effects: Vec::new(),
        ref_readers_deps: Default::default(),
        listeners: Default::default(),
        building: Rc::default(),
        captures: Default::default(),
        callbacks: Default::default(),
        types: std::cell::RefCell::new(types),
        constant_slots: Default::default(),
        rows: Default::default(),
        instances: Default::default(),
        inline_depth: Default::default(),
        in_svg: Default::default(),
        some_ids: Default::default(),
        optional_objects: Default::default(),
        pending_held: Default::default(),
        current_effect: Default::default(),
        hidden_slots: Default::default(),
        hidden_base: Default::default(),
        row_instances: Vec::new(),
        row_strings: Default::default(),
        hints,
        learned: Default::default(),
        empty_locals: Default::default(),
        empty_objects: Default::default(),
        null_fills: Default::default(),
        empty_object_reads: Default::default(),
        empty_accumulators: Default::default(),
        value_as_depth: Default::default(),
        discovery,
        context_values: Vec::new(),
        function_values: Default::default(),
        fewest_seen: Default::default(),
        functions_in_state: Default::default(),
        calls_reading_state: Default::default(),
        list_sites: Vec::new(),
        order_reads: Default::default(),
    };
    let mut result = lw.run();
    let mut learned = lw.learned.take();
    // On success the types moved into the plan (and no attempt follows, unless below).
    let mut types = lw.types.take();
    // A call of a function value lowered before a later function value was made: start
    // again with the whole table, from the types this attempt interned.
    if lw.function_table_incomplete() {
        learned.functions = lw.function_values.take();
        if let Ok(plan) = &result {
            types = plan.types.clone();
            result = Err(Diagnostic::new(
                Code::UnsupportedExpression,
                Span::new(0, 0),
                "the table of function values was not complete",
            ));
        }
    }
    (result, learned, types)
}

impl Lowerer<'_> {
    fn run(&mut self) -> Result<Plan> {
        let lw = self;
        let program = lw.program;
        lw.plan.scopes.push(Scope::default());
        lw.constants()?;
        match (program.entry, &program.main) {
            (Some(entry), _) => {
                let component = &program.components[entry];
                lw.plan.entry = component.name.clone();
                let instance = lw.instantiate(entry, None, Vec::new(), 0, component.span, 0)?;
                lw.build_scope(0, &component.view, &instance)?;
            }
            (None, Some(main)) => {
                lw.build_scope(
                    0,
                    &[],
                    &Rc::new(Instance {
                        rest: Rc::default(),
                        id: usize::MAX,
                        component: 0,
                        slot_base: 0,
                        ref_base: 0,
                        props: Vec::new(),
                        render_deps: Rc::default(),
                    }),
                )?;
                lw.plan.main = Some(lw.main(main)?);
            }
            (None, None) => unreachable!("analysis yields a component or a program"),
        }
        lw.effects()?;
        lw.rebind_ref_readers();
        lw.finish_functions()?;
        // A discovery attempt only learns types; it may have skipped a function body that
        // failed, so it ends before the plan is put together.
        if lw.discovery {
            return Err(Diagnostic::new(
                Code::StateType,
                Span::new(0, 0),
                "discovery attempts never yield a plan",
            ));
        }
        if let Some(span) = lw.empty_object_reads.get() {
            return Err(Diagnostic::new(
                Code::UnsupportedType,
                span,
                "the type of the values of an empty object (`{}`) is not known",
            )
            .with_hint("give it a type: `const counts: Record<string, number> = {}`"));
        }
        // An empty array no `push` gave a type (or one whose type was just learned, for the
        // next attempt).
        if let Some(&(_, _, span)) = lw.empty_locals.borrow().first() {
            return Err(Diagnostic::new(
                Code::EmptyArrayType,
                span,
                "the type of this empty array is not known",
            ));
        }
        lw.check_order_reads()?;
        lw.check_stored_functions()?;
        lw.plan.functions = lw.functions.take()?;
        lw.check_module_lets_outside_render()?;
        lw.plan.callback_base = lw.plan.handlers.len();
        let callbacks = lw.callbacks.take();
        lw.plan.handlers.extend(callbacks);
        lw.plan.add_reads_of_called_functions();
        lw.keep_render_copies();
        lw.check_row_state_in_callbacks()?;
        lw.assign_handles();
        lw.plan.types = lw.types.take();
        check_limits(&lw.plan)?;
        Ok(std::mem::take(&mut lw.plan))
    }
}

impl Lowerer<'_> {
    /// A copy of each state slot handlers read as of the render (`Plan::render_copies`,
    /// `Plan::row_copies`). React gives every handler of one event the values of the render
    /// that made it; dx's handlers read a slot as it is when they start, which a handler before
    /// them in the same event (a button's `onClick`, then its parent's) may have changed. The
    /// copy is what the handlers read: set when its scope mounts and at the end of every flush
    /// (in rows: when the row's state is first written after a render). Only for handlers of
    /// DOM events (`Plan::dom_handlers`).
    fn keep_render_copies(&mut self) {
        // Handlers of DOM events only: effects run within the render, timers and window
        // listeners read as their own code says (`closures.rs`, `handlers.rs`).
        let mut read = std::collections::BTreeSet::new();
        for h in self.plan.dom_handlers() {
            plan::visit_body_exprs(&self.plan.handlers[h].body, &mut |e| {
                if let plan::GKind::Snapshot(s) = e.kind {
                    read.insert(s);
                }
            });
        }
        for slot in read {
            let Some(owner) = self
                .plan
                .scopes
                .iter()
                .position(|sc| sc.owned_slots.contains(&slot))
            else {
                continue;
            };
            let original = &self.plan.slots[slot];
            if original.is_ref || original.ty.repr() == plan::Ty::Event {
                continue;
            }
            let copy = plan::Slot {
                name: format!("{} (as rendered)", original.name),
                ty: original.ty,
                // Set when the scope mounts, after the slot itself (it comes later).
                init: GExpr {
                    kind: plan::GKind::Slot(slot),
                    ty: original.ty,
                },
                is_ref: false,
            };
            let id = self.plan.slots.len();
            self.plan.slots.push(copy);
            self.plan.scopes[owner].owned_slots.push(id);
            if self.plan.scopes[owner].row.is_none() {
                self.plan.render_copies.push((slot, id));
                continue;
            }
            let rc = match self.plan.row_copies.iter().position(|rc| rc.scope == owner) {
                Some(i) => i,
                None => {
                    // Never taken: no render is numbered -1.
                    let taken_in = self.plan.slots.len();
                    self.plan.slots.push(plan::Slot {
                        name: format!("copies of scope {owner} taken in render"),
                        ty: plan::Ty::Num,
                        init: GExpr {
                            kind: plan::GKind::Num(-1.0),
                            ty: plan::Ty::Num,
                        },
                        is_ref: true,
                    });
                    self.plan.scopes[owner].owned_slots.push(taken_in);
                    self.plan.row_copies.push(plan::RowCopies {
                        scope: owner,
                        taken_in,
                        pairs: Vec::new(),
                    });
                    self.plan.row_copies.len() - 1
                }
            };
            self.plan.row_copies[rc].pairs.push((slot, id));
        }
        if !self.plan.row_copies.is_empty() {
            // Not owned by a scope: linear memory starts zeroed, the first render is 0.
            self.plan.render_epoch = Some(self.plan.slots.len());
            self.plan.slots.push(plan::Slot {
                name: "render epoch".into(),
                ty: plan::Ty::Num,
                init: GExpr {
                    kind: plan::GKind::Num(0.0),
                    ty: plan::Ty::Num,
                },
                is_ref: true,
            });
        }
    }

    /// The state of a component rendered per list row lives in its row, which event handlers
    /// get from the DOM (the row the event happened in). A timer or window listener runs
    /// outside any row, so one that reads or sets such state is refused.
    fn check_row_state_in_callbacks(&self) -> Result<()> {
        use plan::{GKind, GStmt, visit_body_exprs};
        let owner = |slot: SlotId| {
            self.row_instances
                .iter()
                .find(|(scope, ..)| self.plan.scopes[*scope].owned_slots.contains(&slot))
        };
        for h in &self.plan.handlers[self.plan.callback_base..] {
            let mut found = None;
            visit_body_exprs(&h.body, &mut |e| {
                if let GKind::Slot(s) | GKind::Snapshot(s) | GKind::SlotUpdate { slot: s, .. } =
                    &e.kind
                {
                    found = found.or(owner(*s));
                }
            });
            for stmt in &h.body {
                stmt.visit(&mut |st| {
                    if let GStmt::Set { slot, .. } | GStmt::Touch { slot } = st {
                        found = found.or(owner(*slot));
                    }
                });
            }
            if let Some((_, span, file, name)) = found {
                return Err(Diagnostic::new(
                    Code::ListsNotSupported,
                    *span,
                    format!("`<{name}>` is rendered per list row and a timer or listener callback uses its state: not supported yet"),
                )
                .with_hint("keep that state in the component that renders the list, or use it only in event handlers")
                .in_file(*file));
            }
        }
        Ok(())
    }

    /// A module-level `let` changes without re-rendering anything (as in React), so what a
    /// render shows of it would be as of the last render in React but live in dx: reading one
    /// while rendering (directly or through a function) is refused until dx models renders.
    /// Handlers, effects, timers and state initialisers may read and change them.
    fn check_module_lets_outside_render(&self) -> Result<()> {
        use plan::{GKind, GStmt, visit_body_exprs};
        let slots = self.constant_slots.borrow();
        let var_of = |slot: SlotId| {
            self.program
                .constants
                .iter()
                .enumerate()
                .find(|(k, c)| c.mutable && slots[*k] == Some(slot))
                .map(|(_, c)| c)
        };
        // Which functions touch a module `let`, directly or through the functions they call.
        let functions = &self.plan.functions;
        let mut touches: Vec<Option<&crate::ir::Constant>> = vec![None; functions.len()];
        loop {
            let mut changed = false;
            for (i, function) in functions.iter().enumerate() {
                if touches[i].is_some() {
                    continue;
                }
                let mut found = None;
                visit_body_exprs(&function.body, &mut |e| {
                    e.visit(&mut |x| match &x.kind {
                        GKind::Slot(s) | GKind::SlotUpdate { slot: s, .. } => {
                            found = found.or(var_of(*s))
                        }
                        GKind::Call { function, .. } => found = found.or(touches[*function]),
                        _ => {}
                    })
                });
                for s in &function.body {
                    s.visit(&mut |stmt| {
                        if let GStmt::Set { slot, .. } = stmt {
                            found = found.or(var_of(*slot));
                        }
                    });
                }
                if found.is_some() {
                    touches[i] = found;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        let rendered = self
            .plan
            .bindings
            .iter()
            .filter_map(|b| b.kind.source())
            .chain(self.plan.lists.iter().flat_map(|l| {
                std::iter::once(&l.key).chain(l.bindings.iter().filter_map(|b| b.source()))
            }));
        for e in rendered {
            let mut found = None;
            e.visit(&mut |x| match &x.kind {
                GKind::Slot(s) | GKind::SlotUpdate { slot: s, .. } => found = found.or(var_of(*s)),
                GKind::Call { function, .. } => found = found.or(touches[*function]),
                _ => {}
            });
            if let Some(var) = found {
                return Err(Diagnostic::new(
                    Code::UnsupportedExpression,
                    var.span,
                    format!("`{}` (a module-level `let`) is read while rendering", var.name),
                )
                .with_hint("React shows such a value as of each render and dx cannot yet: keep it in state (`useState`), or read it only in handlers and effects")
                .in_file(var.file));
            }
        }
        Ok(())
    }

    /// Allocates an instance's state slots (owned by `scope`) and resolves its props.
    pub fn instantiate(
        &mut self,
        component: ir::ComponentId,
        parent: Option<&Instance>,
        args: Vec<(String, PropArg, Span)>,
        scope: ScopeId,
        call_site: Span,
        caller_file: usize,
    ) -> Result<Rc<Instance>> {
        let comp = &self.program.components[component];
        // State rendered per list row lives in each row (see `emit::layout`); effects and refs
        // would need per-row scheduling and handles that rows do not have yet.
        let value_refs = comp.states.iter().any(|s| s.is_ref);
        if self.plan.scopes[scope].row.is_some()
            && (!comp.effects.is_empty() || comp.refs > 0 || value_refs)
        {
            return Err(Diagnostic::new(
                Code::ListsNotSupported,
                call_site,
                format!(
                    "`<{}>` has effects or refs: components rendered per list row cannot have them yet",
                    comp.name
                ),
            )
            .with_hint("keep the effect or ref in the component that renders the list, and pass values and callbacks down")
            .in_file(caller_file));
        }
        if self.plan.scopes[scope].row.is_some() && !comp.states.is_empty() {
            self.row_instances
                .push((scope, call_site, caller_file, comp.name.clone()));
        }
        let mut props = Vec::with_capacity(comp.props.len());
        let mut context_defaults = Vec::new();
        for (i, decl) in comp.props.iter().enumerate() {
            if let Some(context) = decl.context {
                // The nearest provider above this point of the tree, else the default.
                let provided = self
                    .context_values
                    .iter()
                    .rev()
                    .find(|(c, _)| *c == context);
                props.push(match provided {
                    Some((_, value)) => value.clone(),
                    None => {
                        context_defaults.push((i, context));
                        PropArg::Missing {
                            call_site,
                            file: caller_file,
                        }
                    }
                });
                continue;
            }
            let passed = args
                .iter()
                .find(|(n, _, _)| *n == decl.name)
                .map(|(_, v, _)| v.clone());
            if let Some(PropArg::Value(v)) = &passed
                && !nullable::has_placeholder(v)
            {
                let mut learned = self.learned.borrow_mut();
                learned.prop_types.entry((component, i)).or_insert(v.ty);
            }
            props.push(match (passed, &decl.default) {
                (Some(v), _) => v,
                (None, Some(_)) => PropArg::Missing {
                    call_site,
                    file: caller_file,
                }, // replaced below, once the instance exists
                (None, None) => PropArg::Missing {
                    call_site,
                    file: caller_file,
                },
            });
        }
        let slot_base = self.plan.slots.len();
        let ref_base = self.plan.refs.len();
        self.plan.refs.extend(std::iter::repeat_n(None, comp.refs));
        let rest = args
            .iter()
            .filter(|(n, _, _)| !comp.props.iter().any(|d| d.name == *n))
            .map(|(n, v, _)| (n.clone(), v.clone()))
            .collect();
        let mut instance = Instance {
            rest: Rc::new(rest),
            id: self.next_instance(),
            component,
            slot_base,
            ref_base,
            props,
            render_deps: refs::render_deps(parent, comp, slot_base),
        };
        for (i, context) in context_defaults {
            instance.props[i] = match &self.program.contexts[context].default {
                ir::PropValue::Expr(default) => {
                    PropArg::Value(self.expr_raw(&instance, default, &mut expr::Ctx::render())?)
                }
                ir::PropValue::Handler(ir::HandlerRef::Inline(handler)) => {
                    PropArg::Handler(Closure {
                        handler: handler.clone(),
                        instance: Rc::new(instance.clone()),
                        made_by: Rc::default(),
                    })
                }
                // A module-level default is a value or a function written in place.
                ir::PropValue::Handler(_) | ir::PropValue::Children(_) => PropArg::Missing {
                    call_site,
                    file: caller_file,
                },
            };
        }
        // Defaults are lowered in the child's own context (they may read earlier props). A
        // value that may be `undefined` (`color={c ? "red" : undefined}`) takes the default
        // when it is, as a destructuring default does.
        for (i, decl) in comp.props.iter().enumerate() {
            let Some(default) = &decl.default else {
                continue;
            };
            match &instance.props[i] {
                PropArg::Missing { .. } => {
                    // `{ error = null }` where other call sites pass a string: `string | null`.
                    let value = match default.kind {
                        ir::ExprKind::Null => self
                            .passed_prop_type(component, i)
                            .and_then(|t| match t {
                                plan::Ty::Opt(o) if !o.undefined => Some(t),
                                plan::Ty::Opt(_) => None,
                                t => t.nullable(false),
                            })
                            .map(|ty| GExpr {
                                kind: plan::GKind::Null,
                                ty,
                            }),
                        _ => None,
                    };
                    let value = match value {
                        Some(v) => v,
                        None => self.expr(&instance, default, &mut expr::Ctx::render())?,
                    };
                    instance.props[i] = PropArg::Value(value);
                }
                PropArg::Value(v) if matches!(v.ty, plan::Ty::Opt(o) if o.undefined) => {
                    let v = v.clone();
                    let d = self.value_opt(&instance, default, &mut expr::Ctx::render())?;
                    let span = default.span;
                    instance.props[i] = PropArg::Value(self.coalesce(v, d, span)?);
                }
                _ => {}
            }
        }
        for (index, state) in comp.states.iter().enumerate() {
            let init = self.state_init(&instance, index, &state.init)?;
            if init.ty == plan::Ty::Event {
                return Err(Diagnostic::new(
                    Code::StateType,
                    state.init.span,
                    "state cannot hold an event",
                ));
            }
            let slot = self.plan.slots.len();
            if self.types.borrow().contains_function(init.ty) {
                self.functions_in_state.set(true);
            }
            self.plan.slots.push(plan::Slot {
                name: format!("{}.{}", comp.name, state.name),
                ty: init.ty,
                init,
                is_ref: state.is_ref,
            });
            if state.is_ref {
                self.ref_readers_deps
                    .insert(slot, instance.render_deps.clone());
            }
            self.plan.scopes[scope].owned_slots.push(slot);
        }
        let instance = Rc::new(instance);
        if !comp.effects.is_empty() {
            self.pending_effects.push((instance.clone(), scope));
        }
        Ok(instance)
    }

    /// The initial value of state `index` of `inst`'s component. State that starts `null` or
    /// `undefined` takes the nullable type an earlier attempt learned from its setters, or
    /// stays `Ty::Null` (unknown) in this attempt.
    fn state_init(&self, inst: &Instance, index: usize, init: &ir::Expr) -> Result<GExpr> {
        // `useReducer(reducer, { items: [], coupon: null })` with `reducer(state: CartState,
        // …)`: the initial state is a `CartState`.
        if let Some(reducer) = self.program.components[inst.component].states[index].reducer
            && let Some(Some(ty)) = self.program.helpers[reducer].body.param_types.first()
            && !matches!(
                init.kind,
                ir::ExprKind::Typed(..) | ir::ExprKind::Call { .. }
            )
        {
            return self.expr_as(inst, init, *ty, &mut expr::Ctx::render());
        }
        if starts_untyped(init)
            && !matches!(init.kind, ir::ExprKind::Null | ir::ExprKind::Undefined)
        {
            // `useState([])`: an array of what its setters put in it.
            return match self.hints.states.get(&(inst.component, index)) {
                Some(&ty) => self.expr_as(inst, init, ty, &mut expr::Ctx::render()),
                None => Ok(GExpr {
                    kind: plan::GKind::Null,
                    ty: plan::Ty::Null,
                }),
            };
        }
        let nullish = matches!(init.kind, ir::ExprKind::Null | ir::ExprKind::Undefined);
        if !nullish {
            let v = self.expr_raw(inst, init, &mut expr::Ctx::render())?;
            // State a setter also sets to `null` (`useState("a")`, later `setX(null)`).
            return Ok(match self.hints.states.get(&(inst.component, index)) {
                Some(&ty) => self.fit(v.clone(), ty).unwrap_or(v),
                None => v,
            });
        }
        Ok(match self.hints.states.get(&(inst.component, index)) {
            Some(&ty) => GExpr {
                kind: plan::GKind::Null,
                ty,
            },
            None => GExpr {
                kind: plan::GKind::Null,
                ty: plan::Ty::Null,
            },
        })
    }

    /// Notes the type a setter call assigns to state that starts nullish, for the next
    /// attempt (see [`lower`]): `T | null` (`T | undefined` for `useState()`).
    pub(crate) fn learn(&self, inst: &Instance, state: usize, value: &GExpr) {
        let Some(decl) = self.program.components[inst.component].states.get(state) else {
            return;
        };
        let ty = match decl.init.kind {
            _ if value.ty == plan::Ty::Null => None,
            ir::ExprKind::Null if !nullable::has_placeholder(value) => {
                value.ty.repr().nullable(false)
            }
            ir::ExprKind::Undefined if !nullable::has_placeholder(value) => {
                value.ty.repr().nullable(true)
            }
            // An empty array: the setter's array type (its element type may come from one
            // item while another is still unknown, as in `[...items, item]`).
            ir::ExprKind::Array(ref items) if items.is_empty() => {
                Some(value.ty.repr()).filter(|t| matches!(t, plan::Ty::Arr(_)))
            }
            ir::ExprKind::Object(ref fields) if fields.is_empty() => {
                Some(value.ty.repr()).filter(|t| matches!(t, plan::Ty::Rec(_)))
            }
            _ => None,
        };
        self.note_type(inst, state, ty);
    }

    /// Notes that a setter assigns `null` (or a nullable value) to state of base type `ty`:
    /// the next attempt gives the state the type `ty | null`.
    pub(crate) fn learn_nullable(&self, inst: &Instance, state: usize, ty: plan::Ty) {
        self.note_type(inst, state, ty.nullable(false));
    }

    /// Keeps the first type learned for a state.
    fn note_type(&self, inst: &Instance, state: usize, ty: Option<plan::Ty>) {
        if let Some(ty) = ty {
            self.learned
                .borrow_mut()
                .states
                .entry((inst.component, state))
                .or_insert(ty);
        }
    }

    /// Module-level constants become slots of the root scope, initialised first.
    fn constants(&mut self) -> Result<()> {
        let program = self.program;
        let none = Instance {
            rest: Rc::default(),
            id: usize::MAX - 1,
            component: usize::MAX,
            slot_base: 0,
            ref_base: 0,
            props: Vec::new(),
            render_deps: Rc::default(),
        };
        *self.constant_slots.borrow_mut() = vec![None; program.constants.len()];
        // File by file in evaluation order (an imported file's values first), each file's
        // values in source order.
        let ordered = program.init_order.iter().flat_map(|&file| {
            program
                .constants
                .iter()
                .enumerate()
                .filter(move |(_, c)| c.file == file)
        });
        for (k, c) in ordered {
            let value = self
                .expr(&none, &c.value, &mut expr::Ctx::render())
                .map_err(|d| d.in_file(c.file))?;
            if value.ty == plan::Ty::Event {
                return Err(Diagnostic::new(
                    Code::EventOutsideHandler,
                    c.value.span,
                    "an event cannot be stored",
                )
                .in_file(c.file));
            }
            let slot = self.plan.slots.len();
            self.plan.slots.push(plan::Slot {
                name: format!("const.{}", c.name),
                ty: value.ty,
                init: value,
                is_ref: false,
            });
            self.plan.scopes[0].owned_slots.push(slot);
            self.constant_slots.borrow_mut()[k] = Some(slot);
        }
        Ok(())
    }

    /// The slot of module-level `const`/`let` number `k`. While the module's values are being
    /// initialised (in order), a later one has no slot yet: reading or writing it there is
    /// JavaScript's "cannot access before initialization" (`const a = a + 1`, `const a = b;
    /// const b = 1`, or `let x = f()` where `f` uses `x`), a diagnostic rather than a panic.
    pub(crate) fn constant_slot(&self, k: usize, span: Span) -> Result<SlotId> {
        self.constant_slots
            .borrow()
            .get(k)
            .copied()
            .flatten()
            .ok_or_else(|| {
                let name = &self.program.constants[k].name;
                Diagnostic::new(
                    Code::UnknownIdentifier,
                    span,
                    format!("`{name}` is used before it is initialised"),
                )
                .with_hint("a module-level value can only use the values declared before it")
            })
    }

    /// A read of key order (`order_reads`) of a record written in several orders: JavaScript
    /// shows each object's own order, dx the order of the type's layout.
    fn check_order_reads(&self) -> Result<()> {
        let types = self.types.borrow();
        match self.order_reads.borrow().iter().find(|(_, t)| types.order_differs(*t)) {
            Some((span, _)) => Err(Diagnostic::new(
                Code::UnsupportedType,
                *span,
                "this shows the order of an object's keys, and objects of its shape are written with their keys in different orders: dx keeps one order per shape",
            )
            .with_hint("write the keys of these objects in one order")),
            None => Ok(()),
        }
    }

    /// The type of a value some call site passes for prop `prop` of `component`, as an earlier
    /// attempt or this one learned it (`Hints::prop_types`).
    pub(crate) fn passed_prop_type(&self, component: usize, prop: usize) -> Option<plan::Ty> {
        let key = (component, prop);
        self.hints
            .prop_types
            .get(&key)
            .copied()
            .or_else(|| self.learned.borrow().prop_types.get(&key).copied())
    }

    /// Turns every instance's effects into bindings.
    fn effects(&mut self) -> Result<()> {
        for (instance, scope) in std::mem::take(&mut self.pending_effects) {
            let program = self.program;
            for effect in &program.components[instance.component].effects {
                let closure = Closure {
                    handler: effect.body.clone(),
                    instance: instance.clone(),
                    made_by: Rc::default(),
                };
                *self.current_effect.borrow_mut() = Some(EffectCleanups {
                    scope,
                    which: None,
                    callbacks: Vec::new(),
                });
                let handler = self.event_handler(&closure, "effect");
                let cleanups = self.current_effect.take().expect("set above");
                self.drain_hidden_slots()?;
                let handler = handler?;
                let mut deps = Vec::new();
                let mut add = |e: &GExpr| {
                    e.for_each_slot(&mut |s, _| {
                        if !deps.contains(&s) {
                            deps.push(s);
                        }
                    })
                };
                match &effect.deps {
                    // React runs an effect without a dependency list after every render.
                    ir::EffectDeps::Reads
                        if program.components[instance.component].snapshot_reads =>
                    {
                        deps.extend(instance.render_deps.iter().copied());
                    }
                    ir::EffectDeps::Reads => {
                        plan::visit_body_exprs(&self.plan.handlers[handler].body, &mut |e| add(e));
                        // What the effect writes does not re-trigger it (that would never settle).
                        for s in &self.plan.handlers[handler].body {
                            s.visit(&mut |s| {
                                if let plan::GStmt::Set { slot, .. } = s {
                                    deps.retain(|d| d != slot);
                                }
                            });
                        }
                    }
                    ir::EffectDeps::Values(values) => {
                        for v in values {
                            let value = self.expr(&instance, v, &mut expr::Ctx::render())?;
                            add(&value);
                        }
                    }
                }
                // A cleanup is due from the previous run: run it first (React runs it before
                // the effect runs again, and when the component unmounts).
                if let Some(which) = cleanups.which {
                    let prefix = self.run_due_cleanup(handler, which, &cleanups.callbacks);
                    self.plan.handlers[handler].body.splice(0..0, prefix);
                    self.plan.scopes[scope]
                        .cleanups
                        .push((which, cleanups.callbacks));
                }
                let id = self.plan.bindings.len();
                self.plan.bindings.push(plan::Binding {
                    scope,
                    kind: plan::BindingKind::Effect { handler },
                    deps,
                    rendered_by: Rc::default(),
                });
                self.plan.scopes[scope].bindings.push(id);
            }
        }
        Ok(())
    }

    /// A fresh instance number.
    fn next_instance(&self) -> usize {
        let n = self.instances.get();
        self.instances.set(n + 1);
        n
    }

    /// The app file a component is written in (0 for code outside components).
    pub(crate) fn file_of(&self, component: ir::ComponentId) -> usize {
        self.program.components.get(component).map_or(0, |c| c.file)
    }

    /// Gives every scope its handle range: root first, then branches in creation order.
    fn assign_handles(&mut self) {
        let mut next = 1;
        // Row templates get their handles per row, at run time.
        for scope in self.plan.scopes.iter_mut().filter(|s| s.row.is_none()) {
            scope.base = next;
            next += scope.roots + scope.slots;
        }
        self.plan.handle_count = next;
        // Branch scopes inside a row get their range after the row template's, per row.
        for l in 0..self.plan.lists.len() {
            let row = self.plan.lists[l].scope;
            let mut next = self.plan.scopes[row].roots + self.plan.scopes[row].slots;
            for s in 0..self.plan.scopes.len() {
                if s != row && self.plan.scopes[s].row == Some(l) {
                    self.plan.scopes[s].base = next;
                    next += self.plan.scopes[s].roots + self.plan.scopes[s].slots;
                }
            }
            self.plan.lists[l].handles = next;
        }
    }
}

/// The emitted module keeps its tables in one 64 KiB page next to the op buffer.
fn check_limits(plan: &Plan) -> Result<()> {
    let bytes = plan.slots.len() * 8 + plan.bindings.len() / 8 + plan.scopes.len() * 8;
    if bytes > 32 * 1024 {
        return Err(Diagnostic::new(
            Code::TooLarge,
            Span::new(0, 0),
            format!("the app needs {bytes} bytes of state tables"),
        ));
    }
    Ok(())
}
