type Pair = { left: number; right: string };
interface Named {
  name: string;
}
function describe(p: { left: number; right: string }): string {
  return p.right + "=" + p.left;
}
const p: Pair = { left: 1, right: "one" };
const inferred = { left: 2, right: "two" };
console.log(describe(p), describe(inferred), describe({ left: 3, right: "three" }));
const n: Named = { name: "n" };
const pairs: Pair[] = [p, inferred];
console.log(pairs, n);
const nested: { inner: { value: number } } = { inner: { value: 5 } };
nested.inner.value *= 2;
console.log(nested, nested.inner.value);
