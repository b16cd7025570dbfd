// regression, fixed (was pending): DX0401 "give the variable an initial value" — "dx needs the initial value
// to know the variable's type", but the annotation `: string` gives it. node prints "even".
let label: string;
const n = 4;
if (n % 2 === 0) {
  label = "even";
} else {
  label = "odd";
}
console.log(label);
