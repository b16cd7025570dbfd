interface Box {
  v: number;
}
const a: Box = { v: 1 };
const b = a;
const c = { ...a };
const d: Box = { v: 1 };
console.log(a === b, a === c, a === d, a !== c, c.v === d.v);
const boxes = [a, c, d];
console.log(boxes.findIndex((x) => x === a), boxes.findIndex((x) => x === c), boxes.findIndex((x) => x === b));
const e: Box = { v: 1 };
console.log(boxes.findIndex((x) => x === e), boxes.some((x) => x === d), boxes.some((x) => x.v === e.v));
