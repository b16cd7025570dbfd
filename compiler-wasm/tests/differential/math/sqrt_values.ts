console.log(Math.sqrt(0), Math.sqrt(-0), Math.sqrt(1), Math.sqrt(2), Math.sqrt(4), Math.sqrt(0.25), Math.sqrt(-1));
console.log(Math.sqrt(Infinity), Math.sqrt(-Infinity), Math.sqrt(1e308), Math.sqrt(5e-324), Math.sqrt(9007199254740992));
console.log(Math.sqrt(2) * Math.sqrt(2), Math.sqrt(16) === 4, Math.sqrt(1e-300));
