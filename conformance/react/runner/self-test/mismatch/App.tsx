// A mismatch on purpose, whatever dx gets right: plan.json's `dxOnly` (a runner self-test
// feature) changes the dx page's text after it starts, so the first comparison must differ.
export default function App() {
  return (
    <div>
      <p id="text">same on both pages</p>
    </div>
  );
}
