//! Value refs (`const renders = useRef(0)`).
//!
//! A value ref is a slot of its instance, like state, with React's two differences: a write
//! re-renders nothing, and every read sees the latest value (`ExprKind::RefCurrent` lowers to
//! a live slot read, never the render's snapshot). What a render shows of a ref is what it
//! held when the component last rendered, so a binding that reads one must be re-evaluated
//! exactly when React would render the component again: when its own state or an ancestor's
//! changes (a parent's render renders its children). Those slots are the instance's
//! `render_deps`; after lowering, a binding's dependency on a ref slot is replaced by them.

use super::{Instance, Lowerer};
use crate::ir;
use crate::lower::plan::SlotId;
use std::rc::Rc;

/// What re-renders an instance of `comp` whose state starts at `slot_base`, rendered by
/// `parent`: the parent's render dependencies and the component's own state (not its refs).
pub(crate) fn render_deps(
    parent: Option<&Instance>,
    comp: &ir::Component,
    slot_base: SlotId,
) -> Rc<Vec<SlotId>> {
    let mut deps: Vec<SlotId> = parent.map(|p| p.render_deps.to_vec()).unwrap_or_default();
    let own = comp.states.iter().enumerate().filter(|(_, s)| !s.is_ref);
    deps.extend(own.map(|(i, _)| slot_base + i));
    Rc::new(deps)
}

impl Lowerer<'_> {
    /// Makes every binding that reads a value ref depend on what re-renders the ref's
    /// instance instead of the ref itself (whose writes mark nothing).
    pub(crate) fn rebind_ref_readers(&mut self) {
        if self.ref_readers_deps.is_empty() {
            return;
        }
        for binding in &mut self.plan.bindings {
            let refs: Vec<SlotId> = binding
                .deps
                .iter()
                .copied()
                .filter(|d| self.ref_readers_deps.contains_key(d))
                .collect();
            binding.deps.retain(|d| !refs.contains(d));
            for r in refs {
                for &d in self.ref_readers_deps[&r].iter() {
                    if !binding.deps.contains(&d) {
                        binding.deps.push(d);
                    }
                }
            }
        }
    }
}
