// regression, fixed (was pending): an argument of console.log that itself logs is interleaved with the line being built.
// node: "in f 1", "a 1 b"; dx: "a in f 1", "1 b" (the host collects one pending line for every log).
function f(x: number): number {
  console.log("in f", x);
  return x;
}
console.log("a", f(1), "b");
