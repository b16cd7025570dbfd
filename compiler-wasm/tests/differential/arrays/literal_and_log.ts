const xs = [1, 2, 3];
console.log(xs);
console.log(xs.length, xs[0], xs[2]);
const names: string[] = ["a", "bé", "😀"];
console.log(names, names.length);
const empty: number[] = [];
console.log(empty, empty.length);
console.log([true, false]);
