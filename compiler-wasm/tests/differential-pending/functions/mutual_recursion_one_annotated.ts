// pending: DX0401 "`isOdd` calls itself, so its result type must be written down" (hint says
// `: number` for a boolean function). isEven is annotated, which breaks the cycle for tsc; dx
// accepts the same two functions when main calls isEven first. node prints "true false".
function isOdd(n: number) {
  return n === 0 ? false : isEven(n - 1);
}
function isEven(n: number): boolean {
  return n === 0 ? true : isOdd(n - 1);
}
console.log(isOdd(7), isEven(7));
