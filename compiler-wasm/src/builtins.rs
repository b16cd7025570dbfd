//! The one table of built-in functions and methods dx supports. Analysis resolves names
//! through it, lowering types calls with it, emission picks each row's implementation, the
//! JS host provides every imported row (a test checks), and `docs/support.md` is rendered
//! from it.

use crate::lower::plan::Ty;

/// How a built-in runs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Impl {
    /// A single wasm instruction on f64 operands.
    Wasm(WasmOp),
    /// A JS String Builtin (`wasm:js-string`), with a JS fallback in the host.
    JsString(&'static str),
    /// A host function imported from module `dx`, named here.
    Host(&'static str),
    /// A number constant.
    Const(f64),
}

/// Wasm instructions that implement a built-in exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WasmOp {
    /// `f64.floor`
    Floor,
    /// `f64.ceil`
    Ceil,
    /// `f64.trunc`
    Trunc,
    /// `f64.sqrt`
    Sqrt,
    /// `f64.abs`
    Abs,
    /// `f64.min`, folded over the arguments (JS `Math.min` semantics for NaN and -0).
    Min,
    /// `f64.max`, folded likewise.
    Max,
}

/// Where a built-in is called.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Receiver {
    /// A global function or namespace member: `Math.floor(x)`, `Date.now()`.
    Global,
    /// A method of a string: `s.trim()`.
    Str,
    /// A method of a number: `n.toFixed(2)`.
    Num,
}

/// One row of the table.
#[derive(Debug)]
pub struct Builtin {
    /// Name as written: `Math.floor`, or the method name for methods.
    pub name: &'static str,
    /// Where it is called.
    pub receiver: Receiver,
    /// Argument types (after the receiver). `Min`/`Max` accept any number of numbers.
    pub params: &'static [Ty],
    /// Result type (`None`: returns nothing, usable only as a statement).
    pub ret: Option<Ty>,
    /// Implementation.
    pub imp: Impl,
}

use Impl::{Const, Host, JsString, Wasm};
use Receiver::{Global, Num as NumR, Str as StrR};
use Ty::{Bool as B, Num as N, Str as S};

