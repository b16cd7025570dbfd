import { useReducer } from "react";

type Plan = "basic" | "pro";

interface State {
  step: 1 | 2 | 3;
  plan: Plan;
  seats: number;
  confirmed: boolean;
}

type Action =
  | { type: "choosePlan"; plan: Plan }
  | { type: "changeSeats"; delta: number }
  | { type: "next" }
  | { type: "back" }
  | { type: "confirm" };

const initialState: State = { step: 1, plan: "basic", seats: 1, confirmed: false };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case "choosePlan":
      return { ...state, plan: action.plan, seats: action.plan === "basic" ? 1 : Math.max(state.seats, 2) };
    case "changeSeats":
      return { ...state, seats: Math.max(state.plan === "pro" ? 2 : 1, state.seats + action.delta) };
    case "next":
      return state.step < 3 ? { ...state, step: (state.step + 1) as State["step"] } : state;
    case "back":
      return state.step > 1 ? { ...state, step: (state.step - 1) as State["step"] } : state;
    case "confirm":
      return { ...state, confirmed: true };
  }
}

const PRICE: Record<Plan, number> = { basic: 5, pro: 12 };

export default function App() {
  const [state, dispatch] = useReducer(reducer, initialState);

  if (state.confirmed) return <p>Subscribed to {state.plan} for {state.seats} seat(s). Thanks!</p>;

  return (
    <div>
      <p>Step {state.step} of 3</p>
      {state.step === 1 && (
        <div>
          {(["basic", "pro"] as Plan[]).map((p) => (
            <label key={p}>
              <input type="radio" name="plan" checked={state.plan === p} onChange={() => dispatch({ type: "choosePlan", plan: p })} />
              {p} (${PRICE[p]}/seat)
            </label>
          ))}
        </div>
      )}
      {state.step === 2 && (
        <div>
          Seats: {state.seats}
          <button onClick={() => dispatch({ type: "changeSeats", delta: -1 })}>−</button>
          <button onClick={() => dispatch({ type: "changeSeats", delta: 1 })}>+</button>
        </div>
      )}
      {state.step === 3 && (
        <div>
          {state.plan} × {state.seats} = ${PRICE[state.plan] * state.seats}/month
          <button onClick={() => dispatch({ type: "confirm" })}>Confirm</button>
        </div>
      )}
      <button onClick={() => dispatch({ type: "back" })} disabled={state.step === 1}>
        Back
      </button>
      <button onClick={() => dispatch({ type: "next" })} disabled={state.step === 3}>
        Next
      </button>
    </div>
  );
}
