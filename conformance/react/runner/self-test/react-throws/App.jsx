// A corpus bug: React itself fails on this component (so it is not counted against dx).
export default function App() {
  const items = null;
  return <p>{items.length}</p>;
}
