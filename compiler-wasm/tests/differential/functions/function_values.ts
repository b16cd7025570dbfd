// Functions as values: in objects, arrays and variables, made by other functions, called
// through a computed key, a field or a variable; a field holding functions called as a method.
type BinaryOp = (a: number, b: number) => number;
const operations: Record<string, { symbol: string; fn: BinaryOp }> = {
  add: { symbol: "+", fn: (a, b) => a + b },
  sub: { symbol: "-", fn: (a, b) => a - b },
  pow: { symbol: "^", fn: (a, b) => a ** b },
};
const minLength = (n: number) => (s: string) => (s.length >= n ? "" : `at least ${n}`);
const required = (s: string) => (s.trim() ? "" : "required");
const rules = [required, minLength(3), minLength(5)];
const double = (x: number) => x * 2;
const twice = (x: number) => double(double(x));
const pipeline = [double, twice, (x: number) => x + 1];
let acc = 1;
for (const step of pipeline) acc = step(acc);
for (const name of Object.keys(operations)) {
  const op = operations[name];
  console.log(name, op.symbol, op.fn(2, 5), operations[name].fn(3, 2));
}
for (const value of ["", "ab", "abcd", "abcdef"]) {
  const out: string[] = [];
  for (const rule of rules) {
    const message = rule(value);
    if (message) out.push(message);
  }
  console.log(JSON.stringify(value), out);
}
console.log(acc);
