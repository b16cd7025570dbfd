import { useState } from "react";

function depth(node) {
  if (!node.children.length) return 1;
  return 1 + Math.max(...node.children.map(depth));
}

function countNodes(node) {
  return node.children.reduce((sum, c) => sum + countNodes(c), 1);
}

function deepestPath(node) {
  if (!node.children.length) return [node.name];
  const paths = node.children.map(deepestPath);
  const longest = paths.reduce((a, b) => (b.length > a.length ? b : a));
  return [node.name, ...longest];
}

function grow(node, level) {
  if (level === 0) return { ...node, children: [...node.children, { name: `${node.name}.${node.children.length + 1}`, children: [] }] };
  if (!node.children.length) return node;
  const last = node.children.length - 1;
  return { ...node, children: node.children.map((c, i) => (i === last ? grow(c, level - 1) : c)) };
}

export default function App() {
  const [tree, setTree] = useState({ name: "root", children: [{ name: "root.1", children: [] }] });
  const d = depth(tree);

  return (
    <div>
      {Array.from({ length: d }, (_, level) => (
        <button key={level} onClick={() => setTree(grow(tree, level))}>
          Add at level {level}
        </button>
      ))}
      <p>
        Depth {d}, {countNodes(tree)} nodes
      </p>
      <p>Deepest: {deepestPath(tree).join(" → ")}</p>
    </div>
  );
}
