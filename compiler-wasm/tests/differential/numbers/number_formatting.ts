console.log(String(1e21), String(1e-7), String(123456789012345680000), String(0.000001));
console.log(String(1.5), String(-2.25), (1.005).toFixed(2), (255).toFixed(0), (1e21).toFixed(2));
console.log(`${1 / 3}`, "n=" + 100, 5 + "5", "5" + 5 + 5, 5 + 5 + "5");
