console.log(Math.round(0.5), Math.round(1.5), Math.round(2.5), Math.round(-0.5), Math.round(-1.5), Math.round(-2.5));
console.log(Math.round(0.49999999999999994), Math.round(-0.49999999999999994), Math.round(4503599627370495.5), Math.round(-4503599627370495.5));
console.log(Math.round(1e21 + 0.5), Math.round(-0), Math.round(0.0000001), Math.round(-0.0000001));
