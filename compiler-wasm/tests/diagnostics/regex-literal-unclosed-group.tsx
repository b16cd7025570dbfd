// expect: DX0202 at 4:14
// An invalid regular expression literal is refused where it is written, as JavaScript would
// refuse to load the file.
const DATE = /(\d{4})-(\d{2}/;

export default function App() {
  return <p>{DATE.test("2026-12") ? "date" : "text"}</p>;
}
