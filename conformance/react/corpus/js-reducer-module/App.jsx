import { useReducer } from "react";
import { cartReducer, initialState, selectTotal } from "./reducer.js";

const shelf = [
  { name: "Headphones", price: 59 },
  { name: "Charger", price: 25 },
  { name: "Phone case", price: 18 },
];

export default function App() {
  const [state, dispatch] = useReducer(cartReducer, initialState);
  const total = selectTotal(state);
  const over = total > state.budget;

  return (
    <div>
      {shelf.map((p) => (
        <button key={p.name} onClick={() => dispatch({ type: "add", ...p })}>
          {p.name} (${p.price})
        </button>
      ))}
      <button onClick={() => dispatch({ type: "raiseBudget", amount: 50 })}>Budget +50</button>
      <ul>
        {state.items.map((item) => (
          <li key={item.id}>
            #{item.id} {item.name}
            <button onClick={() => dispatch({ type: "remove", id: item.id })}>remove</button>
          </li>
        ))}
      </ul>
      <p style={{ color: over ? "crimson" : "inherit" }}>
        ${total} of ${state.budget} {over ? "— over budget!" : ""}
      </p>
      <button onClick={() => dispatch({ type: "reset" })}>Start over</button>
    </div>
  );
}
