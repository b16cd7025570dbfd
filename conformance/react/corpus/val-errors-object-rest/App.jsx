import { useState } from "react";

const rules = {
  username: (v) => (v.length < 3 ? "At least 3 characters" : null),
  password: (v) => (!/\d/.test(v) ? "Needs a digit" : null),
};

export default function App() {
  const [values, setValues] = useState({ username: "", password: "" });
  const [errors, setErrors] = useState({ username: "Required", password: "Required" });

  function update(field, value) {
    setValues({ ...values, [field]: value });
    const message = rules[field](value);
    if (message) {
      setErrors({ ...errors, [field]: message });
    } else {
      const { [field]: _removed, ...rest } = errors;
      setErrors(rest);
    }
  }

  const isValid = Object.keys(errors).length === 0;

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      {Object.keys(values).map((field) => (
        <div key={field}>
          <label>
            {field}
            <input
              type="text"
              value={values[field]}
              onChange={(e) => update(field, e.target.value)}
              aria-invalid={field in errors}
            />
          </label>
          {errors[field] && <small className="error">{errors[field]}</small>}
        </div>
      ))}
      <button type="button" onClick={() => update("password", values.password + "7")}>
        Append a digit
      </button>
      <button type="submit" disabled={!isValid}>
        Sign up
      </button>
      <p>{isValid ? "Looks good!" : `${Object.keys(errors).length} problem(s)`}</p>
    </form>
  );
}
