function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
let leaps = "";
for (let y = 1896; y <= 1912; y++) if (isLeap(y)) leaps += y + " ";
console.log(leaps, isLeap(2000), isLeap(1900), isLeap(2024), isLeap(2100));
