//! JSX → view nodes: DOM elements, static and dynamic text, conditionals and components.

use oxc_ast::ast::{
    Expression, JSXAttributeItem, JSXAttributeName, JSXAttributeValue, JSXChild, JSXElement,
    JSXElementName, JSXExpression, JSXMemberExpressionObject,
};
use oxc_span::{GetSpan, Span};
use oxc_syntax::operator::LogicalOperator;

use super::component::Cx;
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{Attr, Expr, PropValue, ViewNode};

/// The name under which `{...object}` is kept among a component's props (no prop can be
/// named so).
pub(crate) const SPREAD_PROPS: &str = "...";
/// The name of a component's rest props spread as props (`<Button {...rest}>`): replaced, where
/// the instance is known, by the props its call site passed (`lower/view.rs`).
pub(crate) const REST_PROPS: &str = "...rest";

/// DOM events that JSX can listen to: (JSX prop, DOM event type).
pub const EVENTS: &[(&str, &str)] = &[
    ("onClick", "click"),
    ("onDblClick", "dblclick"),
    ("onDoubleClick", "dblclick"),
    ("onInput", "input"),
    ("onChange", "change"),
    ("onKeyDown", "keydown"),
    ("onKeyUp", "keyup"),
    ("onSubmit", "submit"),
    ("onFocus", "focus"),
    ("onBlur", "blur"),
    ("onMouseEnter", "mouseenter"),
    ("onMouseLeave", "mouseleave"),
    ("onMouseOver", "mouseover"),
    ("onMouseOut", "mouseout"),
    ("onMouseMove", "mousemove"),
    ("onMouseDown", "mousedown"),
    ("onMouseUp", "mouseup"),
    ("onPointerEnter", "pointerenter"),
    ("onPointerLeave", "pointerleave"),
    ("onPointerOver", "pointerover"),
    ("onPointerOut", "pointerout"),
    ("onPointerMove", "pointermove"),
    ("onPointerDown", "pointerdown"),
    ("onPointerUp", "pointerup"),
    ("onContextMenu", "contextmenu"),
    ("onKeyPress", "keypress"),
];

/// DOM properties of an element ref's element that code can read (`input.current.value`), and
/// whether it can also set them.
pub const ELEMENT_PROPERTIES: &[(&str, crate::ir::EventValue, bool)] = {
    use crate::ir::EventValue::{Bool, Num, Str};
    &[
        ("value", Str, true),
        ("checked", Bool, true),
        ("indeterminate", Bool, true),
        ("disabled", Bool, true),
        ("scrollTop", Num, true),
        ("scrollLeft", Num, true),
        ("currentTime", Num, true),
        ("volume", Num, true),
        ("scrollHeight", Num, false),
        ("scrollWidth", Num, false),
        ("clientHeight", Num, false),
        ("clientWidth", Num, false),
        ("offsetHeight", Num, false),
        ("offsetWidth", Num, false),
        ("offsetTop", Num, false),
        ("offsetLeft", Num, false),
        ("selectionStart", Num, false),
        ("selectionEnd", Num, false),
        ("textContent", Str, false),
        ("tagName", Str, false),
        ("paused", Bool, false),
    ]
};

/// DOM methods without arguments that code can call on an element ref's element
/// (`focus()` is an op of its own).
pub const ELEMENT_METHODS: &[&str] = &[
    "blur",
    "select",
    "click",
    "play",
    "pause",
    "showModal",
    "close",
    "scrollIntoView",
];

/// Properties of the event object a handler can read besides `e.target.value`,
/// `e.target.checked` and `e.key`: (name, what it holds).
pub const EVENT_PROPERTIES: &[(&str, crate::ir::EventValue)] = {
    use crate::ir::EventValue::{Bool, Num, Str};
    &[
        ("clientX", Num),
        ("clientY", Num),
        ("pageX", Num),
        ("pageY", Num),
        ("offsetX", Num),
        ("offsetY", Num),
        ("screenX", Num),
        ("screenY", Num),
        ("movementX", Num),
        ("movementY", Num),
        ("deltaX", Num),
        ("deltaY", Num),
        ("button", Num),
        ("buttons", Num),
        ("detail", Num),
        ("pointerId", Num),
        ("shiftKey", Bool),
        ("ctrlKey", Bool),
        ("altKey", Bool),
        ("metaKey", Bool),
        ("repeat", Bool),
        ("isPrimary", Bool),
        ("code", Str),
        ("type", Str),
        ("pointerType", Str),
    ]
};

/// Properties of the event's target a handler can read besides `value` and `checked`
/// (`e.target.name`, the key of `setForm({ ...form, [e.target.name]: e.target.value })`):
/// (name, path from the event, what it holds). The host reads the path (`ev_str`).
/// `e.currentTarget` reads the same properties of the element whose handler runs
/// (`current_target_field`).
pub const TARGET_PROPERTIES: &[(&str, &str, crate::ir::EventValue)] = {
    use crate::ir::EventValue::{Bool, Num, Str};
    &[
        ("name", "target.name", Str),
        ("type", "target.type", Str),
        ("id", "target.id", Str),
        ("tagName", "target.tagName", Str),
        ("className", "target.className", Str),
        ("placeholder", "target.placeholder", Str),
        ("valueAsNumber", "target.valueAsNumber", Num),
        ("selectedIndex", "target.selectedIndex", Num),
        ("disabled", "target.disabled", Bool),
    ]
};

/// What reading `property` of the element whose handler runs (`e.currentTarget`) gives. The
/// hosts keep that element on the event as `$$current` while its handler runs: under
/// delegation the event's own `currentTarget` is the app's container.
pub fn current_target_field(property: &str) -> Option<crate::ir::EventField> {
    use crate::ir::{EventField, EventValue};
    match property {
        "value" => Some(EventField::Property("$$current.value", EventValue::Str)),
        "checked" => Some(EventField::Property("$$current.checked", EventValue::Bool)),
        _ => TARGET_PROPERTIES
            .iter()
            .find(|(name, ..)| *name == property)
            .map(|(name, _, value)| {
                EventField::Property(intern(&format!("$$current.{name}")), *value)
            }),
    }
}

