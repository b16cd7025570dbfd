import { useReducer } from "react";

function reducer(state, action) {
  switch (action.type) {
    case "insert": {
      const coins = state.coins + action.value;
      return { ...state, coins, message: `Inserted ${action.value}¢` };
    }
    case "select": {
      const item = state.stock[action.name];
      if (!item || item.left === 0) return { ...state, message: `${action.name} is sold out` };
      if (state.coins < item.price) return { ...state, message: `Need ${item.price - state.coins}¢ more` };
      return {
        coins: state.coins - item.price,
        stock: { ...state.stock, [action.name]: { ...item, left: item.left - 1 } },
        message: `Enjoy your ${action.name}!`,
      };
    }
    case "refund":
      return { ...state, coins: 0, message: state.coins ? `Returned ${state.coins}¢` : "Nothing to return" };
    default:
      return state;
  }
}

const init = {
  coins: 0,
  message: "Insert coins",
  stock: { Cola: { price: 120, left: 2 }, Water: { price: 80, left: 1 }, Juice: { price: 150, left: 0 } },
};

export default function App() {
  const [state, dispatch] = useReducer(reducer, init);

  return (
    <div className="vending">
      <p className="display">{state.message}</p>
      <p>Credit: {state.coins}¢</p>
      {[25, 50, 100].map((value) => (
        <button key={value} onClick={() => dispatch({ type: "insert", value })}>
          {value}¢
        </button>
      ))}
      {Object.entries(state.stock).map(([name, { price, left }]) => (
        <button key={name} onClick={() => dispatch({ type: "select", name })}>
          {name} {price}¢ ({left} left)
        </button>
      ))}
      <button onClick={() => dispatch({ type: "refund" })}>Refund</button>
    </div>
  );
}
