console.log([0, 1, NaN, 2, -0].filter((x) => x));
console.log([0, 3, -0, NaN].some((x) => x), [1, -1, Infinity].every((x) => x), [0, NaN, 7].findIndex((x) => x));
const flags = [0, 2, 0, 5].map((x) => !x);
console.log(flags, [0, 2].filter((x) => !!x && x > 1));
