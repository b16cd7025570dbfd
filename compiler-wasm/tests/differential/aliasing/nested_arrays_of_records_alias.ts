interface Pt {
  x: number;
}
const origin: Pt = { x: 0 };
const lines: Pt[][] = [[origin, { x: 1 }], [origin]];
lines[1][0].x = 5;
console.log(lines, origin);
lines[0] = lines[0].map((p) => ({ x: p.x + 1 }));
origin.x = -1;
console.log(lines);
const flat: Pt[] = [];
lines.forEach((l) => l.forEach((p) => flat.push(p)));
flat[2].x = 99;
console.log(flat, origin);
