// at() from both ends and out of range (NaN and fractions truncate), flat() of arrays and of
// plain values, flatMap() returning arrays, reduce() without an initial value, the callback's
// array parameter, Object.is on NaN and signed zeros.
const xs = [10, 20, 30];
console.log(xs.at(0), xs.at(-1), xs.at(-3), xs.at(3) === undefined, xs.at(-4) === undefined);
console.log(xs.at(NaN), xs.at(1.9), xs.at(-1.5));
const words = ["a", "b"];
console.log(words.at(-1), words.at(5) ?? "none");
const grid = [[1, 2], [], [3]];
console.log(grid.flat().join(","), xs.flat().join(","), grid.flat().length);
const pairs = xs.flatMap((x) => (x > 10 ? [x, x / 10] : []));
console.log(pairs.join(" "));
console.log(xs.reduce((a, b) => a + b), [7].reduce((a, b) => a * b), xs.reduce((m, x) => Math.max(m, x)));
console.log(xs.map((x, i, all) => x + all.length + i).join(","));
console.log(xs.filter((x, i, arr) => arr.indexOf(x) === i).length);
console.log(xs.reduce((acc, x, i, arr) => acc + x * arr[i], 0));
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is(1, 1), Object.is(1, 2));
console.log(Object.is("a", "a"), Object.is("a", "b"), Object.is(true, false));
