// expect: DX0110 at 6:48
// A todo list keeps an array in state.
import { useState } from "react";

export default function Todos() {
  const [todos, setTodos] = useState<string[]>([]);
  return <p>{todos.length} todos</p>;
}
