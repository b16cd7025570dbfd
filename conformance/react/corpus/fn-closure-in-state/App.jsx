import { useState } from "react";

const formulas = {
  identity: (x) => x,
  square: (x) => x * x,
  half: (x) => x / 2,
  negate: (x) => -x,
};

export default function App() {
  const [formula, setFormula] = useState(() => () => 0);
  const [name, setName] = useState("zero");
  const [input, setInput] = useState(6);

  function choose(key) {
    setFormula(() => formulas[key]);
    setName(key);
  }

  function makeAdder(k) {
    setFormula(() => (x) => x + k);
    setName(`add ${k}`);
  }

  return (
    <div>
      <p>
        f = {name}; f({input}) = <strong>{formula(input)}</strong>
      </p>
      {Object.keys(formulas).map((key) => (
        <button key={key} onClick={() => choose(key)}>
          {key}
        </button>
      ))}
      <button onClick={() => makeAdder(input)}>Add current input ({input})</button>
      <button onClick={() => setInput((i) => i + 1)}>input + 1</button>
    </div>
  );
}
