import { useState } from "react";

// Objects that start `{}` and gain keys at run time: a tally built by `reduce`, a dictionary
// filled in a loop, state set key by key. Number-like keys ("3", "10") come first in
// ascending order, as JavaScript lists them.
const rolls = [3, 10, 3, 1, 10, 10];

function validate(form) {
  const errors = {};
  if (!form.name) errors.name = "Name is required";
  if (form.age !== "" && Number(form.age) < 18) errors.age = "Must be 18 or older";
  return errors;
}

function byFirstLetter(words) {
  const out = {};
  for (const word of words) {
    out[word[0]] = (out[word[0]] || "") + word + " ";
  }
  return out;
}

export default function App() {
  const [seen, setSeen] = useState({});
  const [form, setForm] = useState({ name: "", age: "12" });
  const tally = rolls.reduce((acc, r) => ({ ...acc, [r]: (acc[r] || 0) + 1 }), {});
  const byLetter = byFirstLetter(["kiwi", "apple", "kale", "avocado"]);
  const errors = validate(form);
  return (
    <div>
      <p>{Object.entries(tally).map(([k, n]) => k + "×" + n).join(", ")}</p>
      <p>{Object.keys(byLetter).join("|")}: {Object.values(byLetter).join("|")}</p>
      {["red", "green", "5"].map((c) => (
        <button key={c} onClick={() => setSeen({ ...seen, [c]: (seen[c] ?? 0) + 1 })}>
          {c} {seen[c] ?? 0}
        </button>
      ))}
      <p>{Object.keys(seen).join(",") || "none yet"}</p>
      <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
      <p>{Object.keys(errors).length} errors: {errors.name ?? "name ok"}; {errors.age ?? "age ok"}</p>
    </div>
  );
}
