// expect: DX0106 at 4:3
// An early return guard: not supported in a component body yet.
function Modal({ open }: { open: boolean }) {
  if (!open) return null;
  return <div class="modal">Hello</div>;
}

export default function App() {
  return <Modal open={true} />;
}
