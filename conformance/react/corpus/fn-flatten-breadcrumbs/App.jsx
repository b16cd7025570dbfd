import { useState } from "react";

const site = {
  name: "Home",
  children: [
    {
      name: "Shop",
      children: [
        { name: "Bikes", children: [{ name: "Road", children: [] }, { name: "Gravel", children: [] }] },
        { name: "Helmets", children: [] },
      ],
    },
    { name: "Blog", children: [{ name: "2024", children: [] }] },
  ],
};

function flatten(node, trail = []) {
  const path = [...trail, node.name];
  return [path, ...node.children.flatMap((child) => flatten(child, path))];
}

function findPath(node, target) {
  if (node.name === target) return [node.name];
  for (const child of node.children) {
    const sub = findPath(child, target);
    if (sub) return [node.name, ...sub];
  }
  return null;
}

export default function App() {
  const [current, setCurrent] = useState("Home");
  const all = flatten(site);
  const crumbs = findPath(site, current);

  return (
    <div>
      <nav aria-label="breadcrumb">
        {crumbs.map((c, i) => (
          <span key={c}>
            {i > 0 && " / "}
            {i < crumbs.length - 1 ? <button onClick={() => setCurrent(c)}>{c}</button> : <b>{c}</b>}
          </span>
        ))}
      </nav>
      <select value={current} onChange={(e) => setCurrent(e.target.value)}>
        {all.map((path) => (
          <option key={path.join("/")} value={path[path.length - 1]}>
            {"  ".repeat(path.length - 1) + path[path.length - 1]}
          </option>
        ))}
      </select>
      <p>{all.length} pages in total</p>
    </div>
  );
}
