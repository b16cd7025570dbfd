const max = 9007199254740991;
console.log(max, max + 1, max + 2, max + 3, max + 4);
console.log(max + 1 === max + 2, max - 1, -max - 1, -max - 2);
console.log(9007199254740993, 9007199254740995, 18014398509481985);
let p = 1;
for (let i = 0; i < 53; i++) p = p * 2;
console.log(p, p - 1, p + 1, p + 2, p * 2 + 1);
