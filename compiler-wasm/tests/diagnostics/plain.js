// expect: DX0001 at 3:34
// Type annotations in a .js file are a syntax error, as in JavaScript: name the file .ts.
export function formatPrice(cents: number): string {
  return "$" + (cents / 100).toFixed(2);
}
