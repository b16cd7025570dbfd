import { useState } from "react";

type Node = {
  name: string;
  children?: Node[];
};

const tree: Node = {
  name: "src",
  children: [
    { name: "index.ts" },
    {
      name: "components",
      children: [
        { name: "Button.tsx" },
        { name: "Modal.tsx" },
        { name: "forms", children: [{ name: "Input.tsx" }, { name: "Select.tsx" }] },
      ],
    },
    { name: "utils", children: [{ name: "format.ts" }] },
  ],
};

function TreeNode({ node, path }: { node: Node; path: string }) {
  const [open, setOpen] = useState(path === "src");
  const isFolder = Array.isArray(node.children);

  if (!isFolder) {
    return <li className="file">📄 {node.name}</li>;
  }

  return (
    <li className="folder">
      <button onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        {open ? "▾" : "▸"} {node.name}/
      </button>
      {open && (
        <ul>
          {node.children!.map((child) => (
            <TreeNode key={child.name} node={child} path={`${path}/${child.name}`} />
          ))}
        </ul>
      )}
    </li>
  );
}

export default function App() {
  return (
    <nav>
      <ul className="tree">
        <TreeNode node={tree} path="src" />
      </ul>
    </nav>
  );
}
