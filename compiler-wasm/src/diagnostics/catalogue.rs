//! The catalogue of every diagnostic dx can report: one row per code, from which the
//! `Code` enum and `docs/errors.md` are derived. Codes are stable; never reuse one.

macro_rules! catalogue {
    ($( $name:ident = $code:literal, $title:literal, $hint:literal; )*) => {
        /// A diagnostic code (see `docs/errors.md`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Code { $( #[doc = $title] $name, )* }

        /// One catalogue row.
        #[derive(Debug)]
        pub struct CodeInfo {
            /// The code as users see and search it, e.g. `DX0201`.
            pub id: &'static str,
            /// What kind of problem it is.
            pub title: &'static str,
            /// The default advice shown under the code frame.
            pub hint: &'static str,
        }

        /// Every code, in catalogue order.
        pub const CATALOGUE: &[(Code, CodeInfo)] = &[ $( (Code::$name, CodeInfo { id: $code, title: $title, hint: $hint }), )* ];
    };
}

catalogue! {
    Syntax = "DX0001", "syntax error", "fix the syntax; dx parses TypeScript + JSX like tsc";
    UnsupportedFile = "DX0002", "unsupported file type", "name the entry `*.tsx`, `*.jsx` or `*.js` (React-style) or `*.dx` (dx reactivity); a `*.ts` entry is a program without UI";
    FileNotFound = "DX0003", "imported file not found", "import files of the app with a relative path, e.g. `import { Row } from \"./row\"`";
    NoDefaultExport = "DX0101", "no default-exported component", "add `export default function App() { return <div/>; }`";
    NotAComponent = "DX0102", "not a component", "a component is a function whose name starts with a capital letter and that returns JSX";
    TopLevelStatement = "DX0103", "unsupported top-level statement", "keep imports, type declarations and component functions at the top level";
    UnsupportedImport = "DX0104", "unsupported import", "import only `useState` from \"dx\" (or \"react\") for now";
    NoJsxReturn = "DX0105", "component does not return JSX", "end the component with `return <element>…</element>;`";
    BodyStatement = "DX0106", "unsupported statement in a component body", "a component body may declare state, derived `const`s and handler functions, then return JSX";
    StateDeclaration = "DX0107", "malformed state declaration", "write `const [value, setValue] = useState(initial);`";
    HookInDx = "DX0108", "hook in a .dx file", "in .dx files a top-level `let` is state: write `let count = 0;` instead of useState";
    LetInTsx = "DX0109", "plain `let` in a .tsx component", "use `useState` for state in .tsx, or rename the file to .dx where `let` is state";
    StateType = "DX0110", "the type of this state is not known", "start it from a value (`0`, `\"\"`, `[]`) or annotate its type (in React code `useState<string | null>(null)`, typed from its setters otherwise)";
    RecursiveComponent = "DX0111", "recursive component", "a component can render itself only from the rows of one of its lists, passing its props down";
    UnknownComponent = "DX0112", "unknown component", "define the component in this file; its name must start with a capital letter";
    MissingProp = "DX0113", "missing prop", "pass the prop or give it a default: `function C({ name = \"x\" })`";
    DuplicateName = "DX0114", "name declared twice", "rename one of the declarations";
    UnknownIdentifier = "DX0201", "unknown identifier", "declare it as state, a prop, a `const` in the component, or a handler parameter";
    UnsupportedExpression = "DX0202", "unsupported expression", "see docs/dx-syntax.md for the supported subset";
    UnsupportedOperator = "DX0203", "unsupported operator", "supported: + - * / % < <= > >= === !== == != && || ! ?: and unary -";
    TypeMismatch = "DX0204", "type mismatch", "dx keeps every value one type and applies no implicit coercions: convert explicitly, e.g. String(n)";
    UnsupportedCall = "DX0205", "unsupported call", "docs/support.md lists the functions, methods and built-ins dx can call, with their arguments";
    AssignToNonState = "DX0206", "assignment to something that is not state", "only state can change; in .dx declare it with top-level `let`, in .tsx call its setter";
    UnsupportedMember = "DX0207", "unsupported member access", "supported: props.name, e.target.value, e.target.checked, e.key, s.length";
    EventOutsideHandler = "DX0208", "event object used outside a handler", "read `e.target.value` inside the handler and store it in state";
    UnsupportedType = "DX0209", "unsupported type", "dx models number, string, boolean, arrays (`T[]`) and object types of fixed shape (`interface`/`type`)";
    EmptyArrayType = "DX0210", "array of unknown element type", "give the array a type: `const xs: Row[] = []`, `[] as Row[]` or `useState<Row[]>([])`";
    UnsupportedJsx = "DX0301", "unsupported JSX", "spread attributes, namespaced and member tag names are not supported yet";
    UnsupportedAttribute = "DX0302", "unsupported attribute", "see docs/support.md for the events dx listens to; one handler per event of an element";
    HandlerNotFunction = "DX0303", "event handler is not a function", "pass a function: `onClick={() => setCount(count + 1)}`";
    JsxInAttribute = "DX0304", "JSX as an attribute value", "render the markup in the JSX body, or make it a component";
    ListsNotSupported = "DX0306", "unsupported list", "render lists in place, `{items.map(item => <li key={item.id}>…</li>)}`, with a number or string `key` on the row's root";
    HandlerStatement = "DX0401", "unsupported statement in a handler", "handlers may call setters, assign state, declare `const`s and use if/else";
    TooLarge = "DX0501", "component too large", "split the app: the state and binding tables exceed the skeleton's 32 KiB layout";
    Internal = "DX0900", "internal compiler error", "this is a bug in dx: please report it with the source that triggered it";
}

impl Code {
    /// The catalogue row of this code.
    pub fn info(self) -> &'static CodeInfo {
        &CATALOGUE
            .iter()
            .find(|(c, _)| *c == self)
            .expect("every code has a row")
            .1
    }
}

/// `docs/errors.md`, generated from the catalogue.
pub fn errors_markdown() -> String {
    let mut md = String::from(
        "<!-- DO NOT EDIT: generated from compiler-wasm/src/diagnostics/catalogue.rs; regenerate with `BLESS=1 cargo test -p dx-compiler --test docs` -->\n# dx diagnostics\n\nEvery error dx reports has a code from this table, a `file:line:col`, a code frame and a hint.\n\n| code | problem | hint |\n|---|---|---|\n",
    );
    for (_, info) in CATALOGUE {
        md.push_str(&format!(
            "| {} | {} | {} |\n",
            info.id,
            info.title,
            info.hint.replace('|', "\\|")
        ));
    }
    md
}
