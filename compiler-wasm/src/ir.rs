//! The component IR: what analysis produces from either flavour (`.tsx` or `.dx`), with
//! every name resolved. Lowering instantiates it into the app plan.

use oxc_span::Span;

/// Index of a component in [`Program::components`].
pub type ComponentId = usize;
/// Index of a state variable within its component.
pub type StateId = usize;
/// Index of a prop within its component.
pub type PropId = usize;
/// Index of a handler-local value (parameter or `const`) within one handler.
pub type LocalId = usize;
/// Index of a named function in [`Component::functions`].
pub type FunctionId = usize;

/// All components of one file and the one that is mounted.
#[derive(Debug)]
pub struct Program {
    /// Components in source order.
    pub components: Vec<Component>,
    /// The default-exported component.
    pub entry: ComponentId,
}

/// One component, flavour-independent.
#[derive(Debug)]
pub struct Component {
    /// Name as written.
    pub name: String,
    /// Span of the name.
    pub span: Span,
    /// Whether handler reads see the state of the render that created them (React) or
    /// the live value (`.dx`).
    pub snapshot_reads: bool,
    /// Declared props.
    pub props: Vec<PropDecl>,
    /// State variables with their initial values.
    pub states: Vec<StateDecl>,
    /// The rendered markup.
    pub view: Vec<ViewNode>,
    /// Functions declared in the component body (`function f() {}`, `const f = () => …`),
    /// referenced by id so they can call each other in any order, as hoisting allows.
    pub functions: Vec<std::rc::Rc<Handler>>,
}

/// A declared prop.
#[derive(Debug)]
pub struct PropDecl {
    /// Prop name.
    pub name: String,
    /// Default when the caller does not pass it.
    pub default: Option<Expr>,
    /// Where it is declared (or first used, for `props.x`).
    pub span: Span,
}

/// A state variable.
#[derive(Debug)]
pub struct StateDecl {
    /// Variable name.
    pub name: String,
    /// Initial value (may read props).
    pub init: Expr,
    /// Declaration span.
    pub span: Span,
}

/// Markup.
#[derive(Debug)]
pub enum ViewNode {
    /// A DOM element.
    Element {
        tag: String,
        attrs: Vec<Attr>,
        children: Vec<ViewNode>,
        span: Span,
    },
    /// Static text.
    Text(String),
    /// `{expr}` rendered as text.
    Dynamic(Expr),
    /// `cond && <a/>` or `cond ? <a/> : <b/>`. For `&&` (`and`), React renders a falsy
    /// number test itself (`0 && <a/>` shows "0"), so lowering rejects a number test there.
    Cond {
        test: Expr,
        then: Vec<ViewNode>,
        otherwise: Vec<ViewNode>,
        and: bool,
        span: Span,
    },
    /// Another component.
    Component {
        id: ComponentId,
        props: Vec<(String, PropValue, Span)>,
        span: Span,
    },
}

/// An attribute of a DOM element.
#[derive(Debug)]
pub enum Attr {
    /// `name="value"` or a boolean attribute written bare.
    Static { name: String, value: String },
    /// `name={expr}`.
    Dynamic {
        name: String,
        value: Expr,
        span: Span,
    },
    /// `onClick={…}`: the DOM event type and its handler.
    Event {
        event: String,
        handler: HandlerRef,
        span: Span,
    },
}

/// A value passed as a prop.
#[derive(Debug)]
pub enum PropValue {
    /// A data value.
    Expr(Expr),
    /// A function value (callback prop).
    Handler(HandlerRef),
}

/// A function value: written inline, or forwarded from a callback prop.
#[derive(Debug, Clone)]
pub enum HandlerRef {
    /// A function written in place.
    Inline(std::rc::Rc<Handler>),
    /// A named function of the enclosing component.
    Function(FunctionId),
    /// The callback passed as this prop.
    Prop(PropId, Span),
}

/// A function body that runs on an event.
#[derive(Debug)]
pub struct Handler {
    /// Number of parameters (locals `0..params`).
    pub params: usize,
    /// Number of locals in all (parameters first).
    pub locals: usize,
    /// The statements.
    pub body: Vec<Stmt>,
    /// Where the function is written.
    pub span: Span,
}

/// A handler statement.
#[derive(Debug)]
pub enum Stmt {
    /// Give state a new value (`setX(v)`, `x = v`, `x++` …).
    SetState {
        state: StateId,
        value: Expr,
        span: Span,
    },
    /// `setX(prev => …)`: bind the live value of `state` to `local`, then set it to `value`.
    UpdateState {
        state: StateId,
        local: LocalId,
        value: Expr,
        span: Span,
    },
    /// `const local = value;`
    Let { local: LocalId, value: Expr },
    /// `if (test) { … } else { … }`
    If {
        test: Expr,
        then: Vec<Stmt>,
        otherwise: Vec<Stmt>,
    },
    /// Call another function value with arguments.
    Call {
        callee: HandlerRef,
        args: Vec<Expr>,
        span: Span,
    },
    /// `e.preventDefault()` on the event in `local`.
    PreventDefault { local: LocalId, span: Span },
}

/// An expression with its span.
#[derive(Debug, Clone)]
pub struct Expr {
    /// What it computes.
    pub kind: ExprKind,
    /// Where it is written.
    pub span: Span,
}

/// Expression forms.
#[derive(Debug, Clone)]
pub enum ExprKind {
    /// A number literal.
    Num(f64),
    /// A string literal.
    Str(String),
    /// A boolean literal.
    Bool(bool),
    /// A state variable of the enclosing component.
    State(StateId),
    /// A prop of the enclosing component.
    Prop(PropId),
    /// A handler local.
    Local(LocalId),
    /// A field of the event object held in a handler local.
    EventField(EventField, LocalId),
    /// `String(x)`.
    ToString(Box<Expr>),
    /// `s.length`.
    Length(Box<Expr>),
    /// Unary operator.
    Unary(UnaryOp, Box<Expr>),
    /// Binary operator (evaluates both sides).
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// `&&`, `||` or `??` (short-circuits, yields an operand).
    Logical(LogicalOp, Box<Expr>, Box<Expr>),
    /// `test ? a : b`.
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
}

/// Event data that handlers can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventField {
    /// `e.target.value` (string).
    TargetValue,
    /// `e.target.checked` (boolean).
    TargetChecked,
    /// `e.key` (string).
    Key,
}

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    /// `!x`
    Not,
    /// `-x`
    Neg,
    /// `+x` (number)
    Plus,
}

/// Binary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    /// `+` (numbers add, strings concatenate)
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Rem,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `===` (and `==` on same-typed operands)
    Eq,
    /// `!==`
    Ne,
}

/// Short-circuit operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogicalOp {
    /// `&&`
    And,
    /// `||`
    Or,
    /// `??` (operands are never null in the supported subset)
    Coalesce,
}

impl Expr {
    /// An expression at `span`.
    pub fn new(kind: ExprKind, span: Span) -> Self {
        Expr { kind, span }
    }
}
