import { useState } from "react";

type Employee = { id: number; name: string; role: string };

type RowProps = {
  employee: Employee;
  onSave: (e: Employee) => void;
};

function EditableRow({ employee, onSave }: RowProps) {
  const [editing, setEditing] = useState(false);
  const [role, setRole] = useState(employee.role);

  if (!editing) {
    return (
      <tr>
        <td>{employee.name}</td>
        <td>{employee.role}</td>
        <td>
          <button onClick={() => setEditing(true)}>Edit</button>
        </td>
      </tr>
    );
  }

  return (
    <tr className="editing">
      <td>{employee.name}</td>
      <td>
        <input value={role} onChange={(e) => setRole(e.target.value)} />
      </td>
      <td>
        <button
          onClick={() => {
            onSave({ ...employee, role });
            setEditing(false);
          }}
        >
          Save
        </button>
        <button
          onClick={() => {
            setRole(employee.role);
            setEditing(false);
          }}
        >
          Cancel
        </button>
      </td>
    </tr>
  );
}

export default function App() {
  const [staff, setStaff] = useState<Employee[]>([
    { id: 1, name: "Ines", role: "Designer" },
    { id: 2, name: "Yusuf", role: "Engineer" },
  ]);

  const save = (updated: Employee) => setStaff((s) => s.map((e) => (e.id === updated.id ? updated : e)));

  return (
    <table>
      <thead>
        <tr>
          <th>Name</th>
          <th>Role</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {staff.map((e) => (
          <EditableRow key={e.id} employee={e} onSave={save} />
        ))}
      </tbody>
    </table>
  );
}
