export function Widget() {
  return <span>{missing}</span>;
}
