// Once DX0900 (invalid wasm): a prop value with an array callback (`contacts.find((c) => …)`) read in a child's handler kept the caller's local numbers, so `c` overwrote the handler's event local.
import { useState } from "react";
interface Contact { id: number; name: string; }
function Edit({ initial, onSave }: { initial: Contact; onSave: (c: Contact) => void }) {
  const [name, setName] = useState(initial.name);
  return <p onClick={() => onSave({ id: initial.id, name })}>{name}</p>;
}
export default function App() {
  const [contacts, setContacts] = useState<Contact[]>([{ id: 0, name: "Zoe" }]);
  const selected = contacts.find((c) => c.id === 0)!;
  return <div><Edit initial={selected} onSave={(u) => setContacts(contacts.map((c) => (c.id === u.id ? u : c)))} /></div>;
}
