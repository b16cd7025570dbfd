// An early return guard (was DX0106 "not supported in a component body").
function Modal({ open }: { open: boolean }) {
  if (!open) return null;
  return <div class="modal">Hello</div>;
}

export default function App() {
  return <Modal open={true} />;
}
