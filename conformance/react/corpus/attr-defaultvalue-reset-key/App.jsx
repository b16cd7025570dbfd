import { useState } from "react";

function ShippingForm({ saved }) {
  return (
    <fieldset>
      <legend>Shipping</legend>
      <label htmlFor="ship-name">Full name</label>
      <input id="ship-name" name="name" defaultValue={saved.name} />
      <label htmlFor="ship-zip">Postcode</label>
      <input id="ship-zip" name="zip" defaultValue={saved.zip} maxLength={8} />
      <label htmlFor="ship-notes">Notes</label>
      <textarea id="ship-notes" name="notes" defaultValue={saved.notes} rows={2} />
    </fieldset>
  );
}

export default function App() {
  const [version, setVersion] = useState(0);
  const [saved, setSaved] = useState({ name: "Wanjiru K.", zip: "00100", notes: "Leave at the door" });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        setSaved({ name: data.get("name"), zip: data.get("zip"), notes: data.get("notes") });
      }}
    >
      <ShippingForm key={version} saved={saved} />
      <button type="button" onClick={() => setVersion((v) => v + 1)}>
        Discard changes
      </button>
      <button type="submit">Save</button>
      <p>
        Saved: {saved.name}, {saved.zip} — {saved.notes}
      </p>
    </form>
  );
}
