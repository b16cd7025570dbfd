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

/// Index of a module-level function in [`Program::helpers`].
pub type HelperId = usize;

/// All components and functions of one file, and what runs.
#[derive(Debug)]
pub struct Program {
    /// Components in source order.
    pub components: Vec<Component>,
    /// The default-exported component (`None` for a `.ts` program).
    pub entry: Option<ComponentId>,
    /// Module-level functions (lowercase names), callable from components and each other.
    pub helpers: Vec<Helper>,
    /// A `.ts` program's top-level statements, run by the exported `main`.
    pub main: Option<std::rc::Rc<Handler>>,
    /// Module-level `const`s that are not functions, evaluated once at start-up.
    pub constants: Vec<Constant>,
    /// Array and record types named by annotations.
    pub types: crate::types::Types,
    /// `createContext(…)` values, across the app's files.
    pub contexts: Vec<Context>,
    /// The app's files in the order JavaScript evaluates their top level: a file's imports
    /// before the file (module constants are initialised in this order).
    pub init_order: Vec<usize>,
}

/// Index into `Program::contexts`.
pub type ContextId = usize;

/// `const ThemeContext = createContext(default)`: a value that components below a
/// `<ThemeContext value={…}>` read with `useContext(ThemeContext)`.
#[derive(Debug)]
pub struct Context {
    /// Its name.
    pub name: String,
    /// Index of the app file it is written in.
    pub file: usize,
    /// What `useContext` gives without a provider above (`undefined` when not given): a
    /// value, or a function (`createContext(() => {})`).
    pub default: PropValue,
    /// Where its name is declared.
    pub span: Span,
}

/// A module-level `const` value (`const WORDS = ["a", "b"]`).
#[derive(Debug)]
pub struct Constant {
    /// Its name.
    pub name: String,
    /// Index of the app file it is written in.
    pub file: usize,
    /// Its value (may read earlier constants and call module-level functions).
    pub value: Expr,
    /// Declared with `let`/`var`: handlers, effects and functions may assign it.
    pub mutable: bool,
    /// Where its name is declared.
    pub span: Span,
}

/// A module-level function.
#[derive(Debug)]
pub struct Helper {
    /// Its name.
    pub name: String,
    /// Index of the app file it is written in.
    pub file: usize,
    /// Parameters, annotations and body.
    pub body: std::rc::Rc<Handler>,
}

/// Value types of the supported subset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// A JS number (f64).
    Num,
    /// A JS string (externref).
    Str,
    /// A boolean (i32 0/1).
    Bool,
    /// The DOM event passed to a handler (externref).
    Event,
    /// An array (i32 pointer to a heap object; element type in [`crate::types::Types`]).
    Arr(u32),
    /// A record, an object of fixed shape (i32 pointer; 0 is `undefined`, as `find` yields).
    Rec(u32),
    /// The `null` literal before it meets the type it stands for (`useState(null)` before a
    /// setter says what it holds; a branch of `c ? null : x`). No value is stored as this.
    Null,
    /// A value of a type or `null` (or `undefined`): `string | null`, `useState(null)` set to
    /// a number, an optional field. Stored as its base type, with one reserved value for
    /// nullish (see docs/values.md).
    Opt(Nullable),
}

/// A nullable type: its base and which nullish value it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Nullable {
    /// The type of its non-nullish values.
    pub base: Base,
    /// Whether the nullish value is `undefined` (an optional field or parameter, a missing
    /// prop) rather than `null`. dx keeps the two apart by type: a value that can be both is
    /// refused, so `x === null` and `String(x)` stay exact.
    pub undefined: bool,
}

/// The types a [`Nullable`] can be built on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base {
    Num,
    Str,
    Bool,
    Arr(u32),
    Rec(u32),
}

impl Nullable {
    /// The base as a type.
    pub fn base(self) -> Ty {
        match self.base {
            Base::Num => Ty::Num,
            Base::Str => Ty::Str,
            Base::Bool => Ty::Bool,
            Base::Arr(id) => Ty::Arr(id),
            Base::Rec(id) => Ty::Rec(id),
        }
    }

