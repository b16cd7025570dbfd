console.log(Math.PI, Math.E, Math.PI * 2, Math.PI / 2, Math.E * Math.E, -Math.PI);
console.log(Math.PI.toFixed(5), Math.floor(Math.PI * 1e6), String(Math.E).length, Math.PI > 3.14159);
