const xs = [0.1 + 0.2, -0, 0, 1e21, 1e-7, 123e-20, NaN, Infinity, -Infinity, 2 ** 53, 1 / 3];
console.log(xs.join());
console.log(xs.join(" | "));
console.log(xs);
console.log([-0].join(), [-0, -0].join(""), String([-0].join()).length);
console.log([1e21, 1e20, 999999999999999999999].join(";"));
console.log([5e-7, 5e-6, 0.000001].join(";"));
console.log([100, 1.5, -2.25].join("") + "!");
