import { useState } from "react";

const sections = [
  { id: "billing", title: "Billing", body: "Invoices are sent on the 1st of each month." },
  { id: "privacy", title: "Privacy", body: "We never sell your data." },
  { id: "support", title: "Support", body: "Email us any time." },
];

export default function App() {
  const [openId, setOpenId] = useState("billing");

  return (
    <div className="disclosure-group">
      {sections.map((s) => {
        const expanded = openId === s.id;
        return (
          <div key={s.id}>
            <button
              id={`${s.id}-header`}
              aria-expanded={expanded}
              aria-controls={`${s.id}-panel`}
              onClick={() => setOpenId(expanded ? null : s.id)}
            >
              {s.title}
            </button>
            <div id={`${s.id}-panel`} role="region" aria-labelledby={`${s.id}-header`} hidden={!expanded}>
              {s.body}
            </div>
          </div>
        );
      })}
      <p aria-live="polite">{openId ? `${openId} is open` : "All sections collapsed"}</p>
    </div>
  );
}
