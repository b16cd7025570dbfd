const x = 3.14159;
for (let d = 0; d <= 6; d++) {
  console.log(d, x.toFixed(d));
}
console.log(x.toFixed(1.9), x.toFixed(-0.5), x.toFixed(0 / 0), x.toFixed(100).length);
