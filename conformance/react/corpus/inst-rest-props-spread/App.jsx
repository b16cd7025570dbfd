import { useState } from "react";

// Rest props as design-system components write them: named props styled by the component,
// everything else (handlers, aria-*, data-*, disabled, type, title) spread onto the element.
function Button({ variant = "primary", children, ...rest }) {
  return (
    <button className={`btn btn-${variant}`} {...rest}>
      {children}
    </button>
  );
}

function IconButton({ icon, label, ...rest }) {
  return (
    <Button variant="icon" aria-label={label} {...rest}>
      {icon}
    </Button>
  );
}

function TextInput({ label, ...inputProps }) {
  return (
    <label>
      {label} <input {...inputProps} />
    </label>
  );
}

export default function App() {
  const [count, setCount] = useState(0);
  const [name, setName] = useState("");
  const [locked, setLocked] = useState(false);

  return (
    <div>
      <Button onClick={() => setCount(count + 1)} title={`clicked ${count} times`}>
        Add ({count})
      </Button>
      <Button variant="danger" onClick={() => setCount(0)} disabled={count === 0} data-role="reset">
        Reset
      </Button>
      <IconButton icon="🔒" label={locked ? "Unlock" : "Lock"} onClick={() => setLocked(!locked)} aria-pressed={locked} />
      <Button type="submit">Plain</Button>
      <TextInput
        label="Name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        placeholder="Who?"
        disabled={locked}
        maxLength={12}
      />
      <TextInput label="Fixed" defaultValue="read me" readOnly />
      <p>
        {name || "nobody"} / {locked ? "locked" : "open"}
      </p>
    </div>
  );
}
