import { useState } from "react";

export default function App() {
  const [name, setName] = useState("");
  const [agree, setAgree] = useState(false);
  const [size, setSize] = useState("m");
  return (
    <form>
      <input value={name} onInput={(e) => setName(e.target.value)} />
      <label>
        <input type="checkbox" checked={agree} onChange={(e) => setAgree(e.target.checked)} /> agree
      </label>
      <select value={size} onChange={(e) => setSize(e.target.value)}>
        <option value="s">small</option>
        <option value="m">medium</option>
        <option value="l">large</option>
      </select>
      <p>
        {name} / {agree ? "yes" : "no"} / {size}
      </p>
    </form>
  );
}
