// regression, fixed (was pending): DX0401 "`firstSquareAbove` can reach its end without returning a value", but
// `while (true)` without `break` never ends (`for (;;)` is accepted); node prints "8".
function firstSquareAbove(n: number): number {
  let i = 0;
  while (true) {
    if (i * i > n) return i;
    i++;
  }
}
console.log(firstSquareAbove(50));
