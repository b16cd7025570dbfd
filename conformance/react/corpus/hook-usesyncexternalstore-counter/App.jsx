import { useSyncExternalStore } from "react";

function createStore(initial) {
  let state = initial;
  const listeners = new Set();
  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(fn) {
      state = fn(state);
      listeners.forEach((l) => l());
    },
  };
}

const counterStore = createStore({ count: 0, lastAction: "init" });

function useCounterStore(selector) {
  const state = useSyncExternalStore(counterStore.subscribe, counterStore.getSnapshot);
  return selector(state);
}

function Display() {
  const count = useCounterStore((s) => s.count);
  return <h2>Count: {count}</h2>;
}

function LastAction() {
  const last = useCounterStore((s) => s.lastAction);
  return <p>Last action: {last}</p>;
}

function Controls() {
  return (
    <div>
      <button onClick={() => counterStore.update((s) => ({ count: s.count + 1, lastAction: "increment" }))}>+1</button>
      <button onClick={() => counterStore.update((s) => ({ count: s.count * 2, lastAction: "double" }))}>×2</button>
      <button onClick={() => counterStore.update(() => ({ count: 0, lastAction: "reset" }))}>Reset</button>
    </div>
  );
}

export default function App() {
  return (
    <div>
      <Display />
      <Controls />
      <LastAction />
      <Display />
    </div>
  );
}
