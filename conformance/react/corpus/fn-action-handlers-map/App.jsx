import { useState } from "react";

const handlers = {
  deposit: (state, amount) => ({ ...state, balance: state.balance + amount, txCount: state.txCount + 1 }),
  withdraw: (state, amount) =>
    amount > state.balance
      ? { ...state, error: `Insufficient funds for ${amount}` }
      : { ...state, balance: state.balance - amount, txCount: state.txCount + 1, error: null },
  interest: (state) => ({ ...state, balance: Math.round(state.balance * 1.05 * 100) / 100 }),
  clearError: (state) => ({ ...state, error: null }),
};

export default function App() {
  const [account, setAccount] = useState({ balance: 100, txCount: 0, error: null });

  const run = (type, payload) => setAccount((prev) => handlers[type](prev, payload));

  return (
    <div>
      <h3>Balance: ${account.balance.toFixed(2)}</h3>
      <p>{account.txCount} transactions</p>
      <button onClick={() => run("deposit", 50)}>Deposit 50</button>
      <button onClick={() => run("withdraw", 30)}>Withdraw 30</button>
      <button onClick={() => run("withdraw", 500)}>Withdraw 500</button>
      <button onClick={() => run("interest")}>Add 5% interest</button>
      {account.error && (
        <p role="alert">
          {account.error} <button onClick={() => run("clearError")}>dismiss</button>
        </p>
      )}
    </div>
  );
}
