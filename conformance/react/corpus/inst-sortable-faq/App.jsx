import { useState } from "react";

const faqs = [
  { id: "ship", q: "How long is shipping?", a: "Three to five days.", popularity: 40 },
  { id: "pay", q: "Which payment methods?", a: "Cards and bank transfer.", popularity: 75 },
  { id: "size", q: "Do the shoes run small?", a: "Order half a size up.", popularity: 12 },
];

function FaqItem({ faq }) {
  const [open, setOpen] = useState(false);
  const [helpful, setHelpful] = useState(null);
  return (
    <div className="faq">
      <button onClick={() => setOpen((o) => !o)}>{faq.q}</button>
      {open && (
        <div>
          <p>{faq.a}</p>
          {helpful === null ? (
            <span>
              Helpful? <button onClick={() => setHelpful(true)}>Yes</button>
              <button onClick={() => setHelpful(false)}>No</button>
            </span>
          ) : (
            <em>{helpful ? "Glad it helped!" : "Sorry about that."}</em>
          )}
        </div>
      )}
    </div>
  );
}

export default function App() {
  const [sortBy, setSortBy] = useState("default");
  const sorted = [...faqs];
  if (sortBy === "popular") sorted.sort((a, b) => b.popularity - a.popularity);
  if (sortBy === "alpha") sorted.sort((a, b) => a.q.localeCompare(b.q));

  return (
    <div>
      <select value={sortBy} onChange={(e) => setSortBy(e.target.value)}>
        <option value="default">Default order</option>
        <option value="popular">Most popular</option>
        <option value="alpha">A–Z</option>
      </select>
      {sorted.map((f) => (
        <FaqItem key={f.id} faq={f} />
      ))}
    </div>
  );
}
