// An optional field is `number | undefined`.
import { useState } from "react";
interface Todo {
  title: string;
  due?: number;
}

export default function App() {
  const [todos, setTodos] = useState<Todo[]>([]);
  return <p>{todos.length}</p>;
}
