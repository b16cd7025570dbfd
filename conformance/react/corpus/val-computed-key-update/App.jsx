import { useState } from "react";

const FIELDS = ["first", "last", "city"];

// A form whose fields are updated through one handler with a computed key.
export default function App() {
  const [form, setForm] = useState({ first: "", last: "", city: "Oslo" });
  const [touched, setTouched] = useState({ first: false, last: false, city: false });

  function update(field, value) {
    setForm((prev) => ({ ...prev, [field]: value }));
    setTouched({ ...touched, [field]: true });
  }

  const filled = FIELDS.filter((f) => form[f] !== "").length;

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      {FIELDS.map((f) => (
        <label key={f}>
          {f}
          <input value={form[f]} onChange={(e) => update(f, e.target.value)} />
          {touched[f] ? " ✓" : ""}
        </label>
      ))}
      <p>
        {filled} of {FIELDS.length} filled: {form.first} {form.last} from {form.city}
      </p>
      <button type="button" onClick={() => update("city", "Bergen")}>
        Move to Bergen
      </button>
    </form>
  );
}
