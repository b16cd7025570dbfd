console.log(Math.floor(-1.5), Math.ceil(-1.5), Math.round(-1.5), Math.round(2.5), Math.round(-0.4));
console.log(Math.trunc(-4.7), Math.abs(-3), Math.sqrt(2), Math.pow(2, 10), Math.sign(-3), Math.sign(0));
console.log(Math.min(), Math.max(), Math.min(3, 1, 2), Math.max(-0, 0), Math.min(0, -0));
console.log(Math.PI, Math.E);
