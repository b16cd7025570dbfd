// expect: DX0202 at 6:20
// A style object held in a variable is not supported yet (an object literal in the attribute is).
const warning = { color: "red" };

export default function Warning() {
  return <p style={warning}>Careful</p>;
}
