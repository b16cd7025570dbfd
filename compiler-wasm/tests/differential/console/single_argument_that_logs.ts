function noisy(x: number): number {
  console.log("inside noisy");
  return x * 2;
}
console.log(noisy(21));
console.log(`${noisy(1)}|${noisy(2)}`);
const v = noisy(5);
console.log("after", v);
