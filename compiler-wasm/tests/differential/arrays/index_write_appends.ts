const xs: number[] = [];
for (let i = 0; i < 5; i++) {
  xs[xs.length] = i * 3;
}
console.log(xs, xs.length);
xs[0]++;
xs[1] *= 10;
xs[xs.length - 1] -= 0.5;
console.log(xs);
const s: string[] = ["a"];
s[s.length] = "b";
s[0] += "z";
console.log(s);
const g: number[][] = [[]];
g[0][0] = 1;
g[0][g[0].length] = 2;
g[g.length] = [3];
console.log(g);
