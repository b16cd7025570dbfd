import { useEffect, useRef, useState } from "react";

function useKeyPress(targetKey, handler) {
  const handlerRef = useRef(handler);
  useEffect(() => {
    handlerRef.current = handler;
  });
  useEffect(() => {
    function onKeyDown(e) {
      if (e.key === targetKey) handlerRef.current(e);
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [targetKey]);
}

const slides = ["Intro", "Problem", "Solution", "Demo", "Q&A"];

export default function App() {
  const [index, setIndex] = useState(0);
  const [presses, setPresses] = useState(0);

  useKeyPress("ArrowRight", () => {
    setIndex((i) => Math.min(slides.length - 1, i + 1));
    setPresses((p) => p + 1);
  });
  useKeyPress("ArrowLeft", () => {
    setIndex((i) => Math.max(0, i - 1));
    setPresses((p) => p + 1);
  });

  return (
    <div>
      <h2>
        Slide {index + 1}/{slides.length}: {slides[index]}
      </h2>
      <button onClick={() => setIndex(Math.max(0, index - 1))}>Prev</button>
      <button onClick={() => setIndex(Math.min(slides.length - 1, index + 1))}>Next</button>
      <input placeholder="Focus me and use arrow keys" />
      <p>Arrow keys pressed: {presses}</p>
    </div>
  );
}
