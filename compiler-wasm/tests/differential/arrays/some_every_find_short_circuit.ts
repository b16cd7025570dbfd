const xs = [1, 2, 3, 4, 5];
let calls = 0;
interface Item {
  v: number;
}
const items: Item[] = [{ v: 1 }, { v: 2 }, { v: 3 }, { v: 4 }];
const found = items.find((it) => {
  calls++;
  return it.v > 2;
});
console.log(found, calls);
calls = 0;
console.log(xs.some((x) => {
  calls++;
  return x === 2;
}), calls);
calls = 0;
console.log(xs.every((x) => {
  calls++;
  return x < 3;
}), calls);
calls = 0;
console.log(xs.findIndex((x) => {
  calls++;
  return x === 100;
}), calls);
calls = 0;
console.log(xs.filter((x) => {
  calls++;
  return true;
}).length, calls);
