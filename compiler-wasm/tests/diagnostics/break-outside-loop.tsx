// expect: DX0001 at 8:9
// `break` outside a loop (here in a callback that a loop calls: the callback's body is not in
// the loop) is a JavaScript syntax error. Found by dx-fuzz: emission panicked.
export default function App() {
  function run() {
    for (const n of [1, 2, 3]) {
      [n].forEach(() => {
        break;
      });
    }
  }
  return <button onClick={run}>run</button>;
}
