import { useState } from "react";

const FIRST = ["Ada", "Ben", "Cleo", "Dev", "Eli", "Fay"];
const LAST = ["Moreau", "Okafor", "Lindqvist", "Tanaka"];

const STUDENTS = Array.from({ length: 12 }, (_, i) => ({
  id: i + 1,
  name: `${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`,
  grade: 50 + ((i * 37) % 50),
}));

const AVERAGE = STUDENTS.reduce((sum, s) => sum + s.grade, 0) / STUDENTS.length;

function letter(grade) {
  if (grade >= 90) return "A";
  if (grade >= 80) return "B";
  if (grade >= 70) return "C";
  if (grade >= 60) return "D";
  return "F";
}

export default function App() {
  const [threshold, setThreshold] = useState(70);
  const passing = STUDENTS.filter((s) => s.grade >= threshold);

  return (
    <div>
      <button onClick={() => setThreshold(threshold + 10)}>Raise bar</button>
      <button onClick={() => setThreshold(threshold - 10)}>Lower bar</button>
      <p>
        Pass mark {threshold}: {passing.length}/{STUDENTS.length} pass (class average {AVERAGE.toFixed(1)})
      </p>
      <ul>
        {STUDENTS.map((s) => (
          <li key={s.id} style={{ opacity: s.grade >= threshold ? 1 : 0.4 }}>
            {s.name}: {s.grade} ({letter(s.grade)})
          </li>
        ))}
      </ul>
    </div>
  );
}
