import { useState } from "react";

const messages = [
  { id: 1, from: "Alice", subject: "Quarterly numbers", unread: true, flagged: false },
  { id: 2, from: "Bob", subject: "Re: lunch", unread: false, flagged: true },
  { id: 3, from: "Carmen", subject: "Trip photos", unread: true, flagged: true },
];

function MessageRow({ message, selected, onSelect }) {
  let className = "message";
  if (message.unread) className += " unread";
  if (message.flagged) className += " flagged";
  if (selected) className += " selected";

  let prefix = "";
  if (message.flagged) prefix = "⚑ ";
  if (message.unread) prefix += "● ";

  return (
    <li className={className} onClick={() => onSelect(message.id)}>
      {prefix}
      <b>{message.from}</b> — {message.subject}
    </li>
  );
}

export default function App() {
  const [selectedId, setSelectedId] = useState(null);
  const [items, setItems] = useState(messages);

  function select(id) {
    setSelectedId(id);
    setItems(items.map((m) => (m.id === id ? { ...m, unread: false } : m)));
  }

  let summary = `${items.filter((m) => m.unread).length} unread`;
  if (selectedId !== null) summary += `, viewing #${selectedId}`;

  return (
    <div>
      <button onClick={() => setItems(items.map((m) => ({ ...m, flagged: !m.flagged })))}>Flip flags</button>
      <ul>
        {items.map((m) => (
          <MessageRow key={m.id} message={m} selected={m.id === selectedId} onSelect={select} />
        ))}
      </ul>
      <p>{summary}</p>
    </div>
  );
}
