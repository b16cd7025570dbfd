// Regression (was pending): an empty array literal passed to a `number[]` parameter is not typed from the parameter: node prints "0", dx rejects it with DX0210 (the type of this empty array is not known).
function count(xs: number[]): number {
  return xs.length;
}
console.log(count([]));
