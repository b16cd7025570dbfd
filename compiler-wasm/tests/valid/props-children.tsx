// Valid since `children` landed (was an expected error in the diagnostics corpus).
// Wrapping children passed by the parent.
function Card(props: { title: string }) {
  return <section><h2>{props.title}</h2>{props.children}</section>;
}

export default function App() {
  return <Card title="Hi" />;
}
