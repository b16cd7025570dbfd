//! Views → templates. Static markup goes into the scope's HTIP template; every dynamic
//! part gets a slot (a node handle) and a binding; conditionals get an anchor and one
//! branch scope (with its own template) per arm.

use oxc_span::Span;
use std::rc::Rc;

use dx_formats::htip::{Node, Template};

use super::constant::{self, Const};
use super::expr::Ctx;
use super::plan::{
    self, Binding, BindingKind, GExpr, GKind, Listener, NodeRef, Scope, ScopeId, Ty,
};
use super::{Instance, Lowerer, PropArg};
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{Attr, PropValue, ViewNode};

/// A template under construction.
struct Builder {
    scope: ScopeId,
    slots: Vec<Vec<u32>>,
    /// Bindings whose node offsets are slot indices until the root count is known.
    pending_bindings: Vec<usize>,
    /// Refs likewise.
    pending_refs: Vec<usize>,
    /// The list whose row template this is.
    row: Option<usize>,
    /// Row bindings (indices into the list's bindings) likewise.
    pending_row_bindings: Vec<usize>,
}

impl Builder {
    fn slot(&mut self, path: Vec<u32>) -> NodeRef {
        if let Some(k) = self.slots.iter().position(|p| *p == path) {
            return NodeRef {
                scope: self.scope,
                offset: k as u32,
            };
        }
        self.slots.push(path);
        NodeRef {
            scope: self.scope,
            offset: (self.slots.len() - 1) as u32,
        }
    }
}

