function pick(name: string, v: number): number {
  console.log("evaluated", name);
  return v;
}
const a = 1 > 0 ? pick("then", 1) : pick("else", 2);
const b = 1 < 0 ? pick("then", 3) : pick("else", 4);
const c = pick("test", 0) ? pick("then", 5) : pick("else", 6);
console.log(a, b, c);
