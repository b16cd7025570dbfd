import { useState, useEffect } from "react";

export function useCounter(initial = 0, step = 1) {
  const [count, setCount] = useState(initial);
  const increment = () => setCount((c) => c + step);
  const reset = () => setCount(initial);
  return { count, increment, reset };
}

export function useToggle(start) {
  const [on, setOn] = useState(start);
  function toggle() {
    setOn((v) => !v);
  }
  return [on, toggle];
}

// A hook built on another hook, with an effect that derives state.
export function useParity(initial) {
  const { count, increment, reset } = useCounter(initial, 1);
  const [parity, setParity] = useState("even");
  useEffect(() => {
    setParity(count % 2 === 0 ? "even" : "odd");
  }, [count]);
  return { count, parity, increment, reset };
}
