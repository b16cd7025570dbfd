// A syntax error: the <p> is closed as a <div>.
export default function Unclosed() {
  return <p>open</div>;
}
