const t0 = Date.now();
const p0 = performance.now();
let spin = 0;
for (let i = 0; i < 100000; i++) spin += i;
const t1 = Date.now();
const p1 = performance.now();
console.log(t0 > 1600000000000, t1 >= t0, p0 >= 0, p1 >= p0, spin);
