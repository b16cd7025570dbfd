// expect: DX0306 at 5:5
// A list row's function runs a loop before its markup: not supported yet.
function List({ items }: { items: string[] }) {
  return <ul>{items.map((item) => {
    for (let i = 0; i < 2; i++) console.log(item);
    return <li>{item}</li>;
  })}</ul>;
}

export default function App() {
  return <List items={["a", "b", "c"]} />;
}
