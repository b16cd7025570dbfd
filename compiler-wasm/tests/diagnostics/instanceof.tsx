// expect: DX0203 at 4:14
// `instanceof` asks for a class, which dx values do not have.
function Stamp({ when }: { when: number }) {
  return <p>{(when as unknown) instanceof Date ? "date" : "number"}</p>;
}

export default function App() {
  return <Stamp when={3} />;
}
