import { useState } from "react";

const values = [
  { label: "number 0", value: 0 },
  { label: "number 42", value: 42 },
  { label: "empty string", value: "" },
  { label: "string", value: "text" },
  { label: "true", value: true },
  { label: "false", value: false },
  { label: "null", value: null },
  { label: "undefined", value: undefined },
  { label: "NaN", value: NaN },
  { label: "array", value: [1, "two", null, 3] },
  { label: "negative zero", value: -0 },
];

export default function App() {
  const [start, setStart] = useState(0);
  const shown = values.slice(start, start + 6);

  return (
    <div>
      <button onClick={() => setStart((s) => (s + 3) % values.length)}>Scroll</button>
      <table>
        <tbody>
          {shown.map(({ label, value }) => (
            <tr key={label}>
              <td>{label}</td>
              <td>[{value}]</td>
              <td>[{value && "truthy"}]</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Inline: {0}|{1.5}|{"s"}|{true}|{false}|{null}|{undefined}|{-1}|{1e21}
      </p>
    </div>
  );
}
