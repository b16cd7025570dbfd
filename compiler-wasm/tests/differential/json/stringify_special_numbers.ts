const xs = [NaN, Infinity, -Infinity, -0, 0, 1e21, 1e-7, 0.1 + 0.2, 2 ** 53 + 2, -1.5];
console.log(JSON.stringify(xs));
console.log(JSON.stringify([-0]), JSON.stringify([NaN, NaN]));
interface M {
  v: number;
  w: number;
}
const m: M = { v: NaN, w: -0 };
console.log(JSON.stringify(m), JSON.stringify([m, { v: Infinity, w: 1e300 * 10 }]));
const back = JSON.parse(JSON.stringify(xs)) as number[];
console.log(back.length, back.filter((x) => x === 0).length);
