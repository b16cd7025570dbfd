// The footer: items left, the filters (links to #/, #/active, #/completed) and
// "Clear completed" when there is something to clear.
export function Footer({ active, completed, filter, onClearCompleted }: {
  active: number;
  completed: number;
  filter: string;
  onClearCompleted: () => void;
}) {
  return (
    <footer class="footer">
      <span class="todo-count">
        <strong>{active}</strong> {active === 1 ? "item" : "items"} left
      </span>
      <ul class="filters">
        <li>
          <a class={filter === "all" ? "selected" : ""} href="#/">All</a>
        </li>
        <li>
          <a class={filter === "active" ? "selected" : ""} href="#/active">Active</a>
        </li>
        <li>
          <a class={filter === "completed" ? "selected" : ""} href="#/completed">Completed</a>
        </li>
      </ul>
      {completed > 0 && (
        <button class="clear-completed" onClick={onClearCompleted}>
          Clear completed
        </button>
      )}
    </footer>
  );
}
