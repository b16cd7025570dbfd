// In a dot-directory: never checked.
export default function Stale() {
  return <p>{nope}</p>;
}
