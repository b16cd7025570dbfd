console.log((0 / 0).toFixed(2), (1 / 0).toFixed(2), (-1 / 0).toFixed(0), (0).toFixed(3));
console.log((1e-10).toFixed(5), (-1e-10).toFixed(5), (5e-324).toFixed(2), (9007199254740993).toFixed(1));
console.log((999.995).toFixed(2), (0.0005).toFixed(3), (1.45).toFixed(1), (1.55).toFixed(1));
