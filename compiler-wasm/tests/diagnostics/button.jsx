// expect: DX0002 at 1:1
// JavaScript + JSX without types: dx wants the file named .tsx.
export default function Button() {
  return <button>Click</button>;
}
