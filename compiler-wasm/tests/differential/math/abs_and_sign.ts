console.log(Math.abs(-0), Math.abs(-2147483648), Math.abs(-Infinity), Math.abs(0 / 0), Math.abs(-5e-324), Math.abs("x".length - 2));
console.log(Math.sign(-0), Math.sign(0), Math.sign(-3), Math.sign(3), Math.sign(0 / 0), Math.sign(-Infinity), Math.sign(5e-324));
