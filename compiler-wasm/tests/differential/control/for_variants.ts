let a = "";
for (let i = 0; i < 3; i++) a += i;
let j = 0;
let b = "";
for (; j < 3; j++) b += j;
let c = "";
for (let k = 0; k < 3; ) {
  c += k;
  k += 1;
}
let d = "";
let m = 0;
for (;;) {
  if (m >= 3) break;
  d += m;
  m++;
}
let e = "";
let q = 0;
for (q = 10; q > 7; q--) e += q;
console.log(a, b, c, d, e, j, m, q);
