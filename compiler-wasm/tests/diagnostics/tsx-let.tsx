// expect: DX0109 at 5:33
// A .dx habit in a .tsx file: this `let` would reset on every React render.
export default function Counter() {
  let count = 0;
  return <button onClick={() => count++}>{count}</button>;
}
