// expect: DX0202 at 4:19
// JSX stored in a variable before it is rendered.
export default function Page() {
  const heading = <h1>Welcome</h1>;
  return <main>{heading}</main>;
}
