// JSX stored in a const before it is rendered (was DX0202).
export default function Page() {
  const heading = <h1>Welcome</h1>;
  return <main>{heading}</main>;
}
