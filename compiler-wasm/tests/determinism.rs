//! The same input gives the same diagnostic and the same bytes on every compile: nothing may
//! depend on a hash map's iteration order (type declarations were once resolved in one, so
//! the React corpus snapshot flipped between two errors run to run).

use dx_compiler::{Options, SourceFile, compile};

const RUNS: usize = 30;

#[test]
fn the_first_type_error_is_the_same_every_time() {
    let file = SourceFile::new(
        "app.tsx",
        "type A = { x: Missing1 };\ntype B = { y: Missing2 };\ntype C = { z: Missing3 };\n\
         export default function App() { const a: A[] = []; return <p>{a.length}</p>; }\n",
    );
    let first = |_: usize| {
        let diagnostics = compile(&file, Options::default()).expect_err("unknown types");
        diagnostics[0].render(&file)
    };
    let expected = first(0);
    assert!(expected.contains("Missing1"), "{expected}");
    for run in 1..RUNS {
        assert_eq!(first(run), expected, "run {run}");
    }
}

#[test]
fn heap_types_are_numbered_the_same_every_time() {
    let file = SourceFile::new(
        "app.tsx",
        "import { useState } from 'react';\n\
         type P = { x: number; y: number };\ntype L = { name: string; points: P[] };\n\
         type Q = { tag: string; n: number };\n\
         export default function App() {\n\
           const [lines, setLines] = useState<L[]>([{ name: 'a', points: [{ x: 1, y: 2 }] }]);\n\
           const [qs] = useState<Q[]>([{ tag: 't', n: 1 }]);\n\
           return <ul onClick={() => setLines([...lines])}>{lines.map((l) => <li key={l.name}>{l.points.length}{qs.length}</li>)}</ul>;\n\
         }\n",
    );
    let wasm = |_: usize| compile(&file, Options::default()).expect("compiles").wasm;
    let expected = wasm(0);
    for run in 1..RUNS {
        assert!(wasm(run) == expected, "run {run} emitted other bytes");
    }
}
