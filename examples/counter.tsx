import { useState } from "dx";

export default function Counter() {
  const [count, setCount] = useState(0);
  return (
    <div class="counter">
      <p id="count">Count: {count}</p>
      <button id="inc" onClick={() => setCount(count + 1)}>+1</button>
      <button id="reset" disabled={count === 0} onClick={() => setCount(0)}>Reset</button>
    </div>
  );
}
