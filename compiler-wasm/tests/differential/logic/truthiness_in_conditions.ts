let n = 3;
while (n) {
  console.log("n", n);
  n--;
}
let s = "abc";
while (s) {
  console.log("s", s);
  s = s.slice(1);
}
if (0 / 0) console.log("NaN is truthy?");
else console.log("NaN is falsy");
for (let x = 1; x; x = x / 1e100) console.log("x", x);
