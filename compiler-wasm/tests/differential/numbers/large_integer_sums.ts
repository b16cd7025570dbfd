let sum = 0;
for (let i = 1; i <= 100000; i++) sum += i;
console.log(sum, sum === 100000 * 100001 / 2);
let squares = 0;
for (let i = 1; i <= 1000; i++) squares += i * i;
console.log(squares);
let alt = 0;
for (let i = 0; i < 1000001; i++) alt += i % 2 === 0 ? i : -i;
console.log(alt);
