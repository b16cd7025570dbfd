import { useEffect, useRef, useState } from "react";

export default function App() {
  const [a, setA] = useState(0);
  const [b, setB] = useState(0);
  const counts = useRef({ every: 0, mount: 0, onA: 0, onAB: 0 });
  const [shown, setShown] = useState(null);

  useEffect(() => {
    counts.current.every += 1;
  });
  useEffect(() => {
    counts.current.mount += 1;
  }, []);
  useEffect(() => {
    counts.current.onA += 1;
  }, [a]);
  useEffect(() => {
    counts.current.onAB += 1;
  }, [a, b]);

  return (
    <div>
      <button onClick={() => setA(a + 1)}>a = {a}</button>
      <button onClick={() => setB(b + 1)}>b = {b}</button>
      <button onClick={() => setA(a)}>set a to same value</button>
      <button onClick={() => setShown({ ...counts.current })}>Show effect counts</button>
      {shown && (
        <dl>
          <dt>no deps</dt>
          <dd>{shown.every}</dd>
          <dt>[]</dt>
          <dd>{shown.mount}</dd>
          <dt>[a]</dt>
          <dd>{shown.onA}</dd>
          <dt>[a, b]</dt>
          <dd>{shown.onAB}</dd>
        </dl>
      )}
    </div>
  );
}
