// typeof of every kind of value dx has, nullable ones both ways.
const n = 3;
const s = "x";
const b = false;
const xs = [1, 2];
const o = { a: 1 };
const f = (x: number) => x + 1;
let maybe: string | null = null;
let later: number | undefined = undefined;
console.log(typeof n, typeof s, typeof b, typeof xs, typeof o, typeof f, typeof maybe, typeof later);
maybe = "y";
later = 4;
console.log(typeof maybe, typeof later, typeof f(1), typeof (n > 2 ? "big" : "small"), typeof /a/);
const values = [1, 2, 3].map((v) => (typeof v === "number" ? v * 2 : 0));
console.log(values, typeof new Set([1]), typeof new Map([["k", 1]]));
