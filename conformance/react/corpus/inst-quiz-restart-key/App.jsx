import { useState } from "react";

const questions = [
  { q: "2 + 2 = ?", options: ["3", "4", "5"], answer: "4" },
  { q: "Capital of France?", options: ["Paris", "Lyon"], answer: "Paris" },
  { q: "Largest planet?", options: ["Mars", "Jupiter", "Venus"], answer: "Jupiter" },
];

function Quiz({ onFinish }) {
  const [index, setIndex] = useState(0);
  const [score, setScore] = useState(0);

  if (index >= questions.length) {
    return (
      <div className="result">
        You scored {score} / {questions.length}
        <button onClick={() => onFinish(score)}>Save score</button>
      </div>
    );
  }

  const current = questions[index];
  function choose(option) {
    if (option === current.answer) setScore(score + 1);
    setIndex(index + 1);
  }

  return (
    <div>
      <p>
        Question {index + 1}: {current.q}
      </p>
      {current.options.map((o) => (
        <button key={o} onClick={() => choose(o)}>
          {o}
        </button>
      ))}
      <p>Score so far: {score}</p>
    </div>
  );
}

export default function App() {
  const [attempt, setAttempt] = useState(1);
  const [best, setBest] = useState(null);

  return (
    <div>
      <header>
        Attempt {attempt} {best !== null && <span>· best {best}</span>}
        <button onClick={() => setAttempt(attempt + 1)}>Restart</button>
      </header>
      <Quiz key={attempt} onFinish={(s) => setBest(best === null ? s : Math.max(best, s))} />
    </div>
  );
}
