let count = 0;
let last = 0;
for (let x = 0; x <= 1; x += 0.25) {
  count++;
  last = x;
}
console.log(count, last);
let tenths = "";
for (let x = 0; x < 0.5; x += 0.1) tenths += x + " ";
console.log(tenths);
