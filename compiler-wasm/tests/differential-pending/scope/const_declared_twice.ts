// pending: dx accepts a second `const` of the same name in one scope (the later one shadows): node refuses the program ("throws SyntaxError"), dx prints "1 3"; dx should reject it (DX0114, name declared twice).
const xs = [1];
const xs = [2];
console.log(xs.length, xs[0] + 1);
