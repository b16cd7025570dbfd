// Regression: functions written inside functions read and write the outer variables.
function outer(n: number): number {
  let total = 0;
  const add = (k: number) => {
    total += k * n;
  };
  add(1);
  add(2);
  return total;
}
console.log(outer(10));
function counter(): number {
  let count = 0;
  const bump = () => {
    count++;
  };
  bump();
  bump();
  return count;
}
console.log(counter());
function make(): number {
  const base = 5;
  function inner(x: number): number {
    return x + base;
  }
  return inner(1) + inner(2);
}
console.log(make());
