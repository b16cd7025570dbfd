// A runtime type check on a prop: known from the prop's type.
function Price({ value }: { value: number }) {
  return <p>{typeof value === "number" ? "$" + value : "n/a"}</p>;
}

export default function App() {
  return <Price value={3} />;
}
