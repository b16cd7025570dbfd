import { createContext, useContext, useReducer, useState } from "react";

const TasksContext = createContext(null);
const TasksDispatchContext = createContext(null);

function tasksReducer(tasks, action) {
  switch (action.type) {
    case "added":
      return [...tasks, { id: action.id, text: action.text, done: false }];
    case "changed":
      return tasks.map((t) => (t.id === action.task.id ? action.task : t));
    case "deleted":
      return tasks.filter((t) => t.id !== action.id);
    default:
      throw Error("Unknown action: " + action.type);
  }
}

function TasksProvider({ children }) {
  const [tasks, dispatch] = useReducer(tasksReducer, [
    { id: 0, text: "Philosopher's Path", done: true },
    { id: 1, text: "Visit the temple", done: false },
  ]);
  return (
    <TasksContext value={tasks}>
      <TasksDispatchContext value={dispatch}>{children}</TasksDispatchContext>
    </TasksContext>
  );
}

let nextId = 2;

function AddTask() {
  const [text, setText] = useState("");
  const dispatch = useContext(TasksDispatchContext);
  return (
    <div>
      <input placeholder="Add task" value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={() => { setText(""); dispatch({ type: "added", id: nextId++, text: text || "Untitled" }); }}>Add</button>
    </div>
  );
}

function Task({ task }) {
  const dispatch = useContext(TasksDispatchContext);
  return (
    <label>
      <input type="checkbox" checked={task.done} onChange={(e) => dispatch({ type: "changed", task: { ...task, done: e.target.checked } })} />
      {task.text}
      <button onClick={() => dispatch({ type: "deleted", id: task.id })}>Delete</button>
    </label>
  );
}

function TaskList() {
  const tasks = useContext(TasksContext);
  return <ul>{tasks.map((t) => <li key={t.id}><Task task={t} /></li>)}</ul>;
}

function Summary() {
  const tasks = useContext(TasksContext);
  return <p>{tasks.filter((t) => t.done).length} of {tasks.length} done</p>;
}

export default function App() {
  return (
    <TasksProvider>
      <h1>Day off in Kyoto</h1>
      <AddTask />
      <TaskList />
      <Summary />
    </TasksProvider>
  );
}
