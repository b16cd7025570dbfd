const xs = [1, 2, 3, 4, 5, 6, 7];
let out = "";
while (xs.length > 0) {
  if (xs.length % 2 === 0) {
    out += "s" + xs.shift();
  } else {
    out += "p" + xs.pop();
  }
}
console.log(out, xs, xs.length);
xs.push(42);
const taken = xs.shift();
console.log(taken, xs);
const names = ["ann", "bob"];
const first = names.shift();
const last = names.pop();
console.log(first, last, names, names.length);