    /// How the nullish value is written in JS.
    pub fn nullish_name(self) -> &'static str {
        if self.undefined { "undefined" } else { "null" }
    }
}

impl Ty {
    /// How the type is named in diagnostics.
    pub fn name(self) -> &'static str {
        match self {
            Ty::Num => "number",
            Ty::Str => "string",
            Ty::Bool => "boolean",
            Ty::Event => "event",
            Ty::Arr(_) => "array",
            Ty::Rec(_) => "object",
            Ty::Null => "null",
            Ty::Opt(o) => match (o.base, o.undefined) {
                (Base::Num, false) => "number | null",
                (Base::Str, false) => "string | null",
                (Base::Bool, false) => "boolean | null",
                (Base::Arr(_), false) => "array | null",
                (Base::Rec(_), false) => "object | null",
                (Base::Num, true) => "number | undefined",
                (Base::Str, true) => "string | undefined",
                (Base::Bool, true) => "boolean | undefined",
                (Base::Arr(_), true) => "array | undefined",
                (Base::Rec(_), true) => "object | undefined",
            },
        }
    }

    /// Whether values of the type live in the heap (arrays and records, nullable or not).
    pub fn is_heap(self) -> bool {
        matches!(self.repr(), Ty::Arr(_) | Ty::Rec(_))
    }

    /// The type whose representation values of this type share: a nullable type is stored
    /// as its base (the nullish value is a reserved value of it).
    pub fn repr(self) -> Ty {
        match self {
            Ty::Opt(o) => o.base(),
            other => other,
        }
    }

    /// `self | null` (`undefined` when `undefined`); `None` for types that cannot be
    /// nullable (an event, `null` itself).
    pub fn nullable(self, undefined: bool) -> Option<Ty> {
        let base = match self {
            Ty::Num => Base::Num,
            Ty::Str => Base::Str,
            Ty::Bool => Base::Bool,
            Ty::Arr(id) => Base::Arr(id),
            Ty::Rec(id) => Base::Rec(id),
            Ty::Opt(o) if o.undefined == undefined => return Some(self),
            Ty::Opt(_) | Ty::Event | Ty::Null => return None,
        };
        Some(Ty::Opt(Nullable { base, undefined }))
    }
}

/// One component, flavour-independent.
#[derive(Debug)]
pub struct Component {
    /// Name as written.
    pub name: String,
    /// Span of the name.
    pub span: Span,
    /// Index of the app file it is written in.
    pub file: usize,
    /// Whether handler reads see the state of the render that created them (React) or
    /// the live value (`.dx`).
    pub snapshot_reads: bool,
    /// Declared props.
    pub props: Vec<PropDecl>,
    /// State variables with their initial values.
    pub states: Vec<StateDecl>,
    /// The rendered markup.
    pub view: Vec<ViewNode>,
    /// Number of `useRef` element refs.
    pub refs: usize,
    /// Effects: code that runs after the DOM is updated, when what it depends on changed.
    pub effects: Vec<Effect>,
    /// Functions declared in the component body (`function f() {}`, `const f = () => …`),
    /// referenced by id so they can call each other in any order, as hoisting allows.
    pub functions: Vec<std::rc::Rc<Handler>>,
}

/// `useEffect(fn, deps)` / `.dx` `effect(fn)`.
#[derive(Debug)]
pub struct Effect {
    /// What it runs (no parameters).
    pub body: std::rc::Rc<Handler>,
    /// When it runs again.
    pub deps: EffectDeps,
    /// Where it is declared.
    pub span: Span,
}

