//! The support matrix: what syntax and which array methods dx compiles. `docs/support.md`
//! is rendered from these tables, and a test compiles every syntax row's example (and runs
//! `.ts` examples under node in the differential corpus), so the matrix cannot claim more
//! than the compiler does.

/// One supported construct.
#[derive(Debug)]
pub struct SyntaxRow {
    /// Area of the language.
    pub area: &'static str,
    /// The construct.
    pub construct: &'static str,
    /// A complete `.tsx` / `.dx` / `.ts` source that uses it (compiled by a test).
    pub example: &'static str,
    /// Its file name (decides the flavour).
    pub file: &'static str,
    /// How dx treats it, where that is worth saying.
    pub note: &'static str,
}

macro_rules! rows {
    ($( $area:literal, $construct:literal, $file:literal, $note:literal, $example:literal; )*) => {
        /// Every supported construct, in documentation order.
        pub const SYNTAX: &[SyntaxRow] = &[ $( SyntaxRow {
            area: $area, construct: $construct, file: $file, note: $note, example: $example,
        }, )* ];
    };
}

rows! {
    "values", "numbers, strings, booleans, template literals", "v.ts", "JS number (f64) semantics, strings are JS strings",
        "const n = 0.1 + 0.2; console.log(`${n} ${'a' + 1} ${true}`);";
    "values", "`let` / `const`, `if`/`else`, `for`, `while`, `do…while`, `switch`, `break`/`continue`", "c.ts", "",
        "let s = 0; for (let i = 0; i < 3; i++) { if (i === 1) continue; s += i; } switch (s) { case 2: console.log('two'); break; default: console.log(s); }";
    "values", "`&&` `||` `??` `!` `?:`, arithmetic, comparisons, `+=` & co., `??=` `||=` `&&=`", "o.ts", "no implicit coercions between types: compare values of one type; a logical assignment's target is a name or a property of one",
        "const a = 3; let b = 0; b ||= 4; const c: Record<string, number> = {}; c.k ??= 1; console.log(a > 2 && a < 5, a % 2, -a, a === 3 ? 'x' : 'y', b, c.k);";
    "values", "`interface` / `type` declarations of object types", "t.ts", "fields in declaration order; structurally equal types are one type; an optional field `x?: T` is `T | undefined`",
        "interface P { x: number; y: number } type Name = 'a' | 'b'; const p: P = { x: 1, y: 2 }; const n: Name = 'a'; console.log(p, n);";
    "values", "arrays: literals, `length`, `a[i]`, `a[i] = v`, spread", "a.ts", "reading out of range traps (dx values are never `undefined`); `a[a.length] = v` appends",
        "const xs = [1, 2]; xs[2] = 3; const ys = [0, ...xs]; console.log(ys.length, ys[3], ys);";
    "values", "object literals, `o.field`, `o.field = v`, `{ ...o, field: v }`", "r.ts", "spread a variable (it is read once per field)",
        "const o = { id: 1, label: 'a' }; const p = { ...o, label: 'b' }; o.id = 2; console.log(o, p);";
    "values", "`null`, `undefined`, `T | null`, optional fields, `??`, `?.`", "n.ts", "stored as the base type with one reserved value (docs/values.md); a value that can be both `null` and `undefined` is not supported yet, and types are not narrowed by `if`s",
        "interface P { name: string; nick?: string } const ps: P[] = [{ name: 'a' }, { name: 'b', nick: 'bee' }]; let best: string | null = null; for (const p of ps) { if (p.nick !== undefined) best = p.name; } console.log(best ?? 'none', ps[0].nick?.length, String(best), best === null, ps[1].nick?.length, ps.map((p) => p.nick ?? '-'));";
    "values", "destructuring: `const { a, b: c = 1 } = o`, `const [x, ...rest] = xs`, parameters", "d.ts", "a default applies to `undefined`; array destructuring past the end gives `undefined`",
        "function f({ x, y = 2 }: { x: number; y?: number }) { return x + y; } const [first, ...rest] = [1, 2, 3]; const { a, b: c } = { a: 'A', b: 'B' }; console.log(f({ x: 1 }), f({ x: 1, y: 5 }), first, rest, a + c);";
    "values", "objects as dictionaries: `Object.keys/values/entries`, `o[key]`, `{ ...o, [key]: v }`", "dict.ts", "all values of one type; setting a key the object does not have stops with an error",
        "const stock = { apples: 3, pears: 0 }; const k = 'pears'; const more = { ...stock, [k]: 5 }; console.log(Object.keys(more), Object.values(more), Object.entries(more).map(([n, c]) => n + '=' + c).join(','), more[k]);";
    "values", "objects with keys known at run time: `Record<string, V>`, `{}` given keys (`d[k] = v`, `{ ...d, [k]: v }`), `Object.fromEntries`", "rdict.ts", "keys in JavaScript's order (array-index keys first); a missing key reads `undefined`; all values of one type; `k in d` and `delete d[k]` not yet",
        "const counts: Record<string, number> = {}; for (const w of ['b', 'a', 'b', '2']) counts[w] = (counts[w] ?? 0) + 1; const more = { ...counts, z: 1 }; console.log(Object.keys(more), Object.entries(counts).map(([k, n]) => k + n).join(','), JSON.stringify(Object.fromEntries([['x', 'y']])), counts.c === undefined);";
    "values", "`Object.is(a, b)`", "is.ts", "",
        "console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is('a', 'a'));";
    "values", "`Array.from(array, fn?)`, `Array.from({ length: n }, fn)`", "af.ts", "the elements of `{ length: n }` are `undefined`",
        "console.log(Array.from([1, 2], (x) => x * 2), Array.from({ length: 3 }, (_, i) => i));";
    "values", "`Array(n).fill(v)`, `new Array(n).fill(v)`", "afill.ts", "`fill(null)`: the items' type is that of the first item assigned (`squares[i] = \"X\"`), else `string | null`; `Array(n)` alone (empty slots) is not supported",
        "const zeros = new Array(3).fill(0); zeros[1] = 5; console.log(zeros, Array(2).fill('a'));";
    "values", "`for (const x of array)`", "f.ts", "",
        "let s = ''; for (const w of ['a', 'b']) s += w; console.log(s);";
    "values", "`JSON.stringify(x)`, `JSON.parse(text) as T`", "j.ts", "parse needs the type; missing or mistyped parts read as 0, \"\", false or empty",
        "interface T { id: number } const t = JSON.parse('{\"id\": 4}') as T; console.log(JSON.stringify([t]), t.id);";
    "functions", "module-level functions (also imported from other files)", "fn.ts", "compiled to wasm functions; recursion allowed",
        "function fib(n: number): number { return n < 2 ? n : fib(n - 1) + fib(n - 2); } console.log(fib(10));";
    "functions", "functions inside functions (closures over their variables)", "cl.ts", "inlined where called; not storable as values",
        "function f(n: number): number { let t = 0; const add = (k: number) => { t += k * n; }; add(1); add(2); return t; } console.log(f(10));";
    "functions", "arrow callbacks of array methods", "cb.ts", "inlined into the loop",
        "const xs = [3, 1, 2]; let seen = 0; console.log(xs.map((x, i) => x * i), xs.filter((x) => { seen++; return x > 1; }), seen);";
    "components", "components, props with defaults, `children`, composition; `.tsx`, `.jsx` or `.js` files", "p.tsx", "components are inlined",
        "function Hello({ name = 'you', children }: { name?: string; children?: any }) { return <p>Hi {name}{children}</p>; } export default function App() { return <Hello><b>!</b></Hello>; }";
    "components", "`useState`, `useMemo`, `useEffect`, `useRef` (.tsx)", "h.tsx", "handlers read the state of the render that created them, as in React",
        "import { useState, useEffect, useMemo, useRef } from 'react'; export default function App() { const [n, setN] = useState(0); const d = useMemo(() => n * 2, [n]); const r = useRef(null); useEffect(() => { r.current.focus(); }, []); return <button ref={r} onClick={() => setN(n + 1)}>{d}</button>; }";
    "components", "`let` state, derived `const`, `effect(() => …)`, `bind:value` (.dx)", "s.dx", "assignments and in-place changes re-render what reads them",
        "export default function App() { let text = ''; const upper = text.toUpperCase(); effect(() => console.log(upper)); return <input bind:value={text} />; }";
    "components", "effect cleanups: `return () => …` from `useEffect`", "ec.tsx", "runs before the effect runs again and when its component unmounts",
        "import { useState, useEffect } from 'react'; function Clock() { const [t, setT] = useState(0); useEffect(() => { const id = setInterval(() => setT((x) => x + 1), 1000); return () => clearInterval(id); }, []); return <p>{t}</p>; } export default function App() { const [on, setOn] = useState(true); return <div>{on && <Clock />}<button onClick={() => setOn(!on)}>t</button></div>; }";
    "components", "conditional markup: `cond && <a/>`, `cond ? <a/> : <b/>`", "k.tsx", "",
        "import { useState } from 'react'; export default function App() { const [on, setOn] = useState(false); return <div>{on ? <b>on</b> : <i>off</i>}{on && <p>!</p>}<button onClick={() => setOn(!on)}>t</button></div>; }";
    "components", "keyed lists: `items.map(item => <li key={item.id}>…</li>)`", "l.tsx", "one root per row; items are objects, strings, numbers or booleans, keyed by a value or the index; moves follow a longest-increasing-subsequence plan (React's moves when the focus is in the list)",
        "import { useState } from 'react'; interface T { id: number; text: string } export default function App() { const [items, setItems] = useState<T[]>([]); return <ul>{items.map((t) => <li key={t.id} onClick={() => setItems(items.filter((x) => x.id !== t.id))}>{t.text}</li>)}</ul>; }";
    "components", "events: `onClick`, `onInput`, `onChange`, `onKeyDown`, `onKeyUp`, `onKeyPress`, `onSubmit`, `onDblClick`, `onFocus`, `onBlur`, `onMouse{Enter,Leave,Over,Out,Move,Down,Up}`, `onPointer{Enter,Leave,Over,Out,Move,Down,Up}`, `onContextMenu`; `e.target.value`, `e.target.checked`, `e.target.name`/`type`/`id` (also destructured: `const { name, value } = e.target`), `e.key`, `e.clientX`/`Y`, `e.pageX`/`Y`, `e.offsetX`/`Y`, `e.shiftKey`, `e.ctrlKey`, `e.altKey`, `e.metaKey`, `e.button`, `e.code`, `e.pointerType`, `e.preventDefault()`; `window.addEventListener`/`removeEventListener`", "e.tsx", "delegated: one listener per event type; enter/leave reach only the element entered or left, as in React; a checkbox's `onChange` runs during the click, as in React",
        "import { useState } from 'react'; export default function App() { const [v, setV] = useState(''); return <form onSubmit={(e) => e.preventDefault()}><input onKeyDown={(e) => { if (e.key === 'Enter') setV(e.target.value); }} /><p>{v}</p></form>; }";
    "components", "class/style/attribute bindings, `checked`, `value`, `autoFocus={cond}`", "b.tsx", "`autoFocus` focuses when the element appears with it true and whenever it becomes true",
        "import { useState } from 'react'; export default function App() { const [on, setOn] = useState(false); return <div class={on ? 'on' : ''} style={'color: ' + (on ? 'red' : 'blue')}><input type='checkbox' checked={on} onChange={() => setOn(!on)} autoFocus={on} /></div>; }";
    "components", "markup as values: `const items = xs.map(…)`, `const title = <h1/>`, then `{items}`", "mv.tsx", "rendered where used",
        "const XS = [{ id: 1, t: 'a' }]; export default function App() { const items = XS.map((x) => <li key={x.id}>{x.t}</li>); const title = <h1>list</h1>; return <div>{title}<ul>{items}</ul></div>; }";
    "components", "early returns: `if (cond) return <a/>;` (or `return null`) before the last `return`", "er.tsx", "a conditional around the rest of the component",
        "function Item({ done, name }: { done: boolean; name: string }) { if (done) return <li>{name} ✔</li>; return <li>{name}</li>; } export default function App() { return <ul><Item done={true} name='a' /></ul>; }";
    "components", "render-time `let` reassigned by later statements and `if`s (`let cls = 'a'; if (on) cls += ' on';`, `let content; if (x) content = <A/>;`)", "rl.jsx", "folded into one value per render (a branch that assigns nothing leaves `undefined`; text in one branch and markup in another is markup); a handler cannot assign it (React resets it each render)",
        "import { useState } from 'react'; export default function App() { const [n, setN] = useState(0); let cls = 'tab'; if (n > 1) cls += ' many'; let note; if (n === 0) note = <em>none</em>; return <button className={cls} onClick={() => setN(n + 1)}>{n}{note}</button>; }";
    "components", "render-time loops and in-place changes that build values (`const seq = [n]; while (…) seq.push(…)`, `const s = [...xs]; if (by) s.sort(…)`, `counts.set(…)`)", "rb.jsx", "each name used afterwards becomes a function of the statements, called in place (`desugar/render_blocks.rs`); an array given one `push` of markup (`rows.push(<tr key={i}/>)`) becomes the pushed values mapped to that markup (`desugar/markup_pushes.rs`)",
        "import { useState } from 'react'; export default function App() { const [n, setN] = useState(6); const seq = [n]; let x = n; while (x > 1 && seq.length < 50) { x = x % 2 ? 3 * x + 1 : x / 2; seq.push(x); } return <button onClick={() => setN(n + 1)}>{seq.join(' ')}</button>; }";
    "components", "list rows: `let`s assigned by `if`s before the row's markup; rows without a `key` (keyed by index, as React does)", "rowlet.jsx", "",
        "export default function App() { return <ul>{['a', 'b'].map((x, i) => { let label; if (i === 0) label = 'first'; else label = x; return <li>{label}</li>; })}</ul>; }";
    "components", "`useReducer(reducer, initial, init?)` with module-level reducers; `throw` in functions and handlers", "ur.jsx", "`dispatch(action)` applies the reducer to the latest state; actions of one shape (the reducer's parameter types come from the first call); a `throw` stops with a trap",
        "import { useReducer } from 'react'; function reducer(s, a) { switch (a.type) { case 'add': return s + a.by; default: throw new Error('unknown'); } } export default function App() { const [n, dispatch] = useReducer(reducer, 0); return <button onClick={() => dispatch({ type: 'add', by: 2 })}>{n}</button>; }";
    "components", "`createContext(default)` at module level, `useContext(Ctx)`, `<Ctx value>` and `<Ctx.Provider value>`, also across files", "cx.jsx", "a consumer reads the nearest provider above it in the tree (the default without one); the value may be data, a function or a state setter",
        "import { createContext, useContext, useState } from 'react'; const Theme = createContext('light'); function Label() { const t = useContext(Theme); return <b>{t}</b>; } export default function App() { const [t, setT] = useState('dark'); return <div><Label /><Theme value={t}><Label /><button onClick={() => setT('light')}>x</button></Theme></div>; }";
    "components", "`key={…}` outside lists, `<Fragment>`, `useCallback`, `useLayoutEffect`", "kf.jsx", "a new key mounts a new instance (fresh state); `useCallback(fn)` is `fn`",
        "import { useState, useCallback, useLayoutEffect, Fragment } from 'react'; export default function App() { const [v, setV] = useState(0); const reset = useCallback(() => setV(v + 1), [v]); useLayoutEffect(() => {}, [v]); return <Fragment><input key={v} defaultValue='x' /><button onClick={reset}>reset</button></Fragment>; }";
    "components", "React's DOM props: `className`, `htmlFor`, SVG (`strokeWidth` → `stroke-width`, `xlinkHref`), `style={{ width: 10 }}`, `defaultValue`, `defaultChecked`", "dp.jsx", "SVG elements in the SVG namespace; `px` added as React adds it",
        "export default function App() { return <div className='c'><svg viewBox='0 0 2 2'><path d='M0 0h2' strokeWidth={2} strokeLinecap='round' /></svg><p style={{ width: 10, opacity: 0.5 }}>x</p><input defaultValue='a' /><input type='checkbox' defaultChecked /></div>; }";
    "values", "`Set` and `Map`: `new Set(items)`, `new Map([[k, v], …])`, `has`, `add`, `get`, `set`, `delete`, `clear`, `size`, `keys`/`values`/`entries`, `for … of`, `[...set]`, `Array.from(map)`, `Set<T>`/`Map<K, V>` annotations", "sm.tsx", "shared by reference as in JS; items and keys are numbers, strings or booleans; lookups scan in insertion order (docs/values.md)",
        "import { useState } from 'react'; export default function App() { const [picked, setPicked] = useState<Set<number>>(new Set()); const counts = new Map([['a', 1]]); return <button onClick={() => { const next = new Set(picked); next.add(picked.size); setPicked(next); }}>{picked.size} {counts.get('a') ?? 0} {[...picked].join(',')}</button>; }";
    "values", "regular expressions: `/…/flags`, `new RegExp(pattern, flags)`, `re.test(s)`, `s.replace(re, text)`, `s.replaceAll(re, text)`, `s.split(re)`, `s.match(re)` with the `g` flag", "re.tsx", "the browser's `RegExp` matches (the host makes one per use; a kept one keeps its `lastIndex`); `match` without the `g` flag (a match object), `exec` and a function as replacement are not supported yet",
        "const WORD = /\\w+/g; export default function App() { const s = 'a-b c'; return <p title={s.replace(/-/g, ' ')}>{String(WORD.test(s))} {s.split(/\\s+/).length}</p>; }";
    "values", "functions as values: in objects, arrays, variables and state (`{ add: (a, b) => a + b }`, `rules.map(r => r(v))`, `onClick={shortcuts[k]}`), functions that return functions (`rate(\"taste\")(5)`)", "fv.tsx", "a number in the app's table of function values; a call runs the matching function inlined (docs/values.md)",
        "const ops = { add: (a: number, b: number) => a + b, sub: (a: number, b: number) => a - b }; export default function App() { return <p>{ops['add'](1, 2)}</p>; }";
    "browser", "`localStorage`, `location.hash` + `hashchange`, `document.title` (read and assigned), timers, `console.log`", "w.tsx", "see the built-ins below",
        "import { useState, useEffect } from 'react'; export default function App() { const [h, setH] = useState(location.hash); useEffect(() => { window.addEventListener('hashchange', () => setH(location.hash)); setTimeout(() => localStorage.setItem('k', h), 10); }, []); return <p>{localStorage.getItem('k') ?? ''}</p>; }";
}

