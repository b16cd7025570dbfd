let f = 1;
let n = 0;
while (f !== Infinity) {
  n++;
  f *= n;
}
console.log("factorial overflows at", n);
let g = 1;
for (let i = 1; i <= 170; i++) g *= i;
console.log(g);
let exact = 1;
for (let i = 1; i <= 18; i++) exact *= i;
console.log(exact, exact * 19, exact * 19 * 20, exact * 19 * 20 * 21);