/// When an effect re-runs (it always runs when its component mounts).
#[derive(Debug)]
pub enum EffectDeps {
    /// After any state its body reads changes (`.dx` `effect`, `useEffect` without a list).
    Reads,
    /// After one of these values changes (`useEffect(fn, [a, b])`; `[]`: only on mount).
    Values(Vec<Expr>),
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
    /// Not a prop the caller passes but `useContext(context)`: the value of the nearest
    /// `<Context value>` above the instance, or the context's default.
    pub context: Option<ContextId>,
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
    /// `useReducer(reducer, …)`: the reducer, whose first parameter's annotation (if any)
    /// types the initial state (`{ items: [], coupon: null }` as a `CartState`).
    pub reducer: Option<HelperId>,
    /// `useRef(init)` holding a value: `.current` reads it live and a write re-renders nothing.
    pub is_ref: bool,
}

/// Markup.
#[derive(Debug, Clone)]
pub enum ViewNode {
    /// A DOM element.
    Element {
        tag: String,
        attrs: Vec<Attr>,
        children: Vec<ViewNode>,
        /// The children are React's child slots one for one (no fragment or variable holding
        /// several nodes among them), so two renders' children can be matched by position.
        aligned: bool,
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
        /// React would keep a node across the arms (an element or component of one type and
        /// key at the same place: its focus, typed text, state), which dx does only where it
        /// merges the arms into one tree (`analyze/reconcile.rs`); this marks arms it could
        /// not merge, which lowering refuses where the swap would show.
        keeps_instance: bool,
        span: Span,
    },
    /// An element or component with a `key` that can change (outside a list): mounted
    /// afresh, with new state, whenever the key's value changes.
    Keyed {
        key: Expr,
        body: Vec<ViewNode>,
        span: Span,
    },
    /// Where the component's `children` go.
    Children(PropId),
    /// `<Ctx value={v}>…</Ctx>` (or `<Ctx.Provider value>`): components in `children` that
    /// read `useContext(Ctx)` get `value`.
    Provider {
        context: ContextId,
        value: PropValue,
        children: Vec<ViewNode>,
        span: Span,
    },
    /// Another component.
    Component {
        id: ComponentId,
        props: Vec<(String, PropValue, Span)>,
        span: Span,
    },
    /// `{items.map(item => <li key={item.id}>…</li>)}`: one row per element, keyed.
    List {
        /// Id of the list within its component (what `RowItem`/`RowIndex` name).
        list: usize,
        /// The array.
        array: Expr,
        /// The row's key (the `key` of the row's root).
        key: Expr,
        /// The row's markup (one root element or component).
        body: Vec<ViewNode>,
        span: Span,
    },
}

/// An attribute of a DOM element.
#[derive(Debug, Clone)]
pub enum Attr {
    /// `name="value"` or a boolean attribute written bare.
    Static { name: String, value: String },
    /// `name={expr}`.
    Dynamic {
        name: String,
        value: Expr,
        span: Span,
    },
    /// `ref={r}`: element ref `r` of the component points at this element.
    Ref(usize),
    /// `{...rest}` of the component's rest props (`({ label, ...rest })`): the props each call
    /// site passes that the component does not name, as attributes and listeners
    /// (`lower/view.rs::rest_attrs`). `input_type`: the element's `type` if written as text
    /// (which event `onChange` listens to).
    RestProps {
        span: Span,
        input_type: Option<String>,
    },
    /// `onClick={…}`: the DOM event type and its handler.
    Event {
        event: String,
        handler: HandlerRef,
        span: Span,
    },
}

/// A value passed as a prop.
#[derive(Debug, Clone)]
pub enum PropValue {
    /// A data value.
    Expr(Expr),
    /// A function value (callback prop).
    Handler(HandlerRef),
    /// Markup passed between the component's tags (`children`).
    Children(std::rc::Rc<Vec<ViewNode>>),
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
    /// A module-level function used as a value (inlined where it is called, as a function
    /// written in the component is).
    Helper(HelperId, Span),
    /// The function a function returns (`handleSize("S")` where `const handleSize = (s) =>
    /// () => setSize(s)`): `factory` called with `args`, which ends in `return <function>`.
    Applied {
        factory: Box<HandlerRef>,
        args: Vec<Expr>,
        span: Span,
    },
}

