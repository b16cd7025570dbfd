function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${pad2(h)}:${pad2(m)}:${pad2(s)}`;
}
console.log(clock(0), clock(59), clock(61), clock(3599), clock(3600), clock(86399), clock(360000));
console.log(String(7).padStart(5, " "), String(-7).padStart(5, "0"), String(1.5).padEnd(6, "0"));
