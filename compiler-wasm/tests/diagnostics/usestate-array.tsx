// expect: DX0110 at 7:14
// An empty array says nothing about what it will hold, and no setter says it either.
import { useState } from "react";

export default function Todos() {
  const [todos, setTodos] = useState([]);
  return <p>{todos.length} todos</p>;
}
