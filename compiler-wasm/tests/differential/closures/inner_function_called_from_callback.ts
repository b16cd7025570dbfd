function total(xs: number[]): number {
  let sum = 0;
  function add(x: number): void {
    sum += x;
  }
  xs.forEach((x) => {
    add(x);
  });
  for (const x of xs) add(x * 10);
  return sum;
}
function scaled(xs: number[], k: number): number[] {
  function f(x: number): number {
    return x * k;
  }
  return xs.map((x) => f(x) + 1);
}
console.log(total([1, 2, 3]), scaled([1, 2, 3], 10));
