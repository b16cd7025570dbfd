function roundtrip(x: number): boolean {
  return Number(String(x)) === x;
}
console.log(roundtrip(0.1), roundtrip(1 / 3), roundtrip(5e-324), roundtrip(1.7976931348623157e308));
console.log(roundtrip(123456789012345680000), roundtrip(-0), roundtrip(0 / 0), roundtrip(1 / 0));
console.log(Number(String(-0)), 1 / Number(String(-0)), Number((0.1).toFixed(20)) === 0.1);
