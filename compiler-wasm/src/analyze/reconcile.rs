//! Conditional markup as React reconciles it.
//!
//! React renders `test ? a : b` (and early returns, and a `let` given markup in both branches
//! of an `if`) into one place of the tree and, when the test changes, compares what the place
//! held with what it holds now: an element of the same type (and key) is *kept*, with its
//! focus, what was typed into it, its scroll position and, for a component, its state; only
//! its attributes and children are brought up to date, and its children are compared the same
//! way, slot by slot. dx renders a conditional by swapping its arms, which drops all of that.
//! So before lowering, the arms are merged into one tree wherever React would keep a node: an
//! element kept by React becomes one element whose differing attributes read `test ? x : y`
//! and whose children are matched by position, recursively; only the slots whose types differ
//! stay conditionals. Where the arms cannot be merged but React would keep something, the
//! conditional is marked `keeps_instance` and lowering refuses it when a swap would show
//! (state, or an element that can hold focus or typed text inside).

use oxc_span::Span;

use crate::ir::{Attr, Expr, ExprKind, Handler, HandlerRef, PropValue, Stmt, ViewNode};

/// `test ? then : otherwise` rendered into one place, as React reconciles it. `fragments`: the
/// arms are fragments (`<>…</>`), whose children React matches by position.
pub(crate) fn arms(
    test: &Expr,
    then: Vec<ViewNode>,
    otherwise: Vec<ViewNode>,
    fragments: bool,
    span: Span,
) -> Vec<ViewNode> {
    match (then.as_slice(), otherwise.as_slice()) {
        // Keyed children that change places between the arms (`<A key="a"/><B key="b"/>` and
        // `<B key="b"/><A key="a"/>`): React moves them, keeping each one's state; dx cannot
        // move them, so the arms stay whole and lowering refuses them where that would show.
        (a, b) if moved_keys(a, b) => vec![cond(test, then.clone(), otherwise.clone(), true, span)],
        ([a], [b]) if !fragments => vec![slot(test, a, b, span)],
        (a, b) if fragments && a.len() == b.len() && !a.is_empty() => a
            .iter()
            .zip(b)
            .map(|(x, y)| slot(test, x, y, span))
            .collect(),
        (a, b) => {
            let keeps_instance = a.iter().zip(b).any(|(x, y)| same_type(x, y));
            vec![cond(
                test,
                then.clone(),
                otherwise.clone(),
                keeps_instance,
                span,
            )]
        }
    }
}

fn cond(
    test: &Expr,
    then: Vec<ViewNode>,
    otherwise: Vec<ViewNode>,
    keeps_instance: bool,
    span: Span,
) -> ViewNode {
    ViewNode::Cond {
        test: test.clone(),
        then,
        otherwise,
        and: false,
        keeps_instance,
        span,
    }
}

/// Whether a literal key of a child of `a` is the key of a child of `b` at another position.
fn moved_keys(a: &[ViewNode], b: &[ViewNode]) -> bool {
    a.iter().enumerate().any(|(i, x)| {
        matches!(x, ViewNode::Keyed { .. })
            && b.iter()
                .enumerate()
                .any(|(j, y)| j != i && matches!(y, ViewNode::Keyed { .. }) && same_type(x, y))
    })
}

/// Whether React would keep a node of `a` in place of `b` (or compare inside them).
fn same_type(a: &ViewNode, b: &ViewNode) -> bool {
    match (a, b) {
        (ViewNode::Element { tag: x, .. }, ViewNode::Element { tag: y, .. }) => x == y,
        (ViewNode::Component { id: x, .. }, ViewNode::Component { id: y, .. }) => x == y,
        (ViewNode::Keyed { key: x, .. }, ViewNode::Keyed { key: y, .. }) => same_literal(x, y),
        (ViewNode::Cond { .. }, ViewNode::Cond { .. })
        | (ViewNode::List { .. }, ViewNode::List { .. })
        | (ViewNode::Provider { .. }, ViewNode::Provider { .. }) => true,
        _ => false,
    }
}

/// Two keys written as the same literal.
fn same_literal(a: &Expr, b: &Expr) -> bool {
    match (&a.kind, &b.kind) {
        (ExprKind::Str(x), ExprKind::Str(y)) => x == y,
        (ExprKind::Num(x), ExprKind::Num(y)) => x == y,
        _ => false,
    }
}

