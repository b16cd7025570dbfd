function f(a: boolean, b: boolean): string {
  let r = "none";
  if (a)
    if (b) r = "a and b";
    else r = "a, not b";
  return r;
}
console.log(f(true, true), f(true, false), f(false, true), f(false, false));
