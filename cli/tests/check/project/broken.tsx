// Fails in this file: `cout` is not declared.
export default function Broken() {
  const count = 1;
  return <p>{cout}</p>;
}
