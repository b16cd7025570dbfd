// regression, fixed (was pending): DX0401 "`f` can reach its end without returning a value", but the body of a
// do-while runs at least once and returns; node prints "8".
function f(n: number): number {
  do {
    return n * 2;
  } while (n > 0);
}
console.log(f(4));