/// A function body: an event handler, a named function, or a program's `main`.
#[derive(Debug)]
pub struct Handler {
    /// Number of parameters (locals `first_local..first_local + params`).
    pub params: usize,
    /// The first parameter's local: 0, or for a function written inside another function,
    /// where that function's locals end (the two share one numbering, so the inner function
    /// reads the outer one's variables: a closure, inlined where it is called).
    pub first_local: usize,
    /// Declared parameter types (`x: number`), one per parameter.
    pub param_types: Vec<Option<Ty>>,
    /// Declared return type (`None`: not annotated or `void`).
    pub return_type: Option<Ty>,
    /// Whether the return type is written as `void`.
    pub declared_void: bool,
    /// Number of locals in all (parameters first).
    pub locals: usize,
    /// The statements.
    pub body: Vec<Stmt>,
    /// Where the function is written.
    pub span: Span,
}

impl Handler {
    /// A handler of one parameter, the event, made by the compiler (not written in the
    /// source): `(event) => { body }`, the event in local 0.
    pub fn of_event(body: Vec<Stmt>, span: Span) -> Handler {
        Handler {
            params: 1,
            first_local: 0,
            param_types: vec![None],
            return_type: None,
            declared_void: false,
            locals: 1,
            body,
            span,
        }
    }
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
    /// `v = value` for a module-level `let` (compound forms are desugared).
    SetConstant {
        constant: usize,
        value: Expr,
        span: Span,
    },
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
    /// `onChange?.(value)`: a call of a callback prop, when the caller gave it.
    CallIfGiven {
        prop: PropId,
        args: Vec<Expr>,
        span: Span,
    },
    /// `e.preventDefault()` on the event in `local`.
    PreventDefault { local: LocalId, span: Span },
    /// `local = value` for a `let` local (compound forms are desugared).
    Assign { local: LocalId, value: Expr },
    /// A loop: `while` (`test` first), `do … while` (`test_at_end`), or `for` (with `update`).
    /// `continue` jumps to `update`.
    Loop {
        test: Option<Expr>,
        body: Vec<Stmt>,
        update: Vec<Stmt>,
        test_at_end: bool,
    },
    /// A block that `break` leaves (a desugared `switch`; `exhaustive` when it has a `default`).
    Breakable { body: Vec<Stmt>, exhaustive: bool },
    /// `break;`
    Break { span: Span },
    /// `throw value;`: stops the handler or function with an error (the value is not kept).
    Throw { span: Span },
    /// `continue;`
    Continue { span: Span },
    /// `return;` / `return value;`
    Return { value: Option<Expr>, span: Span },
    /// `return () => …` in an effect: the cleanup React runs before the effect runs again
    /// and when its component unmounts.
    ReturnCleanup { cleanup: HandlerRef, span: Span },
    /// A call evaluated for its effects.
    Eval { value: Expr },
    /// `console.log(args…)`
    Log { args: Vec<Expr> },
    /// `clearTimeout(id)` / `clearInterval(id)`
    ClearTimer { id: Expr },
    /// `r.current.focus()` for element ref `r` of the component.
    Focus { r: usize, span: Span },
    /// `r.current.name = value` (`name` may be `style.height`): a DOM property of element ref
    /// `r`'s element, set at once as React's code does.
    ElementSet {
        r: usize,
        name: String,
        value: Expr,
        /// What the property holds (a style property: a string).
        kind: EventValue,
        span: Span,
    },
    /// `r.current.method()`: a DOM method without arguments (`analyze::jsx::ELEMENT_METHODS`).
    ElementCall {
        r: usize,
        method: &'static str,
        span: Span,
    },
    /// `object.field = value`; `root` is the `.dx` state the object belongs to, whose
    /// readers re-render.
    SetField {
        object: Expr,
        field: String,
        value: Expr,
        root: Option<StateId>,
        span: Span,
    },
    /// `array[index] = value`; `root` as for `SetField`.
    SetIndex {
        array: Expr,
        index: Expr,
        value: Expr,
        root: Option<StateId>,
        span: Span,
    },
    /// `.dx` state changed in place (`items.push(x)`): its readers re-render.
    Touch { state: StateId },
    /// `for (const local of array) body`.
    ForOf {
        local: LocalId,
        array: Expr,
        body: Vec<Stmt>,
        span: Span,
    },
    /// `window.addEventListener("type", fn)`: `fn` runs on every such event of the window;
    /// `remove`: `window.removeEventListener("type", fn)` stops that.
    WindowListen {
        event: String,
        callback: HandlerRef,
        remove: bool,
        span: Span,
    },
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
    /// `r.current.name` of element ref `r`: a DOM property read from the element
    /// (`analyze::jsx::ELEMENT_PROPERTIES`).
    ElementProp {
        r: usize,
        name: &'static str,
        value: EventValue,
    },
    /// `r.current` of element ref `r` as a test: whether its element is in the document.
    RefAttached(usize),
    /// `r.current` of value ref `r` (a state slot), read live even where state reads are
    /// the render's snapshot: React's ref is one mutable box.
    RefCurrent(StateId),
    /// `r.current++` / `--r.current` as a value.
    RefUpdate {
        state: StateId,
        delta: f64,
        prefix: bool,
    },
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
    /// A value of a `style` object written as CSS text, as React writes it: a number gets
    /// `px` unless it is 0 or the property is `unitless`; a string is written as it is.
    CssValue { unitless: bool, value: Box<Expr> },
    /// A call of a module-level function.
    Call { helper: HelperId, args: Vec<Expr> },
    /// A call of a function written inside the component or function, used as a value.
    CallInner { callee: HandlerRef, args: Vec<Expr> },
    /// A function used as a value: stored in an object, an array or a variable
    /// (`{ add: (a, b) => a + b }`, `const rules = [required, minLength(3)]`); see
    /// `lower/function_values.rs`.
    Function(HandlerRef),
    /// A call of a function value (`operations[op].fn(x, y)`, `rule(value)`).
    CallValue { callee: Box<Expr>, args: Vec<Expr> },
    /// `new Set(items?)` / `new Map(entries?)`, with the type written as type arguments
    /// (`new Set<number>()`) if it is (`lower/collections.rs`).
    NewCollection {
        kind: CollectionKind,
        source: Option<Box<Expr>>,
        ty: Option<Ty>,
    },
    /// A regular expression: `/\d+/g` (pattern and flags as written) or
    /// `new RegExp(pattern, flags?)`; see `lower/regex.rs`.
    Regex {
        pattern: Box<Expr>,
        flags: Box<Expr>,
    },
    /// `setTimeout(fn, ms)` / `setInterval(fn, ms)`: yields the timer id.
    Timer {
        callback: HandlerRef,
        ms: Box<Expr>,
        repeat: bool,
    },
    /// A built-in (see [`crate::builtins`]): `Math.floor(x)`, or a method `s.trim()` whose row
    /// is chosen by the receiver's type during lowering.
    Builtin {
        name: String,
        receiver: Option<Box<Expr>>,
        args: Vec<Expr>,
    },
    /// Unary operator.
    Unary(UnaryOp, Box<Expr>),
    /// Binary operator (evaluates both sides).
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// `&&`, `||` or `??` (short-circuits, yields an operand).
    Logical(LogicalOp, Box<Expr>, Box<Expr>),
    /// `test ? a : b`.
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
    /// A module-level constant (or `let` variable).
    Constant(usize),
    /// `v++`, `++v`, `v--`, `--v` of a module-level `let` used as a value: adds `delta` and
    /// yields the old value (postfix) or the new one (prefix).
    ConstantUpdate {
        constant: usize,
        delta: f64,
        prefix: bool,
    },
    /// `[a, ...b]`.
    Array(Vec<Item>),
    /// `{ a: 1, ...o }`: named fields and spreads, in source order.
    Object(Vec<(Option<String>, Expr)>),
    /// `object.field`.
    Field(Box<Expr>, String),
    /// `array[index]`.
    Index(Box<Expr>, Box<Expr>),
    /// A value whose type is written out (`x as Row[]`, `const x: Row[] = …`).
    Typed(Ty, Box<Expr>),
    /// A function passed to an array method (`x => x.id`); its parameters and locals are
    /// numbered with the enclosing function's locals, so it reads them directly.
    Lambda(std::rc::Rc<Lambda>),
    /// `undefined`: the nullish value of a type whose nullish value is `undefined` (an
    /// optional field, `useState()`), or compared with a record (what `find` returns).
    Undefined,
    /// `new Date(…)`: now, a time value, a date string, another date, or the parts of a
    /// local date and time (`lower/dates.rs`).
    NewDate(Vec<Expr>),
    /// A `throw` while rendering (`default: throw Error(…)` of a component's `switch`): the
    /// render stops with a run-time error, as React's does (it then unmounts the app).
    Throw,
    /// `null`: the nullish value of the type it meets (`useState(null)`, `c ? null : x`).
    Null,
    /// An optional read (`object?.field`): `undefined` when `object` is nullish, else `read`,
    /// in which `OptionalValue` stands for the (non-nullish) object.
    Optional { object: Box<Expr>, read: Box<Expr> },
    /// The object of the enclosing `Optional` read.
    OptionalValue,
    /// Element `index` of an array as array destructuring reads it (`const [a, b] = xs`):
    /// `undefined` past the end (an index expression `xs[i]` stops with an error there).
    ElementOrUndefined(Box<Expr>, usize),
    /// `{ ...object, [key]: value }`: a copy of a record with the field named by `key` (a
    /// string known at run time) replaced.
    WithKey {
        object: Box<Expr>,
        key: Box<Expr>,
        value: Box<Expr>,
    },
    /// The `...rest` of an object pattern (`const { id, ...user } = person`): a copy of the
    /// record without the named fields, the others in their order.
    Without {
        object: Box<Expr>,
        fields: Vec<String>,
    },
    /// A destructuring default (`{ size = "md" }`): the value, or the default when the value
    /// is `undefined` (not when it is `null`).
    DefaultIfUndefined(Box<Expr>, Box<Expr>),
    /// `typeof x`: known from `x`'s type, except for nullable values (`lower/expr.rs`).
    TypeOf(Box<Expr>),
    /// `...xs` as an argument of `Math.min` / `Math.max` (the only calls that take spreads).
    Spread(Box<Expr>),
    /// The element a row of list `list` (of the same component) shows.
    RowItem(usize),
    /// The index of that row.
    RowIndex(usize),
}

/// An element of an array literal.
#[derive(Debug, Clone)]
pub struct Item {
    /// `...value`.
    pub spread: bool,
    /// The element (or the array spread into this one).
    pub value: Expr,
}

/// A callback of an array method, inlined into the loop that calls it.
#[derive(Debug)]
pub struct Lambda {
    /// Parameters (element, index, …), as locals of the enclosing function.
    pub params: Vec<LocalId>,
    /// Declared parameter types.
    pub param_types: Vec<Option<Ty>>,
    /// The body; `return value` gives the callback's result.
    pub body: Vec<Stmt>,
    /// Where it is written.
    pub span: Span,
}

/// Which collection `new` makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CollectionKind {
    Set,
    Map,
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
    /// Another property of the event (`e.clientX`, `e.shiftKey`, `e.code`): its name and
    /// what it holds (`analyze::jsx::EVENT_PROPERTIES`).
    Property(&'static str, EventValue),
}

/// What an event property holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventValue {
    Num,
    Bool,
    Str,
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
