import { useState } from "react";
import type { InputHTMLAttributes } from "react";

type FieldProps = {
  label: string;
  hint?: string;
  error?: string | null;
} & InputHTMLAttributes<HTMLInputElement>;

function Field({ label, hint, error = null, id, ...inputProps }: FieldProps) {
  const inputId = id ?? label.toLowerCase().replace(/\s+/g, "-");
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={inputId}>{label}</label>
      <input id={inputId} aria-describedby={hint ? `${inputId}-hint` : undefined} {...inputProps} />
      {hint && <small id={`${inputId}-hint`}>{hint}</small>}
      {error && <strong>{error}</strong>}
    </div>
  );
}

export default function App() {
  const [city, setCity] = useState("");
  const [locked, setLocked] = useState(false);

  return (
    <div>
      <button onClick={() => setLocked(!locked)}>{locked ? "Unlock" : "Lock"} fields</button>
      <Field
        label="Home city"
        value={city}
        onChange={(e) => setCity(e.target.value)}
        placeholder="e.g. Porto"
        disabled={locked}
        error={city.length > 0 && city.length < 3 ? "Too short" : null}
      />
      <Field label="Country" defaultValue="Portugal" readOnly hint="Fixed for now" />
      <Field label="Postcode" id="zip" maxLength={8} hint="Up to 8 characters" data-kind="zip" />
      <p>{city ? `City: ${city}` : "No city yet"}</p>
    </div>
  );
}
