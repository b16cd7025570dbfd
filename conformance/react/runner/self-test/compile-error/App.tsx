// React renders this; dx does not support spread attributes (a compile error, not a corpus bug).
export default function App() {
  const extra = { title: "hello" };
  return <p {...extra}>text</p>;
}