/// One slot of the tree holding `a` when `test` is true and `b` otherwise.
fn slot(test: &Expr, a: &ViewNode, b: &ViewNode, span: Span) -> ViewNode {
    let text = |n: &ViewNode| matches!(n, ViewNode::Text(_) | ViewNode::Dynamic(_));
    let merged = match (a, b) {
        (ViewNode::Text(x), ViewNode::Text(y)) if x == y => Some(a.clone()),
        // A text node cannot hold focus or state: which one is shown is all that matters.
        (ViewNode::Text(x), ViewNode::Text(y)) => {
            let text = |t: &str| Expr::new(ExprKind::Str(t.to_string()), test.span);
            Some(ViewNode::Dynamic(either(test, text(x), text(y), test.span)))
        }
        (ViewNode::Children(x), ViewNode::Children(y)) if x == y => Some(a.clone()),
        (
            ViewNode::Keyed {
                key,
                body: x,
                span: keyed_span,
            },
            ViewNode::Keyed {
                key: other,
                body: y,
                ..
            },
        ) if same_literal(key, other) => Some(ViewNode::Keyed {
            key: key.clone(),
            body: arms(test, x.clone(), y.clone(), false, span),
            span: *keyed_span,
        }),
        (ViewNode::Element { .. }, ViewNode::Element { .. }) if same_type(a, b) => {
            merge_elements(test, a, b, span)
        }
        (ViewNode::Component { .. }, ViewNode::Component { .. }) if same_type(a, b) => {
            merge_components(test, a, b)
        }
        _ => None,
    };
    merged.unwrap_or_else(|| {
        let keeps_instance = same_type(a, b) && !(text(a) && text(b));
        cond(test, vec![a.clone()], vec![b.clone()], keeps_instance, span)
    })
}

/// Two elements of one tag as the one element React keeps: attributes `test ? x : y`,
/// children matched slot by slot. `None` when an attribute cannot be merged (a ref on one
/// side only, a controlled value given on one side only) or the children are not known to
/// be React's slots one for one.
fn merge_elements(test: &Expr, a: &ViewNode, b: &ViewNode, span: Span) -> Option<ViewNode> {
    let (
        ViewNode::Element {
            tag,
            attrs: attrs_a,
            children: kids_a,
            aligned: aligned_a,
            span: element_span,
        },
        ViewNode::Element {
            attrs: attrs_b,
            children: kids_b,
            aligned: aligned_b,
            ..
        },
    ) = (a, b)
    else {
        return None;
    };
    let mut attrs = Vec::new();
    for attr in attrs_a {
        attrs.push(merge_attr(test, attr, attrs_b, true)?);
    }
    for attr in attrs_b {
        if counterpart(attr, attrs_a).is_none() {
            attrs.push(merge_attr(test, attr, attrs_a, false)?);
        }
    }
    // Children written one per JSX slot are matched by position, as React matches them; one
    // side having more slots mounts or unmounts only those. Otherwise (a fragment or a
    // variable holding several nodes among them) positions only match when the counts do.
    let children = if *aligned_a && *aligned_b {
        let none = Vec::new;
        (0..kids_a.len().max(kids_b.len()))
            .map(|i| match (kids_a.get(i), kids_b.get(i)) {
                (Some(x), Some(y)) => slot(test, x, y, span),
                (Some(x), None) => cond(test, vec![x.clone()], none(), false, span),
                (None, Some(y)) => cond(test, none(), vec![y.clone()], false, span),
                (None, None) => unreachable!("i is below the longer length"),
            })
            .collect()
    } else if kids_a.len() == kids_b.len() {
        let paired: Vec<_> = kids_a.iter().zip(kids_b).collect();
        // Unless every pair has one type, the slots may be shifted: keep the arms apart.
        if !paired
            .iter()
            .all(|(x, y)| same_type(x, y) || (is_text(x) && is_text(y)))
        {
            return None;
        }
        paired
            .into_iter()
            .map(|(x, y)| slot(test, x, y, span))
            .collect()
    } else {
        return None;
    };
    Some(ViewNode::Element {
        tag: tag.clone(),
        attrs,
        children,
        aligned: *aligned_a && *aligned_b,
        span: *element_span,
    })
}

fn is_text(n: &ViewNode) -> bool {
    matches!(n, ViewNode::Text(_) | ViewNode::Dynamic(_))
}

/// The attribute of `others` that sets what `attr` sets (same name, or same event).
fn counterpart<'a>(attr: &Attr, others: &'a [Attr]) -> Option<&'a Attr> {
    others.iter().find(|o| match (attr, o) {
        (
            Attr::Static { name: x, .. } | Attr::Dynamic { name: x, .. },
            Attr::Static { name: y, .. } | Attr::Dynamic { name: y, .. },
        ) => x == y,
        (Attr::Event { event: x, .. }, Attr::Event { event: y, .. }) => x == y,
        (Attr::Ref(x), Attr::Ref(y)) => x == y,
        (Attr::RestProps { .. }, Attr::RestProps { .. }) => true,
        _ => false,
    })
}

