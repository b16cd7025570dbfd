import { useState } from "react";

const templates = {
  thanks: "Thank you for your order! It will ship soon.",
  delay: "We're sorry, your order is delayed by two days.",
};

export default function App() {
  const [template, setTemplate] = useState("thanks");
  const [sent, setSent] = useState([]);

  return (
    <div>
      <div role="group" aria-label="Template">
        {Object.keys(templates).map((t) => (
          <button key={t} onClick={() => setTemplate(t)} aria-pressed={template === t}>
            {t}
          </button>
        ))}
      </div>
      <form
        key={template}
        onSubmit={(e) => {
          e.preventDefault();
          setSent([...sent, e.currentTarget.elements.body.value]);
        }}
      >
        <textarea name="body" defaultValue={templates[template]} rows={3} cols={40} spellCheck={false} />
        <button type="submit">Send</button>
      </form>
      <ol>
        {sent.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
    </div>
  );
}
