const a = 3;
const b = 4;
console.log(-a * b, -(a * b), -a - -b, -(a - b), +(a < b), -(a > b), -(-a + -b));
console.log(-a + "", "" + -a, `${-a}`, -(a / 0), -(0 / a));
