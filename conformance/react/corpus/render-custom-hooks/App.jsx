import { useCounter, useToggle, useParity } from "./hooks.js";

function useLabel(text) {
  const [on] = useToggle(true);
  return on ? text.toUpperCase() : text;
}

export default function Dashboard() {
  const { count: clicks, increment: add, reset } = useCounter(10, 5);
  const [open, toggleOpen] = useToggle(false);
  const { count, parity, increment } = useParity(3);
  const title = useLabel("dashboard");
  return (
    <main>
      <h1>{title}</h1>
      <button onClick={add}>+5</button>
      <button onClick={reset}>reset</button>
      <p>clicks: {clicks}</p>
      <button onClick={toggleOpen}>{open ? "close" : "open"}</button>
      {open && <section>details for {count}</section>}
      <button onClick={increment}>next</button>
      <p>
        {count} is {parity}
      </p>
    </main>
  );
}
