import * as React from "react";

interface SwitchProps {
  label: string;
  initial?: boolean;
  onChange?: (on: boolean) => void;
}

function Switch({ label, initial = false, onChange }: SwitchProps) {
  const [on, setOn] = React.useState<boolean>(initial);

  function toggle() {
    const next = !on;
    setOn(next);
    onChange?.(next);
  }

  return (
    <button role="switch" aria-checked={on} className={on ? "switch on" : "switch"} onClick={toggle}>
      <span className="knob" style={{ marginLeft: on ? 16 : 0 }} />
      {label}: {on ? "On" : "Off"}
    </button>
  );
}

export default function App() {
  const [changes, setChanges] = React.useState<string[]>([]);
  const record = (name: string) => (on: boolean) => setChanges((c) => [...c, `${name}=${on}`]);

  return (
    <div className="settings">
      <Switch label="Wi-Fi" initial onChange={record("wifi")} />
      <Switch label="Bluetooth" onChange={record("bt")} />
      <Switch label="Airplane mode" />
      <p>Changes: {changes.length ? changes.join(", ") : "none"}</p>
    </div>
  );
}
