// Method shorthand in object literals: a field holding a function value. (Every function
// value of this program returns a string: a call of a function value may run any function of
// the program's table that takes its arguments, and they must agree on the result's type.)
const counter = {
  label: "clicks",
  describe(n: number) {
    return n + " " + plural(n);
  },
  shout(n: number): string {
    return ("x" + n).toUpperCase();
  },
};
function plural(n: number) {
  return n === 1 ? "click" : "clicks";
}
console.log(counter.describe(1), counter.describe(3), counter.shout(21), counter.label);
const ops = [
  { name: "inc", run(x: number) { return "" + (x + 1); } },
  { name: "neg", run(x: number) { return "" + -x; } },
];
console.log(ops.map((o) => o.name + "=" + o.run(5)).join(" "));
