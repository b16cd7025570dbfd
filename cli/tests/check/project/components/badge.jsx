// A .jsx module nothing imports: counted, not compiled.
export function Badge({ text }) {
  return <b>{text}</b>;
}
