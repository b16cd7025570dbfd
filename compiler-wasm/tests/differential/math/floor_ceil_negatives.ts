console.log(Math.floor(-0.5), Math.ceil(-0.5), Math.floor(-1), Math.ceil(-1), Math.floor(-1.0000001), Math.ceil(-0.9999999));
console.log(Math.trunc(-0.5), Math.trunc(0.5), Math.floor(-0), Math.ceil(-0), Math.trunc(-Infinity), Math.floor(0 / 0));
