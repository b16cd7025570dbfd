import { useState } from "react";

export default function App() {
  const [submitted, setSubmitted] = useState(null);
  const [resets, setResets] = useState(0);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const data = Object.fromEntries(new FormData(e.currentTarget));
        setSubmitted(data);
      }}
      onReset={() => setResets((r) => r + 1)}
    >
      <input name="city" defaultValue="Reykjavík" />
      <textarea name="comment" defaultValue="Northern lights!" />
      <select name="season" defaultValue="winter">
        <option value="summer">Summer</option>
        <option value="winter">Winter</option>
      </select>
      <label>
        <input type="checkbox" name="return" defaultChecked /> Return trip
      </label>
      <button type="submit">Submit</button>
      <button type="reset">Reset form</button>
      <p>Resets: {resets}</p>
      {submitted && <pre>{JSON.stringify(submitted)}</pre>}
    </form>
  );
}
