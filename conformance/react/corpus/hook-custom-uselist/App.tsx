import { useState } from "react";

function useList<T>(initial: T[] = []) {
  const [list, setList] = useState<T[]>(initial);
  return {
    list,
    push: (item: T) => setList((l) => [...l, item]),
    removeAt: (index: number) => setList((l) => l.filter((_, i) => i !== index)),
    moveUp: (index: number) =>
      setList((l) => {
        if (index === 0) return l;
        const copy = [...l];
        [copy[index - 1], copy[index]] = [copy[index], copy[index - 1]];
        return copy;
      }),
    clear: () => setList([]),
  };
}

export default function App() {
  const { list, push, removeAt, moveUp, clear } = useList<string>(["Wake up", "Stretch"]);
  const [draft, setDraft] = useState<string>("");

  return (
    <div>
      <input value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="New step" />
      <button
        onClick={() => {
          push(draft || `Step ${list.length + 1}`);
          setDraft("");
        }}
      >
        Push
      </button>
      <button onClick={clear} disabled={list.length === 0}>
        Clear
      </button>
      <ol>
        {list.map((step, i) => (
          <li key={step + i}>
            {step}
            <button onClick={() => moveUp(i)} disabled={i === 0}>
              ↑
            </button>
            <button onClick={() => removeAt(i)}>✕</button>
          </li>
        ))}
      </ol>
    </div>
  );
}
