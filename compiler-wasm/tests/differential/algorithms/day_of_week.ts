function dayOfWeek(y: number, m: number, d: number): string {
  if (m < 3) {
    m += 12;
    y -= 1;
  }
  const k = y % 100;
  const j = Math.floor(y / 100);
  const h = (d + Math.floor((13 * (m + 1)) / 5) + k + Math.floor(k / 4) + Math.floor(j / 4) + 5 * j) % 7;
  const names = "SatSunMonTueWedThuFri";
  return names.slice(h * 3, h * 3 + 3);
}
console.log(dayOfWeek(2000, 1, 1), dayOfWeek(1969, 7, 20), dayOfWeek(2024, 2, 29), dayOfWeek(1900, 3, 1));
