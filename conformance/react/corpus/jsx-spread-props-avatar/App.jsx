import { useState } from "react";

function Avatar({ name, color = "#888", size = 32, online }) {
  const initials = name
    .split(" ")
    .map((part) => part[0])
    .join("");
  return (
    <span
      title={name}
      style={{ display: "inline-flex", width: size, height: size, borderRadius: "50%", background: color, color: "white", alignItems: "center", justifyContent: "center", fontSize: size / 2.5 }}
    >
      {initials}
      {online && <i className="online-dot" />}
    </span>
  );
}

const users = [
  { id: 1, name: "Zora Neale", color: "#b45309", online: true },
  { id: 2, name: "James Baldwin", color: "#1d4ed8" },
  { id: 3, name: "Octavia Butler", online: false },
];

export default function App() {
  const [size, setSize] = useState(32);
  const [first, ...others] = users;
  const sharedProps = { size };

  return (
    <div>
      <button onClick={() => setSize(size + 8)}>Bigger</button>
      <button onClick={() => setSize(24)}>Small</button>
      <p>
        Owner: <Avatar {...first} {...sharedProps} />
      </p>
      <p>
        Members:{" "}
        {others.map(({ id, ...user }) => (
          <Avatar key={id} {...user} {...sharedProps} />
        ))}
      </p>
      <p>
        Overridden color: <Avatar {...first} color="black" size={size / 2} />
      </p>
    </div>
  );
}
