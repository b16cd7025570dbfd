// expect: DX0301 at 4:16
// A component from a namespace object.
export default function Rating() {
  return <div><Icons.Star /></div>;
}
