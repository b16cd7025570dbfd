// useReducer with a switch over action types, an init function and a throwing default.
import { useReducer } from "react";

function init(start) {
  return { count: start, step: 1 };
}

function reducer(state, action) {
  switch (action.type) {
    case "increment":
      return { ...state, count: state.count + state.step };
    case "decrement":
      return { ...state, count: state.count - state.step };
    case "bigger-steps":
      return { ...state, step: state.step * 2 };
    case "reset":
      return init(0);
    default:
      throw new Error("Unknown action: " + action.type);
  }
}

export default function Counter() {
  const [state, dispatch] = useReducer(reducer, 5, init);
  return (
    <div>
      <p>
        {state.count} (step {state.step})
      </p>
      <button onClick={() => dispatch({ type: "increment" })}>+</button>
      <button onClick={() => dispatch({ type: "decrement" })}>-</button>
      <button onClick={() => { dispatch({ type: "bigger-steps" }); dispatch({ type: "increment" }); }}>x2 then +</button>
      <button onClick={() => dispatch({ type: "reset" })}>reset</button>
    </div>
  );
}
