// expect: DX0109 at 4:7
// A .dx habit in a .tsx file: this `let` would reset on every React render.
export default function Counter() {
  let count = 0;
  return <button onClick={() => count++}>{count}</button>;
}
