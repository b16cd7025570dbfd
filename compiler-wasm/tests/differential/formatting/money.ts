function money(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  return sign + "$" + whole + "." + String(frac).padStart(2, "0");
}
console.log(money(0), money(5), money(99), money(100), money(12345), money(-250), money(100000000));
console.log((19.99 * 3).toFixed(2), (0.1 + 0.2).toFixed(2), (1234.5678).toFixed(2));
