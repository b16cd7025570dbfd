console.log((1.005).toFixed(2), (1.255).toFixed(2), (10.235).toFixed(2), (8.345).toFixed(2));
console.log((0.5).toFixed(0), (1.5).toFixed(0), (2.5).toFixed(0), (-2.5).toFixed(0), (-0.5).toFixed(0));
console.log((0.05).toFixed(1), (0.15).toFixed(1), (0.25).toFixed(1), (0.35).toFixed(1));
console.log((123.456).toFixed(10), (0.1).toFixed(20), (1e20).toFixed(2), (1e21).toFixed(2));
