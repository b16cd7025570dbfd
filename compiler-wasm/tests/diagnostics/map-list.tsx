// expect: DX0306 at 4:35
// A list row without a key: dx reconciles rows by key, so every row needs one.
function List({ items }: { items: string[] }) {
  return <ul>{items.map((item) => <li>{item}</li>)}</ul>;
}

export default function App() {
  return <List items={["a", "b", "c"]} />;
}
