// expect: DX0202 at 4:20
// Inline style objects are not supported; use a class or a style string.
export default function Warning() {
  return <p style={{ color: "red" }}>Careful</p>;
}
