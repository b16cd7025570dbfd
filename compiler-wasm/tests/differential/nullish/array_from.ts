// Array.from: a copy, a mapped copy, and { length: n } whose elements are undefined.
const xs = [3, 1, 2];
const copy = Array.from(xs);
copy.push(9);
console.log(xs, copy, Array.from(xs, (x, i) => x * 10 + i));
console.log(Array.from({ length: 4 }, (_, i) => i * i), Array.from({ length: 0 }, (_, i) => i).length);
const blanks = Array.from({ length: 3 });
console.log(blanks.length, blanks[0] === undefined, Array.from({ length: 2.7 }, (v, i) => `${v}-${i}`));
