import { useReducer } from "react";

const initialState = { votes: { red: 0, green: 0, blue: 0 }, lastVoter: null, locked: false };

function reducer(state, action) {
  switch (action.type) {
    case "vote": {
      if (state.locked) return state;
      return {
        ...state,
        votes: { ...state.votes, [action.color]: state.votes[action.color] + 1 },
        lastVoter: action.voter,
      };
    }
    case "lock":
      return { ...state, locked: !state.locked };
    case "reset":
      return initialState;
    default:
      return state;
  }
}

function Voter({ name, dispatch, disabled }) {
  return (
    <div className="voter">
      {name}:
      {["red", "green", "blue"].map((color) => (
        <button key={color} disabled={disabled} onClick={() => dispatch({ type: "vote", color, voter: name })}>
          {color}
        </button>
      ))}
    </div>
  );
}

function Results({ votes, lastVoter }) {
  const winner = Object.entries(votes).sort((a, b) => b[1] - a[1])[0];
  return (
    <p>
      {Object.entries(votes).map(([c, n]) => `${c}: ${n}`).join(", ")}
      {winner[1] > 0 && ` — leading: ${winner[0]}`}
      {lastVoter && ` (last vote by ${lastVoter})`}
    </p>
  );
}

export default function App() {
  const [state, dispatch] = useReducer(reducer, initialState);
  return (
    <div>
      <Voter name="Ana" dispatch={dispatch} disabled={state.locked} />
      <Voter name="Ben" dispatch={dispatch} disabled={state.locked} />
      <Results votes={state.votes} lastVoter={state.lastVoter} />
      <button onClick={() => dispatch({ type: "lock" })}>{state.locked ? "Unlock" : "Lock"} voting</button>
      <button onClick={() => dispatch({ type: "reset" })}>Reset</button>
    </div>
  );
}
