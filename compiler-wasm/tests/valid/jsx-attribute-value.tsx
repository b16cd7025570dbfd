// A JSX element as a prop value, without braces: markup the child renders where it reads the prop.
function Tooltip({ content }: { content: string }) {
  return <span class="tooltip">{content}</span>;
}

export default function App() {
  return <Tooltip content=<strong>Hi</strong> />;
}
