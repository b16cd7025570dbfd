let a = 0;
let b = 10;
let steps = 0;
while (a < b && (a + b) % 7 !== 0 || steps === 0) {
  a += 2;
  b -= 1;
  steps++;
}
console.log(a, b, steps);
