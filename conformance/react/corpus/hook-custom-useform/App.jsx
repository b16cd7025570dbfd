import { useState } from "react";

function useForm(initialValues, validate) {
  const [values, setValues] = useState(initialValues);
  const [touched, setTouched] = useState({});
  const errors = validate(values);

  const register = (name) => ({
    name,
    value: values[name],
    onChange: (e) => setValues((v) => ({ ...v, [name]: e.target.value })),
    onBlur: () => setTouched((t) => ({ ...t, [name]: true })),
  });

  const reset = () => {
    setValues(initialValues);
    setTouched({});
  };

  const touchAll = () => setTouched(Object.fromEntries(Object.keys(initialValues).map((k) => [k, true])));

  return { values, errors, touched, register, reset, touchAll, isValid: Object.keys(errors).length === 0 };
}

function validate({ title, amount }) {
  const errors = {};
  if (!title) errors.title = "Title is required";
  if (!/^\d+(\.\d{1,2})?$/.test(amount)) errors.amount = "Enter an amount like 12.50";
  return errors;
}

export default function App() {
  const form = useForm({ title: "", amount: "" }, validate);
  const [expenses, setExpenses] = useState([]);

  function handleSubmit(e) {
    e.preventDefault();
    form.touchAll();
    if (!form.isValid) return;
    setExpenses([...expenses, { ...form.values }]);
    form.reset();
  }

  return (
    <form onSubmit={handleSubmit}>
      <input placeholder="Title" {...form.register("title")} />
      {form.touched.title && form.errors.title && <span className="err">{form.errors.title}</span>}
      <input placeholder="Amount" {...form.register("amount")} />
      {form.touched.amount && form.errors.amount && <span className="err">{form.errors.amount}</span>}
      <button type="submit">Add expense</button>
      <button type="button" onClick={form.reset}>Reset</button>
      <ul>
        {expenses.map((x, i) => (
          <li key={i}>
            {x.title}: {Number(x.amount).toFixed(2)}
          </li>
        ))}
      </ul>
    </form>
  );
}
