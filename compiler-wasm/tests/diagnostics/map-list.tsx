// expect: DX0306 at 4:15
// Rendering a list with .map.
function List({ items }: { items: string }) {
  return <ul>{items.map((item) => <li key={item}>{item}</li>)}</ul>;
}

export default function App() {
  return <List items="a,b,c" />;
}
