// Valid since style objects in variables landed (was DX0202 "an attribute value cannot be …").
const warning = { color: "red" };

export default function Warning() {
  return <p style={warning}>Careful</p>;
}
