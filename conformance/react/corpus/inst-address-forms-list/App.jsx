import { useState } from "react";

function AddressForm({ index, onRemove, canRemove }) {
  const [street, setStreet] = useState("");
  const [type, setType] = useState("home");
  return (
    <fieldset className="address">
      <legend>
        Address {index + 1} ({type})
      </legend>
      <input value={street} onChange={(e) => setStreet(e.target.value)} placeholder="Street" />
      <select value={type} onChange={(e) => setType(e.target.value)}>
        <option value="home">Home</option>
        <option value="work">Work</option>
      </select>
      {canRemove && (
        <button type="button" onClick={onRemove}>
          Remove
        </button>
      )}
      {street && <p>Preview: {street}</p>}
    </fieldset>
  );
}

export default function App() {
  const [keys, setKeys] = useState(["addr-1"]);
  const [seq, setSeq] = useState(2);

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      {keys.map((k, i) => (
        <AddressForm
          key={k}
          index={i}
          canRemove={keys.length > 1}
          onRemove={() => setKeys(keys.filter((x) => x !== k))}
        />
      ))}
      <button
        type="button"
        onClick={() => {
          setKeys([...keys, `addr-${seq}`]);
          setSeq(seq + 1);
        }}
      >
        Add another address
      </button>
    </form>
  );
}
