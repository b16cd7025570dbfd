const xs: number[] = [];
for (let i = 0; i < 10000; i++) {
  xs.push(i);
}
console.log(xs.length, xs[0], xs[9999]);
console.log(xs.reduce((a, x) => a + x, 0));
console.log(xs.filter((x) => x % 3 === 0).length);
console.log(xs.map((x) => x * x).reduce((a, x) => a + x, 0));
console.log(xs.reduce((m, x) => (x % 97 > m ? x % 97 : m), -1));
console.log(xs.some((x) => x === 9999), xs.every((x) => x < 10000), xs.indexOf(5000), xs.includes(10000));
console.log(xs.slice(9990), xs.findIndex((x) => x * x > 1000000));
const strs: string[] = [];
for (let i = 0; i < 10000; i++) strs.push(String(i % 10));
console.log(strs.join("").length, strs.join("").slice(0, 25));
let popped = 0;
while (xs.length > 5000) {
  popped += xs.pop() as number;
}
console.log(popped, xs.length);