/// Every built-in. Rows with the same name and receiver differ in arity.
pub const BUILTINS: &[Builtin] = &[
    Builtin {
        name: "Math.floor",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Wasm(WasmOp::Floor),
    },
    Builtin {
        name: "Math.ceil",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Wasm(WasmOp::Ceil),
    },
    Builtin {
        name: "Math.trunc",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Wasm(WasmOp::Trunc),
    },
    Builtin {
        name: "Math.sqrt",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Wasm(WasmOp::Sqrt),
    },
    Builtin {
        name: "Math.abs",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Wasm(WasmOp::Abs),
    },
    Builtin {
        name: "Math.min",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Wasm(WasmOp::Min),
    },
    Builtin {
        name: "Math.max",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Wasm(WasmOp::Max),
    },
    Builtin {
        name: "Math.round",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_round"),
    },
    Builtin {
        name: "Math.pow",
        receiver: Global,
        params: &[N, N],
        ret: Some(N),
        imp: Host("math_pow"),
    },
    Builtin {
        name: "Math.sign",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_sign"),
    },
    Builtin {
        name: "Math.random",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Host("math_random"),
    },
    Builtin {
        name: "Math.sin",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_sin"),
    },
    Builtin {
        name: "Math.cos",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_cos"),
    },
    Builtin {
        name: "Math.tan",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_tan"),
    },
    Builtin {
        name: "Math.asin",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_asin"),
    },
    Builtin {
        name: "Math.acos",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_acos"),
    },
    Builtin {
        name: "Math.atan",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_atan"),
    },
    Builtin {
        name: "Math.sinh",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_sinh"),
    },
    Builtin {
        name: "Math.cosh",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_cosh"),
    },
    Builtin {
        name: "Math.tanh",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_tanh"),
    },
    Builtin {
        name: "Math.asinh",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_asinh"),
    },
    Builtin {
        name: "Math.acosh",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_acosh"),
    },
    Builtin {
        name: "Math.atanh",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_atanh"),
    },
    Builtin {
        name: "Math.exp",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_exp"),
    },
    Builtin {
        name: "Math.expm1",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_expm1"),
    },
    Builtin {
        name: "Math.log",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_log"),
    },
    Builtin {
        name: "Math.log1p",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_log1p"),
    },
    Builtin {
        name: "Math.log2",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_log2"),
    },
    Builtin {
        name: "Math.log10",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_log10"),
    },
    Builtin {
        name: "Math.cbrt",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_cbrt"),
    },
    Builtin {
        name: "Math.fround",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_fround"),
    },
    Builtin {
        name: "Math.clz32",
        receiver: Global,
        params: &[N],
        ret: Some(N),
        imp: Host("math_clz32"),
    },
    Builtin {
        name: "Math.atan2",
        receiver: Global,
        params: &[N, N],
        ret: Some(N),
        imp: Host("math_atan2"),
    },
    Builtin {
        name: "Math.hypot",
        receiver: Global,
        params: &[N, N],
        ret: Some(N),
        imp: Host("math_hypot"),
    },
    Builtin {
        name: "Math.imul",
        receiver: Global,
        params: &[N, N],
        ret: Some(N),
        imp: Host("math_imul"),
    },
    Builtin {
        name: "Math.LN2",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Const(std::f64::consts::LN_2),
    },
    Builtin {
        name: "Math.LN10",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Const(std::f64::consts::LN_10),
    },
    Builtin {
        name: "Math.LOG2E",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Const(std::f64::consts::LOG2_E),
    },
    Builtin {
        name: "Math.LOG10E",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Const(std::f64::consts::LOG10_E),
    },
    Builtin {
        name: "Math.SQRT2",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Const(std::f64::consts::SQRT_2),
    },
    Builtin {
        name: "Math.SQRT1_2",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Const(std::f64::consts::FRAC_1_SQRT_2),
    },
    Builtin {
        name: "Number.MAX_SAFE_INTEGER",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Const(9007199254740991.0),
    },
    Builtin {
        name: "Number.MIN_SAFE_INTEGER",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Const(-9007199254740991.0),
    },
    Builtin {
        name: "Number.EPSILON",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Const(f64::EPSILON),
    },
    Builtin {
        name: "Number.MAX_VALUE",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Const(f64::MAX),
    },
    Builtin {
        name: "Number.MIN_VALUE",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Const(5e-324),
    },
    Builtin {
        name: "Number.POSITIVE_INFINITY",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Const(f64::INFINITY),
    },
    Builtin {
        name: "Number.NEGATIVE_INFINITY",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Const(f64::NEG_INFINITY),
    },
    Builtin {
        name: "Number.NaN",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Const(f64::NAN),
    },
    Builtin {
        name: "Number.isInteger",
        receiver: Global,
        params: &[N],
        ret: Some(B),
        imp: Host("num_is_integer"),
    },
    Builtin {
        name: "Number.isFinite",
        receiver: Global,
        params: &[N],
        ret: Some(B),
        imp: Host("num_is_finite"),
    },
    Builtin {
        name: "Number.isSafeInteger",
        receiver: Global,
        params: &[N],
        ret: Some(B),
        imp: Host("num_is_safe_integer"),
    },
    Builtin {
        name: "isFinite",
        receiver: Global,
        params: &[N],
        ret: Some(B),
        imp: Host("is_finite"),
    },
    Builtin {
        name: "Math.PI",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Const(std::f64::consts::PI),
    },
    Builtin {
        name: "Math.E",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Const(std::f64::consts::E),
    },
    Builtin {
        name: "Date.now",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Host("date_now"),
    },
    Builtin {
        name: "performance.now",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Host("performance_now"),
    },
    Builtin {
        name: "Number",
        receiver: Global,
        params: &[S],
        ret: Some(N),
        imp: Host("str_to_num"),
    },
    Builtin {
        name: "parseInt",
        receiver: Global,
        params: &[S],
        ret: Some(N),
        imp: Host("parse_int"),
    },
    // `parseInt("ff", 16)`: the radix as JavaScript takes it (2–36, 0 or missing is 10).
    Builtin {
        name: "parseInt",
        receiver: Global,
        params: &[S, N],
        ret: Some(N),
        imp: Host("parse_int_radix"),
    },
    Builtin {
        name: "parseFloat",
        receiver: Global,
        params: &[S],
        ret: Some(N),
        imp: Host("parse_float"),
    },
    Builtin {
        name: "isNaN",
        receiver: Global,
        params: &[N],
        ret: Some(B),
        imp: Host("is_nan"),
    },
    // On a number (the only argument dx types it with) the same as `isNaN`.
    Builtin {
        name: "Number.isNaN",
        receiver: Global,
        params: &[N],
        ret: Some(B),
        imp: Host("is_nan"),
    },
    // The viewport's size and scroll position (numbers that change: read in handlers, effects
    // and initialisers, `analyze/varying.rs`).
    Builtin {
        name: "window.innerWidth",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Host("window_inner_width"),
    },
    Builtin {
        name: "window.innerHeight",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Host("window_inner_height"),
    },
    Builtin {
        name: "window.scrollX",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Host("window_scroll_x"),
    },
    Builtin {
        name: "window.scrollY",
        receiver: Global,
        params: &[],
        ret: Some(N),
        imp: Host("window_scroll_y"),
    },
    Builtin {
        name: "document.title",
        receiver: Global,
        params: &[],
        ret: Some(S),
        imp: Host("document_title"),
    },
    // `document.title = text` (a statement; the name cannot be written in source).
    Builtin {
        name: "document.title=",
        receiver: Global,
        params: &[S],
        ret: None,
        imp: Host("set_document_title"),
    },
    Builtin {
        name: "location.hash",
        receiver: Global,
        params: &[],
        ret: Some(S),
        imp: Host("location_hash"),
    },
    Builtin {
        name: "String.fromCharCode",
        receiver: Global,
        params: &[N],
        ret: Some(S),
        imp: Host("str_from_char_code"),
    },
    Builtin {
        name: "localStorage.getItemOr",
        receiver: Global,
        params: &[S, S],
        ret: Some(S),
        imp: Host("storage_get_or"),
    },
    Builtin {
        name: "alert",
        receiver: Global,
        params: &[S],
        ret: None,
        imp: Host("alert"),
    },
    Builtin {
        name: "localStorage.setItem",
        receiver: Global,
        params: &[S, S],
        ret: None,
        imp: Host("storage_set"),
    },
    Builtin {
        name: "localStorage.removeItem",
        receiver: Global,
        params: &[S],
        ret: None,
        imp: Host("storage_remove"),
    },
    Builtin {
        name: "trim",
        receiver: StrR,
        params: &[],
        ret: Some(S),
        imp: Host("str_trim"),
    },
    Builtin {
        name: "trimStart",
        receiver: StrR,
        params: &[],
        ret: Some(S),
        imp: Host("str_trim_start"),
    },
    Builtin {
        name: "trimEnd",
        receiver: StrR,
        params: &[],
        ret: Some(S),
        imp: Host("str_trim_end"),
    },
    // Regular expressions (`lower/regex.rs`): the host makes a `RegExp` from the pattern and
    // flags for each use. Not names JavaScript code can call.
    Builtin {
        name: "#regex.test",
        receiver: Global,
        params: &[S, S, S, N],
        ret: Some(N),
        imp: Host("re_test"),
    },
    Builtin {
        name: "#regex.replace",
        receiver: Global,
        params: &[S, S, S, S],
        ret: Some(S),
        imp: Host("re_replace"),
    },
    Builtin {
        name: "#regex.new",
        receiver: Global,
        params: &[S, S],
        ret: Some(Ty::Event),
        imp: Host("re_new"),
    },
    // An object whose `[Symbol.split]` gives `s.match(re) ?? []`: `GKind::Split` then brings
    // the matches of a `g` regular expression into wasm (`"a1b22".match(/\d+/g)`).
    Builtin {
        name: "#regex.matcher",
        receiver: Global,
        params: &[S, S],
        ret: Some(Ty::Event),
        imp: Host("re_matcher"),
    },
    // Dates (`lower/dates.rs`): a date is its time value; the host makes a `Date` from it
    // for each use. Not names JavaScript code can call.
    Builtin {
        name: "#date.parse",
        receiver: Global,
        params: &[S],
        ret: Some(N),
        imp: Host("date_parse"),
    },
    Builtin {
        name: "#date.make",
        receiver: Global,
        params: &[N, N, N, N, N, N, N],
        ret: Some(N),
        imp: Host("date_make"),
    },
    Builtin {
        name: "#date.get",
        receiver: Global,
        params: &[N, S],
        ret: Some(N),
        imp: Host("date_get"),
    },
    Builtin {
        name: "#date.text",
        receiver: Global,
        params: &[N, S, S],
        ret: Some(S),
        imp: Host("date_text"),
    },
    // The page's locale order (ICU collation), so the prerenderer has no build-time value.
    Builtin {
        name: "localeCompare",
        receiver: StrR,
        params: &[S],
        ret: Some(N),
        imp: Host("str_locale_compare"),
    },
    Builtin {
        name: "toUpperCase",
        receiver: StrR,
        params: &[],
        ret: Some(S),
        imp: Host("str_upper"),
    },
    Builtin {
        name: "toLowerCase",
        receiver: StrR,
        params: &[],
        ret: Some(S),
        imp: Host("str_lower"),
    },
    Builtin {
        name: "includes",
        receiver: StrR,
        params: &[S],
        ret: Some(B),
        imp: Host("str_includes"),
    },
    Builtin {
        name: "startsWith",
        receiver: StrR,
        params: &[S],
        ret: Some(B),
        imp: Host("str_starts_with"),
    },
    Builtin {
        name: "endsWith",
        receiver: StrR,
        params: &[S],
        ret: Some(B),
        imp: Host("str_ends_with"),
    },
    Builtin {
        name: "indexOf",
        receiver: StrR,
        params: &[S],
        ret: Some(N),
        imp: Host("str_index_of"),
    },
    Builtin {
        name: "lastIndexOf",
        receiver: StrR,
        params: &[S],
        ret: Some(N),
        imp: Host("str_last_index_of"),
    },
    Builtin {
        name: "slice",
        receiver: StrR,
        params: &[N],
        ret: Some(S),
        imp: Host("str_slice_from"),
    },
    Builtin {
        name: "slice",
        receiver: StrR,
        params: &[N, N],
        ret: Some(S),
        imp: Host("str_slice"),
    },
    Builtin {
        name: "substring",
        receiver: StrR,
        params: &[N, N],
        ret: Some(S),
        imp: Host("str_substring"),
    },
    Builtin {
        name: "charAt",
        receiver: StrR,
        params: &[N],
        ret: Some(S),
        imp: Host("str_char_at"),
    },
    Builtin {
        name: "charCodeAt",
        receiver: StrR,
        params: &[N],
        ret: Some(N),
        imp: Host("str_char_code_at"),
    },
    Builtin {
        name: "repeat",
        receiver: StrR,
        params: &[N],
        ret: Some(S),
        imp: Host("str_repeat"),
    },
    Builtin {
        name: "padStart",
        receiver: StrR,
        params: &[N, S],
        ret: Some(S),
        imp: Host("str_pad_start"),
    },
    Builtin {
        name: "padEnd",
        receiver: StrR,
        params: &[N, S],
        ret: Some(S),
        imp: Host("str_pad_end"),
    },
    // A string pattern: its first occurrence (a regular expression is `lower/regex.rs`'s);
    // `$&`, `$1`… in the replacement mean what they mean in JavaScript.
    Builtin {
        name: "replace",
        receiver: StrR,
        params: &[S, S],
        ret: Some(S),
        imp: Host("str_replace"),
    },
    Builtin {
        name: "replaceAll",
        receiver: StrR,
        params: &[S, S],
        ret: Some(S),
        imp: Host("str_replace_all"),
    },
    Builtin {
        name: "toFixed",
        receiver: NumR,
        params: &[N],
        ret: Some(S),
        imp: Host("num_to_fixed"),
    },
    // `JSON.stringify(v, null, n)`: the text of `JSON.stringify(v)` indented by the host
    // (parsed and written again: the same text as JavaScript's, key order included).
    Builtin {
        name: "#json_indent",
        receiver: Global,
        params: &[S, N],
        ret: Some(S),
        imp: Host("json_indent"),
    },
    // `n.toLocaleString()`, `n.toLocaleString("de-DE")`: the browser's number formatting (the
    // same digits and separators React's page shows); no `options` object yet.
    Builtin {
        name: "toLocaleString",
        receiver: NumR,
        params: &[S],
        ret: Some(S),
        imp: Host("num_locale"),
    },
    Builtin {
        name: "toLocaleString",
        receiver: NumR,
        params: &[],
        ret: Some(S),
        imp: Host("num_locale_default"),
    },
    Builtin {
        name: "length",
        receiver: StrR,
        params: &[],
        ret: Some(N),
        imp: JsString("length"),
    },
];

