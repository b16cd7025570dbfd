// A row whose top is a conditional between two elements of one tag: React keeps the element
// (its focus) across the arms, and dx merges the arms into one <b> whose class and text
// depend on `on`.
import { useState } from "dx";

function Row({ on }: { on: boolean }) {
  return on ? <b>a</b> : <b className="off">b</b>;
}
export default function App() {
  const [items, setItems] = useState([{ id: 1, on: true }]);
  return <ul>{items.map((i) => <Row key={i.id} on={i.on} />)}</ul>;
}
