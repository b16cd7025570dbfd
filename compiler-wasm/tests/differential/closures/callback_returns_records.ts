interface P {
  i: number;
  sq: number;
  s: string;
}
const ps: P[] = [0, 1, 2, 3].map((i) => ({ i: i, sq: i * i, s: "#" + i }));
console.log(ps.filter((p) => p.sq > 1));
console.log(ps.map((p) => [p.i, p.sq]));
let made = 0;
const more = ps.map((p) => {
  made++;
  return { ...p, s: p.s + made };
});
console.log(more.map((p) => p.s), made);
