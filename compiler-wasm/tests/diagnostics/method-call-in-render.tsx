// expect: DX0205 at 4:21
// Number formatting in the rendered text.
function Total({ total }: { total: number }) {
  return <p>Total: {total.toFixed(2)}</p>;
}

export default function Cart() {
  return <Total total={9.5} />;
}
