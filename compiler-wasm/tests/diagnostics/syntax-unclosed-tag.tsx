// expect: DX0001 at 7:7
// A <p> that is never closed: the parser reports it where the outer tag closes.
export default function Notice() {
  return (
    <div class="notice">
      <p>Saved!
    </div>
  );
}
