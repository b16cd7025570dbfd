import { useState } from "react";

type Contact = { id: number; name: string; email: string };

const contacts: Contact[] = [
  { id: 1, name: "Yusuf", email: "yusuf@mail.com" },
  { id: 2, name: "Aiko", email: "aiko@mail.com" },
  { id: 3, name: "Mateo", email: "mateo@mail.com" },
];

function EditContact({ initial, onSave }: { initial: Contact; onSave: (c: Contact) => void }) {
  const [name, setName] = useState(initial.name);
  const [email, setEmail] = useState(initial.email);
  const dirty = name !== initial.name || email !== initial.email;

  return (
    <section>
      <label>
        Name <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Email <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <button onClick={() => onSave({ ...initial, name, email })} disabled={!dirty}>
        Save
      </button>
      {dirty && <small> unsaved changes</small>}
    </section>
  );
}

export default function App() {
  const [list, setList] = useState(contacts);
  const [selectedId, setSelectedId] = useState(1);
  const selected = list.find((c) => c.id === selectedId)!;

  return (
    <div>
      <nav>
        {list.map((c) => (
          <button key={c.id} onClick={() => setSelectedId(c.id)} aria-current={c.id === selectedId}>
            {c.name}
          </button>
        ))}
      </nav>
      <EditContact key={selected.id} initial={selected} onSave={(c) => setList(list.map((x) => (x.id === c.id ? c : x)))} />
    </div>
  );
}
