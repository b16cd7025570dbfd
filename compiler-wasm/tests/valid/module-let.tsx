// A module-level `let` changed by handlers (was DX0103 "top-level variables must be `const`").
import { useState } from "react";

let nextId = 3;
let clicks = 0;

function makeTodo(text) {
  clicks += 1;
  return { id: nextId++, text };
}

export default function Todos() {
  const [todos, setTodos] = useState([{ id: 1, text: "a" }, { id: 2, text: "b" }]);
  return (
    <div>
      <button onClick={() => setTodos([...todos, makeTodo("new " + clicks)])}>add</button>
      <ul>{todos.map((t) => <li key={t.id}>{t.id}: {t.text}</li>)}</ul>
    </div>
  );
}