/// `attr` (of the `then` arm when `first`, else of the other arm) merged with its counterpart
/// in `others`: `test ? x : y`, where a missing side is `undefined` (React removes the
/// attribute) or, for an event, no handler.
fn merge_attr(test: &Expr, attr: &Attr, others: &[Attr], first: bool) -> Option<Attr> {
    let order = |mine: Expr, theirs: Expr| match first {
        true => either(test, mine, theirs, test.span),
        false => either(test, theirs, mine, test.span),
    };
    let other = counterpart(attr, others);
    match attr {
        Attr::Static { name, value } => match other {
            Some(Attr::Static { value: v, .. }) if v == value => Some(attr.clone()),
            _ => Some(Attr::Dynamic {
                name: name.clone(),
                value: order(
                    Expr::new(ExprKind::Str(value.clone()), test.span),
                    attribute_value(name, other, test.span)?,
                ),
                span: test.span,
            }),
        },
        Attr::Dynamic { name, value, span } => Some(Attr::Dynamic {
            name: name.clone(),
            value: order(value.clone(), attribute_value(name, other, *span)?),
            span: *span,
        }),
        Attr::Event {
            event,
            handler,
            span,
        } => {
            let theirs = match other {
                Some(Attr::Event { handler, .. }) => Some(handler),
                _ => None,
            };
            let (then, otherwise) = match first {
                true => (Some(handler), theirs),
                false => (theirs, Some(handler)),
            };
            Some(Attr::Event {
                event: event.clone(),
                handler: either_handler(test, then, otherwise, *span)?,
                span: *span,
            })
        }
        // The same ref on both sides points at the one kept element; on one side only, it
        // would have to be emptied when the other shows.
        Attr::Ref(_) => other.map(|_| attr.clone()),
        // The same props either way: kept only where both arms spread them.
        Attr::RestProps { .. } => other.map(|_| attr.clone()),
    }
}

/// The value an attribute named `name` has in the other arm: its value, or `undefined` when it
/// is not written there. `None` for attributes whose absence dx cannot write as `undefined`
/// (a form field's controlled value or checkedness, a style object).
fn attribute_value(name: &str, other: Option<&Attr>, span: Span) -> Option<Expr> {
    match other {
        Some(Attr::Static { value, .. }) => Some(Expr::new(ExprKind::Str(value.clone()), span)),
        Some(Attr::Dynamic { value, .. }) => Some(value.clone()),
        Some(_) => None,
        None if matches!(
            name,
            "value" | "checked" | "style" | "defaultValue" | "defaultChecked" | "autoFocus"
        ) =>
        {
            None
        }
        None => Some(Expr::new(ExprKind::Undefined, span)),
    }
}

/// `test ? x : y`.
fn either(test: &Expr, x: Expr, y: Expr, span: Span) -> Expr {
    Expr::new(
        ExprKind::Cond(Box::new(test.clone()), Box::new(x), Box::new(y)),
        span,
    )
}

/// A handler that runs `a` or `b` by `test` (read as of the render, as a handler reads state);
/// a missing side does nothing.
fn either_handler(
    test: &Expr,
    a: Option<&HandlerRef>,
    b: Option<&HandlerRef>,
    span: Span,
) -> Option<HandlerRef> {
    let call = |h: Option<&HandlerRef>| -> Option<Vec<Stmt>> {
        let Some(h) = h else {
            return Some(Vec::new());
        };
        // A named function or a callback prop gets the event, as the DOM would give it (a
        // function without parameters ignores it, as in JS).
        let params = match h {
            HandlerRef::Inline(handler) => handler.params,
            HandlerRef::Function(_)
            | HandlerRef::Prop(..)
            | HandlerRef::Helper(..)
            | HandlerRef::Applied { .. } => 1,
        };
        let args = match params {
            0 => Vec::new(),
            1 => vec![Expr::new(ExprKind::Local(0), span)],
            _ => return None,
        };
        Some(vec![Stmt::Call {
            callee: h.clone(),
            args,
            span,
        }])
    };
    let body = vec![Stmt::If {
        test: test.clone(),
        then: call(a)?,
        otherwise: call(b)?,
    }];
    Some(HandlerRef::Inline(std::rc::Rc::new(Handler::of_event(
        body, span,
    ))))
}

/// `test ? <C …a/> : <C …b/>` as one `<C/>` with props `test ? a : b`: React keeps the one
/// instance (and its state) and gives it the props of the arm shown. `None` when a prop is
/// given on one side only, or is a function or markup that differs.
fn merge_components(test: &Expr, then: &ViewNode, otherwise: &ViewNode) -> Option<ViewNode> {
    let (
        ViewNode::Component { id, props: a, span },
        ViewNode::Component {
            id: id_b, props: b, ..
        },
    ) = (then, otherwise)
    else {
        return None;
    };
    if id != id_b || a.len() != b.len() {
        return None;
    }
    let mut props = Vec::new();
    for (name, value, prop_span) in a {
        let (_, other, _) = b.iter().find(|(n, _, _)| n == name)?;
        let merged = match (value, other) {
            (PropValue::Expr(x), PropValue::Expr(y)) => {
                PropValue::Expr(either(test, x.clone(), y.clone(), *prop_span))
            }
            _ => return None,
        };
        props.push((name.clone(), merged, *prop_span));
    }
    Some(ViewNode::Component {
        id: *id,
        props,
        span: *span,
    })
}
