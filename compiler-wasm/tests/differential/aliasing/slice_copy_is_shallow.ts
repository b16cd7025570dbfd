interface Cell {
  v: number;
}
const cells: Cell[] = [{ v: 1 }, { v: 2 }];
const copy = cells.slice();
copy.push({ v: 3 });
copy[0].v = 100;
console.log(cells, copy);
copy[1] = { v: 20 };
console.log(cells[1], copy[1]);
const nums = [[1], [2]];
const numsCopy = nums.slice();
numsCopy[0].push(11);
numsCopy[1] = [22];
console.log(nums, numsCopy);
