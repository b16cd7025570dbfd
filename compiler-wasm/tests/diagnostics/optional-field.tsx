// expect: DX0209 at 6:3
// Optional fields would need `undefined`, which dx values cannot hold yet.
import { useState } from "react";
interface Todo {
  title: string;
  due?: number;
}

export default function App() {
  const [todos, setTodos] = useState<Todo[]>([]);
  return <p>{todos.length}</p>;
}
