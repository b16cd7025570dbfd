// JavaScript + JSX without types compiles like .tsx.
export default function Button() {
  return <button>Click</button>;
}
