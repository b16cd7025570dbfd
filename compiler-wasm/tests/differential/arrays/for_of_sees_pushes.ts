const xs = [1, 2, 3];
let seen = "";
for (const x of xs) {
  seen += x + " ";
  if (x < 3) xs.push(x + 10);
}
console.log(seen, xs);
const ys = [1, 2, 3, 4, 5, 6];
let seen2 = "";
for (const y of ys) {
  seen2 += y;
  ys.pop();
}
console.log(seen2, ys);
