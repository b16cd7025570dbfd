// regression, fixed (was pending): an unannotated function calling an annotated one that calls it back
// failed ("calls itself, so its result type must be written down"); node prints "true false".
function isOdd(n: number) {
  return n === 0 ? false : isEven(n - 1);
}
function isEven(n: number): boolean {
  return n === 0 ? true : isOdd(n - 1);
}
console.log(isOdd(7), isEven(7));