/// `e.target.dataset.tileId`, `e.currentTarget.dataset.tileId` (`on` is `target` or
/// `$$current`): the `data-tile-id` attribute, a string (`""` when it is missing).
pub fn dataset_field(on: &str, name: &str) -> crate::ir::EventField {
    crate::ir::EventField::Property(
        intern(&format!("{on}.dataset.{name}")),
        crate::ir::EventValue::Str,
    )
}

/// A path the host reads from an event, kept for the rest of the process: each distinct path
/// is allocated once (event fields are `Copy` and name their path statically).
fn intern(path: &str) -> &'static str {
    use std::cell::RefCell;
    use std::collections::HashSet;
    thread_local! {
        static PATHS: RefCell<HashSet<&'static str>> = RefCell::new(HashSet::new());
    }
    PATHS.with(|paths| {
        let mut paths = paths.borrow_mut();
        if let Some(p) = paths.get(path) {
            return *p;
        }
        let p: &'static str = Box::leak(path.to_string().into_boxed_str());
        paths.insert(p);
        p
    })
}

/// What reading `property` of an event's target gives, if a handler can read it.
pub fn target_field(property: &str) -> Option<crate::ir::EventField> {
    use crate::ir::EventField;
    match property {
        "value" => Some(EventField::TargetValue),
        "checked" => Some(EventField::TargetChecked),
        _ => TARGET_PROPERTIES
            .iter()
            .find(|(name, ..)| *name == property)
            .map(|(_, path, value)| EventField::Property(path, *value)),
    }
}

