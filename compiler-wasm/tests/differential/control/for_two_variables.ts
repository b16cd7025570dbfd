let out = "";
for (let i = 0, j = 10; i < j; i++, j--) {
  out += `${i}:${j} `;
}
console.log(out);
let pairs = 0;
for (let i = 0, j = 0; i < 3; i++, j += 2) pairs += i * j;
console.log(pairs);
