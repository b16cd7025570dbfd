import { useRef, useState } from "react";

export default function App() {
  const nameRef = useRef(null);
  const topicRef = useRef(null);
  const urgentRef = useRef(null);
  const [tickets, setTickets] = useState([]);

  function handleSubmit(event) {
    event.preventDefault();
    const ticket = {
      name: nameRef.current.value.trim() || "anonymous",
      topic: topicRef.current.value,
      urgent: urgentRef.current.checked,
    };
    setTickets((t) => [...t, ticket]);
    nameRef.current.value = "";
    urgentRef.current.checked = false;
  }

  return (
    <form onSubmit={handleSubmit}>
      <input ref={nameRef} placeholder="Your name" />
      <select ref={topicRef} defaultValue="billing">
        <option value="billing">Billing</option>
        <option value="bug">Bug report</option>
        <option value="other">Other</option>
      </select>
      <label>
        <input ref={urgentRef} type="checkbox" /> Urgent
      </label>
      <button type="submit">Open ticket</button>
      <ol>
        {tickets.map((t, i) => (
          <li key={i}>
            {t.urgent && "🚨 "}
            {t.name} — {t.topic}
          </li>
        ))}
      </ol>
    </form>
  );
}
