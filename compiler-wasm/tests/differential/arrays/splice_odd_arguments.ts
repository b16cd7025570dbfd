function fresh(): number[] {
  return [0, 1, 2, 3, 4, 5];
}
let a = fresh();
console.log(a.splice(-2, 1), a);
a = fresh();
console.log(a.splice(-100, 2), a);
a = fresh();
console.log(a.splice(1.7, 2.9), a);
a = fresh();
console.log(a.splice(NaN, 1), a);
a = fresh();
console.log(a.splice(2, NaN), a);
a = fresh();
console.log(a.splice(2, -1), a);
a = fresh();
console.log(a.splice(2, 1e20), a);
a = fresh();
console.log(a.splice(1e20, 3), a);
a = fresh();
console.log(a.splice(-Infinity, 1), a);
a = fresh();
console.log(a.splice(3, Infinity), a);
a = fresh();
console.log(a.splice(6, 1), a);
a = fresh();
console.log(a.splice(-0, 1), a);
a = fresh();
console.log(a.splice(4), a.length, a);
