import { useState } from "react";

const items = [
  { label: "Home" },
  {
    label: "Products",
    children: [
      { label: "Laptops", children: [{ label: "13 inch" }, { label: "15 inch" }] },
      { label: "Phones" },
    ],
  },
  { label: "About", children: [{ label: "Team" }, { label: "Careers" }] },
];

function MenuItem({ item, onPick }) {
  const [open, setOpen] = useState(false);
  const hasChildren = item.children && item.children.length > 0;

  function handleClick() {
    if (hasChildren) setOpen(!open);
    else onPick(item.label);
  }

  return (
    <li>
      <button onClick={handleClick}>
        {item.label}
        {hasChildren && (open ? " ▲" : " ▼")}
      </button>
      {hasChildren && open && <Menu items={item.children} onPick={onPick} />}
    </li>
  );
}

function Menu({ items, onPick }) {
  return (
    <ul className="menu">
      {items.map((item) => (
        <MenuItem key={item.label} item={item} onPick={onPick} />
      ))}
    </ul>
  );
}

export default function App() {
  const [picked, setPicked] = useState(null);
  return (
    <div>
      <Menu items={items} onPick={setPicked} />
      <p>{picked ? `You picked ${picked}` : "Pick something"}</p>
    </div>
  );
}
