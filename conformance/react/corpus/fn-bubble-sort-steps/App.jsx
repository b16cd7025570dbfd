import { useState } from "react";

const START = [5, 1, 4, 2, 8, 3];

function bubbleStep({ arr, i, j, swaps }) {
  const next = arr.slice();
  let didSwap = false;
  if (next[j] > next[j + 1]) {
    [next[j], next[j + 1]] = [next[j + 1], next[j]];
    didSwap = true;
  }
  let ni = i;
  let nj = j + 1;
  if (nj >= next.length - 1 - i) {
    ni = i + 1;
    nj = 0;
  }
  return { arr: next, i: ni, j: nj, swaps: swaps + (didSwap ? 1 : 0) };
}

const isDone = (s) => s.i >= s.arr.length - 1;

export default function App() {
  const [state, setState] = useState({ arr: START, i: 0, j: 0, swaps: 0 });
  const done = isDone(state);

  function runPass() {
    setState((s) => {
      let cur = s;
      const pass = s.i;
      while (!isDone(cur) && cur.i === pass) cur = bubbleStep(cur);
      return cur;
    });
  }

  return (
    <div>
      <div className="bars">
        {state.arr.map((v, idx) => (
          <span
            key={idx}
            style={{ display: "inline-block", width: 16, height: v * 8, background: !done && (idx === state.j || idx === state.j + 1) ? "tomato" : "steelblue", marginRight: 2 }}
            title={String(v)}
          />
        ))}
      </div>
      <p>
        [{state.arr.join(", ")}] · pass {state.i + 1} · {state.swaps} swaps {done && "· sorted!"}
      </p>
      <button onClick={() => setState(bubbleStep)} disabled={done}>Step</button>
      <button onClick={runPass} disabled={done}>Finish pass</button>
      <button onClick={() => setState({ arr: START, i: 0, j: 0, swaps: 0 })}>Shuffle back</button>
    </div>
  );
}
