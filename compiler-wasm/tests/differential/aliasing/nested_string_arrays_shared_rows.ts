const g: string[][] = [["a"], ["b", "c"]];
g[0].push("d");
g.push(g[1].slice());
g[1].splice(0, 1, "B", "BB");
g.unshift([]);
console.log(g, g.map((r) => r.join("")).join("|"));
const h = g.concat([["z"]]).reverse();
h[0][0] = "Z";
console.log(h, g);
