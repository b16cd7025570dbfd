// expect: DX0301 at 4:34
// A rest prop that the element also writes: which one wins depends on the order, not modelled.
function Button({ label, ...rest }) {
  return <button className="btn" {...rest}>{label}</button>;
}

export default function App() {
  return <Button label="Save" className="primary" />;
}
