// A function called where it is written: at the top level, with arguments, and inside
// another function.
const SQUARES = (() => {
  const out: number[] = [];
  for (let i = 1; i <= 5; i++) out.push(i * i);
  return out;
})();
const label = ((n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`)(3, "apple");
function describe(xs: number[]) {
  const total = (() => {
    let sum = 0;
    for (const x of xs) sum += x;
    return sum;
  })();
  return `${xs.length} items, total ${total}`;
}
console.log(SQUARES, label, describe(SQUARES), (function () { return "named-less"; })());
