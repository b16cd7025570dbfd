console.log(isNaN(0 / 0), isNaN(0), isNaN(Infinity), isNaN(-Infinity), isNaN(Number("x")));
console.log(isNaN(Number("")), isNaN(parseInt("")), isNaN(parseFloat("1x")), isNaN(Math.sqrt(-1)));
const n = 0 / 0;
console.log(isNaN(n + 1), !isNaN(n), isNaN(n) === (n !== n));
