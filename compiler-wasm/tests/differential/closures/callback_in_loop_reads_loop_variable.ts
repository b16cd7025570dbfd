const xs = [1, 2, 3, 4, 5, 6];
const out: number[] = [];
for (let m = 1; m <= 3; m++) {
  out.push(xs.filter((x) => x % m === 0).length);
}
console.log(out);
let result = "";
for (const word of ["ab", "cd"]) {
  result += xs.slice(0, 2).map((x) => word + x).join(",") + ";";
}
console.log(result);
let i = 0;
while (i < 3) {
  console.log(xs.map((x) => x + i).reduce((a, b) => a + b, 0));
  i++;
}
