const a = "12";
const b = "3";
console.log(a + b, Number(a) + Number(b), Number(a) * Number(b), Number(a) / Number(b));
console.log(parseInt(a + b) + 1, parseFloat(a + "." + b), Number(a + "e" + b), Number(b + a) % 7);
