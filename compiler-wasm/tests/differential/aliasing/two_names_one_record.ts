interface P {
  x: number;
  name: string;
}
const p: P = { x: 1, name: "p" };
const q = p;
q.x = 5;
p.name += "q";
console.log(p, q, p === q);
q.x++;
console.log(p.x);
