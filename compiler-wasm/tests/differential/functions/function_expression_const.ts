// regression, fixed (was pending): DX0103 "top-level variables are not supported yet" for a top-level
// `const f = function (…) {…}`, although `const f = (…) => …` is a function. node prints "42".
const twice = function (x: number): number {
  return x * 2;
};
console.log(twice(21));
