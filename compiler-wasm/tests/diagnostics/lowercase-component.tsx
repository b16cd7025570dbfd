// expect: DX0102 at 3:25
// React treats lowercase tags as DOM elements, so components start with a capital letter.
export default function app() {
  return <div>Hello</div>;
}
