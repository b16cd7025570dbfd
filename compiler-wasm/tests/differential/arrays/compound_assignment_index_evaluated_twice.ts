// Regression (was pending): `a[i] += v` evaluates the index expression twice (once to read, once to write): node prints "[ 15, 20, 30 ] 0", dx prints "[ 25, 20, 30 ] 1" (it reads xs[1], writes xs[0]); `xs[f()]++` calls f twice too.
function next(c: { n: number }): number {
  c.n++;
  return c.n;
}
const c = { n: -1 };
const xs = [10, 20, 30];
xs[next(c)] += 5;
console.log(xs, c.n);
