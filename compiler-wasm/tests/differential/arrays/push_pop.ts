const xs: number[] = [];
for (let i = 0; i < 10; i++) {
  xs.push(i * i);
}
console.log(xs.length, xs);
console.log(xs.pop(), xs.length);
console.log(xs.shift(), xs.length);
console.log(xs.unshift(-1), xs);
const s: string[] = [];
s.push("x");
s.push("y" + s.length);
console.log(s, s.join("-"), s.join());