impl Cx<'_> {
    /// The markup a component returns.
    pub fn view_root(&mut self, e: &Expression<'_>) -> Result<Vec<ViewNode>> {
        if let Some((helper, args, span)) = self.render_helper_call(e) {
            return self.render_call(helper, args, span);
        }
        match e.without_parentheses() {
            Expression::JSXElement(el) => self.element(el),
            Expression::JSXFragment(f) => self.children(&f.children),
            Expression::NullLiteral(_) => Ok(Vec::new()),
            inner @ (Expression::ConditionalExpression(_) | Expression::LogicalExpression(_))
                if self.renders_markup(inner) =>
            {
                self.conditional(inner)
            }
            // `return children`, `return rows` (markup kept in a name), `return label`: React
            // renders whatever a component returns as it renders `{value}` in markup.
            other => self.child_expr(other),
        }
    }

    fn element(&mut self, el: &JSXElement<'_>) -> Result<Vec<ViewNode>> {
        // A list row's key is its list's business (`row_key`); anywhere else a `key` that can
        // change makes the element a new one when it does (React: a new key is a new instance,
        // so its state and its fields start afresh).
        let row_root = std::mem::take(&mut self.row_root);
        let nodes = if self.is_fragment(&el.opening_element.name) {
            // `<Fragment>` / `<React.Fragment>`: its children, like `<>…</>` (it may carry a key).
            self.children(&el.children)?
        } else {
            vec![self.element_node(el)?]
        };
        if row_root {
            return Ok(nodes);
        }
        match self.key(&el.opening_element.attributes)? {
            Some(key) => Ok(vec![ViewNode::Keyed {
                key,
                body: nodes,
                span: el.opening_element.span,
            }]),
            None => Ok(nodes),
        }
    }

    /// Whether a tag is React's `Fragment` (imported by that name, or `React.Fragment`), and
    /// not a component of the app that happens to share the name.
    fn is_fragment(&self, name: &JSXElementName<'_>) -> bool {
        match name {
            JSXElementName::IdentifierReference(id) => {
                id.name == "Fragment" && !self.module.components.contains_key("Fragment")
            }
            JSXElementName::MemberExpression(m) => {
                m.property.name == "Fragment"
                    && matches!(&m.object, oxc_ast::ast::JSXMemberExpressionObject::IdentifierReference(o) if o.name == "React")
            }
            _ => false,
        }
    }

    /// The value of a `key` attribute. A literal key never changes, but it still tells two
    /// elements apart where conditional markup is reconciled (`reconcile.rs`).
    fn key(&mut self, items: &[JSXAttributeItem<'_>]) -> Result<Option<Expr>> {
        for item in items {
            if let JSXAttributeItem::Attribute(a) = item
                && let JSXAttributeName::Identifier(n) = &a.name
                && n.name == "key"
            {
                match &a.value {
                    Some(JSXAttributeValue::ExpressionContainer(c)) => {
                        if let Some(e) = c.expression.as_expression() {
                            return self.expr(e).map(Some);
                        }
                    }
                    Some(JSXAttributeValue::StringLiteral(s)) => {
                        return Ok(Some(Expr::new(
                            crate::ir::ExprKind::Str(s.value.to_string()),
                            s.span,
                        )));
                    }
                    _ => {}
                }
            }
        }
        Ok(None)
    }

    fn element_node(&mut self, el: &JSXElement<'_>) -> Result<ViewNode> {
        let span = el.opening_element.span;
        match &el.opening_element.name {
            JSXElementName::Identifier(id) => {
                let tag = id.name.to_string();
                let attrs = self.attrs(&el.opening_element.attributes, &tag)?;
                let (children, aligned) = self.children_in_slots(&el.children)?;
                Ok(ViewNode::Element {
                    tag,
                    attrs,
                    children,
                    aligned,
                    span,
                })
            }
            JSXElementName::IdentifierReference(id)
                if let Some(&context) = self.module.contexts.get(id.name.as_str()) =>
            {
                self.provider(context, el)
            }
            JSXElementName::MemberExpression(m)
                if m.property.name == "Provider"
                    && let JSXMemberExpressionObject::IdentifierReference(id) = &m.object
                    && let Some(&context) = self.module.contexts.get(id.name.as_str()) =>
            {
                self.provider(context, el)
            }
            JSXElementName::IdentifierReference(id) => {
                let Some(&component) = self.module.components.get(id.name.as_str()) else {
                    return Err(Diagnostic::new(
                        Code::UnknownComponent,
                        id.span,
                        format!("unknown component `<{}>`", id.name),
                    ));
                };
                let mut props = self.component_props(&el.opening_element.attributes)?;
                if el.children.iter().any(|c| !is_blank(c)) {
                    let children = self.children(&el.children)?;
                    props.push((
                        "children".to_string(),
                        PropValue::Children(std::rc::Rc::new(children)),
                        span,
                    ));
                }
                Ok(ViewNode::Component {
                    id: component,
                    props,
                    span,
                })
            }
            other => Err(Diagnostic::new(
                Code::UnsupportedJsx,
                other.span(),
                "namespaced and member tag names are not supported yet",
            )),
        }
    }

    /// `<Ctx value={v}>children</Ctx>`.
    fn provider(&mut self, context: crate::ir::ContextId, el: &JSXElement<'_>) -> Result<ViewNode> {
        let span = el.opening_element.span;
        let mut value = None;
        for (name, prop, prop_span) in self.component_props(&el.opening_element.attributes)? {
            if name != "value" {
                return Err(Diagnostic::new(
                    Code::UnsupportedAttribute,
                    prop_span,
                    format!("a context provider takes only `value`, not `{name}`"),
                ));
            }
            value = Some(prop);
        }
        let Some(value) = value else {
            return Err(Diagnostic::new(
                Code::UnsupportedAttribute,
                span,
                "this context provider has no `value`",
            )
            .with_hint("give it the value the components inside read: `<Ctx value={…}>`"));
        };
        let children = self.children(&el.children)?;
        Ok(ViewNode::Provider {
            context,
            value,
            children,
            span,
        })
    }

    fn attrs(&mut self, items: &[JSXAttributeItem<'_>], tag: &str) -> Result<Vec<Attr>> {
        let mut attrs = Vec::new();
        for item in items {
            let attr = match item {
                JSXAttributeItem::SpreadAttribute(s)
                    if matches!(&s.argument, Expression::Identifier(id)
                        if matches!(self.scope.get(&id.name), Some(super::scope::Name::RestProps))) =>
                {
                    attrs.push(Attr::RestProps {
                        span: s.span,
                        input_type: input_type(items).map(str::to_string),
                    });
                    continue;
                }
                JSXAttributeItem::SpreadAttribute(s) => {
                    return Err(Diagnostic::new(
                        Code::UnsupportedJsx,
                        s.span,
                        "spread attributes are not supported yet",
                    )
                    .with_hint("spread the component's rest props (`({ a, ...rest })` then `{...rest}`), or write the attributes"));
                }
                JSXAttributeItem::Attribute(a) => a,
            };
            if let JSXAttributeName::NamespacedName(ns) = &attr.name
                && ns.namespace.name == "bind"
            {
                attrs.extend(self.two_way_binding(ns.name.name.as_str(), attr, tag)?);
                continue;
            }
            let JSXAttributeName::Identifier(name) = &attr.name else {
                return Err(Diagnostic::new(
                    Code::UnsupportedAttribute,
                    attr.name.span(),
                    "namespaced attributes are not supported yet",
                )
                .with_hint("write the attribute without a namespace prefix, e.g. `href`"));
            };
            let jsx_name = name.name.as_str();
            if jsx_name == "key" {
                continue;
            }
            if jsx_name == "ref"
                && let Some(JSXAttributeValue::ExpressionContainer(c)) = &attr.value
                && let Some(Expression::Identifier(id)) = c.expression.as_expression()
                && let Some(super::scope::Name::Ref(r)) = self.scope.get(&id.name)
            {
                attrs.push(Attr::Ref(*r));
                continue;
            }
            if jsx_name == "ref" || jsx_name == "dangerouslySetInnerHTML" {
                return Err(Diagnostic::new(
                    Code::UnsupportedAttribute,
                    name.span,
                    format!("`{jsx_name}` is not supported yet"),
                )
                .with_hint(
                    "dx has no DOM refs or raw HTML yet; drive the element from state instead",
                ));
            }
            if let Some(event) = event_type(jsx_name, tag, items) {
                let Some(JSXAttributeValue::ExpressionContainer(c)) = &attr.value else {
                    return Err(Diagnostic::new(
                        Code::HandlerNotFunction,
                        attr.span,
                        format!("`{jsx_name}` needs a function"),
                    ));
                };
                let Some(e) = c.expression.as_expression() else {
                    return Err(Diagnostic::new(
                        Code::HandlerNotFunction,
                        c.span,
                        format!("`{jsx_name}` needs a function"),
                    ));
                };
                if attrs
                    .iter()
                    .any(|a| matches!(a, Attr::Event { event: e, .. } if e == event))
                {
                    return Err(Diagnostic::new(
                        Code::UnsupportedAttribute,
                        name.span,
                        format!("`{jsx_name}` listens to `{event}`, like another prop of this element: two handlers of one event on one element are not supported yet"),
                    )
                    .with_hint("call both functions from one handler"));
                }
                attrs.push(Attr::Event {
                    event: event.to_string(),
                    handler: self.handler_ref(e)?,
                    span: attr.span,
                });
                continue;
            }
            if jsx_name.starts_with("on")
                && jsx_name
                    .chars()
                    .nth(2)
                    .is_some_and(|c| c.is_ascii_uppercase())
            {
                return Err(Diagnostic::new(
                    Code::UnsupportedAttribute,
                    name.span,
                    format!("event `{jsx_name}` is not supported yet"),
                ));
            }
            let dom_name = match jsx_name {
                "autoFocus" | "autofocus" => "autofocus",
                other => super::dom_names::attribute_name(other),
            }
            .to_string();
            if dom_name == "style"
                && let Some(JSXAttributeValue::ExpressionContainer(c)) = &attr.value
                && let Some(Expression::ObjectExpression(object)) = c
                    .expression
                    .as_expression()
                    .map(Expression::without_parentheses)
            {
                attrs.push(Attr::Dynamic {
                    name: dom_name,
                    value: self.style_text(object)?,
                    span: attr.span,
                });
                continue;
            }
            match &attr.value {
                // `autoFocus` alone focuses on appearing, like `autoFocus={true}`.
                None if dom_name == "autofocus" => attrs.push(Attr::Dynamic {
                    name: dom_name,
                    value: Expr::new(crate::ir::ExprKind::Bool(true), attr.span),
                    span: attr.span,
                }),
                // A bare attribute is `={true}`, which React writes as "true" where booleans
                // are text (`aria-*`, `data-*`) and as an empty value elsewhere.
                None => attrs.push(Attr::Static {
                    value: if super::dom_names::writes_booleans_as_strings(&dom_name) {
                        "true".to_string()
                    } else {
                        String::new()
                    },
                    name: dom_name,
                }),
                // JSX attribute strings decode character references, as text does.
                Some(JSXAttributeValue::StringLiteral(s)) => attrs.push(Attr::Static {
                    name: dom_name,
                    value: super::entities::decode(&s.value),
                }),
                Some(JSXAttributeValue::ExpressionContainer(c)) => {
                    let Some(e) = c.expression.as_expression() else {
                        return Err(Diagnostic::new(
                            Code::UnsupportedAttribute,
                            c.span,
                            "empty attribute expression",
                        ));
                    };
                    attrs.push(Attr::Dynamic {
                        name: dom_name,
                        value: self.expr(e)?,
                        span: attr.span,
                    });
                }
                Some(other) => {
                    return Err(Diagnostic::new(
                        Code::JsxInAttribute,
                        other.span(),
                        "JSX cannot be an attribute value",
                    ));
                }
            }
        }
        Ok(attrs)
    }

    /// `style={{ width: 120, backgroundColor: color }}` as the text of the `style` attribute:
    /// `"width: 120px; background-color: …;"`, each value written as React writes it (`px`
    /// after non-zero numbers of properties that take a length; see [`CssValue`]).
    ///
    /// [`CssValue`]: crate::ir::ExprKind::CssValue
    fn style_text(&mut self, object: &oxc_ast::ast::ObjectExpression<'_>) -> Result<Expr> {
        use crate::ir::{BinaryOp, ExprKind};
        use oxc_ast::ast::{ObjectPropertyKind, PropertyKind};
        let mut text: Option<Expr> = None;
        let append = |text: &mut Option<Expr>, part: Expr| {
            *text = Some(match text.take() {
                None => part,
                Some(left) => {
                    let span = left.span.merge(part.span);
                    Expr::new(
                        ExprKind::Binary(BinaryOp::Add, Box::new(left), Box::new(part)),
                        span,
                    )
                }
            });
        };
        for (i, p) in object.properties.iter().enumerate() {
            let ObjectPropertyKind::ObjectProperty(p) = p else {
                return Err(Diagnostic::new(
                    Code::UnsupportedAttribute,
                    p.span(),
                    "a spread in a `style` object is not supported yet",
                )
                .with_hint("list the style properties in the object"));
            };
            let name = match (&p.key, p.computed, p.method, p.kind) {
                (key, false, false, PropertyKind::Init) => key.static_name(),
                _ => None,
            };
            let Some(name) = name else {
                return Err(Diagnostic::new(
                    Code::UnsupportedAttribute,
                    p.span,
                    "only `name: value` properties are supported in a `style` object",
                ));
            };
            let css = super::dom_names::css_property_name(&name);
            let separator = if i == 0 { "" } else { " " };
            append(
                &mut text,
                Expr::new(ExprKind::Str(format!("{separator}{css}: ")), p.key.span()),
            );
            let value = self.expr(&p.value)?;
            append(
                &mut text,
                Expr::new(
                    ExprKind::CssValue {
                        unitless: super::dom_names::is_unitless(&name),
                        value: Box::new(value),
                    },
                    p.value.span(),
                ),
            );
            append(&mut text, Expr::new(ExprKind::Str(";".into()), p.span));
        }
        Ok(text.unwrap_or_else(|| Expr::new(ExprKind::Str(String::new()), object.span)))
    }

    /// `.dx` `bind:value={state}` on a text field: the field shows the state and typing
    /// writes it back (a `value` binding plus an `input` handler).
    fn two_way_binding(
        &mut self,
        property: &str,
        attr: &oxc_ast::ast::JSXAttribute<'_>,
        tag: &str,
    ) -> Result<Vec<Attr>> {
        let span = attr.span;
        if self.module.flavour != crate::source::Flavour::Dx {
            return Err(
                Diagnostic::new(Code::UnsupportedAttribute, span, "`bind:` is .dx syntax")
                    .with_hint(
                        "in .tsx write `value={text} onInput={(e) => setText(e.target.value)}`",
                    ),
            );
        }
        if property != "value" || !matches!(tag, "input" | "textarea") {
            return Err(Diagnostic::new(
                Code::UnsupportedAttribute,
                span,
                format!("`bind:{property}` on <{tag}> is not supported yet"),
            )
            .with_hint("`bind:value` works on <input> and <textarea>"));
        }
        let state = match &attr.value {
            Some(JSXAttributeValue::ExpressionContainer(c)) => match c
                .expression
                .as_expression()
                .map(Expression::without_parentheses)
            {
                Some(Expression::Identifier(id)) => match self.scope.get(&id.name) {
                    Some(super::scope::Name::State(s)) => Some((*s, id.span)),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        let Some((state, state_span)) = state else {
            return Err(Diagnostic::new(
                Code::AssignToNonState,
                span,
                "`bind:value` needs a state variable: `bind:value={text}`",
            ));
        };
        let read = crate::ir::Expr::new(crate::ir::ExprKind::State(state), state_span);
        let typed = crate::ir::Expr::new(
            crate::ir::ExprKind::EventField(crate::ir::EventField::TargetValue, 0),
            span,
        );
        let handler = crate::ir::Handler::of_event(
            vec![crate::ir::Stmt::SetState {
                state,
                value: typed,
                span,
            }],
            span,
        );
        Ok(vec![
            Attr::Dynamic {
                name: "value".into(),
                value: read,
                span,
            },
            Attr::Event {
                event: "input".into(),
                handler: crate::ir::HandlerRef::Inline(std::rc::Rc::new(handler)),
                span,
            },
        ])
    }

    fn component_props(
        &mut self,
        items: &[JSXAttributeItem<'_>],
    ) -> Result<Vec<(String, PropValue, Span)>> {
        let mut props = Vec::new();
        for item in items {
            let attr = match item {
                JSXAttributeItem::Attribute(attr) => attr,
                // `<Card {...item} onAdd={add} />`: each field of the object is a prop, in
                // order with the others (a later one wins); named `...` (see
                // `SPREAD_PROPS`), expanded where the record's fields are known (lowering).
                JSXAttributeItem::SpreadAttribute(s)
                    if matches!(&s.argument, Expression::Identifier(id)
                        if matches!(self.scope.get(&id.name), Some(super::scope::Name::RestProps))) =>
                {
                    let none = Expr::new(crate::ir::ExprKind::Undefined, s.span);
                    props.push((REST_PROPS.to_string(), PropValue::Expr(none), s.span));
                    continue;
                }
                JSXAttributeItem::SpreadAttribute(s) => {
                    let value = self.expr(&s.argument)?;
                    props.push((SPREAD_PROPS.to_string(), PropValue::Expr(value), s.span));
                    continue;
                }
            };
            let JSXAttributeName::Identifier(name) = &attr.name else {
                return Err(Diagnostic::new(
                    Code::UnsupportedAttribute,
                    attr.name.span(),
                    "namespaced props are not supported",
                ));
            };
            if name.name == "key" {
                continue;
            }
            let value = match &attr.value {
                None => PropValue::Expr(crate::ir::Expr::new(
                    crate::ir::ExprKind::Bool(true),
                    attr.span,
                )),
                Some(JSXAttributeValue::StringLiteral(s)) => PropValue::Expr(crate::ir::Expr::new(
                    crate::ir::ExprKind::Str(super::entities::decode(&s.value)),
                    s.span,
                )),
                Some(JSXAttributeValue::ExpressionContainer(c)) => {
                    match c.expression.as_expression() {
                        Some(e) if is_function_value(self, e) || is_setter(self, e) => {
                            PropValue::Handler(self.callback_ref(e)?)
                        }
                        // `icon={<b>B</b>}`: markup, rendered where the child renders `{icon}`
                        // (as `children` is).
                        Some(e) if super::render_values::is_markup(e) => {
                            PropValue::Children(std::rc::Rc::new(self.child_expr(e)?))
                        }
                        Some(e) => PropValue::Expr(self.expr(e)?),
                        None => {
                            return Err(Diagnostic::new(
                                Code::UnsupportedAttribute,
                                c.span,
                                "empty prop expression",
                            ));
                        }
                    }
                }
                Some(JSXAttributeValue::Element(el)) => {
                    PropValue::Children(std::rc::Rc::new(vec![self.element_node(el)?]))
                }
                Some(other) => {
                    return Err(Diagnostic::new(
                        Code::JsxInAttribute,
                        other.span(),
                        "JSX cannot be a prop value yet",
                    ));
                }
            };
            props.push((name.name.to_string(), value, attr.span));
        }
        Ok(props)
    }

    fn children(&mut self, children: &[JSXChild<'_>]) -> Result<Vec<ViewNode>> {
        Ok(self.children_in_slots(children)?.0)
    }

    /// The nodes of JSX children, and whether they are React's child slots one for one (every
    /// child one node, no fragment among them): only then can two renders' children be
    /// matched by position (`reconcile.rs`).
    fn children_in_slots(&mut self, children: &[JSXChild<'_>]) -> Result<(Vec<ViewNode>, bool)> {
        let mut out = Vec::new();
        let mut aligned = true;
        for child in children {
            let before = out.len();
            let fragment = match child {
                JSXChild::Fragment(_) => true,
                JSXChild::ExpressionContainer(c) => c
                    .expression
                    .as_expression()
                    .is_some_and(|e| matches!(e.without_parentheses(), Expression::JSXFragment(_))),
                _ => false,
            };
            match child {
                JSXChild::Text(t) => {
                    let text = clean_jsx_text(t.value.as_str());
                    if !text.is_empty() {
                        out.push(ViewNode::Text(text));
                    }
                }
                JSXChild::Element(el) => out.extend(self.element(el)?),
                JSXChild::Fragment(f) => out.extend(self.children(&f.children)?),
                JSXChild::ExpressionContainer(c) => match &c.expression {
                    JSXExpression::EmptyExpression(_) => {}
                    other => {
                        let e = other.as_expression().expect("non-empty JSX expression");
                        out.extend(self.child_expr(e)?);
                    }
                },
                JSXChild::Spread(s) => {
                    return Err(Diagnostic::new(
                        Code::UnsupportedJsx,
                        s.span,
                        "spread children are not supported",
                    ));
                }
            }
            // Blank text and `{/* comments */}` are no child at all in React.
            let comment = matches!(child, JSXChild::ExpressionContainer(c) if matches!(c.expression, JSXExpression::EmptyExpression(_)));
            if !is_blank(child) && !comment && (fragment || out.len() - before != 1) {
                aligned = false;
            }
        }
        Ok((out, aligned))
    }

    pub(crate) fn child_expr(&mut self, e: &Expression<'_>) -> Result<Vec<ViewNode>> {
        if let Some(prop) = self.children_prop(e) {
            return Ok(vec![ViewNode::Children(prop)]);
        }
        if let Expression::Identifier(id) = e.without_parentheses()
            && let Some(super::scope::Name::Markup(markup)) = self.scope.get(&id.name)
        {
            return Ok(markup.as_ref().clone());
        }
        if let Some((helper, args, span)) = self.render_helper_call(e) {
            return self.render_call(helper, args, span);
        }
        match e.without_parentheses() {
            Expression::CallExpression(call)
                if matches!(&call.callee, Expression::StaticMemberExpression(m) if m.property.name == "map")
                    && call
                        .arguments
                        .first()
                        .and_then(|a| a.as_expression())
                        .is_some_and(|f| {
                            super::expr::returns_jsx(f) || self.row_helper(f).is_some()
                        }) =>
            {
                Ok(vec![self.list(call)?])
            }
            Expression::JSXElement(el) => self.element(el),
            Expression::JSXFragment(f) => self.children(&f.children),
            // `[<Cut key="cut"/>, <Paste key="paste"/>]`: an array written out renders its
            // items in order; its keys never change places, so they render as a fragment's
            // children do.
            // `[...base, ...extra]` of markup kept in names: their items in order.
            Expression::ArrayExpression(a)
                if a.elements
                    .iter()
                    .all(|el| el.as_expression().is_some() || self.spread_markup(el).is_some()) =>
            {
                let mut nodes = Vec::new();
                for el in &a.elements {
                    match el.as_expression() {
                        Some(e) => nodes.extend(self.child_expr(e)?),
                        None => nodes.extend(
                            self.spread_markup(el)
                                .expect("checked above")
                                .as_ref()
                                .clone(),
                        ),
                    }
                }
                Ok(nodes)
            }
            Expression::NullLiteral(_) => Ok(Vec::new()),
            Expression::BooleanLiteral(_) => Ok(Vec::new()),
            // `{undefined}` renders nothing, as `{null}` does.
            Expression::Identifier(id)
                if id.name == "undefined" && self.scope.get("undefined").is_none() =>
            {
                Ok(Vec::new())
            }
            // In markup, `a && b` renders `b` or nothing, whatever `b` is.
            inner @ Expression::LogicalExpression(l) if l.operator == LogicalOperator::And => {
                self.conditional(inner)
            }
            inner @ (Expression::ConditionalExpression(_) | Expression::LogicalExpression(_))
                if self.renders_markup(inner) =>
            {
                self.conditional(inner)
            }
            other => Ok(vec![ViewNode::Dynamic(self.expr(other)?)]),
        }
    }

    /// `{items.map(item => <li key={…}>…</li>)}`.
    fn list(&mut self, call: &oxc_ast::ast::CallExpression<'_>) -> Result<ViewNode> {
        let Expression::StaticMemberExpression(m) = &call.callee else {
            unreachable!("checked by the caller")
        };
        let array = self.expr(&m.object)?;
        let function = call
            .arguments
            .first()
            .and_then(|a| a.as_expression())
            .map(Expression::without_parentheses)
            .expect("checked by the caller");
        if call.arguments.len() > 1 {
            return Err(Diagnostic::new(
                Code::ListsNotSupported,
                call.span,
                "`.map` takes one function here",
            ));
        }
        match function {
            Expression::ArrowFunctionExpression(arrow) => {
                let (params, body) = super::component::arrow_parts(arrow);
                self.list_rows(array, params, body, arrow.span, call.span)
            }
            // `orders.map(renderRow)`: a render helper renders each row.
            other => {
                let helper = self.row_helper(other).expect("checked by the caller");
                let (params, body) = super::render_helpers::parts(self.render_helpers[helper]);
                self.list_rows(array, params, body, other.span(), call.span)
            }
        }
    }

    /// The render helper `f` names, if it names one (`orders.map(renderRow)`).
    fn row_helper(&self, f: &Expression<'_>) -> Option<usize> {
        match f.without_parentheses() {
            Expression::Identifier(id) => match self.scope.get(&id.name) {
                Some(super::scope::Name::RenderHelper(i)) => Some(*i),
                _ => None,
            },
            _ => None,
        }
    }

    /// The rows of a list over `array`, each rendered by a function of `params` and `body`.
    fn list_rows(
        &mut self,
        array: Expr,
        params: &oxc_ast::ast::FormalParameters<'_>,
        body: super::component::Body<'_, '_>,
        function_span: Span,
        span: Span,
    ) -> Result<ViewNode> {
        // `item => <li/>`, or a body of `const`s computed per row and then `return <li/>`.
        let (prelude, markup) = match body {
            super::component::Body::Expr(e) => (&[][..], e),
            super::component::Body::Block(stmts) => match stmts {
                [prelude @ .., oxc_ast::ast::Statement::ReturnStatement(r)]
                    if r.argument.is_some() =>
                {
                    (prelude, r.argument.as_ref().expect("checked"))
                }
                _ => {
                    return Err(Diagnostic::new(
                        Code::ListsNotSupported,
                        function_span,
                        "a list row must be `item => <markup/>`, or `const`s and a `return` of markup",
                    )
                    .with_hint("compute values in a component for the row: `items.map(item => <Row key={item.id} item={item} />)`"));
                }
            },
        };
        let list = self.lists;
        self.lists += 1;
        if params.rest.is_some() || params.items.len() > 2 {
            return Err(Diagnostic::new(
                Code::ListsNotSupported,
                params.span,
                "a row function takes the item and its index",
            ));
        }
        self.scope.push();
        let render_lets = self.render_lets.len();
        let result = (|| {
            for (k, p) in params.items.iter().enumerate() {
                let Some(id) = p.pattern.get_binding_identifier() else {
                    // `items.map(({ id, label }) => …)`: each name reads the row's item.
                    if k == 0 {
                        let item = Expr::new(crate::ir::ExprKind::RowItem(list), p.span);
                        self.bind_pattern_derived(&p.pattern, item)?;
                        continue;
                    }
                    return Err(Diagnostic::new(
                        Code::ListsNotSupported,
                        p.span,
                        "a row's index is a name: `(item, index) => …`",
                    ));
                };
                let meaning = if k == 0 {
                    super::scope::Name::RowItem(list)
                } else {
                    super::scope::Name::RowIndex(list)
                };
                self.scope.bind(&id.name, meaning);
            }
            for stmt in prelude {
                // `let label; if (done) label = "…"; else label = "…";`: render-time `let`s,
                // one value per row (`render_values.rs`).
                if self.module.flavour == crate::source::Flavour::Tsx {
                    if let oxc_ast::ast::Statement::VariableDeclaration(v) = stmt
                        && v.kind == oxc_ast::ast::VariableDeclarationKind::Let
                        && v.declarations
                            .iter()
                            .all(|d| d.id.get_binding_identifier().is_some())
                    {
                        for d in &v.declarations {
                            let id = d.id.get_binding_identifier().expect("checked above");
                            self.render_let(d, &id.name)?;
                        }
                        continue;
                    }
                    if self.assigns_render_lets(stmt) {
                        self.render_statement(stmt)?;
                        continue;
                    }
                }
                let oxc_ast::ast::Statement::VariableDeclaration(v) = stmt else {
                    return Err(row_statement(stmt.span()));
                };
                if !is_row_const(stmt) {
                    return Err(row_statement(stmt.span()));
                }
                for d in &v.declarations {
                    let id =
                        d.id.get_binding_identifier()
                            .expect("checked by is_row_const");
                    let init = d.init.as_ref().expect("checked by is_row_const");
                    let meaning = if super::render_values::is_markup(init) {
                        super::scope::Name::Markup(std::rc::Rc::new(self.child_expr(init)?))
                    } else {
                        super::scope::Name::Derived(self.expr(init)?)
                    };
                    if !self.scope.bind(&id.name, meaning) {
                        return Err(Diagnostic::new(
                            Code::DuplicateName,
                            id.span,
                            format!("`{}` is declared twice", id.name),
                        ));
                    }
                }
            }
            let key = self.row_key(markup, list)?;
            self.row_root = true;
            let body = self.child_expr(markup);
            self.row_root = false;
            let body = body?;
            Ok((key, body))
        })();
        self.render_lets.truncate(render_lets);
        self.scope.pop();
        let (key, body) = result?;
        Ok(ViewNode::List {
            list,
            array,
            key,
            body,
            span,
        })
    }

    /// The `key` of a list row's root element or component.
    fn row_key(&mut self, markup: &Expression<'_>, list: usize) -> Result<Expr> {
        let attrs = match markup.without_parentheses() {
            Expression::JSXElement(el) => &el.opening_element.attributes,
            other => {
                return Err(Diagnostic::new(
                    Code::ListsNotSupported,
                    other.span(),
                    "a list row must be one element or component with a `key`",
                ));
            }
        };
        for item in attrs {
            if let JSXAttributeItem::Attribute(a) = item
                && let JSXAttributeName::Identifier(n) = &a.name
                && n.name == "key"
            {
                return match &a.value {
                    Some(JSXAttributeValue::ExpressionContainer(c)) => {
                        match c.expression.as_expression() {
                            Some(e) => self.expr(e),
                            None => Err(Diagnostic::new(
                                Code::ListsNotSupported,
                                a.span,
                                "`key` needs a value",
                            )),
                        }
                    }
                    Some(JSXAttributeValue::StringLiteral(s)) => Ok(Expr::new(
                        crate::ir::ExprKind::Str(s.value.to_string()),
                        s.span,
                    )),
                    _ => Err(Diagnostic::new(
                        Code::ListsNotSupported,
                        a.span,
                        "`key` needs a value",
                    )),
                };
            }
        }
        // No `key`: React keys the row by its index (and warns in development).
        Ok(Expr::new(
            crate::ir::ExprKind::RowIndex(list),
            markup.span(),
        ))
    }

    fn conditional(&mut self, e: &Expression<'_>) -> Result<Vec<ViewNode>> {
        let span = e.span();
        match e {
            Expression::ConditionalExpression(c) => {
                let test = self.expr(&c.test)?;
                let then = self.child_expr(&c.consequent)?;
                let otherwise = self.child_expr(&c.alternate)?;
                let fragments = [&c.consequent, &c.alternate]
                    .iter()
                    .all(|x| matches!(x.without_parentheses(), Expression::JSXFragment(_)));
                Ok(super::reconcile::arms(
                    &test, then, otherwise, fragments, span,
                ))
            }
            Expression::LogicalExpression(l) if l.operator == LogicalOperator::And => {
                Ok(vec![ViewNode::Cond {
                    test: self.expr(&l.left)?,
                    then: self.child_expr(&l.right)?,
                    otherwise: Vec::new(),
                    and: true,
                    keeps_instance: false,
                    span,
                }])
            }
            other => Err(Diagnostic::new(
                Code::UnsupportedJsx,
                other.span(),
                "this conditional JSX is not supported",
            )
            .with_hint("write `cond ? <a/> : <b/>` or `cond && <a/>`")),
        }
    }
}

impl Cx<'_> {
    /// The prop id if `e` is `children` (destructured) or `props.children`.
    fn children_prop(&mut self, e: &Expression<'_>) -> Option<crate::ir::PropId> {
        match e.without_parentheses() {
            // Any prop: it may be given markup (`header={<h2>…</h2>}`); a value is rendered as
            // text where the instance is built.
            Expression::Identifier(id) => match self.scope.get(&id.name) {
                Some(super::scope::Name::Prop(p)) => Some(*p),
                _ => None,
            },
            Expression::StaticMemberExpression(m) => match &m.object {
                Expression::Identifier(obj)
                    if matches!(
                        self.scope.get(&obj.name),
                        Some(super::scope::Name::PropsObject)
                    ) =>
                {
                    Some(self.prop_id(&m.property.name, m.span))
                }
                _ => None,
            },
            _ => None,
        }
    }
}

/// The DOM event for a JSX event prop. React's `onChange` on text fields fires on every
/// keystroke, which is the DOM `input` event.
/// The DOM event a React event prop listens to. React's `onChange` is a text field's
/// `input`, and a checkbox's `click`: its handler runs while the click is dispatched, before
/// the click reaches listeners above the app (a window listener an effect removes in that
/// change never sees it). A radio's stays `change`, which fires only when it becomes checked,
/// as React's does.
fn event_type(jsx_name: &str, tag: &str, attrs: &[JSXAttributeItem<'_>]) -> Option<&'static str> {
    event_for(jsx_name, tag, input_type(attrs))
}

/// The DOM event React's `jsx_name` prop listens to on a `tag` element (`input_type`: its
/// `type`, written as text): `onChange` of a text field is `input`, of a checkbox `click`.
pub(crate) fn event_for(
    jsx_name: &str,
    tag: &str,
    input_type: Option<&str>,
) -> Option<&'static str> {
    let (_, event) = EVENTS.iter().find(|(name, _)| *name == jsx_name)?;
    if *event == "change" && tag == "input" {
        return Some(match input_type {
            Some("checkbox") => "click",
            Some("radio") => "change",
            _ => "input",
        });
    }
    if *event == "change" && tag == "textarea" {
        return Some("input");
    }
    Some(event)
}

/// The `type` of an input when it is written as a string.
fn input_type<'x>(attrs: &'x [JSXAttributeItem<'_>]) -> Option<&'x str> {
    attrs.iter().find_map(|a| match a {
        JSXAttributeItem::Attribute(a)
            if matches!(&a.name, JSXAttributeName::Identifier(n) if n.name == "type") =>
        {
            match &a.value {
                Some(JSXAttributeValue::StringLiteral(s)) => Some(s.value.as_str()),
                _ => None,
            }
        }
        _ => None,
    })
}

pub(crate) fn is_function_value(cx: &Cx<'_>, e: &Expression<'_>) -> bool {
    match e.without_parentheses() {
        Expression::ArrowFunctionExpression(_) | Expression::FunctionExpression(_) => true,
        // A call of a function that returns a function (of the component, or of the module).
        Expression::CallExpression(call) => match call.callee.without_parentheses() {
            Expression::Identifier(id) => match cx.scope.get(&id.name) {
                Some(super::scope::Name::Function(crate::ir::HandlerRef::Function(f))) => cx
                    .functions
                    .get(*f)
                    .and_then(|h| h.as_ref())
                    .is_some_and(|h| makes_function(h)),
                None => cx
                    .module
                    .helpers
                    .get(id.name.as_str())
                    .is_some_and(|h| cx.module.makes_functions.contains(h)),
                _ => false,
            },
            callee @ Expression::CallExpression(_) => is_function_value(cx, callee),
            _ => false,
        },
        Expression::Identifier(id) => matches!(
            cx.scope.get(&id.name),
            Some(super::scope::Name::Function(_))
        ),
        _ => false,
    }
}

/// Whether a function ends with `return <function>` (it makes functions).
fn makes_function(h: &crate::ir::Handler) -> bool {
    matches!(h.body.last(), Some(crate::ir::Stmt::ReturnCleanup { .. }))
}

/// Whether `e` names a state setter or a reducer's `dispatch`.
fn is_setter(cx: &Cx<'_>, e: &Expression<'_>) -> bool {
    matches!(e.without_parentheses(), Expression::Identifier(id)
        if matches!(cx.scope.get(&id.name), Some(super::scope::Name::Setter(_) | super::scope::Name::Dispatch { .. })))
}

/// Whether a conditional produces markup (an element, a fragment or `null`) rather than
/// a plain value, so it must become conditional content instead of one text binding.
/// `const name = value;` (plain names, with values) in a list row's body.
/// The error for a statement a list row's function cannot run yet.
fn row_statement(span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::ListsNotSupported,
        span,
        "a list row's function may declare `const`s and `let`s (assigned by `if`s) before its `return` of markup",
    )
    .with_hint("compute values in a component for the row: `items.map(item => <Row key={item.id} item={item} />)`")
}

fn is_row_const(stmt: &oxc_ast::ast::Statement<'_>) -> bool {
    matches!(stmt, oxc_ast::ast::Statement::VariableDeclaration(v)
        if v.kind.is_const()
            && v.declarations.iter().all(|d| d.id.get_binding_identifier().is_some() && d.init.is_some()))
}

impl Cx<'_> {
    /// Whether `e` renders markup (JSX, `null`, a call of a render helper) in some case.
    /// The markup `...name` spreads, when `name` holds markup.
    fn spread_markup(
        &self,
        el: &oxc_ast::ast::ArrayExpressionElement<'_>,
    ) -> Option<std::rc::Rc<Vec<ViewNode>>> {
        let oxc_ast::ast::ArrayExpressionElement::SpreadElement(s) = el else {
            return None;
        };
        let Expression::Identifier(id) = &s.argument else {
            return None;
        };
        match self.scope.get(&id.name) {
            Some(super::scope::Name::Markup(m)) => Some(m.clone()),
            _ => None,
        }
    }

    fn renders_markup(&self, e: &Expression<'_>) -> bool {
        match e.without_parentheses() {
            Expression::JSXElement(_) | Expression::JSXFragment(_) | Expression::NullLiteral(_) => {
                true
            }
            Expression::ConditionalExpression(c) => {
                self.renders_markup(&c.consequent) || self.renders_markup(&c.alternate)
            }
            Expression::LogicalExpression(l) => self.renders_markup(&l.right),
            call @ Expression::CallExpression(_) => self.render_helper_call(call).is_some(),
            // An array written in markup renders its items.
            Expression::ArrayExpression(_) => true,
            _ => false,
        }
    }
}

fn is_blank(child: &JSXChild<'_>) -> bool {
    matches!(child, JSXChild::Text(t) if clean_jsx_text(t.value.as_str()).is_empty())
}

/// JSX text rules (as in React/Babel): lines are trimmed, blank lines dropped, the rest
/// joined by single spaces; a few HTML entities are decoded.
pub fn clean_jsx_text(raw: &str) -> String {
    let lines: Vec<&str> = raw.split('\n').collect();
    let last = lines.len() - 1;
    let mut parts = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let mut l = line.replace('\t', " ");
        if i != 0 {
            l = l.trim_start().to_string();
        }
        if i != last {
            l = l.trim_end().to_string();
        }
        if !l.is_empty() {
            parts.push(l);
        }
    }
    super::entities::decode(&parts.join(" "))
}

#[cfg(test)]
mod tests {
    use super::clean_jsx_text;

    #[test]
    fn jsx_text_whitespace_rules() {
        assert_eq!(clean_jsx_text("Count: "), "Count: ");
        assert_eq!(clean_jsx_text("\n    hello\n    world\n  "), "hello world");
        assert_eq!(clean_jsx_text("\n   \n"), "");
        assert_eq!(
            clean_jsx_text("a &amp; b &#65;&#x42; &bogus;"),
            "a & b AB &bogus;"
        );
    }
}
