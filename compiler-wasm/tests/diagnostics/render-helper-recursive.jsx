// expect: DX0301 at 7:30
// A function that returns markup and calls itself: dx renders each call in place, so this
// would never end; a component rendering itself is the supported form.
const tree = { name: "root", children: [{ name: "leaf", children: [] }] };

function renderNode(node) {
  return <li>{node.name}<ul>{renderNode(node.children[0])}</ul></li>;
}

export default function App() {
  return <ul>{renderNode(tree)}</ul>;
}
