console.log(Math.pow(2, 0.5), Math.pow(-8, 1 / 3), Math.pow(0, 0), Math.pow(0 / 0, 0), Math.pow(1, 0 / 0), Math.pow(1, Infinity));
console.log(Math.pow(-1, Infinity), Math.pow(0, -1), Math.pow(-0, -1), Math.pow(-0, -2), Math.pow(-0, 3), Math.pow(2, -1074), Math.pow(2, -1075));
console.log(Math.pow(2, 1023) * 2, Math.pow(10, 21), Math.pow(10, -7), Math.pow(-2, 0.5), Math.pow(0.5, -Infinity), Math.pow(10, 308.25));
