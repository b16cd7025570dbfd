// expect: DX0002 at 1:1
// A plain JavaScript module is not a component entry: dx compiles .tsx and .dx files (and .ts programs).
export function formatPrice(cents: number): string {
  return "$" + (cents / 100).toFixed(2);
}