impl Lowerer<'_> {
    /// Builds the template of `scope` from `view` as written in `inst`.
    pub(crate) fn build_scope(
        &mut self,
        scope: ScopeId,
        view: &[ViewNode],
        inst: &Rc<Instance>,
    ) -> Result<()> {
        let file = self.file_of(inst.component);
        self.build_scope_in(scope, view, inst)
            .map_err(|d| d.in_file(file))
    }

    fn build_scope_in(
        &mut self,
        scope: ScopeId,
        view: &[ViewNode],
        inst: &Rc<Instance>,
    ) -> Result<()> {
        let mut b = Builder {
            scope,
            slots: Vec::new(),
            pending_bindings: Vec::new(),
            pending_refs: Vec::new(),
            row: self.plan.scopes[scope].row,
            pending_row_bindings: Vec::new(),
        };
        let mut roots = Vec::new();
        self.nodes(&mut b, view, inst, &[], &mut roots)?;
        // A list row of several roots moves as the range from its first root to its last. What
        // a conditional or list at its start places before its anchor would be outside that
        // range, so such a row starts with an anchor of its own.
        if self.plan.is_row_template(scope) && matches!(roots.first(), Some(Node::Anchor)) {
            roots.insert(0, Node::Anchor);
            for path in &mut b.slots {
                path[0] += 1;
            }
        }
        let root_count = roots.len() as u32;
        for id in b.pending_bindings {
            match &mut self.plan.bindings[id].kind {
                BindingKind::Text { node, .. }
                | BindingKind::Attr { node, .. }
                | BindingKind::Prop { node, .. }
                | BindingKind::Focus { node, .. } => node.offset += root_count,
                BindingKind::Cond { anchor, .. } | BindingKind::Keyed { anchor, .. } => {
                    anchor.offset += root_count
                }
                BindingKind::Effect { .. } | BindingKind::ListRefresh { .. } => {}
                BindingKind::List { list, .. } => {
                    let list = *list;
                    self.plan.lists[list].anchor.offset += root_count;
                }
            }
        }
        if let Some(l) = b.row {
            for id in b.pending_row_bindings {
                match &mut self.plan.lists[l].bindings[id] {
                    BindingKind::Text { node, .. }
                    | BindingKind::Attr { node, .. }
                    | BindingKind::Prop { node, .. }
                    | BindingKind::Focus { node, .. } => node.offset += root_count,
                    BindingKind::Cond { anchor, .. } => anchor.offset += root_count,
                    BindingKind::List { list, .. } => {
                        let list = *list;
                        match self.plan.lists[list].nested_array() {
                            Some((nested, _)) if list == l && nested.binding == id => {
                                let recursion = self.plan.lists[l].recursion.as_mut();
                                let nested = recursion.and_then(|r| r.nested.as_mut());
                                nested.expect("matched").anchor.offset += root_count;
                            }
                            _ => self.plan.lists[list].anchor.offset += root_count,
                        }
                    }
                    _ => unreachable!("rows hold DOM bindings, conditionals and lists only"),
                }
            }
        }
        for r in b.pending_refs {
            if let Some(node) = &mut self.plan.refs[r] {
                node.offset += root_count;
            }
        }
        for l in &mut self.plan.scopes[scope].listeners {
            l.node.offset += root_count;
        }
        let template = self.plan.table.templates.len() as u32;
        let slots = b.slots.len() as u32;
        self.plan.table.templates.push(Template {
            roots,
            slots: b.slots,
        });
        let s = &mut self.plan.scopes[scope];
        s.template = template;
        s.roots = root_count;
        s.slots = slots;
        Ok(())
    }

    fn nodes(
        &mut self,
        b: &mut Builder,
        view: &[ViewNode],
        inst: &Rc<Instance>,
        parent: &[u32],
        out: &mut Vec<Node>,
    ) -> Result<()> {
        let outer = std::mem::replace(&mut self.building, inst.render_deps.clone());
        let result = self.nodes_of(b, view, inst, parent, out);
        self.building = outer;
        result
    }

    /// [`Self::nodes`] of one instance.
    fn nodes_of(
        &mut self,
        b: &mut Builder,
        view: &[ViewNode],
        inst: &Rc<Instance>,
        parent: &[u32],
        out: &mut Vec<Node>,
    ) -> Result<()> {
        let path_of = |index: usize| {
            let mut p = parent.to_vec();
            p.push(index as u32);
            p
        };
        for node in view {
            match node {
                ViewNode::Element {
                    tag,
                    attrs,
                    children,
                    aligned: _,
                    span: _,
                } => {
                    let path = path_of(out.len());
                    let mut static_attrs = Vec::new();
                    // A select's value picks one of its options, so it is set after them (as
                    // React does): options rendered by a list exist only once the list has run.
                    let (after_children, attrs): (Vec<&Attr>, Vec<&Attr>) =
                        attrs.iter().partition(|a| selects_option(tag, a));
                    for attr in &attrs {
                        if let Attr::RestProps { span, input_type } = attr {
                            let written: Vec<&Attr> = attrs
                                .iter()
                                .copied()
                                .chain(after_children.iter().copied())
                                .collect();
                            self.rest_attrs(
                                b,
                                inst,
                                tag,
                                &written,
                                input_type.as_deref(),
                                *span,
                                &path,
                                &mut static_attrs,
                            )?;
                            continue;
                        }
                        self.attr(b, inst, tag, attr, &path, &mut static_attrs)?;
                    }
                    let mut kids = Vec::new();
                    let lists_before = self.plan.lists.len();
                    // `<svg>` and what it holds are SVG elements, up to a `<foreignObject>`'s
                    // children (HTML again), whichever component or branch writes them.
                    let svg = tag == "svg" || self.in_svg.get();
                    let outer = self.in_svg.replace(svg && tag != "foreignObject");
                    let result = self.nodes(b, children, inst, &path, &mut kids);
                    self.in_svg.set(outer);
                    result?;
                    for attr in after_children {
                        self.attr(b, inst, tag, attr, &path, &mut static_attrs)?;
                    }
                    if let [Node::Anchor] = kids.as_slice()
                        && self.plan.lists.len() == lists_before + 1
                    {
                        let mut anchor_path = path.clone();
                        anchor_path.push(0);
                        let anchor = b.slot(anchor_path);
                        let list = &mut self.plan.lists[lists_before];
                        if list.anchor == anchor {
                            list.sole = true;
                        }
                    }
                    let tag = self.plan.table.intern(tag);
                    out.push(Node::Element {
                        svg,
                        tag,
                        attrs: static_attrs,
                        children: kids,
                    });
                }
                ViewNode::Children(prop) => match &inst.props[*prop] {
                    PropArg::Children { nodes, caller } => {
                        let (nodes, caller) = (nodes.clone(), caller.clone());
                        self.nodes(b, &nodes, &caller, parent, out)?;
                    }
                    PropArg::Missing { .. } => {}
                    // A value given to a prop the component renders (`{label}`): its text.
                    PropArg::Value(_) => {
                        let span = self.program.components[inst.component].span;
                        let read = crate::ir::Expr::new(crate::ir::ExprKind::Prop(*prop), span);
                        self.nodes(b, &[ViewNode::Dynamic(read)], inst, parent, out)?;
                    }
                    PropArg::Handler(_) => {
                        return Err(Diagnostic::new(
                            Code::TypeMismatch,
                            self.program.components[inst.component].span,
                            format!(
                                "`{}` is given a function, which cannot be rendered",
                                self.prop_name(inst, *prop)
                            ),
                        ));
                    }
                },
                ViewNode::Text(text) => out.push(Node::Text(self.plan.table.intern(text))),
                ViewNode::Dynamic(e) => {
                    let value = self.child(inst, e, &mut Ctx::render())?;
                    // React renders nothing for `null` and `undefined`.
                    let value = if matches!(value.ty, Ty::Opt(o) if !o.base().is_heap())
                        || value.ty == Ty::Null
                    {
                        self.rendered_text(value)
                    } else {
                        self.non_null(value, e.span)?
                    };
                    // An array of strings or numbers renders its items one after another
                    // (`{steps.map((s, i) => i ? `, ${s}` : s)}`): the text of all of them.
                    let value = match value.ty {
                        Ty::Arr(id)
                            if matches!(self.types.borrow().elem(id), Ty::Str | Ty::Num) =>
                        {
                            let empty = GExpr {
                                kind: GKind::Str(String::new()),
                                ty: Ty::Str,
                            };
                            GExpr {
                                kind: GKind::ArrayOp(
                                    super::plan::ArrayOp::Join,
                                    vec![value, empty],
                                ),
                                ty: Ty::Str,
                            }
                        }
                        _ => value,
                    };
                    match value.ty {
                        // React renders nothing for booleans.
                        Ty::Bool => {}
                        Ty::Arr(_) | Ty::Rec(_) => {
                            return Err(Diagnostic::new(
                                Code::UnsupportedExpression,
                                e.span,
                                format!("{} cannot be rendered as text", self.show(value.ty)),
                            )
                            .with_hint("render a list with `items.map(x => <li key={…}>…</li>)`, or a field of the object"));
                        }
                        Ty::Event => {
                            return Err(Diagnostic::new(
                                Code::EventOutsideHandler,
                                e.span,
                                "an event cannot be rendered",
                            ));
                        }
                        _ => match constant::eval(&value)
                            .as_ref()
                            .and_then(constant::to_js_string)
                        {
                            Some(text) => out.push(Node::Text(self.plan.table.intern(&text))),
                            None => {
                                let node = b.slot(path_of(out.len()));
                                out.push(Node::Text(self.plan.table.intern("")));
                                self.add_binding(b, BindingKind::Text { node, value });
                            }
                        },
                    }
                }
                ViewNode::Cond {
                    test,
                    then,
                    otherwise,
                    and,
                    keeps_instance,
                    span,
                } => {
                    let test_ir = test;
                    // `{header && <h2>{header}</h2>}` with markup given to `header`: whether
                    // it was given is known here.
                    let test = match &test.kind {
                        crate::ir::ExprKind::Prop(p)
                            if matches!(
                                inst.props[*p],
                                PropArg::Children { .. }
                                    | PropArg::Missing { .. }
                                    | PropArg::Handler(_)
                            ) =>
                        {
                            self.condition(inst, test, &mut Ctx::render())?
                        }
                        _ => self.expr_raw(inst, test, &mut Ctx::render())?,
                    };
                    // `{count && <b>{count}</b>}`: a falsy number (0, NaN) is what `&&` gives,
                    // and React renders it as text.
                    let zero_text;
                    let otherwise = if *and && test.ty.repr() == Ty::Num && otherwise.is_empty() {
                        zero_text = vec![crate::ir::ViewNode::Dynamic(test_ir.clone())];
                        &zero_text
                    } else {
                        otherwise
                    };
                    let test = self.truthy_any(test);
                    if let Some(Const::Bool(value)) = constant::eval(&test) {
                        self.nodes(b, if value { then } else { otherwise }, inst, parent, out)?;
                        continue;
                    }
                    let anchor = b.slot(path_of(out.len()));
                    out.push(Node::Anchor);
                    // The conditional's binding is numbered before those of its branches: a
                    // flush runs bindings in dirty-bit order, so a branch that closes is
                    // unmounted before its bindings would read values it no longer has
                    // (`x === null ? … : <p>{x.name}</p>` when `x` becomes null). Inside a
                    // row, the row's update handles the conditional before its arms.
                    let binding = match b.row {
                        Some(l) => self.plan.lists[l].bindings.len(),
                        None => self.plan.bindings.len(),
                    };
                    self.add_binding(
                        b,
                        BindingKind::Cond {
                            anchor,
                            test: test.clone(),
                            then: None,
                            otherwise: None,
                        },
                    );
                    let then = self.branch(b.scope, then, inst)?;
                    let otherwise = self.branch(b.scope, otherwise, inst)?;
                    if *keeps_instance
                        && [then, otherwise]
                            .iter()
                            .flatten()
                            .any(|&s| self.swap_shows(s))
                    {
                        return Err(Diagnostic::new(
                            Code::UnsupportedJsx,
                            *span,
                            "both branches render the same element or component at this place: React keeps it across them (with its state, focus and typed text), and dx cannot merge these branches into one",
                        )
                        .with_hint("render the element once and let its attributes, props and children depend on the condition, or give each branch its own `key` (then React starts it afresh too)"));
                    }
                    let kind = BindingKind::Cond {
                        anchor,
                        test,
                        then,
                        otherwise,
                    };
                    match b.row {
                        Some(l) => self.plan.lists[l].bindings[binding] = kind,
                        None => self.plan.bindings[binding].kind = kind,
                    }
                }
                ViewNode::Keyed { key, body, span } => {
                    let key_span = key.span;
                    let key = self.expr(inst, key, &mut Ctx::render())?;
                    let key = match key.ty {
                        Ty::Num | Ty::Str => key,
                        Ty::Bool => GExpr {
                            kind: GKind::BoolToNum(Box::new(key)),
                            ty: Ty::Num,
                        },
                        other => {
                            return Err(Diagnostic::new(
                                Code::TypeMismatch,
                                key_span,
                                format!(
                                    "a `key` must be a number or a string, not {}",
                                    self.show(other)
                                ),
                            ));
                        }
                    };
                    if constant::eval(&key).is_some() {
                        self.nodes(b, body, inst, parent, out)?;
                        continue;
                    }
                    if b.row.is_some() {
                        return Err(Diagnostic::new(
                            Code::ListsNotSupported,
                            *span,
                            "a changing `key` inside a list row is not supported yet",
                        )
                        .with_hint(
                            "give the row itself the key, or move the keyed element out of the row",
                        ));
                    }
                    let anchor = b.slot(path_of(out.len()));
                    out.push(Node::Anchor);
                    let Some(scope) = self.branch(b.scope, body, inst)? else {
                        continue;
                    };
                    let last = self.plan.slots.len();
                    self.plan.slots.push(plan::Slot {
                        name: "(key)".into(),
                        ty: Ty::Num,
                        init: GExpr {
                            kind: GKind::Num(0.0),
                            ty: Ty::Num,
                        },
                        is_ref: false,
                    });
                    self.add_binding(
                        b,
                        BindingKind::Keyed {
                            anchor,
                            key,
                            scope,
                            last,
                        },
                    );
                }
                ViewNode::List {
                    list,
                    array,
                    key,
                    body,
                    span,
                } => {
                    let array_span = array.span;
                    let array = self.expr(inst, array, &mut Ctx::render())?;
                    // A discovery attempt skips a list over an array of unknown type (see
                    // `lower::lower`): what follows may still say what it is.
                    if self.discovery && super::nullable::is_placeholder(&array) {
                        out.push(Node::Anchor);
                        continue;
                    }
                    let Ty::Arr(id) = array.ty else {
                        return Err(Diagnostic::new(
                            Code::TypeMismatch,
                            array_span,
                            format!("`.map` renders an array, not {}", self.show(array.ty)),
                        ));
                    };
                    // The list rendered again inside its own rows (a recursive component).
                    if let Some(site) = self
                        .list_sites
                        .iter()
                        .find(|s| s.component == inst.component && s.list == *list)
                    {
                        let (l, generic) = (site.plan, site.generic.clone());
                        let anchor = b.slot(path_of(out.len()));
                        let values = self.nested_props(b.row, l, generic, inst, &array, *span)?;
                        let binding = self.plan.lists[l].bindings.len();
                        self.add_binding(b, BindingKind::List { list: l, array });
                        let recursion = self.plan.lists[l].recursion.as_mut().expect("checked");
                        recursion.nested = Some(plan::NestedUse {
                            binding,
                            anchor,
                            values,
                        });
                        out.push(Node::Anchor);
                        continue;
                    }
                    let item = self.types.borrow().elem(id);
                    let l = self.plan.lists.len();
                    let row_key = (inst.id, *list);
                    self.rows.borrow_mut().insert(row_key, (l, item));
                    if let Some(strings) = self.known_strings(&array) {
                        self.row_strings.borrow_mut().insert(l, strings);
                    }
                    let anchor_path = path_of(out.len());
                    let result = self.list(
                        b,
                        inst,
                        (*list, l),
                        array,
                        item,
                        key,
                        body,
                        &anchor_path,
                        *span,
                    );
                    self.rows.borrow_mut().remove(&row_key);
                    result?;
                    out.push(Node::Anchor);
                }
                ViewNode::Provider {
                    context,
                    value,
                    children,
                    ..
                } => {
                    // Components instantiated inside read it (`instantiate`).
                    let value = self.prop_arg(inst, value)?;
                    self.context_values.push((*context, value));
                    let result = self.nodes(b, children, inst, parent, out);
                    self.context_values.pop();
                    result?;
                }
                ViewNode::Component { id, props, span } => {
                    let args = self.component_args(inst, props)?;
                    let caller_file = self.file_of(inst.component);
                    let child =
                        self.instantiate(*id, Some(inst), args, b.scope, *span, caller_file)?;
                    let program = self.program;
                    self.nodes(b, &program.components[*id].view, &child, parent, out)?;
                }
            }
        }
        Ok(())
    }

    /// The props a component is given, in the caller: each written prop, and each field of
    /// an object spread among them (`<Card {...item} onAdd={add} />`); a later one of a name
    /// replaces an earlier one, as in React.
    fn component_args(
        &mut self,
        inst: &Rc<Instance>,
        props: &[(String, PropValue, oxc_span::Span)],
    ) -> Result<Vec<(String, PropArg, oxc_span::Span)>> {
        let mut args: Vec<(String, PropArg, oxc_span::Span)> = Vec::new();
        let give = |args: &mut Vec<_>, name: String, arg, span| {
            args.retain(|(n, _, _): &(String, PropArg, oxc_span::Span)| *n != name);
            args.push((name, arg, span));
        };
        for (name, value, prop_span) in props {
            match value {
                // The props this instance was given that it does not name, handed on.
                PropValue::Expr(_) if name == crate::analyze::REST_PROPS => {
                    for (rest, arg) in inst.rest.iter() {
                        give(&mut args, rest.clone(), arg.clone(), *prop_span);
                    }
                }
                PropValue::Expr(e) if name == crate::analyze::SPREAD_PROPS => {
                    let object = self.expr_raw(inst, e, &mut Ctx::render())?;
                    // `{...first}` of a record that may be missing (`const [first] = users`):
                    // spreading `undefined` gives no props, so each is `undefined` then.
                    if let Ty::Opt(o) = object.ty
                        && o.undefined
                        && let Ty::Rec(id) = o.base()
                        && self.collection(o.base()).is_none()
                    {
                        let fields = self.types.borrow().fields(id).to_vec();
                        for (index, (field, ty)) in fields.into_iter().enumerate() {
                            let want = match ty {
                                Ty::Opt(f) if f.undefined => ty,
                                Ty::Opt(_) => {
                                    return Err(Diagnostic::new(
                                        Code::UnsupportedJsx,
                                        *prop_span,
                                        format!(
                                            "`{field}` may be `null` here, and `undefined` when the spread object is missing: dx cannot hold both yet"
                                        ),
                                    ));
                                }
                                t => t.nullable(true).ok_or_else(|| {
                                    Diagnostic::new(
                                        Code::UnsupportedJsx,
                                        *prop_span,
                                        format!("`{field}` cannot be `undefined` here"),
                                    )
                                })?,
                            };
                            let read = self.if_some(
                                object.clone(),
                                want,
                                |v| {
                                    let f = GExpr {
                                        kind: GKind::Field(Box::new(v), index),
                                        ty,
                                    };
                                    if ty == want {
                                        f
                                    } else {
                                        GExpr {
                                            kind: GKind::Wrap(Box::new(f)),
                                            ty: want,
                                        }
                                    }
                                },
                                GExpr {
                                    kind: GKind::Null,
                                    ty: want,
                                },
                            );
                            give(&mut args, field, PropArg::Value(read), *prop_span);
                        }
                        continue;
                    }
                    let fields = match object.ty {
                        Ty::Rec(id)
                            if self.collection(object.ty).is_none()
                                && !self.types.borrow().is_date(object.ty)
                                && !self.types.borrow().is_regex(object.ty) =>
                        {
                            self.types.borrow().fields(id).to_vec()
                        }
                        other => {
                            return Err(Diagnostic::new(
                                Code::UnsupportedJsx,
                                *prop_span,
                                format!(
                                    "only an object's fields can be spread as props, not {}",
                                    self.show(other)
                                ),
                            ));
                        }
                    };
                    for (index, (field, ty)) in fields.into_iter().enumerate() {
                        let read = GExpr {
                            kind: GKind::Field(Box::new(object.clone()), index),
                            ty,
                        };
                        give(&mut args, field, PropArg::Value(read), *prop_span);
                    }
                }
                _ => {
                    let arg = self.prop_arg(inst, value)?;
                    give(&mut args, name.clone(), arg, *prop_span);
                }
            }
        }
        Ok(args)
    }

    /// A value passed to a component's prop (or a context provider), lowered in the caller.
    fn prop_arg(&mut self, inst: &Rc<Instance>, value: &PropValue) -> Result<PropArg> {
        Ok(match value {
            // A prop handed on (`onMove={onMove}`) that was given a function: that function
            // (in untyped `.jsx` analysis cannot tell the prop is one).
            PropValue::Expr(e)
                if let crate::ir::ExprKind::Prop(p) = &e.kind
                    && let PropArg::Handler(closure) = &inst.props[*p] =>
            {
                PropArg::Handler(closure.clone())
            }
            PropValue::Expr(e) => {
                let v = self.expr_raw(inst, e, &mut Ctx::render())?;
                if v.ty == Ty::Null && !self.discovery {
                    return Err(super::nullable::untyped_null(e.span)
                        .with_hint("a prop that is always `null` is not supported yet; leave it out, or pass a typed value"));
                }
                PropArg::Value(v)
            }
            PropValue::Handler(h) => PropArg::Handler(self.resolve(inst, h)?),
            PropValue::Children(nodes) => PropArg::Children {
                nodes: nodes.clone(),
                caller: inst.clone(),
            },
        })
    }

    fn attr(
        &mut self,
        b: &mut Builder,
        inst: &Rc<Instance>,
        tag: &str,
        attr: &Attr,
        path: &[u32],
        static_attrs: &mut Vec<(u32, u32)>,
    ) -> Result<()> {
        match attr {
            Attr::Static { name, value } => match form_default(tag, name) {
                Some(FormDefault::Property(property)) => {
                    let node = b.slot(path.to_vec());
                    self.plan.table.intern(property);
                    let value = GExpr {
                        kind: GKind::Str(value.clone()),
                        ty: Ty::Str,
                    };
                    self.add_binding(
                        b,
                        BindingKind::Prop {
                            node,
                            name: property.to_string(),
                            value,
                        },
                    );
                }
                Some(FormDefault::Attribute(attribute)) => static_attrs.push((
                    self.plan.table.intern(attribute),
                    self.plan.table.intern(value),
                )),
                None => {
                    static_attrs
                        .push((self.plan.table.intern(name), self.plan.table.intern(value)));
                    // `value="x"` / `checked` written as literals are controlled all the same
                    // (React puts the field back after each input): the host needs the property
                    // binding to know the value to keep.
                    if is_live_property(tag, name) {
                        let node = b.slot(path.to_vec());
                        self.plan.table.intern(name);
                        let value = if name == "checked" {
                            GExpr {
                                kind: GKind::Bool(true),
                                ty: Ty::Bool,
                            }
                        } else {
                            GExpr {
                                kind: GKind::Str(value.clone()),
                                ty: Ty::Str,
                            }
                        };
                        self.add_binding(
                            b,
                            BindingKind::Prop {
                                node,
                                name: name.clone(),
                                value,
                            },
                        );
                    }
                }
            },
            Attr::Ref(_) if b.row.is_some() => {
                return Err(Diagnostic::new(
                    Code::ListsNotSupported,
                    self.program.components[inst.component].span,
                    "element refs inside list rows are not supported yet",
                ));
            }
            Attr::Ref(r) => {
                let node = b.slot(path.to_vec());
                self.plan.refs[inst.ref_base + r] = Some(node);
                b.pending_refs.push(inst.ref_base + r);
            }
            Attr::Event {
                event,
                handler,
                span: _,
            } => {
                let closure = self.resolve(inst, handler)?;
                self.listen(b, &closure, event, path)?;
            }
            Attr::Dynamic {
                name,
                value: source,
                span,
            } => {
                let value_span = source.span;
                // `style={style}` of `const style = { padding: c ? 12 : "", … }`: each
                // property written as CSS on its own (its branches may differ in type).
                let mut value = match style_literal(source).filter(|_| name == "style") {
                    Some(text) => self.expr_raw(inst, &text, &mut Ctx::render())?,
                    None => self.expr_raw(inst, source, &mut Ctx::render())?,
                };
                // `style={styles.card}`: an object kept in a variable, written as React writes
                // an object literal there.
                if name == "style"
                    && let Ty::Rec(id) = value.ty
                {
                    let fields = self.types.borrow().fields(id).to_vec();
                    let properties = fields.into_iter().map(|(name, _)| {
                        let read =
                            crate::ir::ExprKind::Field(Box::new(source.clone()), name.clone());
                        (name, crate::ir::Expr::new(read, source.span))
                    });
                    let text = style_text(source.span, properties);
                    value = self.expr_raw(inst, &text, &mut Ctx::render())?;
                }
                self.dynamic_attr(b, tag, name, value, value_span, *span, path, static_attrs)?;
            }
            Attr::RestProps { .. } => unreachable!("spread by the element (`rest_attrs`)"),
        }
        Ok(())
    }

    /// `{...rest}` on a `tag` element: each prop this instance's call site passes that the
    /// component does not name, as the attribute or listener React sets for it. A prop the
    /// element also writes, `children`, `style`, `ref` and unknown events are refused (React's
    /// order decides which wins; dx does not model that yet).
    #[allow(clippy::too_many_arguments)]
    fn rest_attrs(
        &mut self,
        b: &mut Builder,
        inst: &Rc<Instance>,
        tag: &str,
        written: &[&Attr],
        input_type: Option<&str>,
        span: Span,
        path: &[u32],
        static_attrs: &mut Vec<(u32, u32)>,
    ) -> Result<()> {
        let refuse = |message: String| {
            Err(Diagnostic::new(Code::UnsupportedJsx, span, message)
                .with_hint("name that prop in the component's parameters (`({ className, ...rest })`) and write it on the element yourself")
                .in_file(self.program.components[inst.component].file))
        };
        for (name, arg) in inst.rest.iter() {
            let event = crate::analyze::event_for(name, tag, input_type);
            let dom = crate::analyze::dom_names::attribute_name(name);
            let clash = written.iter().any(|a| match a {
                Attr::Static { name: n, .. } | Attr::Dynamic { name: n, .. } => n == dom,
                Attr::Event { event: e, .. } => Some(e.as_str()) == event,
                _ => false,
            });
            if clash {
                return refuse(format!(
                    "`{name}` is passed in the rest props and written on the element too: which one wins is not supported yet"
                ));
            }
            match (event, arg) {
                (Some(event), PropArg::Handler(closure)) => {
                    let closure = closure.clone();
                    self.listen(b, &closure, event, path)?;
                }
                (None, PropArg::Value(v))
                    if !matches!(
                        name.as_str(),
                        "children" | "style" | "ref" | "dangerouslySetInnerHTML"
                    ) && !is_event_prop(name) =>
                {
                    let mut v = v.clone();
                    self.adopt_locals(&mut v, &mut Ctx::render());
                    let dom = match dom {
                        "autoFocus" => "autofocus",
                        d => d,
                    };
                    self.dynamic_attr(b, tag, dom, v, span, span, path, static_attrs)?;
                }
                _ => {
                    return refuse(format!(
                        "`{name}` cannot be spread onto `<{tag}>` from the rest props yet"
                    ));
                }
            }
        }
        Ok(())
    }

    /// A listener of `event` on the node at `path`, running `closure`.
    fn listen(
        &mut self,
        b: &mut Builder,
        closure: &super::Closure,
        event: &str,
        path: &[u32],
    ) -> Result<()> {
        let handler = self.event_handler(closure, event)?;
        let node = b.slot(path.to_vec());
        self.plan.table.intern(event);
        self.plan.scopes[b.scope].listeners.push(Listener {
            node,
            event: event.to_string(),
            handler,
        });
        Ok(())
    }

    /// `name={value}` on a `tag` element: an attribute or DOM property binding (or a constant
    /// written into the template).
    #[allow(clippy::too_many_arguments)]
    fn dynamic_attr(
        &mut self,
        b: &mut Builder,
        tag: &str,
        name: &str,
        value: GExpr,
        value_span: Span,
        span: Span,
        path: &[u32],
        static_attrs: &mut Vec<(u32, u32)>,
    ) -> Result<()> {
        let span = &span;
        {
            {
                // React leaves out an attribute whose value is `null` or `undefined`.
                if value.ty == Ty::Null {
                    return Ok(());
                }
                let value = self.nullable_attribute(value, name, tag, value_span)?;
                // `defaultValue`/`defaultChecked` set what the field starts with: the `value` /
                // `checked` attribute of an input, a textarea's text, the select's chosen option.
                let default = form_default(tag, name);
                let (name, live) = match default {
                    Some(FormDefault::Attribute(attribute)) => (attribute, false),
                    Some(FormDefault::Property(property)) => (property, true),
                    None => (name, is_live_property(tag, name)),
                };
                let name = &name.to_string();
                // React writes a boolean given to `aria-*`, `data-*` and enumerated attributes
                // as the text "true"/"false".
                let value = if value.ty == Ty::Bool
                    && crate::analyze::dom_names::writes_booleans_as_strings(name)
                {
                    as_string(value)
                } else {
                    value
                };
                if value.ty.is_heap() {
                    return Err(Diagnostic::new(
                        Code::UnsupportedExpression,
                        value_span,
                        format!("an attribute value cannot be {}", self.show(value.ty)),
                    )
                    .with_hint(
                        "write the style object in the attribute (`style={{ color: \"red\" }}`), a style string or a class",
                    ));
                }
                if value.ty == Ty::Event {
                    return Err(Diagnostic::new(
                        Code::EventOutsideHandler,
                        *span,
                        "an event cannot be an attribute value",
                    ));
                }
                if name == "autofocus" {
                    if value.ty != Ty::Bool {
                        return Err(Diagnostic::new(
                            Code::TypeMismatch,
                            value_span,
                            "`autoFocus` needs a boolean",
                        ));
                    }
                    let node = b.slot(path.to_vec());
                    self.add_binding(b, BindingKind::Focus { node, value });
                    return Ok(());
                }
                match constant::eval(&value) {
                    Some(Const::Bool(true)) => static_attrs
                        .push((self.plan.table.intern(name), self.plan.table.intern(""))),
                    Some(Const::Bool(false)) => {}
                    Some(c) if constant::to_js_string(&c).is_some() && !live => {
                        let text = constant::to_js_string(&c).expect("checked");
                        static_attrs
                            .push((self.plan.table.intern(name), self.plan.table.intern(&text)));
                    }
                    _ => {
                        let node = b.slot(path.to_vec());
                        self.plan.table.intern(name);
                        let kind = if live && name == "checked" {
                            if value.ty != Ty::Bool {
                                return Err(Diagnostic::new(
                                    Code::TypeMismatch,
                                    *span,
                                    "`checked` needs a boolean",
                                ));
                            }
                            BindingKind::Prop {
                                node,
                                name: name.clone(),
                                value,
                            }
                        } else if live {
                            if value.ty == Ty::Bool {
                                return Err(Diagnostic::new(
                                    Code::TypeMismatch,
                                    *span,
                                    "`value` needs a string or number",
                                ));
                            }
                            BindingKind::Prop {
                                node,
                                name: name.clone(),
                                value: as_string(value),
                            }
                        } else if value.ty == Ty::Bool {
                            BindingKind::Attr {
                                node,
                                name: name.clone(),
                                value,
                            }
                        } else {
                            BindingKind::Attr {
                                node,
                                name: name.clone(),
                                value: as_string(value),
                            }
                        };
                        self.add_binding(b, kind);
                    }
                }
            }
        }
        Ok(())
    }

    /// A keyed list: its anchor, its `List` binding and its row template.
    #[allow(clippy::too_many_arguments)]
    /// `site`: the list's number in its component and in the plan.
    fn list(
        &mut self,
        b: &mut Builder,
        inst: &Rc<Instance>,
        (site, l): (usize, usize),
        array: GExpr,
        item: Ty,
        key_ast: &crate::ir::Expr,
        body: &[ViewNode],
        anchor_path: &[u32],
        span: oxc_span::Span,
    ) -> Result<()> {
        // Rows that render this list again are built once, for every level (`recursion.rs`);
        // their key is read with the props they are given.
        let recursive =
            super::recursion::renders_list_again(self.program, inst.component, site, body);
        let mut key = match recursive {
            false => Some(self.list_key(inst, key_ast)?),
            true => None,
        };
        let anchor = b.slot(anchor_path.to_vec());
        let scope = self.plan.scopes.len();
        self.plan.scopes.push(Scope {
            parent: Some(b.scope),
            row: Some(l),
            ..Scope::default()
        });
        let (row_inst, recursion) = match recursive {
            true => {
                let (generic, recursion) = self.generic_holder(inst, scope)?;
                (generic, Some(recursion))
            }
            false => (inst.clone(), None),
        };
        let key = match key.take() {
            Some(key) => key,
            None => self.list_key(&row_inst, key_ast)?,
        };
        // A list inside a row is a binding of that row (one list per row).
        let parent = b.row;
        let binding = match parent {
            Some(p) => self.plan.lists[p].bindings.len(),
            None => self.plan.bindings.len(),
        };
        self.plan.lists.push(plan::ListPlan {
            binding,
            parent,
            scope,
            item,
            key,
            bindings: Vec::new(),
            binding_scopes: Vec::new(),
            handles: 0,
            anchor,
            sole: false,
            uses_index: false,
            recursion,
        });
        self.add_binding(b, BindingKind::List { list: l, array });
        self.list_sites.push(super::recursion::ListSite {
            component: inst.component,
            list: site,
            plan: l,
            generic: recursive.then(|| row_inst.clone()),
        });
        let built = self.build_scope(scope, body, &row_inst);
        self.list_sites.pop();
        built?;
        if recursive {
            self.finish_recursion(l, inst, span)?;
        }
        // A row of several roots (a keyed fragment, conditional markup at its top) moves and
        // goes as a range (see `build_scope_in`); a row of none has nothing to place.
        if self.plan.scopes[scope].roots == 0 {
            return Err(Diagnostic::new(
                Code::ListsNotSupported,
                span,
                "a list row must render something",
            )
            .with_hint("filter the array instead of rendering nothing for some items"));
        }
        // State read by the rows re-renders the rows in place. That includes state the array
        // is computed from (`steps.map((n) => <li>{n / total}</li>)` with `total` summed from
        // `steps`): a kept row whose item is the same still shows a new total.
        // Rows of lists nested in this list's rows are re-rendered with them, so what they read
        // counts too.
        let mut deps = Vec::new();
        let mut uses_index = false;
        // Functions the rows call may read state too (`Plan::add_reads_of_called_functions`
        // adds it to the refresh binding's deps once every function is lowered).
        let mut calls = false;
        let mut visit = |e: &GExpr| {
            e.visit(&mut |x| match x.kind {
                GKind::Slot(s) | GKind::Snapshot(s) if !deps.contains(&s) => deps.push(s),
                GKind::RowIndex(i) if i == l => uses_index = true,
                GKind::Call { .. } => calls = true,
                _ => {}
            })
        };
        for k in std::iter::once(l).chain(self.plan.nested_lists(l)) {
            for kind in &self.plan.lists[k].bindings {
                if let Some(source) = kind.source() {
                    visit(source);
                }
            }
            // The props a recursive list's rows are given.
            if let Some(recursion) = &self.plan.lists[k].recursion {
                let nested = recursion.nested.iter().flat_map(|n| &n.values);
                recursion.entry.iter().chain(nested).for_each(&mut visit);
            }
        }
        self.plan.lists[l].uses_index = uses_index;
        // A nested list's rows are re-rendered by the rows of the list that holds it.
        if (!deps.is_empty() || calls) && parent.is_none() {
            let id = self.plan.bindings.len();
            self.plan.bindings.push(Binding {
                scope: b.scope,
                kind: BindingKind::ListRefresh { list: l },
                deps,
                rendered_by: self.building.clone(),
            });
            self.plan.scopes[b.scope].bindings.push(id);
        }
        Ok(())
    }

    /// A list's `key`, read in `inst`: a number or a string.
    fn list_key(&mut self, inst: &Rc<Instance>, key: &crate::ir::Expr) -> Result<GExpr> {
        // `key={byIndex ? index : item.id}`: React compares keys as strings, so a number and
        // a string branch are both keys as text.
        if let crate::ir::ExprKind::Cond(t, a, b) = &key.kind {
            let cx = &mut Ctx::render();
            let (a, b) = (self.expr(inst, a, cx)?, self.expr(inst, b, cx)?);
            if a.ty != b.ty && [a.ty, b.ty].iter().all(|t| matches!(t, Ty::Num | Ty::Str)) {
                let test = self.condition(inst, t, cx)?;
                let text = |v: GExpr| match v.ty {
                    Ty::Num => GExpr {
                        kind: GKind::ToString(Box::new(v)),
                        ty: Ty::Str,
                    },
                    _ => v,
                };
                let kind = GKind::Cond(Box::new(test), Box::new(text(a)), Box::new(text(b)));
                return Ok(GExpr { kind, ty: Ty::Str });
            }
        }
        let value = self.expr(inst, key, &mut Ctx::render())?;
        if !matches!(value.ty, Ty::Num | Ty::Str) {
            return Err(Diagnostic::new(
                Code::ListsNotSupported,
                key.span,
                format!(
                    "a `key` must be a number or a string, not {}",
                    self.show(value.ty)
                ),
            ));
        }
        Ok(value)
    }

    fn branch(
        &mut self,
        parent: ScopeId,
        view: &[ViewNode],
        inst: &Rc<Instance>,
    ) -> Result<Option<ScopeId>> {
        if view.is_empty() {
            return Ok(None);
        }
        let id = self.plan.scopes.len();
        // A branch inside a list row belongs to the row: its handles and bindings are per row.
        let row = self.plan.scopes[parent].row;
        self.plan.scopes.push(Scope {
            parent: Some(parent),
            row,
            ..Scope::default()
        });
        self.plan.scopes[parent].children.push(id);
        self.build_scope(id, view, inst)?;
        Ok(Some(id))
    }

    /// Whether replacing what scope `s` renders by a fresh copy would show: it or a scope
    /// inside it holds state (a remount resets it), or renders an element that can hold focus,
    /// typed text or a playing medium (a remount drops them).
    fn swap_shows(&self, s: ScopeId) -> bool {
        let plan = &self.plan;
        let table = &plan.table;
        fn holds(table: &dx_formats::htip::TemplateTable, nodes: &[Node]) -> bool {
            nodes.iter().any(|n| match n {
                Node::Element {
                    tag,
                    attrs,
                    children,
                    ..
                } => {
                    let name = |i: u32| table.strings[i as usize].as_str();
                    KEEPS_USER_STATE.contains(&name(*tag))
                        || attrs
                            .iter()
                            .any(|(a, _)| matches!(name(*a), "tabindex" | "contenteditable"))
                        || holds(table, children)
                }
                _ => false,
            })
        }
        std::iter::once(s).chain(plan.descendants(s)).any(|d| {
            let scope = &plan.scopes[d];
            !scope.owned_slots.is_empty()
                || holds(table, &table.templates[scope.template as usize].roots)
        })
    }

    fn add_binding(&mut self, b: &mut Builder, kind: BindingKind) {
        if let Some(l) = b.row {
            let list = &mut self.plan.lists[l];
            list.bindings.push(kind);
            list.binding_scopes.push(b.scope);
            b.pending_row_bindings.push(list.bindings.len() - 1);
            return;
        }
        let id = self.plan.bindings.len();
        self.plan
            .bindings
            .push(Binding::dom(b.scope, kind, self.building.clone()));
        self.plan.scopes[b.scope].bindings.push(id);
        b.pending_bindings.push(id);
    }
}

