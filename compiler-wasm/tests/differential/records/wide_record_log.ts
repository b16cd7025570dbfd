interface Wide {
  alpha: number;
  beta: string;
  gamma: boolean;
  delta: number;
  epsilon: string;
  zeta: number[];
}
const w: Wide = {
  alpha: 1.5,
  beta: "a fairly long string value",
  gamma: true,
  delta: -42,
  epsilon: "another long-ish string",
  zeta: [1, 2, 3],
};
console.log(w);
const small: Wide = { alpha: 0, beta: "", gamma: false, delta: 0, epsilon: "", zeta: [] };
console.log(small);
console.log([small, small]);
const ws: Wide[] = [];
for (let i = 0; i < 3; i++) ws.push({ ...small, alpha: i, zeta: [i] });
console.log(ws);
