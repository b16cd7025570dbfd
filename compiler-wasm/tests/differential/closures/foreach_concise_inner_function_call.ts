// Regression (was pending): a callback whose expression body calls a void function declared inside the enclosing function is rejected: node prints "6", dx fails with DX0204 (this function returns nothing); the same call to a module-level function, or in a block body, works.
function total(xs: number[]): number {
  let sum = 0;
  function add(x: number): void {
    sum += x;
  }
  xs.forEach((x) => add(x));
  return sum;
}
console.log(total([1, 2, 3]));
