import { useState } from "react";

const fields = [
  { label: "Stock", value: 0 },
  { label: "Discount", value: null },
  { label: "Notes", value: "" },
  { label: "Rating", value: undefined },
  { label: "Weight", value: 1.5 },
];

function show(value) {
  if (value == null) return "—";
  if (value === "") return "(blank)";
  return String(value);
}

export default function App() {
  const [strict, setStrict] = useState(false);
  const [rows, setRows] = useState(fields);

  const visible = strict ? rows.filter((r) => r.value != null) : rows;
  const missing = rows.filter((r) => r.value == null).map((r) => r.label);

  return (
    <div>
      <button onClick={() => setStrict((s) => !s)}>{strict ? "Show all fields" : "Hide missing"}</button>
      <button
        onClick={() =>
          setRows((prev) => prev.map((r) => (r.value == null ? { ...r, value: 0 } : r)))
        }
      >
        Fill missing with 0
      </button>
      <table>
        <tbody>
          {visible.map(({ label, value }) => (
            <tr key={label}>
              <th>{label}</th>
              <td>{show(value)}</td>
              <td>{value || "falsy"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{missing.length ? `Missing: ${missing.join(", ")}` : "All fields have values"}</p>
    </div>
  );
}
