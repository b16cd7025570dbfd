interface Inner {
  a: number;
  b: number;
}
interface Outer {
  name: string;
  inner: Inner;
}
const o: Outer = { name: "o", inner: { a: 1, b: 2 } };
const o2 = { ...o, inner: { ...o.inner, b: 20 } };
const o3 = { ...o, name: "o3" };
console.log(o, o2, o3);
o3.inner.a = 100;
console.log(o.inner.a, o2.inner.a, o3.inner.a);
console.log(o.inner === o3.inner, o.inner === o2.inner);
