// expect: DX0210 at 5:36
// A fuzzing finding: state that starts `null` makes lowering look for its setters, and a
// function it could not compile there was left half done (a panic instead of this error).
import { useState } from "react";
const tree = { name: "root", kids: [] };
function findPath(node, target) {
  if (node.name === target) return [node.name];
  for (const kid of node.kids) {
    const sub = findPath(kid, target);
    if (sub) return [node.name, ...sub];
  }
  return null;
}
export default function App() {
  const [current, setCurrent] = useState(null);
  const path = findPath(tree, current);
  return <button onClick={() => setCurrent("root")}>{path.join("/")}</button>;
}
