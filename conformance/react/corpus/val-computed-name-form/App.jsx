import { useState } from "react";

const emptyForm = { firstName: "", lastName: "", email: "", newsletter: false, plan: "free" };

export default function App() {
  const [form, setForm] = useState(emptyForm);
  const [submitted, setSubmitted] = useState(null);

  function handleChange(event) {
    const { name, type, value, checked } = event.target;
    setForm((prev) => ({ ...prev, [name]: type === "checkbox" ? checked : value }));
  }

  function handleSubmit(event) {
    event.preventDefault();
    setSubmitted({ ...form, fullName: `${form.firstName} ${form.lastName}`.trim() });
  }

  const filled = Object.values(form).filter((v) => v !== "" && v !== false).length;

  return (
    <form onSubmit={handleSubmit}>
      <input name="firstName" value={form.firstName} onChange={handleChange} placeholder="First name" />
      <input name="lastName" value={form.lastName} onChange={handleChange} placeholder="Last name" />
      <input name="email" type="email" value={form.email} onChange={handleChange} placeholder="Email" />
      <label>
        <input name="newsletter" type="checkbox" checked={form.newsletter} onChange={handleChange} /> Newsletter
      </label>
      <select name="plan" value={form.plan} onChange={handleChange}>
        <option value="free">Free</option>
        <option value="pro">Pro</option>
        <option value="team">Team</option>
      </select>
      <button type="submit">Save</button>
      <button type="button" onClick={() => setForm(emptyForm)}>
        Reset
      </button>
      <p>
        {filled} of {Object.keys(form).length} fields filled
      </p>
      {submitted && (
        <p>
          Saved {submitted.fullName || "anonymous"} on the {submitted.plan} plan
          {submitted.newsletter ? " (subscribed)" : ""}
        </p>
      )}
    </form>
  );
}
