import { useState } from "react";
import { validate, validators } from "./validators.js";

const fields = [
  { name: "name", label: "Full name", rules: [validators.required, validators.minLength(4)] },
  { name: "email", label: "Email", rules: [validators.required, validators.email] },
  { name: "bio", label: "Short bio", rules: [] },
];

export default function App() {
  const [values, setValues] = useState({ name: "", email: "", bio: "" });
  const [touched, setTouched] = useState({});
  const [sent, setSent] = useState(false);

  const errors = Object.fromEntries(fields.map((f) => [f.name, validate(values[f.name], f.rules)]));
  const hasErrors = Object.values(errors).some(Boolean);

  function onSubmit(e) {
    e.preventDefault();
    setTouched(Object.fromEntries(fields.map((f) => [f.name, true])));
    if (!hasErrors) setSent(true);
  }

  if (sent) return <p>Thanks, {values.name}! We will write to {values.email}.</p>;

  return (
    <form onSubmit={onSubmit} noValidate>
      {fields.map(({ name, label }) => (
        <p key={name}>
          <label>
            {label}:{" "}
            <input
              value={values[name]}
              onChange={(e) => setValues({ ...values, [name]: e.target.value })}
              onBlur={() => setTouched({ ...touched, [name]: true })}
            />
          </label>
          {touched[name] && errors[name] && <em> {errors[name]}</em>}
        </p>
      ))}
      <button>Send</button>
    </form>
  );
}
