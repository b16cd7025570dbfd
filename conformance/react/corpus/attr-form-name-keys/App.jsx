import { useState } from "react";

// One change handler for every text field, keyed by the field's `name` attribute, as form
// code often is; the target's `type` and `id` read too.
export default function App() {
  const [form, setForm] = useState({ first: "", last: "", email: "" });
  const [lastEdit, setLastEdit] = useState("none");
  function handleChange(e) {
    setForm({ ...form, [e.target.name]: e.target.value });
    setLastEdit(e.target.name + " (" + e.target.type + ", #" + e.target.id + ")");
  }
  return (
    <form>
      <input id="f1" name="first" value={form.first} onChange={handleChange} />
      <input id="f2" name="last" value={form.last} onChange={handleChange} />
      <input id="f3" name="email" type="email" value={form.email} onChange={handleChange} />
      <p>
        {form.first} {form.last} &lt;{form.email}&gt; last edit: {lastEdit}
      </p>
    </form>
  );
}
