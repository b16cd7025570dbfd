// sort and toSorted: numbers with a comparator, the default string order (10 before 9),
// strings, a stable sort of records by one field, toSorted leaves the original.
const nums = [5, 3, 10, 1, 9, 3];
const copy = nums.toSorted((a, b) => a - b);
console.log(nums, copy);
console.log([10, 9, 1, 100, 25].sort(), ["pear", "Apple", "fig", "apple"].sort());
nums.sort((a, b) => b - a);
console.log(nums);
const people = [
  { name: "Ana", age: 31 },
  { name: "Bo", age: 25 },
  { name: "Cy", age: 31 },
  { name: "Di", age: 25 },
  { name: "Ed", age: 40 },
];
const byAge = [...people].sort((a, b) => a.age - b.age);
console.log(byAge.map((p) => p.name).join(","));
const byNameDesc = people.toSorted((a, b) => b.name.localeCompare(a.name));
console.log(byNameDesc.map((p) => p.name).join(","), people[0].name);
const empty: number[] = [];
console.log(empty.sort((a, b) => a - b).length, [7].sort().length, [true, false].sort());
