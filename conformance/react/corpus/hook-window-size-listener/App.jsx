import { useEffect, useState } from "react";

// The viewport's size read where it runs once or on events: a lazy initialiser, a resize
// listener and a click handler.
function useWindowSize() {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener("resize", onResize);
    return () => window.removeEventListener("resize", onResize);
  }, []);
  return size;
}

export default function App() {
  const { width, height } = useWindowSize();
  const [scrolled, setScrolled] = useState(null);
  return (
    <div>
      <p>{width > 100 && height > 100 ? "a real window" : "a tiny window"}</p>
      <p>{width >= height ? "landscape" : "portrait"}</p>
      <button onClick={() => setScrolled(window.scrollY + window.scrollX)}>Where am I?</button>
      <p>{scrolled === null ? "not asked" : `scrolled ${scrolled}px`}</p>
    </div>
  );
}
