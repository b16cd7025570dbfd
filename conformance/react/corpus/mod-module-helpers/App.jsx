import { useState } from "react";

function formatCurrency(amount) {
  const fixed = Math.abs(amount).toFixed(2);
  const [whole, cents] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${amount < 0 ? "-" : ""}$${grouped}.${cents}`;
}

const monthlyPayment = (principal, yearlyRate, years) => {
  const r = yearlyRate / 12;
  const n = years * 12;
  return r === 0 ? principal / n : (principal * r) / (1 - Math.pow(1 + r, -n));
};

function describeTerm(years) {
  return years === 1 ? "1 year" : `${years} years`;
}

export default function App() {
  const [principal, setPrincipal] = useState(250000);
  const [rate, setRate] = useState(0.045);
  const [years, setYears] = useState(30);

  const monthly = monthlyPayment(principal, rate, years);
  const totalPaid = monthly * years * 12;

  return (
    <div>
      <button onClick={() => setPrincipal(principal + 25000)}>+ $25,000</button>
      <button onClick={() => setRate(rate === 0.045 ? 0.06 : rate === 0.06 ? 0 : 0.045)}>Rate: {(rate * 100).toFixed(1)}%</button>
      <button onClick={() => setYears(years === 30 ? 15 : 30)}>Term: {describeTerm(years)}</button>
      <p>Loan: {formatCurrency(principal)}</p>
      <p>Monthly payment: {formatCurrency(monthly)}</p>
      <p>Total paid: {formatCurrency(totalPaid)}</p>
      <p>Interest: {formatCurrency(totalPaid - principal)}</p>
    </div>
  );
}
