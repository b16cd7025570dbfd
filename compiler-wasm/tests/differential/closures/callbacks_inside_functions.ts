function scaleAll(xs: number[], factor: number): number[] {
  const offset = factor / 2;
  return xs.map((x) => x * factor + offset);
}
function countAbove(xs: number[], limit: number): number {
  let n = 0;
  xs.forEach((x) => {
    if (x > limit) n++;
  });
  return n;
}
function histogram(xs: number[], buckets: number): number[] {
  const counts: number[] = [];
  for (let i = 0; i < buckets; i++) counts.push(0);
  xs.forEach((x) => {
    const b = Math.min(buckets - 1, Math.floor(x / 10));
    counts[b]++;
  });
  return counts;
}
const data = [1, 15, 22, 8, 37, 99, 45, 10];
console.log(scaleAll(data, 3), countAbove(data, 20), histogram(data, 5));
const none: number[] = [];
console.log(scaleAll(none, 2), countAbove(none, 0), histogram(none, 2));
