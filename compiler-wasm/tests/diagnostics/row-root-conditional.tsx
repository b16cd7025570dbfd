// expect: DX0306 at 10:15
// A row whose top is conditional markup: a row moves as one node, so its root must be an element.
import { useState } from "dx";

function Row({ on }: { on: boolean }) {
  return on ? <b>a</b> : <i>b</i>;
}
export default function App() {
  const [items, setItems] = useState([{ id: 1, on: true }]);
  return <ul>{items.map((i) => <Row key={i.id} on={i.on} />)}</ul>;
}
