//! Recursive components. Components are inlined, so a component that renders itself would
//! never end; but a tree renders itself through a list (`node.children.map(c => <TreeNode
//! key={c.id} node={c}/>)`, or `Menu` → `MenuItem` → `Menu`), and the data is finite. Such a
//! list's rows are built once, for every level: the list rendered again inside its rows is a
//! `List` binding of those rows that makes rows of the same list (`plan::Recursion`), so
//! each level is a row holding its own rows and the depth is the data's.
//!
//! The rows are built with the component the list is written in (the *holder*) reading its
//! props from slots of the row (`generic_holder`): the first level's rows get the props the
//! holder was given, deeper rows the props the row holding them passes down
//! (`nested_props`). Anything else of the holder (its state, an enclosing list's row) would
//! be the first level's at every depth, so rows reading it are refused (`finish_recursion`).

use std::rc::Rc;

use oxc_span::Span;

use super::plan::{self, GExpr, GKind, ScopeId, SlotId};
use super::{Closure, Instance, Lowerer, PropArg};
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{self, PropValue, ViewNode};

/// A list being built: its place in the source and in the plan. Reaching the same place
/// again inside its rows is the recursion `generic` (the holder as its rows see it) allows.
pub(crate) struct ListSite {
    pub component: ir::ComponentId,
    /// The list's number in its component.
    pub list: usize,
    /// Its index in `Plan::lists`.
    pub plan: usize,
    /// For a list whose rows render it again: the holder with its props read from the row.
    pub generic: Option<Rc<Instance>>,
}

/// Whether the rows (`body`) of list `list` of `component` render that list again, through
/// the components they use.
pub(crate) fn renders_list_again(
    program: &ir::Program,
    component: ir::ComponentId,
    list: usize,
    body: &[ViewNode],
) -> bool {
    fn walk(
        program: &ir::Program,
        component: ir::ComponentId,
        view: &[ViewNode],
        target: (ir::ComponentId, usize),
        seen: &mut Vec<ir::ComponentId>,
    ) -> bool {
        view.iter().any(|node| match node {
            ViewNode::List { list, body, .. } => {
                (component, *list) == target || walk(program, component, body, target, seen)
            }
            ViewNode::Component { id, props, .. } => {
                let children = props.iter().any(|(_, value, _)| {
                    matches!(value, PropValue::Children(nodes)
                        if walk(program, component, nodes, target, seen))
                });
                children || {
                    let first = !seen.contains(id);
                    seen.push(*id);
                    first && walk(program, *id, &program.components[*id].view, target, seen)
                }
            }
            ViewNode::Element { children, .. } => walk(program, component, children, target, seen),
            ViewNode::Provider {
                value, children, ..
            } => {
                matches!(value, PropValue::Children(nodes)
                    if walk(program, component, nodes, target, seen))
                    || walk(program, component, children, target, seen)
            }
            ViewNode::Cond {
                then, otherwise, ..
            } => {
                walk(program, component, then, target, seen)
                    || walk(program, component, otherwise, target, seen)
            }
            ViewNode::Keyed { body, .. } => walk(program, component, body, target, seen),
            ViewNode::Text(_) | ViewNode::Dynamic(_) | ViewNode::Children(_) => false,
        })
    }
    walk(program, component, body, (component, list), &mut Vec::new())
}

/// Whether two props given functions give the same one (a callback handed down unchanged).
fn same_function(a: &Closure, b: &Closure) -> bool {
    Rc::ptr_eq(&a.handler, &b.handler)
        && a.instance.id == b.instance.id
        && (Rc::ptr_eq(&a.made_by, &b.made_by) || a.made_by.is_empty() && b.made_by.is_empty())
}

