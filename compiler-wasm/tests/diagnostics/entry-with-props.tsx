// expect: DX0113 at 4:25
// The mounted component is rendered without props, so a required prop can never be passed
// (rendering it alone, `{title}`, would show nothing, as in React; reading it cannot work).
export default function App({ title }: { title: string }) {
  return <h1>{title.toUpperCase()}</h1>;
}
