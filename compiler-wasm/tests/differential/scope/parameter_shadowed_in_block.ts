function f(x: number): string {
  let r = "" + x;
  {
    const x = "inner";
    r += x;
  }
  if (x > 0) {
    const x = -1;
    r += x;
  }
  return r + x;
}
console.log(f(5), f(-5));
