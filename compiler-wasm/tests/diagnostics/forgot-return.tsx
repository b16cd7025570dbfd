// expect: DX0105 at 4:3
// The JSX is written but never returned.
export default function Card() {
  (
    <div class="card">Hello</div>
  );
}
