// expect: DX0113 at 8:10
// The dialog calls onClose, but the parent never passes it.
function Dialog(props: { onClose: () => void }) {
  return <button onClick={props.onClose}>Close</button>;
}

export default function App() {
  return <Dialog />;
}
