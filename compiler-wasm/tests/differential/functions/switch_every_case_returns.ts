// regression, fixed (was pending): DX0401 "`name` can reach its end without returning a value", but every switch path
// returns (default included); node prints "one many".
function name(n: number): string {
  switch (n) {
    case 1:
      return "one";
    default:
      return "many";
  }
}
console.log(name(1), name(2));
