// expect: DX0304 at 8:27
// A JSX element as a prop value, without braces.
function Tooltip({ content }: { content: string }) {
  return <span class="tooltip">{content}</span>;
}

export default function App() {
  return <Tooltip content=<strong>Hi</strong> />;
}
