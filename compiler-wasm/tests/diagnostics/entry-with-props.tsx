// expect: DX0113 at 3:25
// The mounted component is rendered without props, so a required prop can never be passed.
export default function App({ title }: { title: string }) {
  return <h1>{title}</h1>;
}
