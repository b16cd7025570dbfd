import { useState } from "react";

export default function App() {
  const [text, setText] = useState("");
  const [items, setItems] = useState([]);
  const [error, setError] = useState(null);

  function handleSubmit(e) {
    e.preventDefault();
    const value = text.trim();
    if (!value) {
      setError("Please type something first.");
      return;
    }
    if (items.includes(value)) {
      setError(`"${value}" is already on the list.`);
      return;
    }
    setItems([...items, value]);
    setText("");
    setError(null);
  }

  return (
    <form onSubmit={handleSubmit}>
      <input value={text} onChange={(e) => setText(e.target.value)} placeholder="Add a grocery item" />
      <button type="submit">Add</button>
      <button type="button" onClick={() => setItems([])}>
        Clear list
      </button>
      {error && <p className="error">{error}</p>}
      {!items.length ? (
        <p>Your list is empty.</p>
      ) : (
        <ol>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
      )}
    </form>
  );
}
