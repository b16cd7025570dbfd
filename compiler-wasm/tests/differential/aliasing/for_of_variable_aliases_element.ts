const grid = [[1], [2, 2], [3]];
for (const row of grid) {
  row.push(0);
}
console.log(grid);
interface C {
  n: number;
}
const cs: C[] = [{ n: 1 }, { n: 2 }];
for (const c of cs) c.n *= 10;
console.log(cs);
let nums = [1, 2, 3];
for (let x of nums) {
  x = x * 100;
}
console.log(nums);