impl Lowerer<'_> {
    /// The holder `inst` of a recursive list as its rows see it: each prop given a value is
    /// read from a slot of the row (owned by the row template `scope`). Also the list's
    /// `Recursion` with the first level's values of those slots.
    pub(crate) fn generic_holder(
        &mut self,
        inst: &Rc<Instance>,
        scope: ScopeId,
    ) -> Result<(Rc<Instance>, plan::Recursion)> {
        let comp = &self.program.components[inst.component];
        let mut generic = (**inst).clone();
        let mut recursion = plan::Recursion {
            props: Vec::new(),
            entry: Vec::new(),
            nested: None,
        };
        for (i, arg) in inst.props.iter().enumerate() {
            match arg {
                PropArg::Value(value) => {
                    let slot = self.plan.slots.len();
                    if self.types.borrow().contains_function(value.ty) {
                        self.functions_in_state.set(true);
                    }
                    self.plan.slots.push(plan::Slot {
                        name: format!("{}.{}", comp.name, comp.props[i].name),
                        ty: value.ty,
                        init: value.clone(),
                        is_ref: false,
                    });
                    self.plan.scopes[scope].owned_slots.push(slot);
                    generic.props[i] = PropArg::Value(GExpr {
                        kind: GKind::Slot(slot),
                        ty: value.ty,
                    });
                    recursion.props.push(slot);
                    recursion.entry.push(value.clone());
                }
                PropArg::Children { .. } => {
                    return Err(Diagnostic::new(
                        Code::RecursiveComponent,
                        comp.span,
                        format!(
                            "`{}` renders itself in its list's rows and is given markup (`{}`): not supported yet",
                            comp.name, comp.props[i].name
                        ),
                    )
                    .with_hint("pass values and callbacks down, not markup"));
                }
                PropArg::Handler(_) | PropArg::Missing { .. } => {}
            }
        }
        Ok((Rc::new(generic), recursion))
    }

    /// The list `l` rendered again by `inst` inside a row of list `row`: the values of the
    /// props its rows read (`Recursion::props`), in the context of the row holding them. A
    /// function must be the one every level is given; anything else is refused.
    pub(crate) fn nested_props(
        &mut self,
        row: Option<usize>,
        l: usize,
        generic: Option<Rc<Instance>>,
        inst: &Rc<Instance>,
        array: &GExpr,
        span: Span,
    ) -> Result<Vec<GExpr>> {
        let comp = &self.program.components[inst.component];
        let refuse = |message: String| {
            Err(Diagnostic::new(Code::RecursiveComponent, span, message)
                .with_hint("a component can render itself from the rows of one of its lists (`node.children.map(c => <Tree key={c.id} node={c} />)`), passing its props down"))
        };
        let Some(generic) = generic.filter(|_| row == Some(l)) else {
            return refuse(format!(
                "`{}` renders this list again inside another list's rows",
                comp.name
            ));
        };
        let entry_array = self.plan.list_array(l);
        if entry_array.ty != array.ty {
            return refuse(format!(
                "`{}` renders itself with {} where its first level has {}",
                comp.name,
                self.show(array.ty),
                self.show(entry_array.ty)
            ));
        }
        let recursion = self.plan.lists[l]
            .recursion
            .as_ref()
            .expect("a recursive list");
        if recursion.nested.is_some() {
            return refuse(format!(
                "`{}` renders this list twice in one row",
                comp.name
            ));
        }
        let mut values = Vec::new();
        for (i, (given, generic)) in inst.props.iter().zip(&generic.props).enumerate() {
            let same = match (generic, given) {
                (PropArg::Value(slot), PropArg::Value(value)) if slot.ty == value.ty => {
                    values.push(value.clone());
                    true
                }
                (PropArg::Handler(a), PropArg::Handler(b)) => same_function(a, b),
                (PropArg::Missing { .. }, PropArg::Missing { .. }) => true,
                _ => false,
            };
            if !same {
                return refuse(format!(
                    "`{}` gives its prop `{}` a different kind of value when it renders itself (a different type, or a different function)",
                    comp.name, comp.props[i].name
                ));
            }
        }
        Ok(values)
    }

    /// Checks what the rows of recursive list `l` (held by `holder`) read, and keeps only the
    /// props they read.
    pub(crate) fn finish_recursion(
        &mut self,
        l: usize,
        holder: &Instance,
        span: Span,
    ) -> Result<()> {
        let lists: Vec<usize> = std::iter::once(l)
            .chain(self.plan.nested_lists(l))
            .collect();
        let comp = &self.program.components[holder.component];
        let own_state = holder.slot_base..holder.slot_base + comp.states.len();
        let props = self.plan.lists[l]
            .recursion
            .as_ref()
            .expect("a recursive list")
            .props
            .clone();
        // State of rows of other lists (an enclosing list's row, the holder's own row).
        let outside_rows: Vec<SlotId> = self
            .plan
            .scopes
            .iter()
            .filter(|s| s.row.is_some_and(|r| !lists.contains(&r)))
            .flat_map(|s| s.owned_slots.iter().copied())
            .collect();
        let mut read = Vec::new();
        let mut outside = false;
        self.visit_row_code(&lists, &props, &mut |e| match &e.kind {
            GKind::RowItem(k) | GKind::RowIndex(k) if !lists.contains(k) => outside = true,
            GKind::Slot(s) | GKind::Snapshot(s) | GKind::SlotUpdate { slot: s, .. } => {
                outside |= own_state.contains(s) || outside_rows.contains(s);
                if props.contains(s) && !read.contains(s) {
                    read.push(*s);
                }
            }
            _ => {}
        });
        if outside {
            return Err(Diagnostic::new(
                Code::RecursiveComponent,
                span,
                format!(
                    "the rows of `{}`'s list render `{}` again and read its state or an enclosing list's item: at every depth they would read the first level's",
                    comp.name, comp.name
                ),
            )
            .with_hint("pass what the rows need down as props"));
        }
        // The deeper level's array is computed when a row is made, also for a row that shows
        // another branch (a file, not a folder): one that stops when a value is missing
        // (`node.children!.map(…)`) would stop there, where React never reads it.
        if let Some((_, array)) = self.plan.lists[l].nested_array() {
            let mut traps = false;
            array.visit(&mut |e| traps |= matches!(e.kind, GKind::Trap));
            if traps {
                return Err(Diagnostic::new(
                    Code::RecursiveComponent,
                    span,
                    format!(
                        "the rows of `{}`'s list render it again from a value that may be missing",
                        comp.name
                    ),
                )
                .with_hint("test the value itself before the markup that maps it: `if (!node.children) return …;`, or `node.children?.map(…)`"));
            }
        }
        let Some(recursion) = self.plan.lists[l].recursion.as_mut() else {
            unreachable!("a recursive list")
        };
        // Props no row reads are not kept.
        let keep: Vec<bool> = recursion.props.iter().map(|s| read.contains(s)).collect();
        let mut kept = keep.iter();
        recursion
            .entry
            .retain(|_| *kept.next().expect("one per prop"));
        if let Some(nested) = &mut recursion.nested {
            let mut kept = keep.iter();
            nested
                .values
                .retain(|_| *kept.next().expect("one per prop"));
        }
        recursion.props.retain(|s| read.contains(s));
        let scope = self.plan.lists[l].scope;
        self.plan.scopes[scope]
            .owned_slots
            .retain(|s| !props.contains(s) || read.contains(s));
        Ok(())
    }

    /// Calls `f` on every expression evaluated in the rows of `lists` (a recursive list and
    /// the lists nested in its rows): bindings, keys, the initial state of their components
    /// (not the props in `props`), the props given to deeper levels, and their handlers.
    fn visit_row_code(&self, lists: &[usize], props: &[SlotId], f: &mut impl FnMut(&GExpr)) {
        for &k in lists {
            let list = &self.plan.lists[k];
            list.key.visit(f);
            for kind in &list.bindings {
                if let Some(source) = kind.source() {
                    source.visit(f);
                }
            }
            if let Some(nested) = list.recursion.as_ref().and_then(|r| r.nested.as_ref()) {
                nested.values.iter().for_each(|v| v.visit(f));
            }
        }
        for scope in &self.plan.scopes {
            if !scope.row.is_some_and(|r| lists.contains(&r)) {
                continue;
            }
            for slot in scope.owned_slots.iter().filter(|s| !props.contains(s)) {
                self.plan.slots[*slot].init.visit(f);
            }
            for listener in &scope.listeners {
                plan::visit_body_exprs(&self.plan.handlers[listener.handler].body, f);
            }
        }
    }
}
