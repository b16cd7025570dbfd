// expect: DX0105 at 5:3
// `return;` renders nothing at all.
export default function Empty() {
  const label = "unused";
  return;
}
