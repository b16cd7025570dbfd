import React from "react";

export default function App() {
  const [start, setStart] = React.useState(6);

  const sequence = [start];
  let n = start;
  while (n !== 1 && sequence.length < 200) {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    sequence.push(n);
  }
  let peak = start;
  for (const value of sequence) {
    if (value > peak) peak = value;
  }

  return (
    <div>
      <button onClick={() => setStart(start + 1)}>Start + 1</button>
      <button onClick={() => setStart(27)}>Try 27</button>
      <button onClick={() => setStart(Math.max(1, start - 1))}>Start − 1</button>
      <p>
        Starting at {start}: {sequence.length - 1} steps, peak {peak}
      </p>
      <p style={{ wordBreak: "break-all" }}>
        {sequence.slice(0, 30).join(" → ")}
        {sequence.length > 30 && ` … (${sequence.length - 30} more)`}
      </p>
    </div>
  );
}
