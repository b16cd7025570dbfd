let sum = 0;
let i = 0;
while (i < 1000000) {
  sum += i % 7;
  i++;
}
console.log(sum, i);
