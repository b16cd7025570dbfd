function line(i: number) {
  console.log("line", i, i % 2 === 0 ? "even" : "odd");
}
for (let i = 0; i < 4; i++) line(i);
let j = 0;
while (j < 2) {
  console.log("while", j);
  j++;
}
