// Valid since functions, loops and built-ins landed (was an expected error in the diagnostics corpus).
// Number formatting in the rendered text.
function Total({ total }: { total: number }) {
  return <p>Total: {total.toFixed(2)}</p>;
}

export default function Cart() {
  return <Total total={9.5} />;
}