/// Array methods: name, arguments, result.
pub const ARRAY_METHODS: &[(&str, &str, &str)] = &[
    (
        "map",
        "`(item, index) => value`",
        "a new array of the values",
    ),
    (
        "filter",
        "`(item, index) => test`",
        "a new array of the items that pass",
    ),
    (
        "find",
        "`(item, index) => test`",
        "the first item that passes, or `undefined` (arrays of objects)",
    ),
    ("findIndex", "`(item, index) => test`", "its index, or -1"),
    ("some", "`(item, index) => test`", "whether one passes"),
    ("every", "`(item, index) => test`", "whether all pass"),
    ("forEach", "`(item, index) => …`", "nothing"),
    (
        "reduce",
        "`(acc, item, index, array) => acc`, initial value?",
        "the accumulated value (without an initial value the first item starts it; an empty array then stops with an error, as JavaScript throws)",
    ),
    (
        "at",
        "index",
        "the item at the index, from the end when negative, or `undefined`",
    ),
    ("flat", "", "the items of its item arrays (one level)"),
    (
        "flatMap",
        "`(item, index, array) => array`",
        "the items of the arrays the callback returns",
    ),
    ("push / unshift", "one item", "the new length"),
    (
        "pop / shift",
        "",
        "the removed item (traps on an empty array unless items are objects)",
    ),
    (
        "slice",
        "start?, end?",
        "a new array (negative and fractional arguments as in JS)",
    ),
    ("concat", "an array", "a new array"),
    ("splice", "start, count?, …items", "the removed items"),
    (
        "indexOf / includes",
        "a number, string or boolean",
        "index or -1 / boolean (`includes` finds NaN)",
    ),
    ("join", "separator?", "a string"),
    ("reverse", "", "the same array, reversed"),
    (
        "sort / toSorted",
        "a comparator `(a, b) => number`?",
        "the same array sorted in place / a sorted copy (stable; without a comparator by the elements' strings, as in JS)",
    ),
];

/// `docs/support.md`'s syntax and array sections.
pub fn support_markdown() -> String {
    let mut md = String::from(
        "## Syntax\n\nEvery row's example is compiled by `cargo test -p dx-compiler --test docs`.\n\n| area | construct | notes |\n|---|---|---|\n",
    );
    for r in SYNTAX {
        md.push_str(&format!(
            "| {} | {} | {} |\n",
            r.area,
            r.construct.replace('|', "\\|"),
            r.note.replace('|', "\\|")
        ));
    }
    md.push_str("\n## Array methods\n\n| method | arguments | result |\n|---|---|---|\n");
    for (m, args, result) in ARRAY_METHODS {
        md.push_str(&format!("| `{m}` | {args} | {result} |\n"));
    }
    md
}
