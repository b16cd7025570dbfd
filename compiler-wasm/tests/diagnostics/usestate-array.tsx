// expect: DX0210 at 6:38
// An empty array says nothing about what it will hold.
import { useState } from "react";

export default function Todos() {
  const [todos, setTodos] = useState([]);
  return <p>{todos.length} todos</p>;
}
