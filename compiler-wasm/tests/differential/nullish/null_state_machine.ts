// A nullable number moved through null and back; comparisons, ??, ||, templates, arithmetic.
let picked: number | null = null;
const log: string[] = [];
for (let step = 0; step < 6; step++) {
  picked = step % 3 === 2 ? null : step;
  log.push(`${picked} ${picked ?? "none"} ${picked === null} ${picked == null} ${picked || -1}`);
}
console.log(log.join(" | "));
const a: number | null = null;
const b: number | null = 4;
console.log(a === b, a === null, b === 4, b !== null, a !== b);
console.log(String(a), "" + b, (a ?? 10) + (b ?? 10));
