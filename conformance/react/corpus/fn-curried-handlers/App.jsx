import { useState } from "react";

// Handler factories as people write them: curried arrows, a factory with statements before
// its `return`, two levels of currying, and a factory called inside another handler.
export default function App() {
  const [scores, setScores] = useState({ taste: 0, price: 0 });
  const [log, setLog] = useState("nothing yet");
  const [step, setStep] = useState(1);

  const rate = (aspect) => (value) => () => setScores((s) => ({ ...s, [aspect]: value }));
  const note = (field) => {
    const label = field.toUpperCase();
    return (e) => setLog(label + ": " + e.target.value);
  };
  const bump = (by) => () => setStep(step + by);
  const bumpTwice = () => {
    bump(2)();
    setLog("bumped from " + step);
  };

  return (
    <div>
      <p>
        taste {scores.taste}, price {scores.price}, step {step}
      </p>
      <button onClick={rate("taste")(5)}>Taste 5</button>
      <button onClick={rate("price")(3)}>Price 3</button>
      <button onClick={bump(1)}>Step +1</button>
      <button onClick={bumpTwice}>Step +2</button>
      <input placeholder="name" onChange={note("name")} />
      <input placeholder="city" onChange={note("city")} />
      <output>{log}</output>
    </div>
  );
}
