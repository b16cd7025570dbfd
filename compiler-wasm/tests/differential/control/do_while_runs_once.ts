let n = 10;
do {
  console.log("body with", n);
  n++;
} while (n < 5);
console.log("after", n);
let m = 0;
do m += 2; while (m < 7);
console.log("m", m);
