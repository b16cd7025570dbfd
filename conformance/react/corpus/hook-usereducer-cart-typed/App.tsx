import { useReducer } from "react";

type Product = { id: string; name: string; price: number };
type CartItem = Product & { qty: number };

type CartState = { items: CartItem[]; coupon: string | null };

type CartAction =
  | { type: "add"; product: Product }
  | { type: "remove"; id: string }
  | { type: "applyCoupon"; code: string }
  | { type: "clear" };

function cartReducer(state: CartState, action: CartAction): CartState {
  switch (action.type) {
    case "add": {
      const existing = state.items.find((i) => i.id === action.product.id);
      const items = existing
        ? state.items.map((i) => (i.id === action.product.id ? { ...i, qty: i.qty + 1 } : i))
        : [...state.items, { ...action.product, qty: 1 }];
      return { ...state, items };
    }
    case "remove":
      return {
        ...state,
        items: state.items.flatMap((i) => (i.id !== action.id ? [i] : i.qty > 1 ? [{ ...i, qty: i.qty - 1 }] : [])),
      };
    case "applyCoupon":
      return { ...state, coupon: action.code };
    case "clear":
      return { items: [], coupon: null };
  }
}

const catalog: Product[] = [
  { id: "kb", name: "Keyboard", price: 49 },
  { id: "ms", name: "Mouse", price: 19 },
];

export default function App() {
  const [cart, dispatch] = useReducer(cartReducer, { items: [], coupon: null });
  const subtotal = cart.items.reduce((s, i) => s + i.price * i.qty, 0);
  const total = cart.coupon === "HALF" ? subtotal / 2 : subtotal;

  return (
    <div>
      {catalog.map((p) => (
        <button key={p.id} onClick={() => dispatch({ type: "add", product: p })}>
          Add {p.name} (${p.price})
        </button>
      ))}
      <ul>
        {cart.items.map((i) => (
          <li key={i.id}>
            {i.name} × {i.qty} <button onClick={() => dispatch({ type: "remove", id: i.id })}>−</button>
          </li>
        ))}
      </ul>
      <button onClick={() => dispatch({ type: "applyCoupon", code: "HALF" })} disabled={cart.coupon !== null}>
        Apply HALF coupon
      </button>
      <button onClick={() => dispatch({ type: "clear" })}>Empty cart</button>
      <p>
        {cart.items.length === 0 ? "Cart is empty" : `Total: $${total.toFixed(2)}`}
        {cart.coupon && ` (coupon ${cart.coupon})`}
      </p>
    </div>
  );
}
