import { useState } from "react";

const poem = {
  title: "Night Bus",
  lines: ["The last bus hums", "past shuttered shops,", "its windows full", "of tired reflections", "and one small dog."],
};

export default function App() {
  const [numbered, setNumbered] = useState(false);
  const [visibleCount, setVisibleCount] = useState(2);

  return (
    <article>
      <h3>{poem.title}</h3>
      {poem.lines.slice(0, visibleCount).map((line, index) => (
        <p key={index} className="line">
          {numbered && <span className="num">{index + 1}. </span>}
          {line}
        </p>
      ))}
      <button onClick={() => setVisibleCount(Math.min(visibleCount + 2, poem.lines.length))}>Next lines</button>
      <button onClick={() => setNumbered(!numbered)}>{numbered ? "Hide" : "Show"} line numbers</button>
      {visibleCount < poem.lines.length ? (
        <p>
          {poem.lines.length - visibleCount} of {poem.lines.length} lines hidden
        </p>
      ) : (
        <p>— the end —</p>
      )}
    </article>
  );
}
