let s = 0;
for (let i = 0; i < 300000; i++) {
  const tmp = [i, i + 1, i + 2];
  s += tmp[1];
}
console.log(s);
let n = 0;
for (let i = 0; i < 50000; i++) {
  const words = ["a" + i, "b"];
  n += words.join("").length;
}
console.log(n);
