import { useState } from "react";

let nextId = 101;

function addChild(node, targetId, child) {
  if (node.id === targetId) {
    return { ...node, children: [...node.children, child] };
  }
  return { ...node, children: node.children.map((c) => addChild(c, targetId, child)) };
}

function TaskNode({ node, onAdd }) {
  const [done, setDone] = useState(false);
  return (
    <li>
      <label>
        <input type="checkbox" checked={done} onChange={() => setDone(!done)} />
        <span style={{ textDecoration: done ? "line-through" : undefined }}>{node.title}</span>
      </label>
      <button onClick={() => onAdd(node.id)}>+ subtask</button>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <TaskNode key={child.id} node={child} onAdd={onAdd} />
          ))}
        </ul>
      )}
    </li>
  );
}

export default function App() {
  const [root, setRoot] = useState({
    id: 1,
    title: "Launch website",
    children: [{ id: 2, title: "Write copy", children: [] }],
  });

  return (
    <ul className="tasks">
      <TaskNode
        node={root}
        onAdd={(id) => {
          const child = { id: nextId, title: `Task ${nextId}`, children: [] };
          nextId += 1;
          setRoot((r) => addChild(r, id, child));
        }}
      />
    </ul>
  );
}
