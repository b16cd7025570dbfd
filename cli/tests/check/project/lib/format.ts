export function label(n: number): string {
  return "item #" + n;
}
