import * as React from "react";

type Section = { id: string; title: string; body: React.ReactNode };

const faq: Section[] = [
  { id: "ship", title: "How long does shipping take?", body: <p>Usually 3–5 working days.</p> },
  { id: "return", title: "Can I return an item?", body: <p>Yes, within 30 days, unused and in its box.</p> },
  {
    id: "pay",
    title: "Which payment methods do you accept?",
    body: (
      <ul>
        <li>Cards</li>
        <li>Bank transfer</li>
      </ul>
    ),
  },
];

function AccordionItem({ section, open, onToggle }: { section: Section; open: boolean; onToggle: () => void }) {
  return (
    <div className="accordion-item">
      <button aria-expanded={open} onClick={onToggle}>
        {open ? "−" : "+"} {section.title}
      </button>
      {open && <div className="accordion-body">{section.body}</div>}
    </div>
  );
}

export default function App() {
  const [openId, setOpenId] = React.useState<string | null>("ship");

  return (
    <div>
      {faq.map((s) => (
        <AccordionItem key={s.id} section={s} open={openId === s.id} onToggle={() => setOpenId(openId === s.id ? null : s.id)} />
      ))}
      <p>{openId ? `Reading: ${faq.find((s) => s.id === openId)?.title}` : "All sections closed"}</p>
    </div>
  );
}
