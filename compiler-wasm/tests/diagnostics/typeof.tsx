// expect: DX0203 at 4:14
// A runtime type check on a prop.
function Price({ value }: { value: number }) {
  return <p>{typeof value === "number" ? "$" + value : "n/a"}</p>;
}

export default function App() {
  return <Price value={3} />;
}
