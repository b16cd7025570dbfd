// expect: DX0209 at 5:14
// An array whose items are a number and a string needs a tagged representation dx lacks.
export default function App() {
  const mixed = [1, "two", null];
  return <p>{mixed.length}</p>;
}
