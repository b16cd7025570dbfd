function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
console.log(round2(1.005), round2(2.675), round2(1.234), round2(-1.235), round2(0.1 + 0.2));
console.log(round2(1e21), round2(-0.001), round2(123.455), round2(5e-324));
