// expect: DX0106 at 5:3
// Debug logging left after the return statement.
export default function Footer() {
  return <footer>(c) 2024</footer>;
  console.log("rendered footer");
}
