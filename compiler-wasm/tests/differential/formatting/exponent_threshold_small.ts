console.log(String(0.000001), String(0.0000001), String(0.00000123), String(0.0000012345));
console.log(String(1.5e-7), String(9.99e-7), String(1e-6 * 0.999), String(1e-6 + 1e-22));
console.log(String(-0.000001), String(-0.0000001), String(1e-300), String(1.23e-320));
console.log(0.000001, 0.0000001, -1e-7);
