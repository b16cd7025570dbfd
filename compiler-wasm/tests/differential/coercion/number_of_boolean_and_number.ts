console.log(Number(true), Number(false), Number(1.5), Number(-0), Number(0 / 0));
const b = 3 > 2;
console.log(Number(b) + 1, Number(!b), Number(Number("7")) * 2);
