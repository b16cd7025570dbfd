// expect: DX0202 at 3:26
// Collecting the remaining props to forward them.
function Button({ label, ...rest }: { label: string; id: string }) {
  return <button>{label}</button>;
}

export default function App() {
  return <Button label="Save" id="save" />;
}
