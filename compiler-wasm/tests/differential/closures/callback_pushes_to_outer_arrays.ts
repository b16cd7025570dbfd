const xs = [5, 12, 7, 30, 1];
const small: number[] = [];
const big: number[] = [];
const notes: string[] = [];
xs.forEach((x, i) => {
  if (x < 10) small.push(x);
  else big.push(x);
  notes.push(i + "=" + x);
});
console.log(small, big, notes);
const seen: number[] = [];
const unique = [3, 1, 3, 2, 1, 3].filter((x) => {
  if (seen.includes(x)) return false;
  seen.push(x);
  return true;
});
console.log(unique, seen);
const log: string[] = [];
const doubled = xs.map((x) => {
  log.push("map " + x);
  return x * 2;
});
console.log(doubled, log.length, log[4]);
