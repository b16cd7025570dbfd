import { useReducer } from "react";

function init(startCount) {
  return { count: startCount, history: [startCount] };
}

function reducer(state, action) {
  switch (action.type) {
    case "increment":
      return { count: state.count + action.by, history: [...state.history, state.count + action.by] };
    case "decrement":
      return { count: state.count - 1, history: [...state.history, state.count - 1] };
    case "reset":
      return init(action.payload);
    default:
      throw new Error();
  }
}

function Counter({ initialCount }) {
  const [state, dispatch] = useReducer(reducer, initialCount, init);
  return (
    <div>
      Count: {state.count}
      <button onClick={() => dispatch({ type: "reset", payload: initialCount })}>Reset</button>
      <button onClick={() => dispatch({ type: "decrement" })}>-</button>
      <button onClick={() => dispatch({ type: "increment", by: 1 })}>+</button>
      <button onClick={() => dispatch({ type: "increment", by: 10 })}>+10</button>
      <p>History: {state.history.join(" → ")}</p>
    </div>
  );
}

export default function App() {
  return <Counter initialCount={7} />;
}
