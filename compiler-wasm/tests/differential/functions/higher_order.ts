// Functions passed to functions: a module-level higher-order function, a function value
// forwarded twice, and padStart/padEnd with the default space.
type Song = { title: string; artist: string; year: number };
const SONGS: Song[] = [
  { title: "A", artist: "Nina", year: 1965 },
  { title: "B", artist: "Ella", year: 1958 },
  { title: "C", artist: "Nina", year: 1971 },
];
function countBy(items: Song[], key: (s: Song) => string): string {
  const seen: string[] = [];
  const counts: number[] = [];
  for (const item of items) {
    const k = key(item);
    const at = seen.indexOf(k);
    if (at === -1) {
      seen.push(k);
      counts.push(1);
    } else {
      counts[at] += 1;
    }
  }
  return seen.map((k, i) => `${k}:${counts[i]}`).join(" ");
}
function applyTwice(f: (n: number) => number, x: number): number {
  return f(f(x));
}
console.log(countBy(SONGS, (s) => s.artist), countBy(SONGS, (s) => `${Math.floor(s.year / 10) * 10}s`));
console.log(applyTwice((n) => n * 3, 2), applyTwice((n) => n - 1, 0));
console.log("[" + "ab".padStart(5) + "]", "[" + "ab".padEnd(4) + "]", "7".padStart(3, "0"));
