let out = "";
for (let i = 10; i > 0; i -= 3) out += i + ",";
console.log(out);
let x = 1;
let steps = 0;
while (x > 0.001) {
  x = x / 3;
  steps++;
}
console.log(steps, x);
