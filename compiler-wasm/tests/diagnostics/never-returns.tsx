// expect: DX0105 at 3:25
// A component that never returns anything renders nothing by accident: say so.
export default function Greeting() {
  const text = "Hello, world";
}
