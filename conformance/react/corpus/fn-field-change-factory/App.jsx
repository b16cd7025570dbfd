import { useState } from "react";

const initialForm = { firstName: "Barbara", lastName: "Hepworth", email: "bhepworth@sculpture.test", newsletter: false };

export default function App() {
  const [form, setForm] = useState(initialForm);

  const handleChange = (field) => (e) => {
    const value = e.target.type === "checkbox" ? e.target.checked : e.target.value;
    setForm((prev) => ({ ...prev, [field]: value }));
  };

  function handleGeneric(e) {
    const { name, value } = e.target;
    setForm((prev) => ({ ...prev, [name]: value }));
  }

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <input value={form.firstName} onChange={handleChange("firstName")} />
      <input value={form.lastName} onChange={handleChange("lastName")} />
      <input name="email" value={form.email} onChange={handleGeneric} />
      <label>
        <input type="checkbox" checked={form.newsletter} onChange={handleChange("newsletter")} /> Newsletter
      </label>
      <p>
        {form.firstName} {form.lastName} ({form.email}) {form.newsletter ? "is subscribed" : "is not subscribed"}
      </p>
      <button type="button" onClick={() => setForm(initialForm)}>
        Revert
      </button>
    </form>
  );
}
