import { useState } from "react";

let counter = 0;

function makeId(prefix = "field"): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

type Field = { id: string; label: string; kind: "text" | "number" };

const starterFields: Field[] = [
  { id: makeId(), label: "Name", kind: "text" },
  { id: makeId(), label: "Age", kind: "number" },
];

export default function App() {
  const [fields, setFields] = useState<Field[]>(starterFields);

  function addField(kind: Field["kind"]) {
    const id = makeId(kind);
    setFields((f) => [...f, { id, label: `${kind === "text" ? "Text" : "Number"} field`, kind }]);
  }

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      {fields.map((f) => (
        <div key={f.id}>
          <label htmlFor={f.id}>{f.label}</label> <input id={f.id} type={f.kind} />
          <code> {f.id}</code>
          <button type="button" onClick={() => setFields(fields.filter((x) => x.id !== f.id))}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" onClick={() => addField("text")}>
        Add text field
      </button>
      <button type="button" onClick={() => addField("number")}>
        Add number field
      </button>
      <p>{fields.length} fields</p>
    </form>
  );
}
