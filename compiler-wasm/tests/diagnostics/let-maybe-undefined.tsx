// expect: DX0202 at 6:3
// A render-time `let` that an `if` may leave without a value would be `undefined`.
export default function Badge({ count }: { count: number }) {
  let label;
  let shown = count;
  if (count > 9) label = "9+";
  return <span>{label}{shown}</span>;
}
