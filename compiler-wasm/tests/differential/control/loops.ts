let sum = 0;
for (let i = 1; i <= 10; i++) {
  if (i % 2 === 0) continue;
  if (i > 7) break;
  sum += i;
}
console.log("sum", sum);
let n = 0;
while (n < 5) {
  n += 2;
}
let d = 10;
do {
  d -= 3;
} while (d > 0);
console.log(n, d);
