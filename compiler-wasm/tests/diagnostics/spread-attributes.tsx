// expect: DX0301 at 4:17
// Forwarding every prop to the DOM element.
function Input(props: { placeholder: string }) {
  return <input {...props} />;
}

export default function App() {
  return <Input placeholder="Name" />;
}
