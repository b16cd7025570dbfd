import { useState } from "react";

const options = [
  { id: "email", label: "Email digests", on: true },
  { id: "sms", label: "SMS alerts", on: false },
  { id: "push", label: "Push notifications", on: true },
];

export default function App() {
  const [formKey, setFormKey] = useState(0);
  const [summary, setSummary] = useState("");

  function read(e) {
    const form = e.currentTarget.form;
    const on = options.filter((o) => form.elements[o.id].checked).map((o) => o.id);
    const freq = form.elements.freq.value;
    setSummary(`${on.join(", ") || "nothing"} · ${freq}`);
  }

  return (
    <form key={formKey} onSubmit={(e) => e.preventDefault()}>
      {options.map((o) => (
        <label key={o.id}>
          <input type="checkbox" name={o.id} defaultChecked={o.on} /> {o.label}
        </label>
      ))}
      <fieldset>
        <legend>Frequency</legend>
        {["daily", "weekly", "monthly"].map((f) => (
          <label key={f}>
            <input type="radio" name="freq" value={f} defaultChecked={f === "weekly"} /> {f}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={read}>
        Read choices
      </button>
      <button type="button" onClick={() => { setFormKey(formKey + 1); setSummary(""); }}>
        Restore defaults
      </button>
      <output>{summary || "not read yet"}</output>
    </form>
  );
}
