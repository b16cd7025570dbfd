// expect: DX0201 at 4:33
// Browser globals such as alert are not available to handlers.
export default function Danger() {
  return <button onClick={() => alert("Boom")}>Do not press</button>;
}