/// Built-ins read as properties, not called (`location.hash`): rows with no parameters.
pub const PROPERTIES: &[&str] = &[
    "location.hash",
    "document.title",
    "window.innerWidth",
    "window.innerHeight",
    "window.scrollX",
    "window.scrollY",
];

/// Index of a row in [`BUILTINS`].
pub type BuiltinId = usize;

/// Functions of `Object` and `Array` that dx compiles from the argument's static type
/// (`lower/records.rs`), and `localStorage.getItem`, whose result is `string | null`.
pub const TYPED_GLOBALS: &[&str] = &[
    "Object.keys",
    "Object.values",
    "Object.entries",
    "Object.fromEntries",
    "Object.is",
    "Object.freeze",
    "Array.isArray",
    "Array.from",
    "Array.fill",
    "localStorage.getItem",
];

/// The row for `name` called on `receiver` with `arity` arguments.
pub fn lookup(name: &str, receiver: Receiver, arity: usize) -> Option<BuiltinId> {
    BUILTINS.iter().position(|b| {
        b.name == name
            && b.receiver == receiver
            && (b.params.len() == arity || matches!(b.imp, Wasm(WasmOp::Min | WasmOp::Max)))
            && !matches!(b.imp, Const(_))
    })
}

/// The constant `name` (`Math.PI`), if it is one.
pub fn constant(name: &str) -> Option<f64> {
    BUILTINS.iter().find_map(|b| match b.imp {
        Const(v) if b.name == name => Some(v),
        _ => None,
    })
}

