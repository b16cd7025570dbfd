// expect: DX0207 at 4:42
// Wrapping children passed by the parent.
function Card(props: { title: string }) {
  return <section><h2>{props.title}</h2>{props.children}</section>;
}

export default function App() {
  return <Card title="Hi" />;
}
