const x = 5;
const z = 0;
const n = 0 / 0;
console.log(-x, +x, - -x, -(-x), -z, +z, -(-z), -n, +n);
console.log(-Infinity, - -Infinity, -(1 / z), +true, -true, +false, -false);
const t = true;
console.log(-t, +t, -(x - 5), +(x * 2));
