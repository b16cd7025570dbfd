function name(n: number): string {
  return n === 1 ? "one" : n === 2 ? "two" : n === 3 ? "three" : n === 4 ? "four" : n === 5 ? "five" : n === 6 ? "six" : n === 7 ? "seven" : n === 8 ? "eight" : n === 9 ? "nine" : n === 10 ? "ten" : "many";
}
let out = "";
for (let i = 0; i <= 11; i++) out += name(i) + " ";
console.log(out);
