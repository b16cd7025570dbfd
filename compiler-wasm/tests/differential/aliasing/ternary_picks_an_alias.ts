const a = [1];
const b = [2];
let flag = true;
const c = flag ? a : b;
c.push(3);
flag = false;
const d = flag ? a : b;
d.push(4);
console.log(a, b, a === c, b === d, [a, b].findIndex((x) => x === d));
