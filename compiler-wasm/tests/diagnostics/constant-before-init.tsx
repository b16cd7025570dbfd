// expect: DX0201 at 4:15
// A module-level value that uses itself (or a later one) while it is initialised: JavaScript
// throws "cannot access before initialization". Found by dx-fuzz: lowering panicked.
const limit = limit + 1;

export default function App() {
  return <p>{limit}</p>;
}
