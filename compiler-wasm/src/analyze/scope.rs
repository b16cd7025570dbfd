//! Name resolution inside one component: what each identifier means.

use crate::ir::{Expr, HandlerRef, LocalId, PropId, StateId};
use std::collections::HashMap;

/// The meaning of a name.
#[derive(Clone, Debug)]
pub(crate) enum Name {
    /// A state variable.
    State(StateId),
    /// The setter of a state variable (`setCount`).
    Setter(StateId),
    /// `dispatch` of `useReducer`: `dispatch(action)` sets the state to
    /// `reducer(latest state, action)`.
    Dispatch {
        state: StateId,
        reducer: crate::ir::HelperId,
    },
    /// A destructured prop.
    Prop(PropId),
    /// The whole props object (`props` in `function C(props)`).
    PropsObject,
    /// The props a call site passes that the component does not name (`rest` in
    /// `({ label, ...rest })`): spread onto an element (`{...rest}`), they become its
    /// attributes and listeners, per call site (`Attr::RestProps`).
    RestProps,
    /// A `const` computed from other values; inlined where used.
    Derived(Expr),
    /// Markup held in a `const` or a render-time `let`; rendered where it is used.
    Markup(std::rc::Rc<Vec<crate::ir::ViewNode>>),
    /// A function defined in the component.
    Function(HandlerRef),
    /// A handler parameter or handler-local `const`.
    Local(LocalId),
    /// An element ref (`const input = useRef(null)` with `ref={input}` in the file).
    Ref(usize),
    /// A value ref (`const renders = useRef(0)`): a state slot that `.current` reads live and
    /// writes without re-rendering.
    ValueRef(StateId),
    /// The element of a list row (`item` in `items.map(item => …)`).
    RowItem(usize),
    /// The index of a list row (`i` in `items.map((item, i) => …)`).
    RowIndex(usize),
    /// A function of the component that returns markup, rendered in place where it is
    /// called (`Cx::render_helpers`).
    RenderHelper(usize),
}

/// Nested name tables, innermost last.
#[derive(Default)]
pub(crate) struct Scope {
    frames: Vec<HashMap<String, Name>>,
}

impl Scope {
    /// Enters a nested scope.
    pub fn push(&mut self) {
        self.frames.push(HashMap::new());
    }

    /// Leaves the innermost scope.
    pub fn pop(&mut self) {
        self.frames.pop();
    }

    /// Binds `name` in the innermost scope; returns false if it was already bound there.
    pub fn bind(&mut self, name: &str, meaning: Name) -> bool {
        if self.frames.is_empty() {
            self.push();
        }
        self.frames
            .last_mut()
            .expect("a frame")
            .insert(name.to_string(), meaning)
            .is_none()
    }

    /// Gives `name` a new meaning where it is bound (innermost first): a render-time `let`
    /// after an assignment.
    pub fn rebind(&mut self, name: &str, meaning: Name) {
        if let Some(frame) = self.frames.iter_mut().rev().find(|f| f.contains_key(name)) {
            frame.insert(name.to_string(), meaning);
        }
    }

    /// What `name` means, innermost first.
    pub fn get(&self, name: &str) -> Option<&Name> {
        self.frames.iter().rev().find_map(|f| f.get(name))
    }
}
