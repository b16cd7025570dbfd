import { useImperativeHandle, useRef, useState, type Ref } from "react";

export interface FieldHandle {
  focus: () => void;
  clear: () => void;
  shake: () => void;
  getValue: () => string;
}

function FancyInput({ ref, label }: { ref?: Ref<FieldHandle>; label: string }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState("");
  const [shakes, setShakes] = useState(0);

  useImperativeHandle(
    ref,
    () => ({
      focus() {
        inputRef.current?.focus();
      },
      clear() {
        setValue("");
      },
      shake() {
        setShakes((s) => s + 1);
      },
      getValue() {
        return value;
      },
    }),
    [value]
  );

  return (
    <label className={shakes % 2 ? "shake" : undefined}>
      {label}
      <input ref={inputRef} value={value} onChange={(e) => setValue(e.target.value)} />
      {shakes > 0 && <small> shaken {shakes}×</small>}
    </label>
  );
}

export default function App() {
  const fieldRef = useRef<FieldHandle>(null);
  const [report, setReport] = useState("");

  return (
    <div>
      <FancyInput ref={fieldRef} label="Coupon code " />
      <button onClick={() => fieldRef.current?.focus()}>Focus</button>
      <button onClick={() => fieldRef.current?.clear()}>Clear</button>
      <button onClick={() => fieldRef.current?.shake()}>Shake</button>
      <button onClick={() => setReport(`Value is “${fieldRef.current?.getValue()}”`)}>Read</button>
      <p>{report}</p>
    </div>
  );
}
