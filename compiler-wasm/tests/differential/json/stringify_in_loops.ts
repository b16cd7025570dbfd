const xs: number[] = [];
let out = "";
for (let i = 0; i < 5; i++) {
  xs.push(i / 2);
  out += JSON.stringify(xs) + ";";
}
console.log(out);
let total = 0;
for (let i = 0; i < 1000; i++) {
  total += JSON.stringify([i, i * 2]).length;
}
console.log(total);
const parsed: number[][] = [];
for (let i = 0; i < 3; i++) {
  parsed.push(JSON.parse("[" + i + "," + (i + 1) + "]") as number[]);
}
console.log(parsed);
