// Regression: `if (c) return;` as the last statement of a nested block was dropped as a
// redundant trailing return, so the function went on.
function f(x: number): string {
  let out = "start";
  if (x > 1) return "big";
  if (x < 0) {
    return "negative";
  }
  out += " small";
  return out;
}
function g(n: number) {
  if (n === 0) return;
  console.log("g ran with", n);
}
console.log(f(5), f(-1), f(0));
g(0);
g(3);
for (let i = 0; i < 3; i++) {
  if (i === 1) continue;
  console.log("i", i);
}