/// Whether any row is called `name` on `receiver` (for "wrong number of arguments" errors).
pub fn exists(name: &str, receiver: Receiver) -> bool {
    BUILTINS
        .iter()
        .any(|b| b.name == name && b.receiver == receiver)
}

/// `docs/support.md`'s built-in section.
pub fn support_markdown() -> String {
    let mut md = String::from("| built-in | arguments | result | runs as |\n|---|---|---|---|\n");
    // `#…` rows are what other constructs compile to (regular expressions), listed there.
    for b in BUILTINS.iter().filter(|b| !b.name.starts_with('#')) {
        let name = match b.receiver {
            Global => b.name.to_string(),
            StrR => format!("string.{}", b.name),
            NumR => format!("number.{}", b.name),
        };
        let args = match b.imp {
            Wasm(WasmOp::Min | WasmOp::Max) => "number, …".to_string(),
            Const(_) => "(constant)".to_string(),
            _ => b
                .params
                .iter()
                .map(|t| t.name())
                .collect::<Vec<_>>()
                .join(", "),
        };
        let how = match b.imp {
            Wasm(op) => format!("wasm `{op:?}`").to_lowercase(),
            JsString(f) => format!("`wasm:js-string` {f}"),
            Host(f) => format!("host `dx.{f}`"),
            Const(v) => format!("constant {v}"),
        };
        md.push_str(&format!(
            "| `{name}` | {args} | {} | {how} |\n",
            b.ret.map_or("nothing", Ty::name)
        ));
    }
    md
}
