function compute(x: number): number {
  const result = x * 2;
  return result;
}
const result = "main result";
const x = 7;
console.log(compute(x), result, x);
