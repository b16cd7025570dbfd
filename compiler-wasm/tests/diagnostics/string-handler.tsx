// expect: DX0303 at 4:18
// An HTML-style handler string.
export default function Legacy() {
  return <button onClick="save()">Save</button>;
}
