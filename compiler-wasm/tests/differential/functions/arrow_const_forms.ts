const square = (x: number) => x * x;
const cube = (x: number): number => x * square(x);
const describe = (n: number): string => {
  if (n < 0) return "negative";
  return n === 0 ? "zero" : "positive";
};
const both = (a: boolean, b: boolean) => a && b;
console.log(square(4), cube(3), describe(-1), describe(0), describe(2), both(true, false));