/// Elements whose replacement by a fresh copy a user would notice: they take focus or typed
/// text, or play. (Dynamic `tabIndex`/`contentEditable` attributes are not seen here.)
const KEEPS_USER_STATE: &[&str] = &[
    "input", "textarea", "select", "button", "a", "details", "dialog", "iframe", "video", "audio",
    "embed", "object",
];

/// Where React puts a form field's starting value (`defaultValue`, `defaultChecked`).
enum FormDefault {
    /// An attribute: an input's `value`/`checked` attribute is its default.
    Attribute(&'static str),
    /// A property: a textarea's `defaultValue` (its text), a select's `value`.
    Property(&'static str),
}

fn form_default(tag: &str, name: &str) -> Option<FormDefault> {
    match (tag, name) {
        ("input", "defaultValue") => Some(FormDefault::Attribute("value")),
        ("input", "defaultChecked") => Some(FormDefault::Attribute("checked")),
        ("textarea", "defaultValue") => Some(FormDefault::Property("defaultValue")),
        // Not `value`: that would make the select controlled (the hosts keep a `value` on its
        // state); the hosts pick the option for a select's `defaultValue`.
        ("select", "defaultValue") => Some(FormDefault::Property("defaultValue")),
        _ => None,
    }
}

/// Whether `attr` chooses a select's option (set after the options exist).
fn selects_option(tag: &str, attr: &Attr) -> bool {
    tag == "select"
        && matches!(attr, Attr::Static { name, .. } | Attr::Dynamic { name, .. }
            if name == "value" || name == "defaultValue")
}

/// Attributes that only set the initial value; the live value is a DOM property.
pub(crate) fn is_live_property(tag: &str, name: &str) -> bool {
    (name == "value" && matches!(tag, "input" | "textarea" | "select"))
        || (name == "checked" && tag == "input")
}

/// A number or boolean as its text (a nullable string, an attribute that may be left out,
/// stays as it is).
fn as_string(value: GExpr) -> GExpr {
    if value.ty.repr() == Ty::Str {
        value
    } else {
        GExpr {
            kind: GKind::ToString(Box::new(value)),
            ty: Ty::Str,
        }
    }
}

/// The `style` text of an object literal (`{ padding: c ? 12 : "" }`), or of a conditional
/// choosing between such literals and `undefined` (`c ? { fontWeight: "bold" } : undefined`,
/// no `style` attribute then); `None` for anything else.
fn style_literal(source: &crate::ir::Expr) -> Option<crate::ir::Expr> {
    use crate::ir::{Expr, ExprKind};
    match &source.kind {
        ExprKind::Object(fields) if fields.iter().all(|(k, _)| k.is_some()) => Some(style_text(
            source.span,
            fields
                .iter()
                .map(|(k, v)| (k.clone().expect("checked"), v.clone())),
        )),
        ExprKind::Cond(t, a, b) => {
            let branch = |e: &Expr| match e.kind {
                ExprKind::Undefined | ExprKind::Null => Some(e.clone()),
                _ => style_literal(e),
            };
            let kind = ExprKind::Cond(t.clone(), Box::new(branch(a)?), Box::new(branch(b)?));
            Some(Expr::new(kind, source.span))
        }
        _ => None,
    }
}

/// The `style` text of `properties` (name, value): `"color: red; width: 120px;"`, each as
/// `style={{ … }}` writes it (`analyze::jsx::style_text` for literals in the attribute).
fn style_text(
    span: Span,
    properties: impl Iterator<Item = (String, crate::ir::Expr)>,
) -> crate::ir::Expr {
    use crate::ir::{BinaryOp, Expr, ExprKind};
    let mut text = Expr::new(ExprKind::Str(String::new()), span);
    for (i, (name, value)) in properties.enumerate() {
        let css = crate::analyze::dom_names::css_property_name(&name);
        let separator = if i == 0 { "" } else { " " };
        let parts = [
            Expr::new(ExprKind::Str(format!("{separator}{css}: ")), span),
            Expr::new(
                ExprKind::CssValue {
                    unitless: crate::analyze::dom_names::is_unitless(&name),
                    value: Box::new(value),
                },
                span,
            ),
            Expr::new(ExprKind::Str(";".into()), span),
        ];
        for part in parts {
            text = Expr::new(
                ExprKind::Binary(BinaryOp::Add, Box::new(text), Box::new(part)),
                span,
            );
        }
    }
    text
}

/// `onClick`, `onPointerDown`: a React event prop (whether dx listens to it or not).
fn is_event_prop(name: &str) -> bool {
    name.strip_prefix("on")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
}
