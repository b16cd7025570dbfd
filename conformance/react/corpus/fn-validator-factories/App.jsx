import { useState } from "react";

const required = (msg = "Required") => (v) => (v.trim() ? null : msg);
const minLength = (n) => (v) => (v.length >= n ? null : `At least ${n} characters`);
const matches = (re, msg) => (v) => (re.test(v) ? null : msg);
const validate = (...rules) => (v) => rules.map((r) => r(v)).find(Boolean) || null;

const schema = {
  username: validate(required(), minLength(3), matches(/^[a-z0-9_]+$/, "Lowercase letters, digits, _")),
  email: validate(required("Email is required"), matches(/^\S+@\S+\.\S+$/, "Not an email")),
  password: validate(required(), minLength(6), matches(/\d/, "Needs a digit")),
};

export default function App() {
  const [values, setValues] = useState({ username: "", email: "", password: "" });
  const [submitted, setSubmitted] = useState(false);

  const errors = Object.fromEntries(Object.entries(schema).map(([k, check]) => [k, check(values[k])]));
  const ok = Object.values(errors).every((e) => e === null);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(true);
      }}
    >
      {Object.keys(schema).map((field) => (
        <div key={field}>
          <input
            name={field}
            type={field === "password" ? "password" : "text"}
            placeholder={field}
            value={values[field]}
            onChange={(e) => setValues({ ...values, [field]: e.target.value })}
          />
          {submitted && errors[field] && <span className="error">{errors[field]}</span>}
        </div>
      ))}
      <button type="submit">Create account</button>
      {submitted && <p>{ok ? "Account created 🎉" : "Please fix the errors"}</p>}
    </form>
  );
}
