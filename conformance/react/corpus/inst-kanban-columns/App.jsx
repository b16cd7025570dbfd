import { useState } from "react";

const COLUMNS = ["todo", "doing", "done"];

function Card({ card, onMove }) {
  const [expanded, setExpanded] = useState(false);
  const col = COLUMNS.indexOf(card.status);
  return (
    <div className="card">
      <strong onClick={() => setExpanded(!expanded)}>{card.title}</strong>
      <button onClick={() => setExpanded(!expanded)}>{expanded ? "less" : "more"}</button>
      {expanded && <p>{card.description}</p>}
      {col > 0 && <button onClick={() => onMove(card.id, COLUMNS[col - 1])}>←</button>}
      {col < COLUMNS.length - 1 && <button onClick={() => onMove(card.id, COLUMNS[col + 1])}>→</button>}
    </div>
  );
}

function Column({ title, cards, onMove }) {
  return (
    <div className="column">
      <h4>
        {title} ({cards.length})
      </h4>
      {cards.map((c) => (
        <Card key={c.id} card={c} onMove={onMove} />
      ))}
    </div>
  );
}

export default function App() {
  const [cards, setCards] = useState([
    { id: 1, title: "Design login", description: "Figma mockups", status: "todo" },
    { id: 2, title: "API auth", description: "JWT middleware", status: "doing" },
    { id: 3, title: "Setup CI", description: "Lint + tests", status: "done" },
  ]);

  const move = (id, status) => setCards(cards.map((c) => (c.id === id ? { ...c, status } : c)));

  return (
    <div className="board" style={{ display: "flex", gap: 12 }}>
      {COLUMNS.map((col) => (
        <Column key={col} title={col} cards={cards.filter((c) => c.status === col)} onMove={move} />
      ))}
    </div>
  );
}
