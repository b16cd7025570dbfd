let out = "";
for (let i = 5; i >= 0; i--) out += i;
console.log(out);
let halves = "";
for (let x = 8; x >= 1; x /= 2) halves += x + ",";
console.log(halves);
let neg = "";
for (let i = -1; i > -4; i--) neg += i;
console.log(neg);
