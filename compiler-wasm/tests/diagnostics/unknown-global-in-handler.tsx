// expect: DX0201 at 4:33
// Browser globals dx has no built-in for (here `prompt`) are not available to handlers.
export default function Danger() {
  return <button onClick={() => prompt("Your name?")}>Ask</button>;
}
