// expect: DX0105 at 4:10
// React can render a bare string; a dx component returns an element.
export default function Greeting() {
  return "Hello, world";
}
