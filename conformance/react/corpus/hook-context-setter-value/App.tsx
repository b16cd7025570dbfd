import { createContext, useContext, useState } from "react";

type Filter = "all" | "open" | "done";

const FilterContext = createContext<Filter>("all");
const SetFilterContext = createContext<(f: Filter) => void>(() => {});

const TASKS = [
  { id: 1, title: "Water the plants", done: true },
  { id: 2, title: "Call the plumber", done: false },
  { id: 3, title: "Book train tickets", done: false },
];

function FilterButton({ value }: { value: Filter }) {
  const current = useContext(FilterContext);
  const setFilter = useContext(SetFilterContext);
  return (
    <button aria-pressed={current === value} onClick={() => setFilter(value)}>
      {value}
    </button>
  );
}

function FilterBar() {
  return (
    <nav>
      <FilterButton value="all" />
      <FilterButton value="open" />
      <FilterButton value="done" />
    </nav>
  );
}

function TaskList() {
  const filter = useContext(FilterContext);
  const visible = TASKS.filter((t) => (filter === "all" ? true : filter === "done" ? t.done : !t.done));
  return (
    <ul>
      {visible.map((t) => (
        <li key={t.id}>{t.title}</li>
      ))}
    </ul>
  );
}

export default function App() {
  const [filter, setFilter] = useState<Filter>("all");
  return (
    <FilterContext value={filter}>
      <SetFilterContext value={setFilter}>
        <h1>Chores: {filter}</h1>
        <FilterBar />
        <TaskList />
      </SetFilterContext>
    </FilterContext>
  );
}
