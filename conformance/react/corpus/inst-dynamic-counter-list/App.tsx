import { useState } from "react";

interface CounterProps {
  id: number;
  onRemove: (id: number) => void;
}

function Counter({ id, onRemove }: CounterProps) {
  const [value, setValue] = useState(0);
  return (
    <li>
      Counter #{id}: {value}{" "}
      <button onClick={() => setValue((v) => v + 1)}>increment</button>
      <button onClick={() => onRemove(id)}>remove</button>
    </li>
  );
}

export default function App() {
  const [ids, setIds] = useState<number[]>([1, 2]);
  const nextId = ids.length ? Math.max(...ids) + 1 : 1;

  return (
    <div>
      <button onClick={() => setIds([...ids, nextId])}>Add counter</button>
      {ids.length === 0 ? (
        <p>No counters. Add one!</p>
      ) : (
        <ul>
          {ids.map((id) => (
            <Counter key={id} id={id} onRemove={(x) => setIds(ids.filter((i) => i !== x))} />
          ))}
        </ul>
      )}
    </div>
  );
}
