// expect: DX0304 at 8:27
// A JSX fragment as a prop value, without braces (an element works; a fragment not yet).
function Tooltip({ content }) {
  return <span class="tooltip">{content}</span>;
}

export default function App() {
  return <Tooltip content=<>Hi</> />;
}
