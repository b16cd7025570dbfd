interface P {
  s: string;
  n: number;
}
const arr: P[] = [{ s: "a", n: 1 }];
for (let i = 0; i < 100; i++) {
  arr[0] = { ...arr[0], s: arr[0].s + i % 10, n: arr[0].n + 1 };
}
console.log(arr[0].s.length, arr[0].n, arr[0].s.slice(-12));
let p: P = { s: "x", n: 0 };
for (let i = 0; i < 1000; i++) p = { s: p.s === "x" ? "y" : "x", n: p.n + i };
console.log(p);
