import { useState } from "react";

const contacts = [
  { id: 0, name: "Priya", handle: "@priya" },
  { id: 1, name: "Diego", handle: "@dgo" },
  { id: 2, name: "Hanna", handle: "@hanna" },
];

function ContactList({ selectedId, onSelect }) {
  return (
    <ul className="contacts">
      {contacts.map((c) => (
        <li key={c.id}>
          <button
            className={c.id === selectedId ? "active" : undefined}
            onClick={() => onSelect(c.id)}
          >
            {c.name}
          </button>
        </li>
      ))}
    </ul>
  );
}

function Chat({ contact }) {
  const [draft, setDraft] = useState("");
  const [sent, setSent] = useState([]);

  function send() {
    if (!draft) return;
    setSent([...sent, draft]);
    setDraft("");
  }

  return (
    <div className="chat">
      <h4>Chat with {contact.handle}</h4>
      <ol>
        {sent.map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ol>
      <textarea
        value={draft}
        placeholder={"Message " + contact.name}
        onChange={(e) => setDraft(e.target.value)}
      />
      <button onClick={send}>Send</button>
    </div>
  );
}

export default function App() {
  const [to, setTo] = useState(contacts[0]);
  return (
    <div className="messenger">
      <ContactList selectedId={to.id} onSelect={(id) => setTo(contacts[id])} />
      <Chat key={to.id} contact={to} />
    </div>
  );
}
