// Valid since `children` landed (was an expected error in the diagnostics corpus).
// Passing markup as children of a component.
function Card({ title }: { title: string }) {
  return <section><h2>{title}</h2></section>;
}

export default function App() {
  return (
    <Card title="Confirm">
      <p>Are you sure?</p>
    </Card>
  );
}
