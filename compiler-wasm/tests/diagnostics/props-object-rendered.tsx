// expect: DX0202 at 4:31
// Rendering the whole props object instead of one prop.
function Badge(props: { text: string }) {
  return <span class="badge">{props}</span>;
}

export default function App() {
  return <Badge text="new" />;
}
