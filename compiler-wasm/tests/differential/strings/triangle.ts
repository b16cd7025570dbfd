for (let i = 1; i <= 5; i++) {
  console.log(" ".repeat(5 - i) + "*".repeat(2 * i - 1));
}
let s = "";
for (let i = 0; i < 4; i++) {
  for (let j = 0; j <= i; j++) s += j;
  s += "/";
}
console.log(s);
