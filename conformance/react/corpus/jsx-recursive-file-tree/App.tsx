import { useState } from "react";

type Node = { name: string; children?: Node[] };

const tree: Node = {
  name: "project",
  children: [
    { name: "src", children: [{ name: "index.ts" }, { name: "components", children: [{ name: "Button.tsx" }, { name: "Modal.tsx" }] }] },
    { name: "public", children: [] },
    { name: "package.json" },
  ],
};

function TreeNode({ node, depth = 0 }: { node: Node; depth?: number }) {
  const [open, setOpen] = useState(depth < 1);
  const isFolder = Array.isArray(node.children);

  if (!isFolder) {
    return <li style={{ paddingLeft: depth * 12 }}>📄 {node.name}</li>;
  }

  return (
    <li style={{ paddingLeft: depth * 12 }}>
      <button onClick={() => setOpen(!open)}>
        {open ? "📂" : "📁"} {node.name}
      </button>
      {open && (
        <ul>
          {node.children!.length === 0 ? (
            <li style={{ paddingLeft: (depth + 1) * 12 }}>
              <em>empty</em>
            </li>
          ) : (
            node.children!.map((child) => <TreeNode key={child.name} node={child} depth={depth + 1} />)
          )}
        </ul>
      )}
    </li>
  );
}

function countFiles(node: Node): number {
  return node.children ? node.children.reduce((n, c) => n + countFiles(c), 0) : 1;
}

export default function App() {
  return (
    <div>
      <ul className="tree">
        <TreeNode node={tree} />
      </ul>
      <p>{countFiles(tree)} files</p>
    </div>
  );
}
