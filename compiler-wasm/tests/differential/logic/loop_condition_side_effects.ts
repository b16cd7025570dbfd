function check(i: number): boolean {
  console.log("check", i);
  return i < 3;
}
for (let i = 0; check(i); i++) {
  console.log("body", i);
}
let j = 5;
while (check(j)) j++;
let k = 0;
do {
  k++;
} while (check(k) && k < 2);
console.log("k", k);
