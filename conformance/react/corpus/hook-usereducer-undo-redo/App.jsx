import { useReducer } from "react";

const initial = { past: [], present: { color: "#3366ff", size: 40 }, future: [] };

function reducer(state, action) {
  const { past, present, future } = state;
  switch (action.type) {
    case "set":
      return { past: [...past, present], present: { ...present, ...action.patch }, future: [] };
    case "undo":
      if (!past.length) return state;
      return { past: past.slice(0, -1), present: past[past.length - 1], future: [present, ...future] };
    case "redo":
      if (!future.length) return state;
      return { past: [...past, present], present: future[0], future: future.slice(1) };
    default:
      return state;
  }
}

export default function App() {
  const [state, dispatch] = useReducer(reducer, initial);
  const { color, size } = state.present;

  return (
    <div>
      <div style={{ width: size, height: size, background: color, borderRadius: 4 }} />
      <button onClick={() => dispatch({ type: "set", patch: { size: size + 10 } })}>Grow</button>
      <button onClick={() => dispatch({ type: "set", patch: { color: color === "#3366ff" ? "#ff6633" : "#3366ff" } })}>
        Swap color
      </button>
      <button onClick={() => dispatch({ type: "undo" })} disabled={!state.past.length}>
        Undo ({state.past.length})
      </button>
      <button onClick={() => dispatch({ type: "redo" })} disabled={!state.future.length}>
        Redo ({state.future.length})
      </button>
      <p>
        {size}px, {color}
      </p>
    </div>
  );
}
