import { useState } from "react";

interface Contact {
  id: number;
  name: string;
  email: string;
}

function EditContact({ initialData, onSave }: { initialData: Contact; onSave: (c: Contact) => void }) {
  const [name, setName] = useState(initialData.name);
  const [email, setEmail] = useState(initialData.email);
  return (
    <section>
      <label>
        Name: <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Email: <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <button onClick={() => onSave({ id: initialData.id, name, email })}>Save</button>
      <button
        onClick={() => {
          setName(initialData.name);
          setEmail(initialData.email);
        }}
      >
        Reset
      </button>
    </section>
  );
}

export default function App() {
  const [contacts, setContacts] = useState<Contact[]>([
    { id: 0, name: "Zoe", email: "zoe@mail.test" },
    { id: 1, name: "Arjun", email: "arjun@mail.test" },
    { id: 2, name: "Lucía", email: "lucia@mail.test" },
  ]);
  const [selectedId, setSelectedId] = useState<number>(0);
  const selected = contacts.find((c) => c.id === selectedId)!;

  return (
    <div>
      <ul>
        {contacts.map((c) => (
          <li key={c.id}>
            <button onClick={() => setSelectedId(c.id)} aria-current={c.id === selectedId}>
              {c.name}
            </button>
          </li>
        ))}
      </ul>
      <hr />
      <EditContact
        key={selected.id}
        initialData={selected}
        onSave={(updated) => setContacts(contacts.map((c) => (c.id === updated.id ? updated : c)))}
      />
    </div>
  );
}
