// expect: DX0204 at 6:5
// A function that returns a value on one path and nothing (`undefined`) on another: no dx
// value is `undefined`. Found by dx-fuzz: the emitted module was invalid (DX0900).
function label(n: number) {
  if (n < 0) {
    return;
  }
  return "n = " + n;
}

export default function App() {
  return <p>{label(1)}</p>;
}
