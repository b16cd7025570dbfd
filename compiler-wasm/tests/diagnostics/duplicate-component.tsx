// expect: DX0114 at 7:10
// Two components with the same name.
function Button() {
  return <button>OK</button>;
}

function Button() {
  return <button>Cancel</button>;
}

export default function App() {
  return <Button />;
}
